#include "ui/OverviewWindow.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "engine/host/HostBackend.h"
#include "engine/host/HostOperation.h"
#include "engine/jobs/HostJobs.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

QString checkMark(host::CheckResultKind kind)
{
    switch (kind) {
    case host::CheckResultKind::Ok:
        return u"√"_s;
    case host::CheckResultKind::Warning:
        return u"‼"_s;
    case host::CheckResultKind::Error:
    case host::CheckResultKind::Fatal:
        return u"×"_s;
    case host::CheckResultKind::Skipped:
    case host::CheckResultKind::Ignored:
        return u"–"_s;
    case host::CheckResultKind::Unknown:
        break;
    }
    return u"?"_s;
}

QString mb(qint64 value)
{
    if (value < 0)
        return OverviewWindow::tr("not reported");
    return QLocale().formattedDataSize(value * 1024 * 1024, 1, QLocale::DataSizeTraditionalFormat);
}

QLabel *textLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

QString readErrorTopic(const QString &stepId)
{
    if (stepId == u"vm"_s)
        return OverviewWindow::tr("Virtual machine");
    if (stepId == u"modules"_s)
        return OverviewWindow::tr("Module list");
    if (stepId == u"service"_s)
        return OverviewWindow::tr("IoT Edge status");
    if (stepId == u"check"_s)
        return OverviewWindow::tr("iotedge check");
    if (stepId == u"system"_s)
        return OverviewWindow::tr("IoT Edge system services");
    if (stepId == u"logs"_s)
        return OverviewWindow::tr("Logs");
    return stepId;
}

} // namespace

OverviewWindow::OverviewWindow(WizardController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    Q_ASSERT(controller);
    setObjectName(u"overviewWindow"_s);
    setWindowTitle(tr("Device overview — %1").arg(controller->describe()));
    setAttribute(Qt::WA_DeleteOnClose, false);

    auto *central = new QWidget(this);
    QHBoxLayout *top = buildRefreshRow(central);

    m_readErrors = textLabel(central, u"readErrorsLabel"_s);
    m_readErrors->setAccessibleName(tr("What could not be read"));
    m_readErrors->setVisible(false);

    QGroupBox *modulesBox = buildModulesBox(central);
    QHBoxLayout *infoRow = buildInfoRow(central);
    QGroupBox *checkBox = buildCheckBox(central);
    QGroupBox *logsBox = buildLogsBox(central);
    buildTabs(central, modulesBox, infoRow, checkBox, logsBox);

    m_device = textLabel(central, u"deviceLabel"_s);
    m_device->setAccessibleName(tr("Device"));
    m_device->setText(tr("Device: %1").arg(controller->describe()));
    QFont bold = m_device->font();
    bold.setBold(true);
    m_device->setFont(bold);

    auto *outer = new QVBoxLayout(central);
    outer->addWidget(m_device);
    outer->addLayout(top);
    outer->addWidget(m_readErrors);
    outer->addWidget(m_tabs, 1);
    setCentralWidget(central);
    resize(960, 680);

    // Reading order, the selectable texts included; the tab bar, then the shown tab's widgets (Qt skips
    // the hidden tabs' ones).
    const QList<QWidget *> chain{m_device,        m_refresh,    m_autoRefresh,    m_interval,
                                 m_lastRefreshed, m_readErrors, m_tabs->tabBar(), m_modules,
                                 m_serviceStatus, m_versions,   m_vmStats,        m_checkSummary,
                                 m_checks,        m_logSearch,  m_logFilter,      m_logs};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

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

// Refresh, auto-refresh and its interval, and when the window last read the device.
QHBoxLayout *OverviewWindow::buildRefreshRow(QWidget *central)
{
    auto *top = new QHBoxLayout;
    m_refresh = new QPushButton(tr("&Refresh"), central);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setAccessibleName(tr("Refresh"));
    m_autoRefresh = new QCheckBox(tr("&Auto-refresh every"), central);
    m_autoRefresh->setObjectName(u"autoRefreshCheckBox"_s);
    m_autoRefresh->setAccessibleName(tr("Auto-refresh"));
    m_interval = new QSpinBox(central);
    m_interval->setObjectName(u"autoRefreshIntervalSpinBox"_s);
    m_interval->setAccessibleName(tr("Auto-refresh interval in seconds"));
    m_interval->setRange(5, 3600);
    m_interval->setValue(30);
    m_interval->setSuffix(tr(" s"));
    m_lastRefreshed = textLabel(central, u"lastRefreshedLabel"_s);
    m_lastRefreshed->setAccessibleName(tr("Last refreshed"));
    m_lastRefreshed->setText(tr("Not refreshed yet"));
    top->addWidget(m_refresh);
    top->addWidget(m_autoRefresh);
    top->addWidget(m_interval);
    top->addSpacing(12);
    top->addWidget(m_lastRefreshed, 1);
    return top;
}

// IoT Edge Module List
QGroupBox *OverviewWindow::buildModulesBox(QWidget *central)
{
    auto *modulesBox = new QGroupBox(tr("IoT Edge Module List"), central);
    m_modules = new QTableWidget(0, 4, modulesBox);
    m_modules->setObjectName(u"moduleTable"_s);
    m_modules->setAccessibleName(tr("IoT Edge Module List"));
    m_modules->setHorizontalHeaderLabels({tr("NAME"), tr("STATUS"), tr("DESCRIPTION"), tr("IMAGE")});
    m_modules->horizontalHeader()->setStretchLastSection(true);
    m_modules->verticalHeader()->setVisible(false);
    m_modules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_modules->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Arrow keys move between the rows; Tab leaves the table instead of walking every cell.
    m_modules->setTabKeyNavigation(false);
    m_modules->setMinimumHeight(120);
    (new QVBoxLayout(modulesBox))->addWidget(m_modules);
    return modulesBox;
}

// IoT Edge Status, versions, VM statistics
QHBoxLayout *OverviewWindow::buildInfoRow(QWidget *central)
{
    auto *statusBox = new QGroupBox(tr("IoT Edge Status"), central);
    m_serviceStatus = textLabel(statusBox, u"serviceStatusLabel"_s);
    m_serviceStatus->setAccessibleName(tr("IoT Edge Status"));
    (new QVBoxLayout(statusBox))->addWidget(m_serviceStatus);
    auto *versionsBox = new QGroupBox(tr("Runtime versions"), central);
    m_versions = textLabel(versionsBox, u"versionsLabel"_s);
    m_versions->setAccessibleName(tr("Runtime versions"));
    (new QVBoxLayout(versionsBox))->addWidget(m_versions);
    auto *vmBox = new QGroupBox(tr("VM statistics"), central);
    m_vmStats = textLabel(vmBox, u"vmStatisticsLabel"_s);
    m_vmStats->setAccessibleName(tr("VM statistics"));
    (new QVBoxLayout(vmBox))->addWidget(m_vmStats);
    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(statusBox, 2);
    infoRow->addWidget(versionsBox, 1);
    infoRow->addWidget(vmBox, 1);
    return infoRow;
}

// iotedge check
QGroupBox *OverviewWindow::buildCheckBox(QWidget *central)
{
    auto *checkBox = new QGroupBox(tr("iotedge check"), central);
    m_checkSummary = textLabel(checkBox, u"checkSummaryLabel"_s);
    m_checkSummary->setAccessibleName(tr("iotedge check summary"));
    m_checks = new QTreeWidget(checkBox);
    m_checks->setObjectName(u"checkTree"_s);
    m_checks->setAccessibleName(tr("iotedge check results"));
    m_checks->setHeaderLabels({tr("Check"), tr("Result")});
    m_checks->setMinimumHeight(160);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_checkSummary);
    checkLayout->addWidget(m_checks);
    return checkBox;
}

// Logs
QGroupBox *OverviewWindow::buildLogsBox(QWidget *central)
{
    auto *logsBox = new QGroupBox(tr("Logs"), central);
    m_logSearch = new QLineEdit(logsBox);
    m_logSearch->setObjectName(u"logSearchEdit"_s);
    m_logSearch->setAccessibleName(tr("Search the logs"));
    m_logSearch->setPlaceholderText(tr("Search"));
    auto *searchLabel = new QLabel(tr("&Search:"), logsBox);
    searchLabel->setBuddy(m_logSearch);
    m_logFilter = new QCheckBox(tr("Only &matching lines"), logsBox);
    m_logFilter->setObjectName(u"logFilterCheckBox"_s);
    m_logFilter->setAccessibleName(tr("Only matching lines"));
    m_logs = new QPlainTextEdit(logsBox);
    m_logs->setObjectName(u"logsView"_s);
    m_logs->setAccessibleName(tr("IoT Edge logs"));
    m_logs->setReadOnly(true);
    m_logs->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logs->setMinimumHeight(160);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_logSearch, 1);
    searchRow->addWidget(m_logFilter);
    auto *logsLayout = new QVBoxLayout(logsBox);
    logsLayout->addLayout(searchRow);
    logsLayout->addWidget(m_logs);
    return logsBox;
}

// Three tabs, as WAC's IoT Edge tool splits its panes: each fits the window without scrolling.
void OverviewWindow::buildTabs(QWidget *central, QGroupBox *modulesBox, QHBoxLayout *infoRow,
                               QGroupBox *checkBox, QGroupBox *logsBox)
{
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(u"overviewTabs"_s);
    m_tabs->setAccessibleName(tr("Device overview sections"));
    m_tabs->tabBar()->setAccessibleName(tr("Device overview sections"));
    auto *statusTab = new QWidget(m_tabs);
    auto *statusLayout = new QVBoxLayout(statusTab);
    statusLayout->addWidget(modulesBox, 1);
    statusLayout->addLayout(infoRow);
    m_tabs->addTab(statusTab, tr("Mo&dules and status"));
    auto *checkTab = new QWidget(m_tabs);
    (new QVBoxLayout(checkTab))->addWidget(checkBox);
    m_tabs->addTab(checkTab, tr("iotedge chec&k"));
    auto *logsTab = new QWidget(m_tabs);
    (new QVBoxLayout(logsTab))->addWidget(logsBox);
    m_tabs->addTab(logsTab, tr("&Logs"));
}

void OverviewWindow::connectSignals()
{
    connect(m_timer, &QTimer::timeout, this, &OverviewWindow::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &OverviewWindow::refresh);
    connect(m_autoRefresh, &QCheckBox::toggled, this, &OverviewWindow::setAutoRefresh);
    connect(m_interval, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_timer->setInterval(seconds * 1000); });
    connect(m_logSearch, &QLineEdit::textChanged, this, &OverviewWindow::applyLogFilter);
    connect(m_logFilter, &QCheckBox::toggled, this, &OverviewWindow::applyLogFilter);
    connect(m_controller, &WizardController::statusRefreshed, this, [this] {
        m_refreshing = false;
        showStatus();
        m_lastRefreshed->setText(
            tr("Last refreshed: %1")
                .arg(QLocale().toString(QDateTime::currentDateTime().time(), u"HH:mm:ss"_s)));
        fetchLogs();
    });
    connect(m_controller, &WizardController::logsFetched, this, &OverviewWindow::onLogsFetched);
    // A window opened together with its host learns the host's name once it is open.
    connect(m_controller, &WizardController::targetChanged, this, [this] {
        setWindowTitle(tr("Device overview — %1").arg(m_controller->describe()));
        m_device->setText(tr("Device: %1").arg(m_controller->describe()));
    });
}

OverviewWindow::~OverviewWindow() = default;

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

    // Module list
    m_modules->setRowCount(0);
    if (s.modules) {
        m_modules->setRowCount(int(s.modules->modules.size()));
        int row = 0;
        for (const host::IotEdgeModule &m : s.modules->modules) {
            m_modules->setItem(row, 0, new QTableWidgetItem(m.name));
            m_modules->setItem(row, 1, new QTableWidgetItem(m.statusText));
            m_modules->setItem(row, 2, new QTableWidgetItem(m.description));
            m_modules->setItem(row, 3, new QTableWidgetItem(m.image));
            ++row;
        }
        // The short columns fit their text; the image takes the rest of the width.
        for (int column = 0; column < 3; ++column)
            m_modules->resizeColumnToContents(column);
    }

    // IoT Edge Status
    QStringList status;
    if (s.service) {
        QString active = s.service->activeText;
        if (!s.service->since.isEmpty())
            active = tr("%1 since %2").arg(active, s.service->since);
        if (!s.service->sinceAgo.isEmpty())
            active = tr("%1; %2").arg(active, s.service->sinceAgo);
        status << tr("%1 — Active: %2").arg(s.service->unit, active);
    } else if (s.vm && !s.vm->systemCtlStatusLines.isEmpty()) {
        for (const QString &line : s.vm->systemCtlStatusLines) {
            if (line.trimmed().startsWith(u"Active:"_s))
                status << line.trimmed();
        }
    }
    if (s.systemServices) {
        status << tr("System services (iotedge system status):");
        for (const host::ServiceStatus &svc : s.systemServices->services)
            status << u"  %1: %2"_s.arg(svc.unit, svc.activeText);
    }
    if (status.isEmpty())
        status << tr("Not read yet.");
    m_serviceStatus->setText(status.join(u'\n'));

    // Versions and statistics
    if (s.vm) {
        const host::EflowVmStatus &vm = *s.vm;
        const auto orUnknown = [](const QString &v) {
            return v.isEmpty() ? tr("not reported") : v;
        };
        m_versions->setText(tr("IoT Edge: %1\nMoby engine: %2\nMoby CLI: %3")
                                .arg(orUnknown(vm.iotEdgeVersion), orUnknown(vm.mobyEngineVersion),
                                     orUnknown(vm.mobyCliVersion)));
        m_vmStats->setText(tr("VM: %1 (%2)\nMemory: %3 used of %4 (%5 available)\nStorage: %6 used of %7 "
                              "(%8 available)\nCPUs: %9\nKernel: %10")
                               .arg(orUnknown(vm.vmName), orUnknown(vm.powerStateText), mb(vm.usedMemMb),
                                    mb(vm.totalMemMb), mb(vm.availableMemMb), mb(vm.usedStorageMb),
                                    mb(vm.totalStorageMb), mb(vm.availableStorageMb))
                               .arg(vm.cpuCount > 0 ? QString::number(vm.cpuCount) : tr("not reported"),
                                    orUnknown(vm.kernelVersion)));
    } else {
        m_versions->setText(tr("Not read yet."));
        m_vmStats->setText(tr("Not read yet."));
    }

    // iotedge check, grouped by section
    m_checks->clear();
    if (s.check) {
        const host::IotEdgeCheckResult &c = *s.check;
        const int errors = c.count(host::CheckResultKind::Error) + c.count(host::CheckResultKind::Fatal);
        m_checkSummary->setText(
            tr("%1 OK, %2 warning(s), %3 error(s), %4 skipped")
                .arg(c.count(host::CheckResultKind::Ok))
                .arg(c.count(host::CheckResultKind::Warning))
                .arg(errors)
                .arg(c.count(host::CheckResultKind::Skipped) + c.count(host::CheckResultKind::Ignored)));
        for (const host::IotEdgeCheckSection &section : c.sections) {
            auto *sectionItem = new QTreeWidgetItem(m_checks, {section.name});
            QFont bold = sectionItem->font(0);
            bold.setBold(true);
            sectionItem->setFont(0, bold);
            bool expand = false;
            for (const host::IotEdgeCheck &check : section.checks) {
                const QString word = check.kindText.isEmpty() ? tr("unknown") : check.kindText;
                auto *item = new QTreeWidgetItem(
                    sectionItem, {u"%1 %2"_s.arg(checkMark(check.kind), check.description), word});
                item->setToolTip(0, check.id);
                for (const QString &detail : check.details)
                    new QTreeWidgetItem(item, {detail});
                if (check.kind == host::CheckResultKind::Error ||
                    check.kind == host::CheckResultKind::Fatal ||
                    check.kind == host::CheckResultKind::Warning) {
                    expand = true;
                    item->setExpanded(true);
                }
            }
            sectionItem->setExpanded(expand || c.sections.size() <= 3);
        }
        m_checks->resizeColumnToContents(0);
    } else {
        m_checkSummary->setText(tr("Not read yet."));
    }

    // Read errors, as sentences
    QStringList errors;
    for (auto it = s.readErrors.cbegin(); it != s.readErrors.cend(); ++it)
        errors << tr("%1: %2").arg(readErrorTopic(it.key()), it.value());
    m_readErrors->setText(errors.join(u'\n'));
    m_readErrors->setVisible(!errors.isEmpty());

    m_refresh->setEnabled(!m_refreshing);
}

void OverviewWindow::fetchLogs()
{
    if (m_controller->runner()->isFetchingLogs())
        return;
    m_controller->fetchLogs(200);
}

void OverviewWindow::onLogsFetched(const host::HostOperationResult &result)
{
    if (result.ok()) {
        m_logLines = result.data.value(u"text"_s).toString().split(u'\n');
        while (!m_logLines.isEmpty() && m_logLines.constLast().isEmpty())
            m_logLines.removeLast();
    } else {
        m_logLines = {tr("The logs could not be read: %1").arg(result.error)};
    }
    applyLogFilter();
}

void OverviewWindow::applyLogFilter()
{
    const QString needle = m_logSearch->text();
    QStringList shown = m_logLines;
    if (m_logFilter->isChecked() && !needle.isEmpty())
        shown = m_logLines.filter(needle, Qt::CaseInsensitive);
    m_logs->setPlainText(shown.join(u'\n'));
    QList<QTextEdit::ExtraSelection> marks;
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette().highlight());
        format.setForeground(palette().highlightedText());
        QTextCursor cursor(m_logs->document());
        while (!(cursor = m_logs->document()->find(needle, cursor)).isNull()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = cursor;
            mark.format = format;
            marks << mark;
        }
    }
    m_logs->setExtraSelections(marks);
    m_logs->moveCursor(QTextCursor::End);
}

} // namespace eflow::ui
