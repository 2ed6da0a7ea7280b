#pragma once

#include <QPointer>
#include <QTreeWidget>

#include "engine/jobs/StepState.h"

namespace eflow::jobs {
class Pipeline;
}

namespace eflow::ui {

// The steps of one jobs::Pipeline, one row each: a mark and the state word (never colour alone), the
// step's title and its percentage when the step reports one. Follows the pipeline's signals; forgets it
// when it is destroyed.
class StepListView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepListView)

public:
    explicit StepListView(QWidget *parent = nullptr);

    // nullptr clears the list.
    void setPipeline(eflow::jobs::Pipeline *pipeline);
    eflow::jobs::Pipeline *pipeline() const { return m_pipeline; }

    eflow::jobs::StepState stepState(int row) const;
    // "Done", "Running", … (translated).
    static QString stateWord(eflow::jobs::StepState state);
    // A text mark that reads without colour: ✓, ✗, ▶, …
    static QString stateMark(eflow::jobs::StepState state);

private:
    void rebuild();
    void updateRow(int row);

    QPointer<eflow::jobs::Pipeline> m_pipeline;
};

} // namespace eflow::ui
