#pragma once

#include <QLabel>
#include <QString>

#include <array>

namespace eflow::ui {

// A QLabel that remembers the heights it measured. QLabel::heightForWidth() lays its whole text out
// again on every call, and one layout pass of a wizard page asks each wrapped label for its height at the
// same few widths a dozen times: before the first paint that was half of all the text shaping the program
// did. The remembered heights are forgotten when the text, its format, the font, style, contents margins,
// indent, margin, alignment or minimum width change, so they are never stale.
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);
    ~WrappingLabel() override;

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Measured
    {
        int width = -1;
        int height = -1;
    };
    // The state the heights were measured in: a change of any of these (setText(), setIndent(),
    // setMargin() and setMinimumWidth() are not virtual, and send no event) drops them on the next call.
    struct Key
    {
        QString text;
        int indent = -1;
        int margin = -1;
        int minimumWidth = -1;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool operator==(const Key &) const = default;
    };

    Key currentKey() const;
    void forget() const;

    static constexpr std::size_t kRemembered = 4;
    mutable std::array<Measured, kRemembered> m_measured;
    mutable std::size_t m_next = 0;
    mutable Key m_key;
};

// A word-wrapped WrappingLabel with `text` (plain text unless `format` says otherwise).
WrappingLabel *makeWrappingLabel(const QString &text, QWidget *parent, Qt::TextFormat format = Qt::PlainText);

} // namespace eflow::ui
