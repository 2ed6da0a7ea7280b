#pragma once

#include <QWidget>

#include "engine/jobs/HostJobs.h"

class QLabel;
class QTableWidget;

namespace eflow::ui {

class WizardController;

// The overview's first tab: the module list (not running = warning/error, with icon and word), the
// IoT Edge service status, runtime versions, VM statistics, and the device: the VM's address, the
// EFLOW version and release line, and the VM's memory, CPUs, disk and GPU as deployed.
class OverviewStatusTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewStatusTab)

public:
    explicit OverviewStatusTab(WizardController *controller, QWidget *parent = nullptr);
    ~OverviewStatusTab() override;

    void showStatus(const jobs::HostJobState &state);
    QList<QWidget *> focusChain() const;

signals:
    // A module row was activated (double click, Enter): show its logs.
    void moduleActivated(const QString &module);

private:
    void showModules(const jobs::HostJobState &s);
    void showService(const jobs::HostJobState &s);
    void showVm(const jobs::HostJobState &s);
    void showDevice(const jobs::HostJobState &s);

    WizardController *m_controller = nullptr;
    QTableWidget *m_modules = nullptr;
    QLabel *m_serviceStatus = nullptr;
    QLabel *m_versions = nullptr;
    QLabel *m_vmStats = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_dpsRecord = nullptr; // the Verify step (issue 15 item 4)
};

// A selectable, word-wrapped plain-text label, reachable with Tab (screen readers read it).
QLabel *overviewTextLabel(QWidget *parent, const QString &objectName);

} // namespace eflow::ui
