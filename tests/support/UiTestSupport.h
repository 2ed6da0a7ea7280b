#pragma once

// Helpers the UI tests share: what a user does with the mouse and keyboard, and a plan that has got past
// the License page. Header-only: each test is its own executable.

#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QCheckBox>
#include <QObject>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QWidget>
#include <QWizard>
#include <QWizardPage>

#include "engine/crypto/SecureBytes.h"
#include "engine/plan/EflowRelease.h"
#include "engine/plan/PlanModel.h"
#include "tests/support/HostTestSupport.h"
#include "tests/support/TestHosts.h"
#include "ui/WizardController.h"
#include "ui/WizardWindow.h"

namespace eflow::uitest {

// Lets the event loop run (events processed, no event loop nested) until done() holds (true) or timeoutMs
// have passed (false): for tools that drive the wizard outside a Qt Test function, like the screenshots.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

// What a user can act on: shown and enabled.
inline bool usable(const QWidget *w)
{
    return w && w->isVisible() && w->isEnabled();
}

// QCheckBox and QRadioButton react to clicks on their indicator and text only, not on the empty width a
// layout gives them: click the indicator's centre.
inline void clickIndicator(QAbstractButton *box, QStyle::SubElement element)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()->subElementRect(element, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, indicator.center());
}

inline void clickCheckBox(QCheckBox *box)
{
    clickIndicator(box, QStyle::SE_CheckBoxIndicator);
}

inline void clickRadio(QRadioButton *radio)
{
    clickIndicator(radio, QStyle::SE_RadioButtonIndicator);
}

// What a user does to replace a field's text: click into it, select all, type.
inline void retype(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

// A plan past the License page: the release chosen, its terms accepted, its defaults applied.
inline void licensePlan(plan::PlanModel &model, plan::EflowRelease release = plan::EflowRelease::Lts1_4)
{
    model.setRelease(release);
    model.setEulaAccepted(true);
    model.applyReleaseDefaults();
}

inline plan::PlanModel *newLicensedPlan(QObject *parent,
                                        plan::EflowRelease release = plan::EflowRelease::Lts1_4)
{
    auto *model = new plan::PlanModel(parent);
    licensePlan(*model, release);
    return model;
}

// A controller over the hosts the application registers.
inline ui::WizardController *newController(plan::PlanModel *plan, QObject *parent = nullptr)
{
    return new ui::WizardController(plan, testsupport::hostFactory(), parent);
}

// The wizard's options in (or out of) demo mode, with the application's hosts.
inline ui::WizardOptions wizardOptions(bool demo, const QString &hostTitle = {})
{
    ui::WizardOptions options = ui::WizardOptions::forDemo(demo, hostTitle);
    options.hosts = testsupport::hostFactory();
    return options;
}

// Opens target as the Target page does and waits until the engine has opened it (or failed to).
inline bool openTarget(ui::WizardController &controller, const jobs::HostTarget &target,
                       QString *error = nullptr, int timeoutMs = 30000)
{
    QSignalSpy opened(&controller, &ui::WizardController::targetChanged);
    QSignalSpy failed(&controller, &ui::WizardController::targetFailed);
    if (!controller.openTarget(target, error))
        return false;
    if (!QTest::qWaitFor([&]() { return !opened.isEmpty() || !failed.isEmpty(); }, timeoutMs)) {
        if (error)
            *error = QStringLiteral("the host did not open within %1 ms").arg(timeoutMs);
        return false;
    }
    if (!failed.isEmpty() && error)
        *error = failed.first().first().toString();
    return !opened.isEmpty();
}

// One page of the wizard on its own (and an empty page to go on to), over a controller with the
// application's hosts and a licensed 1.5 plan: what the page tests share. Open the demo host first, then
// show the page (built by makePage once the test is ready for it).
template<typename Page>
struct PageHarness
{
    PageHarness()
    {
        plan.setRelease(plan::EflowRelease::Lts1_5);
        plan.setEulaAccepted(true);
        controller = std::make_unique<ui::WizardController>(&plan, testsupport::hostFactory());
    }
    ~PageHarness()
    {
        wizard.reset();
        controller.reset();
    }
    PageHarness(const PageHarness &) = delete;
    PageHarness &operator=(const PageHarness &) = delete;

    void openDemo(const QString &scenario, double speed)
    {
        QString error;
        if (!openTarget(*controller, jobs::HostTarget::demo(scenario, speed), &error))
            qWarning("openTarget: %s", qPrintable(error));
    }
    void showPage(int id, QSize size)
    {
        page = new Page(&plan, controller.get());
        wizard = std::make_unique<QWizard>();
        wizard->setPage(id, page);
        wizard->setPage(id + 1, new QWizardPage);
        wizard->resize(size);
        wizard->show();
    }
    template<typename T>
    T *child(const QString &name) const
    {
        return page->template findChild<T *>(name);
    }
    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
    bool probeDone() const { return !controller->isProbing() && controller->facts().has_value(); }

    plan::PlanModel plan;
    std::unique_ptr<ui::WizardController> controller;
    std::unique_ptr<QWizard> wizard;
    Page *page = nullptr;
};

// The demo's individual enrollment (or another registration ID under its scope) as provisioning settings.
inline plan::ProvisioningSettings
demoProvisioning(const ui::WizardController &controller,
                 const QString &registrationId = QStringLiteral("demo-device"))
{
    return eflow::testsupport::individualEnrollment(controller.demoIdScope(), registrationId);
}

// A copy of key to hand to a job (which consumes it).
inline host::ProvisioningSecret secretOf(const crypto::SecureBytes &key)
{
    return host::ProvisioningSecret{crypto::SecureBytes(key.view())};
}

// Deploys the open host and waits; the deploy's outcome (Unknown when it did not end within timeoutMs).
inline jobs::PipelineOutcome deployAndWait(ui::WizardController &controller, int timeoutMs = 60000)
{
    QSignalSpy done(&controller, &ui::WizardController::deployFinished);
    controller.startDeploy();
    if (!QTest::qWaitFor([&]() { return !done.isEmpty(); }, timeoutMs))
        return jobs::PipelineOutcome::Unknown;
    return done.first().first().value<jobs::PipelineResult>().outcome;
}

// Provisions the open (deployed) demo host as the demo's individual enrollment with key and waits; the
// outcome (Unknown when it did not end within timeoutMs).
inline jobs::PipelineOutcome provisionDemoAndWait(ui::WizardController &controller,
                                                  const crypto::SecureBytes &key, int timeoutMs = 60000)
{
    controller.plan()->setProvisioningSettings(demoProvisioning(controller));
    QSignalSpy done(&controller, &ui::WizardController::provisionFinished);
    controller.startProvision(secretOf(key));
    if (!QTest::qWaitFor([&]() { return !done.isEmpty(); }, timeoutMs))
        return jobs::PipelineOutcome::Unknown;
    return done.first().first().value<jobs::PipelineResult>().outcome;
}

} // namespace eflow::uitest
