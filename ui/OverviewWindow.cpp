#include "ui/OverviewWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/jobs/HostJobs.h"
#include "ui/WizardController.h"
#include "ui/overview/OverviewChecksTab.h"
#include "ui/overview/OverviewLogsView.h"
#include "ui/overview/OverviewSeverity.h"
#include "ui/overview/OverviewStatusTab.h"
#include "ui/overview/SupportBundleDialog.h"

namespace eflow::ui {

namespace {

QString readErrorTopic(const QString &stepId)
{
    if (stepId == QLatin1String("vm"))
        return OverviewWindow::tr("Virtual machine");
    if (stepId == QLatin1String("modules"))
        return OverviewWindow::tr("Module list");
    if (stepId == QLatin1String("service"))
        return OverviewWindow::tr("IoT Edge status");
    if (stepId == QLatin1String("check"))
        return OverviewWindow::tr("iotedge check");
    if (stepId == QLatin1String("system"))
        return OverviewWindow::tr("IoT Edge system services");
    if (stepId == QLatin1String("logs"))
        return OverviewWindow::tr("Logs");
    return stepId;
}

// The window's preferred size, and the share of the screen it may take at most.
constexpr QSize kPreferredSize(1000, 720);
constexpr double kScreenShare = 0.9;

} // namespace

OverviewWindow::OverviewWindow(WizardController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    Q_ASSERT(controller);
    setObjectName(QStringLiteral("overviewWindow"));
    setWindowTitle(tr("Device overview — %1").arg(controller->describe()));
    setAttribute(Qt::WA_DeleteOnClose, false);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    m_device = overviewTextLabel(content, QStringLiteral("deviceLabel"));
    m_device->setAccessibleName(tr("Device"));
    m_device->setText(tr("Device: %1").arg(controller->describe()));
    QFont bold = m_device->font();
    bold.setBold(true);
    m_device->setFont(bold);
    QHBoxLayout *actions = buildActionRow(content);
    QHBoxLayout *refreshRow = buildRefreshRow(content);
    m_notDeployed = buildNotDeployedBanner(content);
    m_readErrors = overviewTextLabel(content, QStringLiteral("readErrorsLabel"));
    m_readErrors->setAccessibleName(tr("What could not be read"));
    m_readErrors->setVisible(false);
    buildTabs(content);

    auto *outer = new QVBoxLayout(content);
    outer->addWidget(m_device);
    outer->addLayout(actions);
    outer->addLayout(refreshRow);
    outer->addWidget(m_notDeployed);
    outer->addWidget(m_readErrors);
    outer->addWidget(m_tabs, 1);

    // Vertical scrolling only: the content is as wide as the window and asks for its minimum width, so
    // labels wrap instead of running off to the side (issue 13: 960×500 in German).
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("overviewScrollArea"));
    // Not a Tab stop: Tab goes from control to control, and the area scrolls to the one with the focus.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);
    m_scroll->setMinimumWidth(content->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());
    setCentralWidget(m_scroll);
    fitToScreen();

    setUpTabOrder();
    m_timer = new QTimer(this);
    connectSignals();

    // What the controller already knows (e.g. the provision job's final reads) is shown at once; a
    // window opened on its own for a host (no wizard before it) reads the host as soon as it shows.
    showStatus();
    const jobs::HostJobState &known = m_controller->status();
    if (known.vm || known.modules || known.service || known.check) {
        m_lastRefreshed->setText(tr("Showing what provisioning read; not refreshed yet"));
        QTimer::singleShot(0, this, &OverviewWindow::fetchLogs);
    } else {
        QTimer::singleShot(0, this, &OverviewWindow::refresh);
    }
}

OverviewWindow::~OverviewWindow() = default;

void OverviewWindow::fitToScreen()
{
    QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    QSize size = kPreferredSize;
    if (screen) {
        const QSize available = screen->availableGeometry().size();
        size = size.boundedTo(
            QSize(int(available.width() * kScreenShare), int(available.height() * kScreenShare)));
    }
    resize(size.expandedTo(minimumSizeHint()));
}

// Refresh, the exports and the support bundle.
QHBoxLayout *OverviewWindow::buildActionRow(QWidget *content)
{
    m_refresh = new QPushButton(tr("&Refresh"), content);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_export = buildExportButton(content);
    m_bundle = new QPushButton(tr("Collect support &bundle…"), content);
    m_bundle->setObjectName(QStringLiteral("supportBundleButton"));
    m_bundle->setAccessibleName(tr("Collect support bundle"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_refresh);
    row->addWidget(m_export);
    row->addWidget(m_bundle);
    row->addStretch(1);
    return row;
}

// Auto-refresh and its interval, and when the window last read the device.
QHBoxLayout *OverviewWindow::buildRefreshRow(QWidget *content)
{
    m_autoRefresh = new QCheckBox(tr("&Auto-refresh every"), content);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshCheckBox"));
    m_autoRefresh->setAccessibleName(tr("Auto-refresh"));
    m_interval = new QSpinBox(content);
    m_interval->setObjectName(QStringLiteral("autoRefreshIntervalSpinBox"));
    m_interval->setAccessibleName(tr("Auto-refresh interval in seconds"));
    m_interval->setRange(5, 3600);
    m_interval->setValue(30);
    m_interval->setSuffix(tr(" s"));
    m_lastRefreshed = overviewTextLabel(content, QStringLiteral("lastRefreshedLabel"));
    m_lastRefreshed->setAccessibleName(tr("Last refreshed"));
    m_lastRefreshed->setText(tr("Not refreshed yet"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_autoRefresh);
    top->addWidget(m_interval);
    top->addSpacing(12);
    top->addWidget(m_lastRefreshed, 1);
    return top;
}

// "EFLOW is not deployed on this host": an answer of the host, not a fault (issue 13 item 7).
QFrame *OverviewWindow::buildNotDeployedBanner(QWidget *content)
{
    auto *banner = new QFrame(content);
    banner->setObjectName(QStringLiteral("notDeployedBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(banner);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_notDeployedText = overviewTextLabel(banner, QStringLiteral("notDeployedLabel"));
    m_notDeployedText->setAccessibleName(tr("EFLOW is not deployed"));
    m_startWizard = new QPushButton(tr("&Start the wizard"), banner);
    m_startWizard->setObjectName(QStringLiteral("startWizardButton"));
    m_startWizard->setAccessibleName(tr("Start the wizard"));
    auto *text = new QVBoxLayout;
    text->addWidget(m_notDeployedText);
    text->addWidget(m_startWizard, 0, Qt::AlignLeft);
    auto *layout = new QHBoxLayout(banner);
    layout->addWidget(icon);
    layout->addLayout(text, 1);
    banner->setVisible(false);
    connect(m_startWizard, &QPushButton::clicked, this, &OverviewWindow::startWizardRequested);
    return banner;
}

// Three tabs, as WAC's IoT Edge tool splits its panes.
void OverviewWindow::buildTabs(QWidget *content)
{
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("overviewTabs"));
    m_tabs->setAccessibleName(tr("Device overview sections"));
    m_tabs->tabBar()->setAccessibleName(tr("Device overview sections"));
    m_tabs->setUsesScrollButtons(true);
    m_statusTab = new OverviewStatusTab(m_controller, m_tabs);
    m_tabs->addTab(m_statusTab, tr("Mo&dules and status"));
    m_checksTab = new OverviewChecksTab(m_tabs);
    m_tabs->addTab(m_checksTab, tr("iotedge chec&k"));
    auto *logsTab = new QWidget(m_tabs);
    m_logsView = new OverviewLogsView(m_controller, logsTab);
    (new QVBoxLayout(logsTab))->addWidget(m_logsView);
    m_tabs->addTab(logsTab, tr("&Logs"));
}

QToolButton *OverviewWindow::buildExportButton(QWidget *content)
{
    auto *button = new QToolButton(content);
    button->setObjectName(QStringLiteral("exportButton"));
    button->setText(tr("Copy and e&xport"));
    button->setAccessibleName(tr("Copy and export"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    const struct
    {
        OverviewPart part;
        QString title;
        const char *key;
    } parts[] = {{OverviewPart::All, tr("Everything"), "All"},
                 {OverviewPart::Modules, tr("Module list"), "Modules"},
                 {OverviewPart::Status, tr("Status"), "Status"},
                 {OverviewPart::Checks, tr("Check results"), "Checks"}};
    for (const auto &p : parts) {
        QMenu *sub = menu->addMenu(p.title);
        const OverviewPart part = p.part;
        const QString key = QLatin1String(p.key);
        QAction *text = sub->addAction(tr("Copy as text"), this, [this, part] { copyExport(part, false); });
        text->setObjectName(QStringLiteral("copy%1TextAction").arg(key));
        QAction *json = sub->addAction(tr("Copy as JSON"), this, [this, part] { copyExport(part, true); });
        json->setObjectName(QStringLiteral("copy%1JsonAction").arg(key));
        QAction *save = sub->addAction(tr("Save as…"), this, [this, part] { saveExportAs(part); });
        save->setObjectName(QStringLiteral("save%1Action").arg(key));
    }
    button->setMenu(menu);
    return button;
}

void OverviewWindow::setUpTabOrder()
{
    // Reading order, the selectable texts included; the tab bar, then the shown tab's widgets (Qt skips
    // the hidden tabs' ones).
    QList<QWidget *> chain{m_device,      m_refresh,    m_export,        m_bundle,
                           m_autoRefresh, m_interval,   m_lastRefreshed, m_notDeployedText,
                           m_startWizard, m_readErrors, m_tabs->tabBar()};
    chain << m_statusTab->focusChain() << m_checksTab->focusChain() << m_logsView->focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void OverviewWindow::connectSignals()
{
    connect(m_timer, &QTimer::timeout, this, &OverviewWindow::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &OverviewWindow::refresh);
    connect(m_bundle, &QPushButton::clicked, this, &OverviewWindow::showSupportBundle);
    connect(m_autoRefresh, &QCheckBox::toggled, this, &OverviewWindow::setAutoRefresh);
    connect(m_interval, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_timer->setInterval(seconds * 1000); });
    connect(m_statusTab, &OverviewStatusTab::moduleActivated, this, [this](const QString &module) {
        m_tabs->setCurrentIndex(2);
        m_logsView->setSource(module);
    });
    connect(m_controller, &WizardController::statusRefreshed, this, [this] {
        m_refreshing = false;
        showStatus();
        m_lastRefreshed->setText(
            tr("Last refreshed: %1")
                .arg(QLocale().toString(QDateTime::currentDateTime().time(), QStringLiteral("HH:mm:ss"))));
        fetchLogs();
    });
    // A window opened together with its host learns the host's name once it is open.
    connect(m_controller, &WizardController::targetChanged, this, [this] {
        setWindowTitle(tr("Device overview — %1").arg(m_controller->describe()));
        m_device->setText(tr("Device: %1").arg(m_controller->describe()));
    });
}

int OverviewWindow::autoRefreshSeconds() const
{
    return m_interval->value();
}

QString OverviewWindow::lastRefreshedText() const
{
    return m_lastRefreshed->text();
}

void OverviewWindow::setAutoRefresh(bool enabled)
{
    if (m_autoRefresh->isChecked() != enabled)
        m_autoRefresh->setChecked(enabled);
    m_timer->setInterval(m_interval->value() * 1000);
    if (enabled)
        m_timer->start();
    else
        m_timer->stop();
}

void OverviewWindow::refresh()
{
    // The window tracks its own request; refreshStatus() ignores a call while one runs.
    if (m_refreshing || (!m_controller->isOpen() && !m_controller->isOpening()))
        return;
    m_refreshing = true;
    m_controller->refreshStatus();
    updateBusy();
}

void OverviewWindow::updateBusy()
{
    const bool busy = m_refreshing;
    m_refresh->setEnabled(!busy);
    if (busy)
        m_lastRefreshed->setText(tr("Refreshing…"));
}

void OverviewWindow::showStatus()
{
    const jobs::HostJobState &s = m_controller->status();
    const bool notDeployed = s.notDeployed;
    if (notDeployed) {
        const bool installed = s.vmInfo.value(QStringLiteral("installed")).toBool();
        m_notDeployedText->setText(
            installed
                ? tr("EFLOW is not deployed on this host. Azure IoT Edge for Linux on Windows is installed, "
                     "but no virtual machine has been created yet. Start the wizard to deploy it.")
                : tr("EFLOW is not deployed on this host. Azure IoT Edge for Linux on Windows is not "
                     "installed. Start the wizard to install and deploy it."));
    }
    m_notDeployed->setVisible(notDeployed);
    // Nothing else can be read before deployment; the tabs would only say so three times.
    m_tabs->setVisible(!notDeployed);
    m_statusTab->showStatus(s);
    m_checksTab->showChecks(s);
    QStringList modules;
    if (s.modules) {
        for (const host::IotEdgeModule &m : s.modules->modules)
            modules << m.name;
    }
    m_logsView->setModules(modules);

    // Read errors, as sentences, marked as errors by word and icon-like prefix, coloured on top.
    QStringList errors;
    for (auto it = s.readErrors.cbegin(); it != s.readErrors.cend(); ++it)
        errors << tr("%1: %2").arg(readErrorTopic(it.key()), it.value());
    m_readErrors->setText(
        errors.isEmpty() ? QString() : tr("Could not be read:\n%1").arg(errors.join(QLatin1Char('\n'))));
    QPalette p = palette();
    p.setColor(QPalette::WindowText, severityColor(Severity::Error, palette()));
    m_readErrors->setPalette(p);
    m_readErrors->setVisible(!errors.isEmpty());
    m_refresh->setEnabled(!m_refreshing);
}

void OverviewWindow::fetchLogs()
{
    if (!m_controller->status().notDeployed)
        m_logsView->fetch();
}

OverviewSnapshot OverviewWindow::snapshot() const
{
    return OverviewSnapshot{m_controller->describe(), QDateTime::currentDateTimeUtc(),
                            m_controller->status()};
}

QString OverviewWindow::exportText(OverviewPart part) const
{
    return overviewText(snapshot(), part);
}

QString OverviewWindow::exportJson(OverviewPart part) const
{
    return overviewJsonText(snapshot(), part);
}

void OverviewWindow::copyExport(OverviewPart part, bool json)
{
    QApplication::clipboard()->setText(json ? exportJson(part) : exportText(part));
    statusBar()->showMessage(tr("Copied to the clipboard."), 5000);
}

bool OverviewWindow::saveExport(OverviewPart part, const QString &path, QString *error)
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write((json ? exportJson(part) : exportText(part)).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error =
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void OverviewWindow::saveExportAs(OverviewPart part)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("eflow-overview.txt"));
    QString filter = tr("Text (*.txt)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the overview"), suggested,
        tr("Text (*.txt)") + QStringLiteral(";;") + tr("JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(QLatin1String("json")) ? QStringLiteral(".json") : QStringLiteral(".txt");
    QString error;
    if (saveExport(part, target, &error))
        statusBar()->showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(target)), 5000);
    else
        statusBar()->showMessage(error);
}

SupportBundleDialog *OverviewWindow::showSupportBundle()
{
    if (!m_bundleDialog)
        m_bundleDialog = new SupportBundleDialog(m_controller, this);
    m_bundleDialog->show();
    m_bundleDialog->raise();
    return m_bundleDialog;
}

} // namespace eflow::ui
