#pragma once

#include <QWidget>

#include "engine/jobs/HostJobs.h"

class QLabel;
class QTreeWidget;

namespace eflow::ui {

// The overview's `iotedge check` tab: a summary line and the checks by section, warnings and errors
// expanded and marked with icon, word and colour.
class OverviewChecksTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewChecksTab)

public:
    explicit OverviewChecksTab(QWidget *parent = nullptr);
    ~OverviewChecksTab() override;

    void showChecks(const jobs::HostJobState &state);
    QList<QWidget *> focusChain() const;

private:
    QTreeWidget *m_checks = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace eflow::ui
