#pragma once

#include <memory>
#include <optional>

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "engine/jobs/FleetProbe.h"
#include "engine/jobs/FleetRun.h"
#include "engine/plan/DeploymentPlan.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace eflow::jobs {
class HostFactory;
}

namespace eflow::ui {

class FleetTableModel;

struct FleetWindowOptions
{
    double demoSpeed = 1.0;   // demo targets' pace
    QString journalDirectory; // empty: the journal's default folder
    int concurrency = 8;      // hosts at a time, as the window opens
};

// The Fleet window (issue 16 item 3): load a fleet file and a plan, check every target with parallel
// probes, run the fleet (FleetRun: deploy, provision, verify, N at a time) with a row per host, its status
// and a progress bar, show only the failures, retry the selected hosts, open a host's overview, and export
// the results. The group key is typed (kept in memory for this window only) or named in the keychain.
class FleetWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetWindow)

public:
    explicit FleetWindow(std::shared_ptr<const jobs::HostFactory> hosts, FleetWindowOptions options = {},
                         QWidget *parent = nullptr);
    ~FleetWindow() override;

    bool loadFleet(const QString &path, QString *error = nullptr);
    bool loadPlan(const QString &path, QString *error = nullptr);
    void checkTargets();
    // Starts the run (after reading the keychain references it needs); false with *error when it cannot.
    bool startRun(QString *error = nullptr);
    void stopRun();
    bool retrySelected();
    void openOverview(int row);
    bool exportResults(const QString &path, QString *error = nullptr);
    void setFailuresOnly(bool on);

    FleetTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    jobs::FleetRun *run() const { return m_run; }
    jobs::FleetProbe *probe() const { return m_probe; }
    QString statusText() const;

signals:
    void runFinished();
    void probesFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    QWidget *buildInputs();
    QWidget *buildActions();
    void updateActions();
    void updateStatus();
    void showError(const QString &message);
    void launchRun(jobs::FleetRunOptions options);
    void readKeychainRefs(jobs::FleetRunOptions options, QStringList refs);
    std::optional<jobs::FleetRunOptions> runOptions(QString *error);
    QList<int> selectedRows() const;

    std::shared_ptr<const jobs::HostFactory> m_hosts;
    FleetWindowOptions m_options;
    QString m_fleetFile;
    QList<jobs::FleetHost> m_fleet;
    std::optional<plan::DeploymentPlan> m_plan;
    QString m_planFile;
    QPointer<jobs::FleetRun> m_run;
    QPointer<jobs::FleetProbe> m_probe;
    bool m_readingKeys = false;

    FleetTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_fleetLabel = nullptr;
    QLabel *m_planLabel = nullptr;
    QLineEdit *m_groupKeyRef = nullptr;
    QLineEdit *m_groupKey = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_overviewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QCheckBox *m_failuresOnly = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_tick;
    QTimer m_statusDelay; // the summary line, at most five times a second however many hosts change
};

} // namespace eflow::ui
