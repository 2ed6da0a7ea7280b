#include "ui/widgets/WrappingLabel.h"

#include <QEvent>

namespace eflow::ui {

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{}

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{}

WrappingLabel::~WrappingLabel() = default;

WrappingLabel::Key WrappingLabel::currentKey() const
{
    return {text(), indent(), margin(), minimumWidth(), alignment(), textFormat()};
}

void WrappingLabel::forget() const
{
    m_measured.fill({});
    m_next = 0;
}

int WrappingLabel::heightForWidth(int width) const
{
    if (!wordWrap())
        return QLabel::heightForWidth(width);
    Key key = currentKey();
    if (!(key == m_key)) {
        forget();
        m_key = std::move(key);
    }
    for (const Measured &m : m_measured) {
        if (m.width == width)
            return m.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_measured[m_next] = {width, height};
    m_next = (m_next + 1) % kRemembered;
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

WrappingLabel *makeWrappingLabel(const QString &text, QWidget *parent, Qt::TextFormat format)
{
    auto *label = new WrappingLabel(parent);
    label->setTextFormat(format);
    label->setText(text);
    label->setWordWrap(true);
    return label;
}

} // namespace eflow::ui
