#pragma once

#include <QHash>
#include <QPointer>
#include <QTreeWidget>

#include "engine/jobs/StepState.h"

namespace eflow::jobs {
class JobProgress;
}

namespace eflow::ui {

// The steps of one job (jobs::JobProgress, e.g. the deploy's download, install, Deploy-Eflow), not the
// wizard's own steps (WizardStepsPanel), one row each: a mark and the state word (never colour alone), the
// step's title and its percentage when the step reports one. Follows the job's signals; forgets it when
// it is destroyed.
class JobStepList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStepList)

public:
    explicit JobStepList(QWidget *parent = nullptr);

    // nullptr clears the list.
    void setJob(eflow::jobs::JobProgress *job);
    eflow::jobs::JobProgress *job() const { return m_job; }

    eflow::jobs::StepState stepState(int row) const;
    // A word in place of the finished step's "100 %", e.g. "kept" for a VM that was there already.
    // Cleared when another job is set.
    void setStepNote(const QString &stepId, const QString &note);
    QString stepNote(int row) const;
    // "Done", "Running", … (translated).
    static QString stateWord(eflow::jobs::StepState state);
    // A text mark that reads without colour: ✓, ✗, ▶, …
    static QString stateMark(eflow::jobs::StepState state);

    // Room for every step (up to kMaxRowsShown): the steps are what the page is about, so the page around
    // the list scrolls before the list does.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    static constexpr int kMaxRowsShown = 12;

private:
    int heightForRows() const;
    void rebuild();
    void updateRow(int row);

    QPointer<eflow::jobs::JobProgress> m_job;
    QHash<QString, QString> m_notes; // step id -> note
};

} // namespace eflow::ui
