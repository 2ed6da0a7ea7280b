#include "ui/widgets/ResultBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/widgets/NoteLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

// The tint of a kind, mixed into the palette's window colour so that it reads in light and dark themes.
QColor tint(ResultBanner::Kind kind)
{
    switch (kind) {
    case ResultBanner::Kind::Success:
        return QColor(0x2e, 0x9d, 0x4f);
    case ResultBanner::Kind::Warning:
        return QColor(0xd9, 0x9a, 0x06);
    case ResultBanner::Kind::Error:
        return QColor(0xd0, 0x31, 0x2d);
    case ResultBanner::Kind::Busy:
    case ResultBanner::Kind::Unknown:
        break;
    }
    return QColor(0x3d, 0x7e, 0xd6);
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

QStyle::StandardPixmap iconOf(ResultBanner::Kind kind)
{
    switch (kind) {
    case ResultBanner::Kind::Success:
        return QStyle::SP_DialogApplyButton;
    case ResultBanner::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case ResultBanner::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case ResultBanner::Kind::Busy:
    case ResultBanner::Kind::Unknown:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

ResultBanner::ResultBanner(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text = makeNoteLabel(this);
    m_toggle = new QToolButton(this);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    // No mnemonic: the page's letters belong to its fields.
    m_toggle->setText(tr("Details"));
    m_toggle->setAccessibleName(tr("Show the details"));
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details"));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setMaximumHeight(160);
    m_details->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    top->addWidget(m_toggle, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_details);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_toggle->setAccessibleName(on ? tr("Hide the details") : tr("Show the details"));
        m_details->setVisible(on);
    });
    clear();
}

ResultBanner::~ResultBanner() = default;

void ResultBanner::showResult(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    m_text->setText(text);
    m_details->setPlainText(details);
    m_toggle->setChecked(false);
    m_toggle->setVisible(!details.isEmpty());
    applyKind();
    setVisible(true);
}

void ResultBanner::clear()
{
    m_kind = Kind::Unknown;
    m_text->clear();
    m_details->clear();
    m_toggle->setChecked(false);
    m_toggle->setVisible(false);
    setVisible(false);
}

QString ResultBanner::text() const
{
    return m_text->text();
}

QString ResultBanner::details() const
{
    return m_details->toPlainText();
}

bool ResultBanner::detailsShown() const
{
    return m_details->isVisibleTo(this);
}

void ResultBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A theme change: tint the new window colour.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyKind();
}

void ResultBanner::applyKind()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconOf(m_kind), nullptr, this).pixmap(size, size));
    // setPalette() itself sends a PaletteChange: compare first, so that the event does not loop.
    QPalette p = palette();
    const QColor wanted =
        mix(parentWidget() ? parentWidget()->palette().color(QPalette::Window) : p.color(QPalette::Window),
            tint(m_kind), 0.18);
    if (p.color(QPalette::Window) == wanted)
        return;
    p.setColor(QPalette::Window, wanted);
    setPalette(p);
}

} // namespace eflow::ui
