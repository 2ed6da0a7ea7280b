#pragma once

// The cheap way through a demo wizard, shared by the UI tests that need to stand on a later page: Next,
// the licence accepted in the plan, the device checked and its warnings acknowledged, the deployment and
// the provisioning run by the pages' own buttons. Header-only: each test is its own executable.

#include <functional>

#include <QAbstractButton>
#include <QCheckBox>
#include <QTest>
#include <QWizardPage>

#include "engine/plan/PlanModel.h"
#include "tests/support/UiTestSupport.h"
#include "ui/WizardController.h"
#include "ui/WizardWindow.h"

namespace eflow::uitest {

// Long enough for a deploy and a provisioning at the demo's instant speed in a sanitizer build.
inline constexpr int kWalkJobTimeoutMs = 60000;

template<typename T>
T *currentPageChild(ui::WizardWindow &wizard, const QString &name)
{
    auto *w = wizard.currentPage() ? wizard.currentPage()->findChild<T *>(name) : nullptr;
    if (!w)
        qWarning("missing child %s on page %d", qPrintable(name), wizard.currentId());
    return w;
}

// From Getting Started to pageId, calling atPage(id) on every page reached on the way, pageId included
// (Target before the device is checked, Connect before and after provisioning).
// The demo host must be open (openTarget) and the window shown. Fails the running test (QVERIFY) when a
// page does not let the walk on.
inline void walkTo(ui::WizardWindow &wizard, int pageId, const std::function<void(int)> &atPage = {})
{
    using W = ui::WizardWindow;
    auto arrived = [&](int id) {
        if (wizard.currentId() != id) {
            QTest::qFail(
                qPrintable(
                    QStringLiteral("the walk is on page %1 instead of %2").arg(wizard.currentId()).arg(id)),
                __FILE__, __LINE__);
            return true;
        }
        if (atPage)
            atPage(id);
        return id == pageId || QTest::currentTestFailed();
    };
    QCOMPARE(wizard.currentId(), int(W::GettingStartedPageId));
    if (arrived(W::GettingStartedPageId))
        return;
    wizard.next();
    wizard.plan()->setEulaAccepted(true);
    if (arrived(W::LicensePageId))
        return;
    wizard.next();
    if (arrived(W::TargetPageId))
        return;
    auto *check = currentPageChild<QAbstractButton>(wizard, QStringLiteral("checkDeviceButton"));
    QVERIFY(check);
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller()->facts() && !wizard.controller()->isProbing(),
                             kWalkJobTimeoutMs);
    if (auto *ack = currentPageChild<QCheckBox>(wizard, QStringLiteral("acknowledgeWarningsCheckBox"));
        usable(ack))
        ack->setChecked(true);
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    if (arrived(W::SettingsPageId))
        return;
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kWalkJobTimeoutMs);
    if (arrived(W::DeploymentPageId))
        return;
    wizard.next();
    if (arrived(W::ConnectPageId))
        return;
    auto *demo = currentPageChild<QAbstractButton>(wizard, QStringLiteral("useDemoEnrollmentButton"));
    auto *provision = currentPageChild<QAbstractButton>(wizard, QStringLiteral("provisionButton"));
    QVERIFY(demo && provision);
    demo->click();
    QTRY_VERIFY_WITH_TIMEOUT(provision->isEnabled(), kWalkJobTimeoutMs);
    provision->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kWalkJobTimeoutMs);
    if (atPage)
        atPage(W::ConnectPageId); // again, with the result shown
    wizard.next();
    arrived(W::FinishPageId);
}

} // namespace eflow::uitest
