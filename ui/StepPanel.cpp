#include "ui/StepPanel.h"

#include <algorithm>

#include <QGridLayout>
#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

// The order the user walks through; headings are not in it because they are never current themselves.
const QList<StepPanel::Step> &walkOrder()
{
    static const QList<StepPanel::Step> order = {
        StepPanel::Step::GettingStarted, StepPanel::Step::License,    StepPanel::Step::Target,
        StepPanel::Step::Settings,       StepPanel::Step::Deployment, StepPanel::Step::Connect,
        StepPanel::Step::Finish,
    };
    return order;
}

const QString currentMarker = u"\u25B6"_s; // ▶
const QString doneMarker = u"\u2713"_s;    // ✓

} // namespace

StepPanel::StepPanel(const QList<Step> &available, QWidget *parent)
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
    for (Step step : allSteps()) {
        Row r;
        r.marker = new QLabel(this);
        r.marker->setTextFormat(Qt::PlainText);
        r.marker->setFixedWidth(markerWidth);
        r.marker->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        r.label = new QLabel(this);
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

QList<StepPanel::Step> StepPanel::allSteps()
{
    return {Step::GettingStarted, Step::License,    Step::Deploy,  Step::Target,
            Step::Settings,       Step::Deployment, Step::Connect, Step::Finish};
}

void StepPanel::setAvailableSteps(const QList<Step> &steps)
{
    m_available = steps;
    refresh();
}

void StepPanel::setCurrentStep(Step step)
{
    m_current = step;
    refresh();
}

bool StepPanel::isSubStep(Step step)
{
    return step == Step::Target || step == Step::Settings || step == Step::Deployment;
}

QList<StepPanel::Step> StepPanel::subSteps(Step heading)
{
    if (heading == Step::Deploy)
        return {Step::Target, Step::Settings, Step::Deployment};
    return {};
}

StepPanel::State StepPanel::state(Step step) const
{
    const QList<Step> subs = subSteps(step);
    if (!subs.isEmpty()) {
        QList<State> states;
        for (Step s : subs)
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
    if (step == Step::Unknown || !m_available.contains(step))
        return State::Unavailable;
    if (step == m_current)
        return State::Current;
    const qsizetype index = walkOrder().indexOf(step);
    const qsizetype currentIndex = walkOrder().indexOf(m_current);
    if (currentIndex >= 0 && index < currentIndex)
        return State::Done;
    return State::Upcoming;
}

QString StepPanel::title(Step step)
{
    switch (step) {
    case Step::GettingStarted:
        return tr("Getting Started");
    case Step::License:
        return tr("License");
    case Step::Deploy:
        return tr("Deploy");
    case Step::Target:
        return tr("Target");
    case Step::Settings:
        return tr("Settings");
    case Step::Deployment:
        return tr("Deployment");
    case Step::Connect:
        return tr("Connect");
    case Step::Finish:
        return tr("Finish");
    case Step::Unknown:
        break;
    }
    return QString();
}

QString StepPanel::text(Step step) const
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

QString StepPanel::accessibleText(Step step) const
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

void StepPanel::refresh()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const Step step = it.key();
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
