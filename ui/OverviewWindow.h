#pragma once

#include "engine/host/HostOperation.h"

#include <QMainWindow>
#include <QPointer>

class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace eflow::ui {

class WizardController;

// The device overview (WAC's "IoT Edge" tool pane): module list, service status, runtime versions,
// VM statistics, `iotedge check` by section, and the runtime's log tail. A view on the controller's
// status job; it shares the controller's open host, so it works after the wizard and on its own for a
// host that is already provisioned.
class OverviewWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewWindow)

public:
    explicit OverviewWindow(WizardController *controller, QWidget *parent = nullptr);
    ~OverviewWindow() override;

    // Seconds between automatic refreshes (only while auto-refresh is on).
    int autoRefreshSeconds() const;
    QString lastRefreshedText() const;

public slots:
    void refresh();
    void setAutoRefresh(bool enabled);

private:
    // The window's sections, built in reading order (the order of creation is the widgets' order).
    QHBoxLayout *buildRefreshRow(QWidget *central);
    QGroupBox *buildModulesBox(QWidget *central);
    QHBoxLayout *buildInfoRow(QWidget *central);
    QGroupBox *buildCheckBox(QWidget *central);
    QGroupBox *buildLogsBox(QWidget *central);
    void buildTabs(QWidget *central, QGroupBox *modulesBox, QHBoxLayout *infoRow, QGroupBox *checkBox,
                   QGroupBox *logsBox);
    void connectSignals();
    void showStatus();
    void fetchLogs();
    void onLogsFetched(const eflow::host::HostOperationResult &result);
    void applyLogFilter();
    void updateBusy();

    WizardController *m_controller = nullptr;
    QLabel *m_device = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_modules = nullptr;
    QLabel *m_serviceStatus = nullptr;
    QLabel *m_versions = nullptr;
    QLabel *m_vmStats = nullptr;
    QTreeWidget *m_checks = nullptr;
    QLabel *m_checkSummary = nullptr;
    QPlainTextEdit *m_logs = nullptr;
    QLineEdit *m_logSearch = nullptr;
    QCheckBox *m_logFilter = nullptr;
    QLabel *m_readErrors = nullptr;
    QPushButton *m_refresh = nullptr;
    QCheckBox *m_autoRefresh = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_lastRefreshed = nullptr;
    QTimer *m_timer = nullptr;
    QStringList m_logLines;
    bool m_refreshing = false;
};

} // namespace eflow::ui
