#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace eflow::ui {

// An answer in a fixed place (style.md §14, like KDE's KMessageWidget): an icon, a tinted background,
// one sentence (a second line at most for the fix), and the raw detail - HTTP status, error codes, logs -
// behind a "Details" toggle. The kind is said by the icon and the sentence, never by the colour alone.
class ResultBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultBanner)

public:
    enum class Kind
    {
        Unknown = 0,
        Busy,
        Success,
        Warning,
        Error,
    };

    explicit ResultBanner(QWidget *parent = nullptr);
    ~ResultBanner() override;

    // Shows the banner with text; details (plain text) are offered behind "Details" when not empty, and
    // start hidden.
    void showResult(Kind kind, const QString &text, const QString &details = {});
    // Hides the banner and forgets its text and details.
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString details() const;
    bool detailsShown() const;

    QLabel *textLabel() const { return m_text; }
    QToolButton *detailsToggle() const { return m_toggle; }
    QPlainTextEdit *detailsView() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyKind();

    Kind m_kind = Kind::Unknown;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_toggle = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace eflow::ui
