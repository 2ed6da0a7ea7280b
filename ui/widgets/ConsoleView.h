#pragma once

#include <QPlainTextEdit>

namespace eflow::ui {

// The live console of a job: read-only, monospace, capped at maxLines() lines (the oldest go first). It
// follows new lines unless the user scrolled up to read something, and saves its text to a file.
class ConsoleView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleView)

public:
    explicit ConsoleView(QWidget *parent = nullptr);

    static constexpr int defaultMaxLines = 20000;
    int maxLines() const { return maximumBlockCount(); }
    void setMaxLines(int lines) { setMaximumBlockCount(lines); }

    void appendLine(const QString &line);
    // A few lines' room; the page gives it whatever else it has (QPlainTextEdit asks for 192 px).
    QSize sizeHint() const override;
    // Writes the whole text to path atomically (QSaveFile). False with a sentence in *error.
    bool saveTo(const QString &path, QString *error = nullptr) const;

public slots:
    // Asks for a file name, then saveTo(); says so in a message box when it fails.
    void saveWithDialog();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool isFollowing() const;
};

} // namespace eflow::ui
