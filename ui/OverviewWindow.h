#pragma once

#include <QMainWindow>
#include <QPointer>

#include "engine/host/HostOperation.h"
#include "ui/overview/OverviewExport.h"

class QCheckBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTimer;
class QToolButton;

namespace eflow::ui {

class OverviewChecksTab;
class OverviewLogsView;
class OverviewStatusTab;
class SupportBundleDialog;
class WizardController;

// The device overview (WAC's "IoT Edge" tool pane), for support staff: module list, service status,
// the device and its VM, `iotedge check` by section, the system or a module's logs; copy and export of
// what it shows, and the host's support bundle. A view on the controller's status job; it shares the
// controller's open host, so it works after the wizard and on its own for a host that is already
// provisioned. Before EFLOW is deployed it says so and offers the wizard (startWizardRequested()).
// Everything scrolls vertically inside the window, never sideways, so it fits 960×500.
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

    // What "Copy and export" produces for a part (OverviewExport.h documents the JSON).
    QString exportText(OverviewPart part = OverviewPart::All) const;
    QString exportJson(OverviewPart part = OverviewPart::All) const;
    void copyExport(OverviewPart part, bool json);
    // Writes the part to path: JSON when the name ends in .json, text otherwise.
    bool saveExport(OverviewPart part, const QString &path, QString *error = nullptr);
    // Opens (or raises) the support bundle dialog.
    SupportBundleDialog *showSupportBundle();

public slots:
    void refresh();
    void setAutoRefresh(bool enabled);

signals:
    // "Start the wizard" on the "EFLOW is not deployed" banner (the window's owner shows the wizard).
    void startWizardRequested();

private:
    // The window's sections, built in reading order (the order of creation is the widgets' order).
    QHBoxLayout *buildActionRow(QWidget *content);
    QHBoxLayout *buildRefreshRow(QWidget *content);
    QFrame *buildNotDeployedBanner(QWidget *content);
    void buildTabs(QWidget *content);
    QToolButton *buildExportButton(QWidget *content);
    void setUpTabOrder();
    void connectSignals();
    void showStatus();
    void fetchLogs();
    void updateBusy();
    void fitToScreen();
    void saveExportAs(OverviewPart part);
    OverviewSnapshot snapshot() const;

    WizardController *m_controller = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_device = nullptr;
    QFrame *m_notDeployed = nullptr;
    QLabel *m_notDeployedText = nullptr;
    QPushButton *m_startWizard = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewStatusTab *m_statusTab = nullptr;
    OverviewChecksTab *m_checksTab = nullptr;
    OverviewLogsView *m_logsView = nullptr;
    QLabel *m_readErrors = nullptr;
    QPushButton *m_refresh = nullptr;
    QToolButton *m_export = nullptr;
    QPushButton *m_bundle = nullptr;
    QCheckBox *m_autoRefresh = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_lastRefreshed = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<SupportBundleDialog> m_bundleDialog;
    bool m_refreshing = false;
};

} // namespace eflow::ui
