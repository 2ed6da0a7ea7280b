#include "ui/widgets/JobStepList.h"

#include <QHeaderView>

#include "engine/jobs/JobProgress.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {
// A job's usual number of steps, for the room asked before a job is set.
constexpr int kTypicalRows = 7;
enum Column
{
    StateColumn = 0,
    TitleColumn,
    PercentColumn,
};
constexpr int StateRole = Qt::UserRole + 1;
} // namespace

JobStepList::JobStepList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"stepListView"_s);
    setAccessibleName(tr("Deployment steps"));
    setColumnCount(3);
    setHeaderLabels({tr("State"), tr("Step"), tr("Progress")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(PercentColumn, QHeaderView::ResizeToContents);
}

QString JobStepList::stateWord(eflow::jobs::StepState state)
{
    using eflow::jobs::StepState;
    switch (state) {
    case StepState::Pending:
        return tr("Pending");
    case StepState::Running:
        return tr("Running");
    case StepState::Done:
        return tr("Done");
    case StepState::Failed:
        return tr("Failed");
    case StepState::Skipped:
        return tr("Skipped");
    case StepState::Cancelled:
        return tr("Cancelled");
    case StepState::Unknown:
        break;
    }
    return tr("Unknown");
}

QString JobStepList::stateMark(eflow::jobs::StepState state)
{
    using eflow::jobs::StepState;
    switch (state) {
    case StepState::Pending:
        return u"\u25CB"_s; // ○
    case StepState::Running:
        return u"\u25B6"_s; // ▶
    case StepState::Done:
        return u"\u2713"_s; // ✓
    case StepState::Failed:
        return u"\u2717"_s; // ✗
    case StepState::Skipped:
        return u"\u2013"_s; // –
    case StepState::Cancelled:
        return u"\u2298"_s; // ⊘
    case StepState::Unknown:
        break;
    }
    return u"?"_s;
}

void JobStepList::setJob(eflow::jobs::JobProgress *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_notes.clear();
    if (job) {
        connect(job, &eflow::jobs::JobProgress::stepsChanged, this, &JobStepList::rebuild);
        connect(job, &eflow::jobs::JobProgress::stepStateChanged, this,
                [this](int index, eflow::jobs::StepState) { updateRow(index); });
        connect(job, &eflow::jobs::JobProgress::stepProgress, this,
                [this](int index, int) { updateRow(index); });
        connect(job, &QObject::destroyed, this, [this] { clear(); });
    }
    rebuild();
}

eflow::jobs::StepState JobStepList::stepState(int row) const
{
    const QTreeWidgetItem *item = topLevelItem(row);
    if (!item)
        return eflow::jobs::StepState::Unknown;
    return static_cast<eflow::jobs::StepState>(item->data(StateColumn, StateRole).toInt());
}

void JobStepList::setStepNote(const QString &stepId, const QString &note)
{
    m_notes.insert(stepId, note);
    if (m_job) {
        const int row = m_job->indexOf(stepId);
        if (row >= 0)
            updateRow(row);
    }
}

QString JobStepList::stepNote(int row) const
{
    if (!m_job || row < 0 || row >= m_job->stepCount())
        return {};
    return m_notes.value(m_job->step(row).id);
}

QSize JobStepList::sizeHint() const
{
    return {QTreeWidget::sizeHint().width(), heightForRows()};
}

QSize JobStepList::minimumSizeHint() const
{
    return {QTreeWidget::minimumSizeHint().width(), heightForRows()};
}

int JobStepList::heightForRows() const
{
    const int count = topLevelItemCount();
    const int rows = qBound(1, count > 0 ? count : kTypicalRows, kMaxRowsShown);
    int rowHeight = count > 0 ? indexRowSizeHint(indexFromItem(topLevelItem(0))) : 0;
    if (rowHeight <= 0)
        rowHeight = fontMetrics().height() + 4;
    const int headerHeight = header()->isHidden() ? 0 : header()->sizeHint().height();
    return headerHeight + rows * rowHeight + 2 * frameWidth();
}

void JobStepList::rebuild()
{
    clear();
    if (m_job) {
        for (int i = 0; i < m_job->stepCount(); ++i) {
            auto *item = new QTreeWidgetItem(this);
            item->setText(TitleColumn, m_job->step(i).title);
            updateRow(i);
        }
    }
    updateGeometry();
}

void JobStepList::updateRow(int row)
{
    QTreeWidgetItem *item = topLevelItem(row);
    if (!item || !m_job || row >= m_job->stepCount())
        return;
    const eflow::jobs::StepState state = m_job->stepState(row);
    const QString word = stateWord(state);
    item->setText(StateColumn, u"%1 %2"_s.arg(stateMark(state), word));
    item->setData(StateColumn, StateRole, int(state));
    const int percent = m_job->stepPercent(row);
    QString percentText;
    if (state == eflow::jobs::StepState::Running)
        percentText = percent >= 0 ? tr("%1 %").arg(percent) : tr("working…");
    else if (state == eflow::jobs::StepState::Done)
        percentText = m_notes.value(m_job->step(row).id, tr("100 %"));
    item->setText(PercentColumn, percentText);
    // Screen readers read the row as one sentence: "Create the virtual switch: Done".
    const QString spoken = percentText.isEmpty()
                               ? tr("%1: %2").arg(m_job->step(row).title, word)
                               : tr("%1: %2, %3").arg(m_job->step(row).title, word, percentText);
    for (int c = 0; c < columnCount(); ++c)
        item->setData(c, Qt::AccessibleTextRole, spoken);
    item->setToolTip(TitleColumn, m_job->stepError(row));
    if (state == eflow::jobs::StepState::Running || state == eflow::jobs::StepState::Failed)
        scrollToItem(item);
}

} // namespace eflow::ui
