// eflow-screenshots OUTPUT_DIR — renders every wizard page and the device overview (demo mode) into PNG
// files for the documentation. Needs a real windowing system so that fonts and styles match what users
// see; run it under Xvfb through take-screenshots.sh rather than on the offscreen platform.
//
// It drives the pages the way the autopilot does (clicks on the pages' own buttons) and waits for every
// asynchronous answer with a timeout: when a state is not reached it says which and exits 1, so a
// broken page never yields a picture of the wrong thing. After a complete run, numbered pictures it did
// not write (older names) are removed from OUTPUT_DIR. It also prints "layout:" notes for what a picture
// cannot show by itself: a page that needs a scroll bar at the window's size, or a label or button
// squeezed below the height it needs.

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>
#include <QTreeWidget>
#include <QWizardPage>

#include "engine/crypto/DeviceKey.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/host/HostRequirements.h"
#include "engine/jobs/HostSession.h"
#include "engine/jobs/PowerShellHosts.h"
#include "engine/sim/DemoHost.h"
#include "engine/plan/PlanModel.h"
#include "engine/sim/SimScenario.h"
#include "tests/support/UiTestSupport.h"
#include "ui/OverviewWindow.h"
#include "ui/WizardController.h"
#include "ui/WizardWindow.h"
#include "ui/enrollments/EnrollmentDialog.h"
#include "ui/enrollments/EnrollmentsSession.h"
#include "ui/enrollments/EnrollmentsWindow.h"
#include "ui/enrollments/RegistrationRecordsDialog.h"
#include "ui/enrollments/TwinEditor.h"
#include "ui/enrollments/UseInWizardDialog.h"
#include "ui/fleet/FleetTableModel.h"
#include "ui/fleet/FleetWindow.h"
#include "ui/pages/HostKeyTrustDialog.h"

using namespace Qt::StringLiterals;
using eflow::ui::WizardWindow;

namespace {

// A state the run needed and did not reach; main() prints it and exits 1.
struct Failure final : std::exception
{
    explicit Failure(QString text)
        : message(std::move(text))
    {}
    QString message;
};

constexpr int quickMs = 60 * 1000;      // probe, DPS, status reads on an instant demo host
constexpr int deployMs = 5 * 60 * 1000; // the instant deploy and provision (sanitizer builds are slow)

void require(bool condition, const QString &what)
{
    if (!condition)
        throw Failure(what);
}

using eflow::uitest::usable;
using eflow::uitest::waitFor;

void waitOrFail(const std::function<bool()> &done, int timeoutMs, const QString &what)
{
    require(waitFor(done, timeoutMs),
            u"timed out after %1 s waiting for: %2"_s.arg(timeoutMs / 1000).arg(what));
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    require(widget != nullptr,
            u"no widget named %1 in %2"_s.arg(
                name, parent->objectName().isEmpty() ? QString::fromLatin1(parent->metaObject()->className())
                                                     : parent->objectName()));
    return widget;
}

void click(QWidget *parent, const QString &name)
{
    auto *button = child<QAbstractButton>(parent, name);
    require(usable(button), u"the button %1 (\"%2\") cannot be pressed"_s.arg(name, button->text()));
    button->click();
}

QString labelText(QWidget *parent, const QString &name)
{
    return child<QLabel>(parent, name)->text();
}

// Next (or the commit page's Next) on the wizard, which must then show page `to`.
void next(WizardWindow &wizard, int to)
{
    QAbstractButton *button = wizard.button(QWizard::NextButton);
    if (!usable(button))
        button = wizard.button(QWizard::CommitButton);
    require(usable(button), u"on page %1 (\"%2\") Next cannot be pressed"_s.arg(wizard.currentId())
                                .arg(wizard.currentPage() ? wizard.currentPage()->title() : QString()));
    const int from = wizard.currentId();
    button->click();
    require(wizard.currentId() == to,
            u"Next on page %1 led to page %2 instead of %3"_s.arg(from).arg(wizard.currentId()).arg(to));
}

// Each wizard gets its own data folder: the journal of one (an interrupted deploy) must not make the
// next one offer to resume instead of deploying.
QString g_home;

void freshDataFolder()
{
    static int count = 0;
    if (!g_home.isEmpty())
        qputenv("XDG_DATA_HOME", QDir(g_home).filePath(u"data-%1"_s.arg(++count)).toLocal8Bit());
}

// Shows the wizard at the size it opens at with the demo host opened at `speed`.
std::unique_ptr<WizardWindow> openWizard(eflow::plan::PlanModel *plan, const QString &scenario, double speed)
{
    const std::optional<eflow::sim::SimScenario> sim =
        eflow::sim::simScenario(scenario.isEmpty() ? eflow::sim::defaultSimScenarioId() : scenario);
    require(sim.has_value(), u"unknown demo scenario %1"_s.arg(scenario));
    freshDataFolder();
    eflow::ui::WizardOptions options = eflow::uitest::wizardOptions(true, sim->title);
    options.demoScenario = scenario;
    options.demoSpeed = speed;
    auto wizard = std::make_unique<WizardWindow>(plan, options);
    QString error;
    require(eflow::uitest::openTarget(*wizard->controller(), eflow::jobs::HostTarget::demo(scenario, speed),
                                      &error),
            u"could not open the demo host %1: %2"_s.arg(scenario, error));
    // The size the window opens at on this screen (WizardWindow::fitToScreen), as a user first sees it.
    wizard->show();
    require(QTest::qWaitForWindowExposed(wizard.get()),
            u"the window was never shown (is there a display?)"_s);
    require(wizard->currentId() == WizardWindow::GettingStartedPageId,
            u"the wizard did not start on page 1"_s);
    return wizard;
}

void acceptLicense(WizardWindow &wizard)
{
    auto *accept = child<QCheckBox>(wizard.currentPage(), u"acceptLicenseCheckBox"_s);
    if (!accept->isChecked())
        accept->click();
    require(accept->isChecked(), u"the licence could not be accepted"_s);
}

// Target: "Check the device" and wait for the verdict.
eflow::host::TargetVerdict checkDevice(WizardWindow &wizard)
{
    QWizardPage *page = wizard.currentPage();
    click(page, u"checkDeviceButton"_s);
    eflow::ui::WizardController *controller = wizard.controller();
    waitOrFail([&] { return !controller->isProbing() && controller->facts().has_value(); }, quickMs,
               u"the device check to finish"_s);
    waitOrFail([&] { return child<QTreeWidget>(page, u"checksTree"_s)->isVisible(); }, quickMs,
               u"the check results on the Target page"_s);
    return controller->evaluation().verdict;
}

// A verdict that lets the wizard go on to Settings.
bool isSupported(eflow::host::TargetVerdict verdict)
{
    return verdict == eflow::host::TargetVerdict::Supported ||
           verdict == eflow::host::TargetVerdict::SupportedWithActions;
}

// From page 1 to a checked Target page.
eflow::host::TargetVerdict toCheckedTarget(WizardWindow &wizard)
{
    next(wizard, WizardWindow::LicensePageId);
    acceptLicense(wizard);
    next(wizard, WizardWindow::TargetPageId);
    return checkDevice(wizard);
}

void acknowledgeWarnings(WizardWindow &wizard)
{
    auto *ack = child<QCheckBox>(wizard.currentPage(), u"acknowledgeWarningsCheckBox"_s);
    if (usable(ack) && !ack->isChecked())
        ack->click();
}

// Scrolls the page's scroll area (if it has one) so that `widget` is in view, as a reader would.
void bringIntoView(QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(widget, 0, 8);
            return;
        }
    }
}

class Shooter final
{
public:
    // prefix: put before every picture's name (e.g. "de-1366x768-"), so that the runs for other
    // languages and screens share one folder.
    Shooter(const QDir &dir, QTextStream &err, const QString &prefix)
        : m_dir(dir)
        , m_err(err)
        , m_prefix(prefix)
    {}

    void save(QWidget &window, const QString &baseName)
    {
        const QString name = m_prefix + baseName;
        // Give the layouts and any deferred repaints a moment, as a user's eye would.
        QTest::qWait(300);
        const QString path = m_dir.filePath(name);
        require(window.grab().save(path), u"could not write %1"_s.arg(path));
        m_written.insert(name);
        m_err << "wrote " << path << '\n';
        noteLayout(window, name);
        m_err.flush();
    }

    // Numbered pictures from earlier runs that this run did not write (renamed or dropped pages).
    void removeStale()
    {
        const QStringList pictures = m_dir.entryList({m_prefix + u"[0-9][0-9]-*.png"_s}, QDir::Files);
        for (const QString &name : pictures) {
            if (!m_written.contains(name) && m_dir.remove(name))
                m_err << "removed " << m_dir.filePath(name) << " (not written by this run)\n";
        }
    }

private:
    // What the picture cannot say by itself: scrolled content, and text squeezed below its height.
    void noteLayout(QWidget &window, const QString &name)
    {
        for (QScrollArea *scroll : window.findChildren<QScrollArea *>()) {
            if (!scroll->isVisible())
                continue;
            if (scroll->verticalScrollBar()->isVisible())
                m_err << "layout: " << name << ": " << describe(scroll) << " needs a vertical scroll bar at "
                      << window.width() << 'x' << window.height() << " (content "
                      << scroll->widget()->height() << " px high, " << scroll->viewport()->height()
                      << " px shown)\n";
            if (scroll->horizontalScrollBar()->isVisible())
                m_err << "layout: " << name << ": " << describe(scroll) << " needs a horizontal scroll bar\n";
        }
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible() || !(qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)))
                continue;
            if (qobject_cast<QLabel *>(w) && qobject_cast<QLabel *>(w)->text().isEmpty())
                continue;
            const QSize need = w->minimumSizeHint();
            int needHeight = need.height();
            if (auto *label = qobject_cast<QLabel *>(w); label && label->wordWrap())
                needHeight = label->heightForWidth(label->width());
            if (w->height() + 1 < needHeight || (!qobject_cast<QLabel *>(w) && w->width() + 1 < need.width()))
                m_err << "layout: " << name << ": " << describe(w) << " is " << w->width() << 'x'
                      << w->height() << " but needs " << need.width() << 'x' << needHeight << " (clipped)\n";
        }
    }

    static QString describe(const QWidget *w)
    {
        QString text = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            text += u" "_s + w->objectName();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            text += u" \""_s + label->text().left(60).replace(u'\n', u' ') + u"\""_s;
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            text += u" \""_s + button->text() + u"\""_s;
        else if (!w->objectName().isEmpty())
            return text;
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_s))
                return text + u" in "_s + p->objectName();
        }
        return text;
    }

    QDir m_dir;
    QTextStream &m_err;
    QString m_prefix;
    QSet<QString> m_written;
};

// The overview: either one tab per part (the tab holding `widget` is selected) or one scrolled column
// (scrolled so that the group box holding `widget` is at the top).
void showPart(eflow::ui::OverviewWindow &overview, QWidget *widget)
{
    for (QWidget *w = widget; w && w != &overview; w = w->parentWidget()) {
        QWidget *parent = w->parentWidget();
        if (parent && qobject_cast<QTabWidget *>(parent->parentWidget())) {
            // QTabWidget's pages live in its internal stacked widget.
            auto *tabs = qobject_cast<QTabWidget *>(parent->parentWidget());
            tabs->setCurrentWidget(w);
            return;
        }
    }
    QWidget *box = widget;
    while (box && !qobject_cast<QGroupBox *>(box))
        box = box->parentWidget();
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            QWidget *target = box ? box : widget;
            scroll->verticalScrollBar()->setValue(target->mapTo(scroll->widget(), QPoint(0, 0)).y());
            return;
        }
    }
}

// The first check result (depth first) whose Result column says one of `results`.
QTreeWidgetItem *findCheck(QTreeWidget *tree, const QStringList &results)
{
    std::function<QTreeWidgetItem *(QTreeWidgetItem *)> visit =
        [&](QTreeWidgetItem *item) -> QTreeWidgetItem * {
        for (int column = 1; column < tree->columnCount(); ++column) {
            if (results.contains(item->text(column).trimmed(), Qt::CaseInsensitive))
                return item;
        }
        for (int i = 0; i < item->childCount(); ++i) {
            if (QTreeWidgetItem *found = visit(item->child(i)))
                return found;
        }
        return nullptr;
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (QTreeWidgetItem *found = visit(tree->topLevelItem(i)))
            return found;
    }
    return nullptr;
}

// 01–12 and the overview: one pass through the whole flow on the default demo host at instant speed.
void shootTheFlow(Shooter &shots)
{
    eflow::plan::PlanModel plan;
    auto wizard = openWizard(&plan, QString(), 0.0);
    shots.save(*wizard, u"01-getting-started.png"_s);

    next(*wizard, WizardWindow::LicensePageId);
    acceptLicense(*wizard);
    shots.save(*wizard, u"02-license.png"_s);

    next(*wizard, WizardWindow::TargetPageId);
    const auto verdict = checkDevice(*wizard);
    require(isSupported(verdict), u"the default demo host is not supported: %1"_s.arg(
                                      labelText(wizard->currentPage(), u"verdictLabel"_s)));
    shots.save(*wizard, u"03-target.png"_s);
    acknowledgeWarnings(*wizard);

    next(*wizard, WizardWindow::SettingsPageId);
    require(wizard->currentPage()->isComplete(),
            u"Settings refuses the default settings of the default demo host"_s);
    shots.save(*wizard, u"04-settings.png"_s);

    next(*wizard, WizardWindow::DeploymentPageId);
    QWizardPage *deployment = wizard->currentPage();
    waitOrFail(
        [&] {
            return deployment->isComplete() ||
                   usable(deployment->findChild<QAbstractButton *>(u"retryButton"_s));
        },
        deployMs, u"the deployment to end"_s);
    require(deployment->isComplete(),
            u"the deployment failed: %1"_s.arg(labelText(deployment, u"messageLabel"_s)));
    shots.save(*wizard, u"06-deployment-complete.png"_s);

    next(*wizard, WizardWindow::ConnectPageId);
    QWizardPage *connect = wizard->currentPage();
    auto *method = child<QComboBox>(connect, u"provisioningMethodComboBox"_s);
    require(method->currentIndex() == 0,
            u"Connect does not start with the first method (Symmetric key, DPS)"_s);
    click(connect, u"useDemoEnrollmentButton"_s);
    waitOrFail([&] { return usable(connect->findChild<QAbstractButton *>(u"checkWithDpsButton"_s)); },
               quickMs, u"\"Check with DPS\" to be enabled once the demo enrollment is filled in"_s);
    click(connect, u"checkWithDpsButton"_s);
    auto *answer = child<QLabel>(connect, u"dpsAnswerLabel"_s);
    waitOrFail(
        [&] {
            // The answer's words are translated; the check is done when the controller says so.
            return !wizard->controller()->isCheckingDps() && answer->isVisible() && !answer->text().isEmpty();
        },
        quickMs, u"DPS to accept the demo enrollment (the answer shows: %1)"_s.arg(answer->text()));
    bringIntoView(answer);
    shots.save(*wizard, u"07-connect.png"_s);

    waitOrFail([&] { return usable(connect->findChild<QAbstractButton *>(u"provisionButton"_s)); }, quickMs,
               u"\"Provision with the selected method\" to be enabled"_s);
    click(connect, u"provisionButton"_s);
    waitOrFail(
        [&] {
            return connect->isComplete() ||
                   usable(connect->findChild<QAbstractButton *>(u"provisionButton"_s));
        },
        deployMs, u"the provisioning to end"_s);
    require(connect->isComplete(),
            u"the provisioning failed: %1"_s.arg(labelText(connect, u"provisionResultLabel"_s)));
    bringIntoView(child<QLabel>(connect, u"provisionResultLabel"_s));
    shots.save(*wizard, u"08-connect-provisioned.png"_s);

    next(*wizard, WizardWindow::FinishPageId);
    shots.save(*wizard, u"09-finish.png"_s);

    // Finish with "open the device overview" ticked (as it starts) opens the overview, as a user would.
    wizard->button(QWizard::FinishButton)->click();
    auto *overview = wizard->overview();
    require(overview && overview->isVisible(), u"\"Open the device overview\" showed no overview window"_s);
    require(QTest::qWaitForWindowExposed(overview), u"the overview window was never shown"_s);
    auto *modules = child<QTableWidget>(overview, u"moduleTable"_s);
    auto *checks = child<QTreeWidget>(overview, u"checkTree"_s);
    auto *logs = child<QWidget>(overview, u"logsView"_s);
    waitOrFail(
        [&] {
            return !wizard->controller()->isRefreshing() && modules->rowCount() > 0 &&
                   checks->topLevelItemCount() > 0 &&
                   !overview->lastRefreshedText().contains(u"not refreshed"_s, Qt::CaseInsensitive);
        },
        quickMs, u"the overview to show modules and check results after its refresh"_s);
    auto *logText = qobject_cast<QPlainTextEdit *>(logs);
    waitOrFail([&] { return !logText || !logText->toPlainText().trimmed().isEmpty(); }, quickMs,
               u"the overview's logs to be read"_s);
    showPart(*overview, modules);
    shots.save(*overview, u"10-overview-modules.png"_s);
    showPart(*overview, checks);
    // The check results at their most telling: the first error (else warning) opened and selected.
    QTreeWidgetItem *worst = findCheck(checks, {u"error"_s, u"fatal"_s});
    if (!worst)
        worst = findCheck(checks, {u"warning"_s});
    if (worst) {
        for (QTreeWidgetItem *up = worst; up; up = up->parent())
            up->setExpanded(true);
        checks->setCurrentItem(worst);
        checks->scrollToItem(worst, QAbstractItemView::PositionAtTop);
    }
    shots.save(*overview, u"11-overview-check.png"_s);
    showPart(*overview, logs);
    // The log search, typed as a user types it, showing only the matching lines.
    auto *search = child<QLineEdit>(overview, u"logSearchEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"edgeAgent"_s);
    auto *onlyMatching = child<QCheckBox>(overview, u"logFilterCheckBox"_s);
    if (!onlyMatching->isChecked())
        onlyMatching->click();
    require(!logText || logText->toPlainText().contains(u"edgeAgent"_s),
            u"the log search for edgeAgent shows no matching line"_s);
    shots.save(*overview, u"12-overview-logs.png"_s);
    overview->close();
}

// 13: a host that cannot run EFLOW (Windows 10 Home): the checks say why and Next stays off.
void shootUnsupported(Shooter &shots)
{
    eflow::plan::PlanModel plan;
    auto wizard = openWizard(&plan, u"win10-home"_s, 0.0);
    const auto verdict = toCheckedTarget(*wizard);
    require(verdict == eflow::host::TargetVerdict::Unsupported,
            u"win10-home is not reported unsupported: %1"_s.arg(
                labelText(wizard->currentPage(), u"verdictLabel"_s)));
    require(!wizard->button(QWizard::NextButton)->isEnabled(), u"Next is enabled on an unsupported host"_s);
    shots.save(*wizard, u"13-target-unsupported.png"_s);
}

// On Settings of a checked host: the memory the user asks for is refused. Where the defaults are refused
// already (a host with too little free memory) the page is shown as it opens; otherwise the user types
// more than the host has free.
void shootMemoryRefused(WizardWindow &wizard, Shooter &shots)
{
    acknowledgeWarnings(wizard);
    next(wizard, WizardWindow::SettingsPageId);
    QWizardPage *settings = wizard.currentPage();
    auto *memory = child<QSpinBox>(settings, u"memorySpinBox"_s);
    auto *problems = child<QLabel>(settings, u"vmProblemsLabel"_s);
    if (settings->isComplete()) {
        const qint64 freeMb = wizard.controller()->facts()->freeMemoryMb;
        require(freeMb > 0, u"the demo host reports no free memory"_s);
        const int tooMuch = int((freeMb / 1024 + 2) * 1024);
        memory->setFocus();
        memory->selectAll();
        QTest::keyClicks(memory, QString::number(tooMuch));
        require(memory->value() == tooMuch,
                u"typing %1 into Memory gave %2"_s.arg(tooMuch).arg(memory->value()));
        require(!settings->isComplete(),
                u"Settings accepts %1 MB with %2 MB free"_s.arg(tooMuch).arg(freeMb));
    }
    waitOrFail([&] { return problems->isVisible() && !problems->text().isEmpty(); }, quickMs,
               u"Settings to say why %1 MB of memory is refused"_s.arg(memory->value()));
    require(!usable(wizard.button(QWizard::NextButton)), u"Deploy is enabled with the memory refused"_s);
    bringIntoView(problems);
    shots.save(wizard, u"14-settings-memory-refused.png"_s);
}

// 14 and perhaps 15: the low-memory scenario. If the Target page lets it through, Settings refuses its
// memory (14); if the Target page stops it, that is picture 15 and 14 is taken on the default host.
void shootLowMemory(Shooter &shots)
{
    eflow::plan::PlanModel plan;
    auto wizard = openWizard(&plan, u"low-memory"_s, 0.0);
    const auto verdict = toCheckedTarget(*wizard);
    require(verdict != eflow::host::TargetVerdict::Unknown, u"the low-memory host could not be checked"_s);
    if (verdict != eflow::host::TargetVerdict::Unsupported) {
        shootMemoryRefused(*wizard, shots);
        return;
    }
    shots.save(*wizard, u"15-target-low-memory.png"_s);
    wizard.reset();

    eflow::plan::PlanModel defaultPlan;
    auto other = openWizard(&defaultPlan, QString(), 0.0);
    const auto otherVerdict = toCheckedTarget(*other);
    require(isSupported(otherVerdict), u"the default demo host is not supported"_s);
    shootMemoryRefused(*other, shots);
}

// 16: a remote target whose host key the wizard does not know yet, as the Target page asks about it. The
// details are what a failed ssh probe reports (tests/ui/tst_page_target_hostkey reaches it through a
// real sshd); the fingerprint here is a made-up example.
void shootHostKeyDialog(Shooter &shots)
{
    eflow::plan::PlanModel plan;
    auto wizard = openWizard(&plan, QString(), 0.0);
    next(*wizard, WizardWindow::LicensePageId);
    acceptLicense(*wizard);
    next(*wizard, WizardWindow::TargetPageId);
    const QJsonObject details{{u"host"_s, u"edge-07.contoso.local"_s},
                              {u"port"_s, 22},
                              {u"keyType"_s, u"ssh-ed25519"_s},
                              {u"fingerprint"_s, u"SHA256:q3Vd5m0cW2b7kq1N8yUo0xJ3rQ9pZf4T6hLs2aEwXyM"_s}};
    auto *dialog = new eflow::ui::HostKeyTrustDialog(details, wizard.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    shots.save(*dialog, u"16-target-host-key.png"_s);
    dialog->close();
}

// 05: a deployment in progress. The demo runs at a finite pace for this picture only (speed is a factor
// on a real deploy's pace: 0 is instant, 1 real time, 20 twenty times faster), and the picture is taken
// while the overall progress is between 20 and 80 %. Last, because the deploy it interrupts is journaled.
void shootDeploymentRunning(Shooter &shots, QTextStream &err)
{
    for (const double speed : {20.0, 8.0, 3.0}) {
        eflow::plan::PlanModel plan;
        auto wizard = openWizard(&plan, QString(), speed);
        const auto verdict = toCheckedTarget(*wizard);
        require(isSupported(verdict), u"the default demo host is not supported at speed %1"_s.arg(speed));
        acknowledgeWarnings(*wizard);
        next(*wizard, WizardWindow::SettingsPageId);
        next(*wizard, WizardWindow::DeploymentPageId);
        QWizardPage *page = wizard->currentPage();
        auto *progress = child<QProgressBar>(page, u"overallProgressBar"_s);
        // The bar's range is the page's business (per step, per cent, ...): compare in per cent.
        const auto percent = [progress] {
            const int span = progress->maximum() - progress->minimum();
            return span > 0 ? 100 * (progress->value() - progress->minimum()) / span : 0;
        };
        const bool caught = waitFor(
            [&] {
                return page->isComplete() || usable(page->findChild<QAbstractButton *>(u"retryButton"_s)) ||
                       (percent() >= 30 && percent() <= 70);
            },
            deployMs);
        if (caught && !page->isComplete() && percent() >= 20 && percent() <= 80) {
            // Let the console and the step list catch up with the progress bar, then check again.
            QTest::qWait(150);
            if (!page->isComplete() && percent() >= 20 && percent() <= 80) {
                // The picture is grabbed a moment later: it counts only if the deploy is still mid-way.
                shots.save(*wizard, u"05-deployment-running.png"_s);
                if (!page->isComplete() && percent() >= 20 && percent() <= 80)
                    return; // closing the wizard cancels the deploy (the controller's destructor)
            }
        }
        err << "eflow-screenshots: missed the deployment in progress at speed " << speed << " (progress "
            << percent() << " %); trying another pace\n";
        err.flush();
    }
    throw Failure(u"could not catch the deployment between 20 and 80 %"_s);
}

// Registers registrationId through the demo's enrollment group with the device client, as a device does.
void registerGroupDevice(eflow::ui::WizardController &controller, const QString &registrationId)
{
    const auto &host = controller.runner()->host();
    require(host && host->demo, u"the demo host offers no local DPS"_s);
    const eflow::crypto::SecureBytes groupKey = controller.demoGroupKey();
    QByteArray derived = eflow::crypto::deriveDeviceKey(groupKey.view(), registrationId.toUtf8());
    eflow::crypto::SecureBytes key;
    require(eflow::crypto::decodeBase64Strict(derived, key), u"no device key for %1"_s.arg(registrationId));
    eflow::dps::DpsDeviceClient client(host->demo->deviceClientOptions);
    bool done = false;
    bool assigned = false;
    QObject::connect(&client, &eflow::dps::DpsDeviceClient::finished, &client,
                     [&](const eflow::dps::DpsOutcome &outcome) {
                         done = true;
                         assigned = outcome.isAssigned();
                     });
    require(client.registerDevice(controller.demoIdScope(), registrationId, std::move(key)),
            u"could not start registering %1"_s.arg(registrationId));
    waitOrFail([&] { return done; }, quickMs, u"%1 to register through demo-group"_s.arg(registrationId));
    require(assigned, u"DPS did not assign %1"_s.arg(registrationId));
}

// 17-20: the Enrollments window on the demo's local DPS: the list, a new individual enrollment with a tag
// in its initial twin, the registration records of the demo group after two devices registered, and "Use
// in the wizard" for a third device of the group.
void shootEnrollments(Shooter &shots)
{
    eflow::plan::PlanModel plan;
    auto wizard = openWizard(&plan, QString(), 0.0);
    eflow::ui::WizardController &controller = *wizard->controller();
    registerGroupDevice(controller, u"line-4-camera-01"_s);
    registerGroupDevice(controller, u"line-4-camera-02"_s);
    eflow::ui::EnrollmentsWindow *window = eflow::ui::EnrollmentsSession::of(&controller)->showWindow();
    require(QTest::qWaitForWindowExposed(window), u"the Enrollments window was never shown"_s);
    click(window, u"useDemoDpsButton"_s);
    waitOrFail([&] { return !window->isBusy() && window->model()->rowCount() >= 2; }, quickMs,
               u"the Enrollments window to list the demo DPS's enrollments"_s);

    // A new individual enrollment, as a technician fills it in.
    click(window, u"newIndividualButton"_s);
    eflow::ui::EnrollmentDialog *dialog = window->enrollmentDialog();
    require(dialog && QTest::qWaitForWindowExposed(dialog), u"the new enrollment dialog was never shown"_s);
    eflow::ui::EnrollmentForm *form = dialog->form();
    form->idEdit()->setText(u"edge-line-4-gateway"_s);
    form->deviceIdEdit()->setText(u"line-4-gateway"_s);
    eflow::ui::TwinEditor *twin = form->twinEditor();
    for (const auto &[key, value] : {std::pair{u"environment"_s, u"test"_s}, {u"site"_s, u"plant-2"_s}}) {
        twin->tagKeyEdit()->setText(key);
        twin->tagValueEdit()->setText(value);
        twin->setTagButton()->click();
    }
    require(dialog->saveButton()->isEnabled(), u"the new enrollment cannot be created"_s);
    shots.save(*dialog, u"18-enrollments-create.png"_s);
    QPointer<eflow::ui::EnrollmentDialog> created(dialog);
    dialog->saveButton()->click();
    waitOrFail([&] { return !created || !created->isVisible(); }, quickMs,
               u"DPS to create edge-line-4-gateway"_s);
    require(window->select(eflow::ui::EnrollmentListRow::Kind::Individual, u"edge-line-4-gateway"_s),
            u"the new enrollment is not listed"_s);
    shots.save(*window, u"17-enrollments.png"_s);

    require(window->select(eflow::ui::EnrollmentListRow::Kind::Group, u"demo-group"_s),
            u"the demo group is not listed"_s);
    click(window, u"registrationRecordsButton"_s);
    eflow::ui::RegistrationRecordsDialog *records = window->recordsDialog();
    require(records && QTest::qWaitForWindowExposed(records), u"the records dialog was never shown"_s);
    waitOrFail([&] { return !records->isBusy() && records->table()->rowCount() >= 2; }, quickMs,
               u"the demo group's registration records"_s);
    shots.save(*records, u"19-enrollments-records.png"_s);
    records->close();

    // "Use in the wizard" for a third camera of the group: its device key derived here.
    click(window, u"useInWizardButton"_s);
    eflow::ui::UseInWizardDialog *use = window->useDialog();
    require(use && QTest::qWaitForWindowExposed(use), u"the Use in the wizard dialog was never shown"_s);
    use->registrationIdEdit()->setText(u"line-4-camera-03"_s);
    waitOrFail([&] { return use->useButton()->isEnabled(); }, quickMs,
               u"the device key of line-4-camera-03 to be derived"_s);
    shots.save(*use, u"20-enrollments-use-in-wizard.png"_s);
    use->close();
    window->close();
}

// 21-22: the Fleet window over ten demo hosts of mixed scenarios: the run in the middle (progress bars, the
// last line of each host), then its end with the target check's column filled and the failures kept.
void shootFleet(Shooter &shots)
{
    const QString fleetFile = QDir(g_home).filePath(u"fleet.csv"_s);
    const QString planFile = QDir(g_home).filePath(u"plan.json"_s);
    QFile fleet(fleetFile);
    QFile plan(planFile);
    require(fleet.open(QIODevice::WriteOnly) && plan.open(QIODevice::WriteOnly),
            u"cannot write the fleet files"_s);
    fleet.write("target,registration_id\n");
    const char *scenarios[] = {"win11-pro", "win11-pro",        "win10-home", "win11-pro", "existing-eflow",
                               "win11-pro", "server-no-switch", "win11-pro",  "win11-pro", "win11-pro"};
    int n = 0;
    for (const char *scenario : scenarios)
        fleet.write(u"demo:%1/line-4-%2,plant-2-{hostname}\n"_s.arg(QString::fromLatin1(scenario))
                        .arg(++n, 2, 10, QLatin1Char('0'))
                        .toUtf8());
    plan.write(R"({"schema":1,"release":"1.4","eulaAccepted":true})");
    fleet.close();
    plan.close();
    for (const double speed : {4.0, 0.0}) {
        // Each picture on machines of its own: the second run must not find the first one's state.
        freshDataFolder();
        auto hosts = std::make_shared<eflow::jobs::HostFactory>();
        eflow::jobs::registerPowerShellHosts(*hosts);
        eflow::sim::registerDemoHosts(*hosts, eflow::jobs::HostSession::demoDirectory());
        eflow::ui::FleetWindowOptions options;
        options.demoSpeed = speed;
        eflow::ui::FleetWindow window(hosts, options);
        QString error;
        require(window.loadFleet(fleetFile, &error) && window.loadPlan(planFile, &error), error);
        window.show();
        require(QTest::qWaitForWindowExposed(&window), u"the Fleet window was never shown"_s);
        if (speed > 0) {
            click(&window, u"runButton"_s);
            waitOrFail(
                [&] {
                    return window.model()->index(0, 0).data(eflow::ui::FleetTableModel::PercentRole).toInt() >
                           40;
                },
                deployMs, u"the fleet's first host to get under way"_s);
            shots.save(window, u"21-fleet-running.png"_s);
            window.stopRun();
            waitOrFail([&] { return !window.run()->isRunning(); }, quickMs, u"the fleet to stop"_s);
            continue;
        }
        click(&window, u"checkButton"_s);
        waitOrFail([&] { return !window.probe()->isRunning(); }, deployMs,
                   u"the fleet's targets to be checked"_s);
        click(&window, u"runButton"_s);
        waitOrFail([&] { return window.run() && !window.run()->isRunning(); }, deployMs,
                   u"the fleet to finish"_s);
        window.table()->selectRow(2);
        shots.save(window, u"22-fleet-done.png"_s);
    }
}

// 23 and 24: a site behind a proxy. Settings scrolled to its Proxy section with IoT Edge's proxy filled
// in (23), then the dialog for this computer's own proxy, set to a manual HTTP proxy with a user (24).
void shootProxy(Shooter &shots)
{
    eflow::plan::PlanModel plan;
    auto wizard = openWizard(&plan, QString(), 0.0);
    const auto verdict = toCheckedTarget(*wizard);
    require(isSupported(verdict), u"the default demo host is not supported"_s);
    acknowledgeWarnings(*wizard);
    next(*wizard, WizardWindow::SettingsPageId);
    QWizardPage *settings = wizard->currentPage();
    auto *use = child<QCheckBox>(settings, u"edgeProxyUse"_s);
    if (!use->isChecked())
        use->click();
    auto *url = child<QLineEdit>(settings, u"edgeProxyUrl"_s);
    require(url->isEnabled(), u"the proxy address stays disabled with the proxy chosen"_s);
    url->setFocus();
    QTest::keyClicks(url, u"http://proxy.contoso.com:3128"_s);
    waitOrFail([&] { return settings->isComplete(); }, quickMs,
               u"Settings to accept http://proxy.contoso.com:3128 as IoT Edge's proxy"_s);
    // To the page's end, where the Proxy section is (its last label wraps only once laid out).
    QTest::qWait(100);
    for (auto *scroll : settings->findChildren<QScrollArea *>())
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    shots.save(*wizard, u"23-settings-proxy.png"_s);

    click(settings, u"computerProxyButton"_s);
    QWidget *dialog = nullptr;
    waitOrFail(
        [&] {
            dialog = wizard->findChild<QWidget *>(u"proxyDialog"_s);
            return dialog && dialog->isVisible();
        },
        quickMs, u"the computer's proxy dialog to open"_s);
    child<QRadioButton>(dialog, u"proxyManual"_s)->click();
    QTest::keyClicks(child<QLineEdit>(dialog, u"proxyAddress"_s), u"http://proxy.contoso.com:3128"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"proxyUser"_s), u"edge-site-12"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"proxyPassword"_s), u"example-only"_s);
    shots.save(*dialog, u"24-proxy-dialog.png"_s);
    dialog->close(); // closed, not saved: nothing reaches the keychain or the settings
}

} // namespace

int main(int argc, char *argv[])
{
    // Journals, remembered ssh targets and settings go to a throw-away home: a user's saved state must
    // not appear in the pictures, and the interrupted demo deploy of picture 05 must not stay behind.
    QTemporaryDir home;
    if (home.isValid()) {
        g_home = home.path();
        for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(variable, QDir(home.path()).filePath(QString::fromLatin1(variable)).toLocal8Bit());
    }
    QApplication app(argc, argv);
    QTextStream err(stderr);
    // EFLOW_SHOTS_QM names a compiled translation (build/.../app/eflow-wizard_de.qm) for pictures in
    // another language; the wizard itself loads its translations from its own resources.
    QTranslator translator;
    QTranslator qtbase;
    if (const QString qm = qEnvironmentVariable("EFLOW_SHOTS_QM"); !qm.isEmpty()) {
        if (!translator.load(qm)) {
            err << "eflow-screenshots: cannot load " << qm << '\n';
            return 2;
        }
        QApplication::installTranslator(&translator);
        // Dates and numbers in that language too, as `--lang` and a system set to it show them (app/
        // LanguageOption.cpp): the pictures' tables must not hold English month names.
        QLocale::setDefault(QLocale(translator.language()));
        // Qt's own words (Next, Back, Cancel) in the same language, from where the application takes
        // them (main.cpp's installTranslators()).
        if (qtbase.load(QLocale(translator.language()), u"qtbase"_s, u"_"_s,
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtbase);
        else
            err << "eflow-screenshots: no Qt translation for " << translator.language()
                << " (qt6-translations-l10n); the wizard's own buttons stay in English\n";
    }
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        err << "usage: eflow-screenshots OUTPUT_DIR\n";
        return 2;
    }
    QDir dir(args.at(1));
    if (!dir.mkpath(u"."_s)) {
        err << "eflow-screenshots: cannot create " << args.at(1) << '\n';
        return 2;
    }

    // EFLOW_SHOTS_PREFIX: what every picture's name starts with (take-screenshots.sh: "de-", "1366x768-").
    Shooter shots(dir, err, qEnvironmentVariable("EFLOW_SHOTS_PREFIX"));
    // EFLOW_SHOTS_ONLY=host-key: just the trust dialog (16), e.g. for a picture in another language.
    // EFLOW_SHOTS_ONLY=enrollments: just the Enrollments window (17-20); =proxy: 23 and 24.
    if (const QString only = qEnvironmentVariable("EFLOW_SHOTS_ONLY");
        only == u"host-key"_s || only == u"enrollments"_s || only == u"fleet"_s || only == u"proxy"_s) {
        try {
            if (only == u"host-key"_s)
                shootHostKeyDialog(shots);
            else if (only == u"proxy"_s)
                shootProxy(shots);
            else if (only == u"fleet"_s)
                shootFleet(shots);
            else
                shootEnrollments(shots);
        } catch (const Failure &failure) {
            err << "eflow-screenshots: " << failure.message << '\n';
            return 1;
        }
        return 0;
    }
    try {
        shootTheFlow(shots);
        shootUnsupported(shots);
        shootLowMemory(shots);
        shootHostKeyDialog(shots);
        shootEnrollments(shots);
        shootFleet(shots);
        shootProxy(shots);
        shootDeploymentRunning(shots, err);
    } catch (const Failure &failure) {
        err << "eflow-screenshots: " << failure.message << '\n';
        return 1;
    }
    shots.removeStale();
    return 0;
}
