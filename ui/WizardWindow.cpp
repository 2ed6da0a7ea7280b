#include "ui/WizardWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

#include "engine/jobs/JobProgress.h"
#include "engine/plan/PlanModel.h"
#include "ui/OverviewWindow.h"
#include "ui/WizardStepsPanel.h"
#include "ui/WizardController.h"
#include "ui/pages/ConnectPage.h"
#include "ui/pages/DeploymentPage.h"
#include "ui/pages/FinishPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/TargetPage.h"
#include "ui/pages/GettingStartedPage.h"
#include "ui/pages/LicensePage.h"
#include "ui/widgets/VerticalScrollArea.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

QWidget *makeDemoBanner(const QString &hostTitle, QWidget *parent)
{
    auto *banner = new QFrame(parent);
    banner->setObjectName(u"demoBanner"_s);
    // A framed box with a bold heading: it must read as a warning in high contrast and to screen readers.
    banner->setFrameShape(QFrame::Box);
    banner->setFrameShadow(QFrame::Plain);
    banner->setLineWidth(2);
    auto *layout = new QVBoxLayout(banner);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);

    auto *heading = new QLabel(WizardWindow::tr("Demo mode"), banner);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *text = makeWrappingLabel(
        hostTitle.isEmpty()
            ? WizardWindow::tr("Nothing is installed; the host and DPS are simulated.")
            : WizardWindow::tr("Nothing is installed; the host and DPS are simulated. Host: %1.")
                  .arg(hostTitle),
        banner);
    layout->addWidget(heading);
    layout->addWidget(text);
    banner->setAccessibleName(
        WizardWindow::tr("Demo mode: nothing is installed; the host and DPS are simulated."));
    return banner;
}

WizardStepsPanel::WizardStep stepForPage(int pageId)
{
    switch (pageId) {
    case WizardWindow::GettingStartedPageId:
        return WizardStepsPanel::WizardStep::GettingStarted;
    case WizardWindow::LicensePageId:
        return WizardStepsPanel::WizardStep::License;
    case WizardWindow::TargetPageId:
        return WizardStepsPanel::WizardStep::Target;
    case WizardWindow::SettingsPageId:
        return WizardStepsPanel::WizardStep::Settings;
    case WizardWindow::DeploymentPageId:
        return WizardStepsPanel::WizardStep::Deployment;
    case WizardWindow::ConnectPageId:
        return WizardStepsPanel::WizardStep::Connect;
    case WizardWindow::FinishPageId:
        return WizardStepsPanel::WizardStep::Finish;
    default:
        break;
    }
    return WizardStepsPanel::WizardStep::Unknown;
}

} // namespace

WizardWindow::WizardWindow(eflow::plan::PlanModel *plan, const eflow::ui::WizardOptions &options,
                           QWidget *parent)
    : QWizard(parent)
    , m_plan(plan)
    , m_options(options)
{
    Q_ASSERT(plan);
    setWindowTitle(tr("EFLOW Wizard"));
    // ModernStyle everywhere: AeroStyle ignores dark palettes on Windows, and one look keeps the
    // documentation's screenshots true on every platform.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    // The overview is always one click away, for a host provisioned earlier too.
    setButtonText(QWizard::CustomButton1, tr("Device &overview…"));
    setOption(QWizard::HaveCustomButton1, true);
    button(QWizard::CustomButton1)->setAccessibleName(tr("Open the device overview"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showOverview();
    });
    // The options above come before the side panel and the first page: each setOption() lays out the
    // window again, and with them in it that measured each of their wrapped labels once more.

    auto *side = new QWidget(this);
    side->setObjectName(u"sidePanel"_s);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 12, 12);
    sideLayout->setSpacing(16);
    if (m_options.demo)
        sideLayout->addWidget(makeDemoBanner(m_options.demoHostTitle, side));
    m_stepsPanel = new WizardStepsPanel(WizardStepsPanel::allSteps(), side);
    sideLayout->addWidget(m_stepsPanel, 1);

    // A rule between the steps and the page, as WAC's left-hand list has; it costs no colour.
    auto *sideFrame = new QWidget(this);
    auto *sideFrameLayout = new QHBoxLayout(sideFrame);
    sideFrameLayout->setContentsMargins(0, 0, 0, 0);
    sideFrameLayout->setSpacing(0);
    sideFrameLayout->addWidget(side, 1);
    auto *rule = new QFrame(sideFrame);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    sideFrameLayout->addWidget(rule);
    sideFrame->setFixedWidth(240);
    setSideWidget(sideFrame);

    m_controller = new WizardController(
        m_plan, m_options.hosts ? m_options.hosts : std::make_shared<const jobs::HostFactory>(), this);
    addPage(GettingStartedPageId, new GettingStartedPage(this));
    // The other pages are built once the first one has been painted, one per turn of the event loop
    // (event()), or at once when something needs them (ensurePages()): they are not needed to show page
    // one, and building them took a third of the time to the first paint.

    connect(this, &QWizard::currentIdChanged, this, &WizardWindow::showStepFor);
    // QWizard leaves the focus where it was: after Alt+N on a check box it sits on the previous page's
    // hidden widget and keys go nowhere. After the page change settles (pages may pick their own focus in
    // initializePage), a focus that is not visible moves to the new page's first focusable widget.
    connect(
        this, &QWizard::currentIdChanged, this,
        [this]() {
            QWidget *focus = QApplication::focusWidget();
            if (focus && focus->window() == this && focus->isVisible())
                return;
            QWizardPage *page = currentPage();
            if (!page)
                return;
            // The focus chain in the page's tab order: the first widget a Tab would reach.
            for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
                if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                    (w->focusPolicy() & Qt::TabFocus)) {
                    w->setFocus(Qt::TabFocusReason);
                    return;
                }
            }
        },
        Qt::QueuedConnection);
    showStepFor(startId());
    fitToScreen();
}

WizardWindow::~WizardWindow()
{
    delete m_overview; // a window of its own (no parent), but it reads this window's controller
}

void WizardWindow::addPage(int id, QWizardPage *page)
{
    // Every page scrolls vertically inside the window, so the window fits a small screen whatever the
    // page holds (issue 13 item 1); the pages themselves are built as if they had all the room.
    wrapInVerticalScrollArea(page);
    setPage(id, page);
}

void WizardWindow::fitToScreen()
{
    const QScreen *shownOn = screen();
    if (!shownOn)
        return;
    // The window manager's frame is not known before the window is mapped: leave room for a usual one.
    const QSize room = shownOn->availableGeometry().size() - QSize(16, 48);
    resize(kPreferredSize.boundedTo(room));
}

void WizardWindow::ensurePages()
{
    while (buildNextPage()) {
    }
}

bool WizardWindow::pagesBuilt() const
{
    return m_builtPages > FinishPageId;
}

bool WizardWindow::buildNextPage()
{
    switch (m_builtPages) {
    case LicensePageId:
        addPage(LicensePageId, new LicensePage(m_plan, this));
        break;
    case TargetPageId:
        addPage(TargetPageId, new TargetPage(m_plan, m_controller, this));
        break;
    case SettingsPageId: {
        auto *settings = new SettingsPage(m_plan, m_controller, this);
        // Leaving Settings starts the deployment (the Deployment page is a commit page that starts at once).
        settings->setButtonText(QWizard::NextButton, tr("&Deploy >"));
        addPage(SettingsPageId, settings);
        break;
    }
    case DeploymentPageId:
        addPage(DeploymentPageId, new DeploymentPage(m_plan, m_controller, this));
        break;
    case ConnectPageId:
        addPage(ConnectPageId, new ConnectPage(m_plan, m_controller, this));
        break;
    case FinishPageId: {
        auto *finish = new FinishPage(m_plan, m_controller, this);
        addPage(FinishPageId, finish);
        connect(finish, &FinishPage::openOverviewRequested, this, &WizardWindow::showOverview);
        // The pages' widgets joined the focus chain after the "Device overview" button; Tab reads the
        // page first, then that button, then Back, Next and Cancel, as the buttons sit.
        QWidget *lastOnPages = nullptr;
        for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
            if (finish->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus) // setTabOrder skips NoFocus
                lastOnPages = w;
        }
        if (lastOnPages)
            setTabOrder(lastOnPages, button(QWizard::CustomButton1));
        break;
    }
    default:
        return false;
    }
    ++m_builtPages;
    return true;
}

void WizardWindow::buildPagesInTurns()
{
    // One page per turn of the event loop, so that the window answers in between.
    if (buildNextPage()) {
        // The page's style and fonts in a turn of their own, so that showing it later costs less (the
        // autopilot's stall report saw the first show of Connect take 10 ms and more).
        QPointer<QWizardPage> built = page(m_builtPages - 1);
        QTimer::singleShot(0, this, [this, built]() {
            if (built)
                built->ensurePolished();
            QTimer::singleShot(0, this, &WizardWindow::buildPagesInTurns);
        });
        return;
    }
    // The demo host last: the pages are connected to the controller by then, and the local DPS's
    // certificates and the simulated host's state were not needed to show page one.
    if (m_options.demo && !m_controller->isOpen() && !m_controller->isOpening())
        m_controller->openTarget(jobs::HostTarget::demo(m_options.demoScenario, m_options.demoSpeed));
}

int WizardWindow::nextId() const
{
    // The pages follow each other in id order. Until the next one is built, QWizard would take the
    // current page for the last and offer "Finish"; the way on is the first page not built yet.
    const int id = QWizard::nextId();
    if (id == -1 && !pagesBuilt() && currentId() != -1)
        return m_builtPages;
    return id;
}

bool WizardWindow::validateCurrentPage()
{
    // Next (or Enter) before the later pages were built: build them now, before QWizard looks for the
    // next page.
    ensurePages();
    return QWizard::validateCurrentPage();
}

bool WizardWindow::event(QEvent *event)
{
    const bool handled = QWizard::event(event);
    if (event->type() == QEvent::Paint && !m_firstPaintSeen) {
        m_firstPaintSeen = true;
        QTimer::singleShot(0, this, &WizardWindow::buildPagesInTurns);
    }
    return handled;
}

OverviewWindow *WizardWindow::showOverview()
{
    if (!m_controller->isOpen() && !m_controller->isOpening()) {
        // Nothing chosen yet: in demo mode the demo host; otherwise ask which host, so that support staff
        // reach a provisioned device without walking the wizard.
        QString error;
        if (m_options.demo) {
            if (!m_controller->openTarget(jobs::HostTarget::demo(m_options.demoScenario, m_options.demoSpeed),
                                          &error)) {
                QMessageBox::warning(this, tr("Device overview"), error);
                return nullptr;
            }
        } else if (!openOverviewTarget()) {
            return nullptr;
        }
    }
    if (!m_overview) {
        m_overview = new OverviewWindow(m_controller);
        // "EFLOW is not deployed on this host: start the wizard": this window, from its first page if it
        // had been finished or closed.
        connect(m_overview, &OverviewWindow::startWizardRequested, this, [this]() {
            if (!isVisible()) {
                restart();
                show();
            }
            raise();
            activateWindow();
            m_overview->close();
        });
    }
    m_overview->show();
    m_overview->raise();
    m_overview->refresh();
    return m_overview;
}

bool WizardWindow::openOverviewTarget()
{
    const QString local = tr("This computer");
    QStringList choices;
    if (jobs::localPowerShellAvailable())
        choices << local;
    choices << WizardController::recentSshTargets();
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Device overview"),
                              tr("Which device? This computer, or a Windows host as ssh://USER@HOST[:PORT]:"),
                              choices, 0, true, &ok)
            .trimmed();
    if (!ok || chosen.isEmpty())
        return false;
    std::optional<jobs::HostTarget> target;
    QString error;
    if (chosen == local)
        target = jobs::HostTarget::local();
    else
        target = jobs::HostTarget::fromSshUrl(chosen, &error);
    if (!target || !m_controller->openTarget(*target, &error)) {
        QMessageBox::warning(this, tr("Device overview"), tr("Could not open %1: %2").arg(chosen, error));
        return false;
    }
    if (chosen != local)
        WizardController::rememberSshTarget(chosen);
    return true;
}

OverviewWindow *WizardWindow::overview() const
{
    return m_overview;
}

void WizardWindow::accept()
{
    if (overviewRequestedOnFinish())
        showOverview();
    QWizard::accept();
}

jobs::JobProgress *WizardWindow::runningJob() const
{
    // The wait for a restarted host belongs to the deployment: it continues once the host is back.
    for (jobs::JobProgress *job :
         {m_controller->deployJob(), m_controller->restartJob(), m_controller->provisionJob()}) {
        if (job && job->isRunning())
            return job;
    }
    return nullptr;
}

void WizardWindow::reject()
{
    if (m_stopping)
        return; // the window closes once the job it is stopping has stopped
    QPointer<jobs::JobProgress> job = runningJob();
    if (!job) {
        // Checks that only read (the probe, the DPS check) stop without a question.
        m_controller->cancelProbe();
        m_controller->cancelDpsCheck();
        QWizard::reject();
        return;
    }
    const bool deploying = job != m_controller->provisionJob();
    QMessageBox question(
        QMessageBox::Question, deploying ? tr("Deployment running") : tr("Provisioning running"),
        deploying ? tr("The deployment is still running. Stop it? You can continue it later.")
                  : tr("The provisioning is still running. Stop it? You can run it again "
                       "later."),
        QMessageBox::NoButton, this);
    question.setObjectName(u"stopRunningJobQuestion"_s);
    QPushButton *stop = question.addButton(deploying ? tr("&Stop the deployment and close")
                                                     : tr("&Stop the provisioning and close"),
                                           QMessageBox::DestructiveRole);
    stop->setObjectName(u"stopAndCloseButton"_s);
    QPushButton *keep = question.addButton(tr("&Keep it running"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepRunningButton"_s);
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();
    if (question.clickedButton() != stop)
        return;
    if (!job || !job->isRunning()) { // it ended while the question was open
        QWizard::reject();
        return;
    }
    stopRunningJobAndClose(job);
}

void WizardWindow::stopRunningJobAndClose(jobs::JobProgress *job)
{
    m_stopping = true;
    // The buttons say what happens and take no second click; the window stays until the job's
    // cleanup is done, so nothing is left half-done behind a closed window.
    button(QWizard::CancelButton)->setText(tr("Stopping…"));
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                        QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(false);
    }
    auto close = [this]() {
        if (!m_stopping)
            return;
        m_stopping = false;
        button(QWizard::CancelButton)->setText(buttonText(QWizard::CancelButton));
        QWizard::reject();
    };
    connect(job, &jobs::JobProgress::finished, this, close, Qt::SingleShotConnection);
    // Every step has its own timeout and cleanup; this bound only keeps a stuck host from holding the
    // window open for ever (the job runner cancels whatever is left when the window goes).
    QTimer::singleShot(kStopBoundMs, this, close);
    job->cancel();
}

bool WizardWindow::overviewRequestedOnFinish() const
{
    const auto *finish = qobject_cast<const FinishPage *>(page(FinishPageId));
    return finish && finish->openOverviewOnFinish();
}

void WizardWindow::showStepFor(int pageId)
{
    m_stepsPanel->setCurrentStep(stepForPage(pageId));
    // One way to the overview on each page: Finish has its check box ("open the device overview when I
    // click Finish"), the other pages the "Device overview…" button.
    setOption(QWizard::HaveCustomButton1, pageId != FinishPageId);
}

} // namespace eflow::ui
