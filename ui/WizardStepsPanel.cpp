#include "ui/WizardStepsPanel.h"

#include <algorithm>

#include <QGridLayout>
#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>

#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

// The order the user walks through; headings are not in it because they are never current themselves.
const QList<WizardStepsPanel::WizardStep> &walkOrder()
{
    static const QList<WizardStepsPanel::WizardStep> order = {
        WizardStepsPanel::WizardStep::GettingStarted, WizardStepsPanel::WizardStep::License,
        WizardStepsPanel::WizardStep::Target,         WizardStepsPanel::WizardStep::Settings,
        WizardStepsPanel::WizardStep::Deployment,     WizardStepsPanel::WizardStep::Connect,
        WizardStepsPanel::WizardStep::Finish,
    };
    return order;
}

const QString currentMarker = u"\u25B6"_s; // ▶
const QString doneMarker = u"\u2713"_s;    // ✓

} // namespace

WizardStepsPanel::WizardStepsPanel(const QList<WizardStep> &available, QWidget *parent)
    : QWidget(parent)
    , m_available(available)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(1, 1);
    outer->addLayout(m_grid);
    outer->addStretch(1);

    // Wide enough for either marker in bold, so that rows do not shift when the current step moves.
    QFont bold = font();
    bold.setBold(true);
    const int markerWidth = QFontMetrics(bold).horizontalAdvance(currentMarker + u' ') + 2;

    int row = 0;
    for (WizardStep step : allSteps()) {
        Row r;
        r.marker = new QLabel(this);
        r.marker->setTextFormat(Qt::PlainText);
        r.marker->setFixedWidth(markerWidth);
        r.marker->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        r.label = new WrappingLabel(this);
        r.label->setWordWrap(true);
        r.label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // A left margin, not QLabel::setIndent: with top alignment the indent would push the text down too.
        if (isSubStep(step))
            r.label->setContentsMargins(QFontMetrics(font()).horizontalAdvance(u"MM"_s), 0, 0, 0);
        // Greyed, but still readable: the style's disabled text is too faint for the small note line.
        for (QLabel *l : {r.marker, r.label}) {
            QPalette p = l->palette();
            const QColor text = p.color(QPalette::Active, QPalette::WindowText);
            const QColor window = p.color(QPalette::Active, QPalette::Window);
            p.setColor(QPalette::Disabled, QPalette::WindowText,
                       QColor::fromRgbF(0.7f * text.redF() + 0.3f * window.redF(),
                                        0.7f * text.greenF() + 0.3f * window.greenF(),
                                        0.7f * text.blueF() + 0.3f * window.blueF()));
            l->setPalette(p);
        }
        m_grid->addWidget(r.marker, row, 0);
        m_grid->addWidget(r.label, row, 1);
        m_rows.insert(step, r);
        ++row;
    }
    refresh();
}

QList<WizardStepsPanel::WizardStep> WizardStepsPanel::allSteps()
{
    return {WizardStep::GettingStarted, WizardStep::License,    WizardStep::Deploy,  WizardStep::Target,
            WizardStep::Settings,       WizardStep::Deployment, WizardStep::Connect, WizardStep::Finish};
}

void WizardStepsPanel::setAvailableSteps(const QList<WizardStep> &steps)
{
    m_available = steps;
    refresh();
}

void WizardStepsPanel::setCurrentStep(WizardStep step)
{
    m_current = step;
    refresh();
}

bool WizardStepsPanel::isSubStep(WizardStep step)
{
    return step == WizardStep::Target || step == WizardStep::Settings || step == WizardStep::Deployment;
}

QList<WizardStepsPanel::WizardStep> WizardStepsPanel::subSteps(WizardStep heading)
{
    if (heading == WizardStep::Deploy)
        return {WizardStep::Target, WizardStep::Settings, WizardStep::Deployment};
    return {};
}

WizardStepsPanel::State WizardStepsPanel::state(WizardStep step) const
{
    const QList<WizardStep> subs = subSteps(step);
    if (!subs.isEmpty()) {
        QList<State> states;
        for (WizardStep s : subs)
            states.append(state(s));
        const auto all = [&states](State wanted) {
            return std::all_of(states.cbegin(), states.cend(), [wanted](State s) { return s == wanted; });
        };
        if (all(State::Unavailable))
            return State::Unavailable;
        if (states.contains(State::Current))
            return State::Current;
        if (!states.contains(State::Upcoming) && states.contains(State::Done))
            return State::Done;
        return State::Upcoming;
    }
    if (step == WizardStep::Unknown || !m_available.contains(step))
        return State::Unavailable;
    if (step == m_current)
        return State::Current;
    const qsizetype index = walkOrder().indexOf(step);
    const qsizetype currentIndex = walkOrder().indexOf(m_current);
    if (currentIndex >= 0 && index < currentIndex)
        return State::Done;
    return State::Upcoming;
}

QString WizardStepsPanel::title(WizardStep step)
{
    switch (step) {
    case WizardStep::GettingStarted:
        return tr("Getting Started");
    case WizardStep::License:
        return tr("License");
    case WizardStep::Deploy:
        return tr("Deploy");
    case WizardStep::Target:
        return tr("Target");
    case WizardStep::Settings:
        return tr("Settings");
    case WizardStep::Deployment:
        return tr("Deployment");
    case WizardStep::Connect:
        return tr("Connect");
    case WizardStep::Finish:
        return tr("Finish");
    case WizardStep::Unknown:
        break;
    }
    return QString();
}

QString WizardStepsPanel::text(WizardStep step) const
{
    switch (state(step)) {
    case State::Current:
        if (!subSteps(step).isEmpty())
            return title(step); // the ▶ goes to the sub-step being shown
        return tr("%1 %2", "marker, step").arg(currentMarker, title(step));
    case State::Done:
        return tr("%1 %2", "marker, step").arg(doneMarker, title(step));
    case State::Unavailable:
        return tr("%1 (not in this version yet)").arg(title(step));
    case State::Upcoming:
    case State::Unknown:
        break;
    }
    return title(step);
}

QString WizardStepsPanel::accessibleText(WizardStep step) const
{
    switch (state(step)) {
    case State::Current:
        return tr("%1: current step").arg(title(step));
    case State::Done:
        return tr("%1: done").arg(title(step));
    case State::Unavailable:
        return tr("%1: not in this version yet").arg(title(step));
    case State::Upcoming:
    case State::Unknown:
        break;
    }
    return tr("%1: not started").arg(title(step));
}

void WizardStepsPanel::refresh()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const WizardStep step = it.key();
        const Row &r = it.value();
        const State st = state(step);

        // One ▶ only, on the page being shown: a heading whose sub-step is current is bold instead.
        const bool heading = !subSteps(step).isEmpty();
        QString marker;
        if (st == State::Current && !heading)
            marker = currentMarker;
        else if (st == State::Done)
            marker = doneMarker;
        r.marker->setText(marker);

        // Plain text unless the small second line is needed: a rich-text label lays out a whole document
        // for every width its layout asks about, which the first page's start-up time pays for.
        if (st == State::Unavailable) {
            r.label->setTextFormat(Qt::RichText);
            r.label->setText(title(step).toHtmlEscaped() + u"<br><small>"_s +
                             tr("(not in this version yet)").toHtmlEscaped() + u"</small>"_s);
        } else {
            r.label->setTextFormat(Qt::PlainText);
            r.label->setText(title(step));
        }

        QFont f = font();
        f.setBold(st == State::Current);
        r.label->setFont(f);
        r.marker->setFont(f);
        // Greyed by the style, and the words above say why: the state never hangs on colour alone.
        r.label->setEnabled(st != State::Unavailable);
        r.marker->setEnabled(st != State::Unavailable);
        r.label->setToolTip(st == State::Unavailable
                                ? tr("This step is not in this version of EFLOW Wizard yet.")
                                : QString());
        r.label->setAccessibleName(accessibleText(step));
    }
}

} // namespace eflow::ui
