#include "ui/Autopilot.h"

#include <utility>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QTextStream>
#include <QWizardPage>

#include "engine/jobs/HostJobRunner.h"
#include "engine/plan/PlanModel.h"
#include "ui/AutopilotPageReader.h"
#include "ui/WizardController.h"
#include "ui/WizardWindow.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

struct AutopilotTr
{
    Q_DECLARE_TR_FUNCTIONS(Autopilot)
};

constexpr int maxSteps = 64; // a wizard that loops forever must not hang a headless run
constexpr int pollIntervalMs = 20;
constexpr int probeTimeoutMs = 3 * 60 * 1000;
constexpr int deployTimeoutMs = 90 * 60 * 1000;
constexpr int provisionTimeoutMs = 20 * 60 * 1000;
// The keychain's own bound is 30 s (SecretStore::defaultTimeout).
constexpr int keychainTimeoutMs = 35 * 1000;
constexpr int pagesBuiltTimeoutMs = 5 * 1000;
// Reading the target's licence terms is one short host operation (a file read, at most an MSI unpacked).
constexpr int answerTimeoutMs = 2 * 60 * 1000; // the license terms, the DPS registration record

QString withoutMnemonic(const QString &text)
{
    return AutopilotPageReader::withoutMnemonic(text);
}

QString yesNo(bool value)
{
    return value ? AutopilotTr::tr("yes") : AutopilotTr::tr("no");
}

// The autopilot's choices on the licence page: keep the release, accept, leave optional data off.
// Each is a click on the real check box, so the page's bindings to the plan are what get exercised.
void chooseOnLicensePage(QWizardPage *page, QTextStream &out)
{
    auto *accept = page->findChild<QCheckBox *>(u"acceptLicenseCheckBox"_s);
    auto *telemetry = page->findChild<QCheckBox *>(u"optionalTelemetryCheckBox"_s);
    auto *release = page->findChild<QComboBox *>(u"releaseComboBox"_s);
    if (accept && !accept->isChecked())
        accept->click();
    if (telemetry && telemetry->isChecked())
        telemetry->click();
    out << u"  "_s
        << AutopilotTr::tr(
               "Chosen: release = %1; accept the license terms = %2; optional diagnostic data = %3")
               .arg(release ? release->currentText() : AutopilotTr::tr("(none)"),
                    yesNo(accept && accept->isChecked()), yesNo(telemetry && telemetry->isChecked()))
        << '\n';
}

bool usable(const QAbstractButton *button)
{
    return button && button->isVisible() && button->isEnabled();
}

bool clickIfUsable(QWizardPage *page, const QString &name, QTextStream &out)
{
    auto *button = page->findChild<QAbstractButton *>(name);
    if (!usable(button))
        return false;
    out << u"  \u2192 "_s << withoutMnemonic(button->text()) << '\n';
    button->click();
    return true;
}

QString labelText(QWizardPage *page, const QString &name)
{
    const auto *label = page->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

// A note the page shows now (a hidden label keeps its last text).
QString shownText(QWizardPage *page, const QString &name)
{
    const auto *label = page->findChild<QLabel *>(name);
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

Autopilot::Autopilot(WizardWindow &wizard, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_out(out)
{
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &Autopilot::poll);
}

Autopilot::~Autopilot() = default;

void Autopilot::start()
{
    // QWizard enters its start page when it is first shown; until then there is no current page.
    if (!m_wizard.isVisible())
        m_wizard.show();
    if (m_wizard.currentId() == -1)
        m_wizard.restart();
    // The window builds its later pages after its first paint, one per turn of the event loop: let it,
    // as it does for a user (the stall report measures that), and build any still missing after that.
    waitUntil([this]() { return m_wizard.pagesBuilt(); }, pagesBuiltTimeoutMs,
              [this](bool) { onPagesBuilt(); });
}

void Autopilot::onPagesBuilt()
{
    m_wizard.ensurePages();
    QWizardPage *page = m_wizard.currentPage();
    if (!page) {
        fail(3, AutopilotTr::tr("Autopilot: the wizard has no start page."));
        return;
    }
    // The banner says what is simulated; a headless run must say it too.
    if (const auto *banner = m_wizard.findChild<QWidget *>(QStringLiteral("demoBanner"))) {
        QStringList texts;
        for (const QLabel *label : banner->findChildren<QLabel *>())
            texts << label->text();
        m_out << texts.join(QStringLiteral(": ")) << '\n';
    }
    m_pageCount = m_wizard.pageIds().size();
    enterPage(page);
}

void Autopilot::enterPage(QWizardPage *page)
{
    if (++m_step > maxSteps) {
        fail(1,
             AutopilotTr::tr("Autopilot: stopped after %1 pages; the wizard seems to loop.").arg(maxSteps));
        return;
    }
    m_out << AutopilotTr::tr("[%1/%2] %3").arg(m_step).arg(m_pageCount).arg(page->title()) << '\n';
    if (!page->subTitle().isEmpty())
        m_out << u"  "_s << page->subTitle() << '\n';
    // The License page asks the target for its terms when it is built, just before the walk reaches it,
    // and the Finish page asks DPS for the registration record when it is shown: report each once the
    // answer is there, as a user would read it (under load it came after the read).
    const WizardController *controller = m_wizard.controller();
    const jobs::HostJobRunner *runner = controller ? controller->runner() : nullptr;
    const bool license = m_wizard.currentId() == WizardWindow::LicensePageId;
    const bool finish = m_wizard.currentId() == WizardWindow::FinishPageId;
    waitUntil(
        [runner, controller, license, finish]() {
            if (license && runner && runner->isRunningOperation(jobs::HostJobRunner::licenseTermsTag()))
                return false;
            return !finish || !controller || !controller->isVerifyingEnrollment();
        },
        answerTimeoutMs,
        [this, page](bool) {
            AutopilotPageReader(m_out, page).read(page);
            drivePage(page, [this, page](bool driven) { moveOn(page, driven); });
        });
}

void Autopilot::drivePage(QWizardPage *page, const Then &then)
{
    switch (m_wizard.currentId()) {
    case WizardWindow::LicensePageId:
        chooseOnLicensePage(page, m_out);
        break;
    case WizardWindow::TargetPageId:
        driveTargetPage(page, then);
        return;
    case WizardWindow::DeploymentPageId:
        driveDeploymentPage(page, then);
        return;
    case WizardWindow::ConnectPageId:
        driveConnectPage(page, then);
        return;
    case WizardWindow::FinishPageId:
        // A headless walk has nobody to look at the overview window.
        if (auto *open = page->findChild<QCheckBox *>(u"openOverviewOnFinishCheckBox"_s);
            open && open->isChecked())
            open->click();
        break;
    default:
        break;
    }
    then(true);
}

void Autopilot::moveOn(QWizardPage *page, bool driven)
{
    if (!driven) {
        fail(1, AutopilotTr::tr("Autopilot: \"%1\" did not succeed (see above).").arg(page->title()));
        return;
    }
    QAbstractButton *finish = m_wizard.button(QWizard::FinishButton);
    QAbstractButton *next = m_wizard.button(QWizard::NextButton);
    // A commit page (Deployment) moves on with the Commit button instead of Next.
    if (!usable(next) && usable(m_wizard.button(QWizard::CommitButton)))
        next = m_wizard.button(QWizard::CommitButton);
    if (usable(finish)) {
        m_out << u"  \u2192 "_s << withoutMnemonic(finish->text()) << '\n';
        finish->click();
        checkResult();
        return;
    }
    if (!usable(next)) {
        fail(1, AutopilotTr::tr("Autopilot: stuck on \"%1\": neither Next nor Finish can be pressed.")
                    .arg(page->title()));
        return;
    }
    m_out << u"  \u2192 "_s << withoutMnemonic(next->text()).remove(u'>').trimmed() << '\n';
    const int before = m_wizard.currentId();
    next->click();
    // Like a user between two clicks, let the window lay out and paint the new page first: the walk
    // does not pile every page's work into one turn of the event loop.
    QTimer::singleShot(0, this, [this, page, before]() { afterNext(page, before); });
}

void Autopilot::afterNext(QWizardPage *page, int before)
{
    if (m_wizard.currentId() == before) {
        fail(1, AutopilotTr::tr("Autopilot: \"%1\" did not let the wizard move on.").arg(page->title()));
        return;
    }
    if (QWizardPage *next = m_wizard.currentPage())
        enterPage(next);
    else
        checkResult();
}

void Autopilot::checkResult()
{
    if (m_wizard.result() != QDialog::Accepted) {
        fail(2, AutopilotTr::tr("Autopilot: the wizard closed without being finished."));
        return;
    }
    if (!m_wizard.plan() || !m_wizard.plan()->eulaAccepted()) {
        fail(2, AutopilotTr::tr("Autopilot: the wizard finished, but the license terms are not accepted."));
        return;
    }
    // Done means a device that runs: provisioned, with edgeAgent running.
    const jobs::HostJobState &state = m_wizard.controller()->provisionState();
    bool agent = false;
    if (state.modules) {
        for (const host::IotEdgeModule &m : state.modules->modules) {
            m_out << u"  "_s << AutopilotTr::tr("Module %1: %2 (%3)").arg(m.name, m.statusText, m.description)
                  << '\n';
            agent = agent || (m.name == u"edgeAgent"_s && m.status == host::ModuleStatus::Running);
        }
    }
    if (!agent) {
        fail(2,
             AutopilotTr::tr("Autopilot: the wizard finished, but edgeAgent is not running on the device."));
        return;
    }
    // The caller prints the resulting plan from the model itself.
    finish(0);
}

// Target: check the device (the demo host preselected where there is no Windows PowerShell), read the
// verdict, acknowledge warnings (they are printed above).
void Autopilot::driveTargetPage(QWizardPage *page, const Then &then)
{
    if (page->isComplete()) {
        readTargetVerdict(page);
        then(true);
        return;
    }
    if (!clickIfUsable(page, u"checkDeviceButton"_s, m_out)) {
        then(false);
        return;
    }
    waitUntil([page]() { return !usable(page->findChild<QAbstractButton *>(u"cancelProbeButton"_s)); },
              probeTimeoutMs,
              [this, page, then](bool) {
                  readTargetVerdict(page);
                  then(true);
              });
}

void Autopilot::readTargetVerdict(QWizardPage *page)
{
    AutopilotPageReader(m_out, page).read(page);
    if (auto *ack = page->findChild<QCheckBox *>(u"acknowledgeWarningsCheckBox"_s);
        usable(ack) && !ack->isChecked()) {
        ack->click();
        m_out << u"  "_s << AutopilotTr::tr("Acknowledged the warnings.") << '\n';
    }
}

// Deployment: the page starts the deploy itself (or offers to continue an interrupted one); wait for it.
void Autopilot::driveDeploymentPage(QWizardPage *page, const Then &then)
{
    clickIfUsable(page, u"continueButton"_s, m_out);
    waitUntil(
        [page]() {
            return page->isComplete() || usable(page->findChild<QAbstractButton *>(u"retryButton"_s));
        },
        deployTimeoutMs,
        [this, page, then](bool ended) {
            m_out << u"  "_s << labelText(page, u"headlineLabel"_s) << '\n';
            if (const QString message = labelText(page, u"messageLabel"_s); !message.isEmpty())
                m_out << u"  "_s << message << '\n';
            then(ended && page->isComplete());
        });
}

// Connect: in demo mode the demo enrollment (and, asked to remember, the remembered key or the Remember
// box); then provision and wait for the result.
void Autopilot::driveConnectPage(QWizardPage *page, const Then &then)
{
    clickIfUsable(page, u"useDemoEnrollmentButton"_s, m_out);
    if (m_rememberKey && !clickIfUsable(page, u"useRememberedKeyButton"_s, m_out)) {
        if (auto *remember = page->findChild<QAbstractButton *>(u"rememberKeyCheckBox"_s);
            usable(remember) && !remember->isChecked()) {
            m_out << u"  [x] "_s << remember->text().remove(u'&') << '\n';
            remember->click();
        }
    }
    // A remembered key is read from the keychain asynchronously; Provision is ready once it is there.
    waitUntil([page]() { return usable(page->findChild<QAbstractButton *>(u"provisionButton"_s)); },
              keychainTimeoutMs, [this, page, then](bool) { provisionOnConnectPage(page, then); });
}

void Autopilot::provisionOnConnectPage(QWizardPage *page, const Then &then)
{
    if (!clickIfUsable(page, u"provisionButton"_s, m_out)) {
        then(page->isComplete());
        return;
    }
    waitUntil([page]() { return !usable(page->findChild<QAbstractButton *>(u"cancelProvisioningButton"_s)); },
              provisionTimeoutMs,
              [this, page, then](bool) {
                  if (const QString note = shownText(page, u"rememberedKeyLabel"_s); !note.isEmpty())
                      m_out << u"  "_s << note << '\n';
                  if (const QString note = shownText(page, u"keychainNoteLabel"_s); !note.isEmpty())
                      m_out << u"  "_s << note << '\n';
                  m_out << u"  "_s << labelText(page, u"provisionResultLabel"_s) << '\n';
                  then(page->isComplete());
              });
}

void Autopilot::waitUntil(std::function<bool()> done, int timeoutMs, Then then)
{
    if (done()) {
        then(true);
        return;
    }
    m_waitDone = std::move(done);
    m_waitThen = std::move(then);
    m_waitTimeoutMs = timeoutMs;
    m_waitClock.start();
    m_poll.start();
}

void Autopilot::poll()
{
    const bool done = m_waitDone && m_waitDone();
    if (!done && !m_waitClock.hasExpired(m_waitTimeoutMs))
        return;
    m_poll.stop();
    m_waitDone = {};
    // The continuation may start the next wait, which replaces m_waitThen: run it from a local copy.
    const Then then = std::exchange(m_waitThen, {});
    if (then)
        then(done);
}

void Autopilot::fail(int exitCode, const QString &reason)
{
    m_out << reason << '\n';
    finish(exitCode);
}

void Autopilot::finish(int exitCode)
{
    m_out.flush();
    m_exitCode = exitCode;
    m_finished = true;
    emit finished(exitCode);
}

} // namespace eflow::ui
