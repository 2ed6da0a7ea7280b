#include "ui/WizardWindow.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "engine/plan/PlanModel.h"
#include "ui/StepPanel.h"
#include "ui/pages/GettingStartedPage.h"
#include "ui/pages/LicensePage.h"

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
    auto *text =
        new QLabel(hostTitle.isEmpty()
                       ? WizardWindow::tr("Nothing is installed; the host and DPS are simulated.")
                       : WizardWindow::tr("Nothing is installed; the host and DPS are simulated. Host: %1.")
                             .arg(hostTitle),
                   banner);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    banner->setAccessibleName(
        WizardWindow::tr("Demo mode: nothing is installed; the host and DPS are simulated."));
    return banner;
}

StepPanel::Step stepForPage(int pageId)
{
    switch (pageId) {
    case WizardWindow::GettingStartedPageId:
        return StepPanel::Step::GettingStarted;
    case WizardWindow::LicensePageId:
        return StepPanel::Step::License;
    default:
        break;
    }
    return StepPanel::Step::Unknown;
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
    setMinimumSize(900, 640);

    auto *side = new QWidget(this);
    side->setObjectName(u"sidePanel"_s);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 12, 12);
    sideLayout->setSpacing(16);
    if (m_options.demo)
        sideLayout->addWidget(makeDemoBanner(m_options.demoHostTitle, side));
    m_stepPanel = new StepPanel(side);
    m_stepPanel->setAvailableSteps({StepPanel::Step::GettingStarted, StepPanel::Step::License});
    sideLayout->addWidget(m_stepPanel, 1);

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

    setPage(GettingStartedPageId, new GettingStartedPage(this));
    setPage(LicensePageId, new LicensePage(m_plan, this));

    connect(this, &QWizard::currentIdChanged, this, &WizardWindow::showStepFor);
    showStepFor(startId());
}

WizardWindow::~WizardWindow() = default;

void WizardWindow::showStepFor(int pageId)
{
    m_stepPanel->setCurrentStep(stepForPage(pageId));
}

} // namespace eflow::ui
