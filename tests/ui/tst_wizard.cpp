#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include "engine/plan/EflowRelease.h"
#include "engine/plan/PlanModel.h"
#include "ui/Autopilot.h"
#include "ui/WizardStepsPanel.h"
#include "ui/WizardController.h"
#include "ui/WizardWindow.h"
#include "ui/pages/LicensePage.h"
#include "tests/support/UiTestSupport.h"

using namespace Qt::StringLiterals;
using eflow::plan::EflowRelease;
using eflow::plan::PlanModel;
using eflow::ui::WizardOptions;
using eflow::ui::WizardStepsPanel;
using eflow::ui::WizardWindow;
using eflow::uitest::clickCheckBox;

namespace {

// The plan is declared first so that it outlives the window, as it does in the application.
struct Fixture
{
    explicit Fixture(bool demo = false)
        : wizard(&plan, eflow::uitest::wizardOptions(demo))
    {}
    PlanModel plan;
    WizardWindow wizard;
};

} // namespace

class TestWizard final : public QObject
{
    Q_OBJECT

private:
    bool showAndActivate(WizardWindow &wizard)
    {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return false;
        wizard.activateWindow();
        return QTest::qWaitForWindowActive(&wizard);
    }

    bool goToLicense(WizardWindow &wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        return wizard.currentId() == WizardWindow::LicensePageId;
    }

    template<typename T>
    T *licenseWidget(WizardWindow &wizard, const QString &name)
    {
        return wizard.page(WizardWindow::LicensePageId)->findChild<T *>(name);
    }

private:
    QTemporaryDir m_dir;

    // The demo host at full speed: the autopilot walks the whole flow in seconds.
    static void openFastDemo(Fixture &f)
    {
        QVERIFY(eflow::uitest::openTarget(*f.wizard.controller(), eflow::jobs::HostTarget::demo({}, 0.0)));
    }

    // Starts the autopilot and lets the event loop run until it reports its exit code (-1: it did not
    // finish in time). It advances on the event loop, so it has to be given one. deepestLoop: the most
    // event loops seen running inside each other meanwhile (qWaitFor itself runs none).
    static int runAutopilot(WizardWindow &wizard, QTextStream &out, int *deepestLoop = nullptr)
    {
        eflow::ui::Autopilot autopilot(wizard, out);
        QTimer watch;
        watch.setInterval(1);
        int deepest = 0;
        QObject::connect(&watch, &QTimer::timeout, &watch, [&deepest]() {
            deepest = std::max(deepest, QThread::currentThread()->loopLevel());
        });
        watch.start();
        autopilot.start();
        const bool ended = QTest::qWaitFor([&autopilot]() { return autopilot.isFinished(); }, 5 * 60 * 1000);
        if (deepestLoop)
            *deepestLoop = deepest;
        return ended ? autopilot.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        // Demo machines, the local DPS's state and the resume journal of these runs stay in a temp folder.
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
    }

    void licenseResourcesAreLinked_data()
    {
        QTest::addColumn<EflowRelease>("release");
        for (EflowRelease release : eflow::plan::supportedReleases())
            QTest::newRow(qPrintable(eflow::plan::displayName(release))) << release;
    }

    void licenseResourcesAreLinked()
    {
        QFETCH(EflowRelease, release);
        // qt_add_resources on the static eflow_ui must reach this executable without Q_INIT_RESOURCE.
        QFile file(eflow::ui::LicensePage::licenseResource(eflow::plan::releaseKey(release)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(eflow::plan::displayName(release)));
        QVERIFY(text.contains(u"-acceptEula Yes"_s));
    }

    void startsOnGettingStarted()
    {
        Fixture f;
        QVERIFY(showAndActivate(f.wizard));
        QCOMPARE(f.wizard.windowTitle(), u"EFLOW Wizard"_s);
        QCOMPARE(f.wizard.wizardStyle(), QWizard::ModernStyle);
        // It opens at its preferred size where the screen has room, and can be made as small as 960×500
        // (issue 13 item 1; tst_wizard_small_screen checks every page at that size).
        QVERIFY2(f.wizard.minimumSizeHint().width() <= 960 && f.wizard.minimumSizeHint().height() <= 500,
                 qPrintable(u"minimum %1×%2"_s.arg(f.wizard.minimumSizeHint().width())
                                .arg(f.wizard.minimumSizeHint().height())));
        const QSize room = f.wizard.screen()->availableGeometry().size() - QSize(16, 48);
        QCOMPARE(f.wizard.size(),
                 WizardWindow::kPreferredSize.boundedTo(room).expandedTo(f.wizard.minimumSize()));
        QCOMPARE(f.wizard.currentId(), int(WizardWindow::GettingStartedPageId));
        QCOMPARE(f.wizard.currentPage()->title(), u"Getting Started"_s);

        WizardStepsPanel *panel = f.wizard.stepsPanel();
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->state(WizardStepsPanel::WizardStep::GettingStarted),
                 WizardStepsPanel::State::Current);
        QVERIFY(panel->text(WizardStepsPanel::WizardStep::GettingStarted).startsWith(u"\u25B6"_s));
        QCOMPARE(panel->state(WizardStepsPanel::WizardStep::License), WizardStepsPanel::State::Upcoming);

        // The page names what the device needs and what to have at hand.
        QString shown;
        for (const QLabel *label : f.wizard.currentPage()->findChildren<QLabel *>())
            shown += label->text() + u'\n';
        for (const QString &needle : {u"17763"_s, u"IoT Enterprise"_s, u"1 GB"_s, u"10 GB"_s, u"Hyper-V"_s,
                                      u"virtual switch"_s, u"Nested virtualization"_s, u"ID scope"_s,
                                      u"registration ID"_s, u"primary key"_s, u"connection string"_s})
            QVERIFY2(shown.contains(needle), qPrintable(needle));
    }

    // The pages after Getting Started are built after the first paint (start-up time); until then the
    // first page still offers Next, and Next (or Enter) before that builds them on the spot.
    void laterPagesComeAfterTheFirstPaint()
    {
        Fixture f;
        const QList<int> all = {WizardWindow::GettingStartedPageId, WizardWindow::LicensePageId,
                                WizardWindow::TargetPageId,         WizardWindow::SettingsPageId,
                                WizardWindow::DeploymentPageId,     WizardWindow::ConnectPageId,
                                WizardWindow::FinishPageId};
        QCOMPARE(f.wizard.pageIds(), QList<int>{WizardWindow::GettingStartedPageId});
        QVERIFY(showAndActivate(f.wizard));
        QTRY_COMPARE(f.wizard.pageIds(), all);
        // Built once: a second call changes nothing.
        QWizardPage *license = f.wizard.page(WizardWindow::LicensePageId);
        f.wizard.ensurePages();
        QCOMPARE(f.wizard.page(WizardWindow::LicensePageId), license);
        QCOMPARE(f.wizard.pageIds(), all);
    }

    void nextBeforeTheLaterPagesExistStillGoesOn()
    {
        Fixture f;
        f.wizard.show(); // not yet painted: no event has been processed
        QCOMPARE(f.wizard.pageIds().size(), 1);
        QCOMPARE(f.wizard.currentId(), int(WizardWindow::GettingStartedPageId));
        QVERIFY(f.wizard.button(QWizard::NextButton)->isVisibleTo(&f.wizard));
        QVERIFY(f.wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!f.wizard.button(QWizard::FinishButton)->isVisibleTo(&f.wizard));
        QTest::keyClick(&f.wizard, Qt::Key_Return);
        QCOMPARE(f.wizard.currentId(), int(WizardWindow::LicensePageId));
        QCOMPARE(f.wizard.pageIds().size(), 7);
        QCOMPARE(f.wizard.currentPage()->title(), u"License"_s);
    }

    void everyStepIsAvailable_data()
    {
        QTest::addColumn<WizardStepsPanel::WizardStep>("step");
        QTest::newRow("Deploy") << WizardStepsPanel::WizardStep::Deploy;
        QTest::newRow("Target") << WizardStepsPanel::WizardStep::Target;
        QTest::newRow("Settings") << WizardStepsPanel::WizardStep::Settings;
        QTest::newRow("Deployment") << WizardStepsPanel::WizardStep::Deployment;
        QTest::newRow("Connect") << WizardStepsPanel::WizardStep::Connect;
        QTest::newRow("Finish") << WizardStepsPanel::WizardStep::Finish;
    }

    void everyStepIsAvailable()
    {
        QFETCH(WizardStepsPanel::WizardStep, step);
        Fixture f;
        f.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.wizard));
        WizardStepsPanel *panel = f.wizard.stepsPanel();
        QCOMPARE(panel->state(step), WizardStepsPanel::State::Upcoming);
        QVERIFY(!panel->text(step).contains(u"not in this version yet"_s));
    }

    void licenseGatesNext()
    {
        Fixture f;
        QVERIFY(showAndActivate(f.wizard));
        QVERIFY(goToLicense(f.wizard));
        QCOMPARE(f.wizard.currentPage()->title(), u"License"_s);

        WizardStepsPanel *panel = f.wizard.stepsPanel();
        QCOMPARE(panel->state(WizardStepsPanel::WizardStep::GettingStarted), WizardStepsPanel::State::Done);
        QVERIFY(panel->text(WizardStepsPanel::WizardStep::GettingStarted).startsWith(u"\u2713"_s));
        QCOMPARE(panel->state(WizardStepsPanel::WizardStep::License), WizardStepsPanel::State::Current);

        // The License page is no longer the last: Next leads on to the target device.
        QAbstractButton *finish = f.wizard.button(QWizard::NextButton);
        QVERIFY(finish->isVisible());
        QVERIFY(!finish->isEnabled());
        QVERIFY(!f.wizard.button(QWizard::FinishButton)->isVisible());

        auto *accept = licenseWidget<QCheckBox>(f.wizard, u"acceptLicenseCheckBox"_s);
        auto *telemetry = licenseWidget<QCheckBox>(f.wizard, u"optionalTelemetryCheckBox"_s);
        auto *arguments = licenseWidget<QLabel>(f.wizard, u"deployArgumentsLabel"_s);
        QVERIFY(accept && telemetry && arguments);
        QVERIFY(!accept->isChecked());
        QVERIFY(!telemetry->isChecked());
        QVERIFY(!f.plan.optionalTelemetry());

        QSignalSpy completeChanged(f.wizard.currentPage(), &QWizardPage::completeChanged);
        clickCheckBox(accept);
        QVERIFY(accept->isChecked());
        QVERIFY(f.plan.eulaAccepted());
        QVERIFY(finish->isEnabled());
        QVERIFY(completeChanged.count() >= 1);
        QVERIFY(arguments->text().contains(u"-acceptEula Yes -acceptOptionalTelemetry No"_s));

        clickCheckBox(telemetry);
        QVERIFY(f.plan.optionalTelemetry());
        QCOMPARE(f.plan.acceptOptionalTelemetryArgument(), u"Yes"_s);
        QVERIFY(arguments->text().contains(u"-acceptOptionalTelemetry Yes"_s));
        clickCheckBox(telemetry);
        QVERIFY(!f.plan.optionalTelemetry());

        clickCheckBox(accept);
        QVERIFY(!f.plan.eulaAccepted());
        QVERIFY(!finish->isEnabled());
        clickCheckBox(accept);
        QVERIFY(finish->isEnabled());

        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(f.wizard.currentId(), int(WizardWindow::TargetPageId));
        QVERIFY(f.plan.eulaAccepted());
    }

    void planChangesShowOnThePage()
    {
        Fixture f;
        QVERIFY(showAndActivate(f.wizard));
        QVERIFY(goToLicense(f.wizard));
        auto *accept = licenseWidget<QCheckBox>(f.wizard, u"acceptLicenseCheckBox"_s);
        f.plan.setEulaAccepted(true);
        QVERIFY(accept->isChecked());
        QVERIFY(f.wizard.button(QWizard::NextButton)->isEnabled());
        f.plan.setEulaAccepted(false);
        QVERIFY(!accept->isChecked());
        QVERIFY(!f.wizard.button(QWizard::NextButton)->isEnabled());
    }

    void switchingReleaseResetsAcceptance_data()
    {
        QTest::addColumn<EflowRelease>("from");
        QTest::addColumn<EflowRelease>("to");
        QTest::newRow("1.5 LTS -> 1.4 LTS") << EflowRelease::Lts1_5 << EflowRelease::Lts1_4;
        QTest::newRow("1.4 LTS -> 1.1 LTS") << EflowRelease::Lts1_4 << EflowRelease::Lts1_1;
        QTest::newRow("1.1 LTS -> 1.5 LTS") << EflowRelease::Lts1_1 << EflowRelease::Lts1_5;
    }

    void switchingReleaseResetsAcceptance()
    {
        QFETCH(EflowRelease, from);
        QFETCH(EflowRelease, to);
        Fixture f;
        QVERIFY(showAndActivate(f.wizard));
        QVERIFY(goToLicense(f.wizard));
        auto *combo = licenseWidget<QComboBox>(f.wizard, u"releaseComboBox"_s);
        auto *text = licenseWidget<QTextBrowser>(f.wizard, u"licenseTextBrowser"_s);
        auto *accept = licenseWidget<QCheckBox>(f.wizard, u"acceptLicenseCheckBox"_s);
        QAbstractButton *finish = f.wizard.button(QWizard::NextButton);
        QVERIFY(combo && text && accept);

        // The combo box offers exactly the supported lines, newest first, and starts on the plan's.
        QStringList offered;
        for (int i = 0; i < combo->count(); ++i)
            offered.append(combo->itemText(i));
        QCOMPARE(offered, (QStringList{u"1.5 LTS"_s, u"1.4 LTS"_s, u"1.1 LTS"_s}));
        QCOMPARE(combo->currentText(), eflow::plan::displayName(f.plan.release()));

        combo->setCurrentIndex(combo->findText(eflow::plan::displayName(from)));
        QCOMPARE(f.plan.release(), from);
        // No target yet: no terms in the page, but the link to Microsoft's releases.
        QVERIFY(!text->isVisible());
        QVERIFY(licenseWidget<QLabel>(f.wizard, u"licenseLinkLabel"_s)->isVisible());
        clickCheckBox(accept);
        QVERIFY(f.plan.eulaAccepted());
        QVERIFY(finish->isEnabled());

        combo->setCurrentIndex(combo->findText(eflow::plan::displayName(to)));
        QCOMPARE(f.plan.release(), to);
        QVERIFY(!f.plan.eulaAccepted());
        QVERIFY(!accept->isChecked());
        QVERIFY(!finish->isEnabled());
    }

    void interactiveWidgetsHaveAccessibleNames_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::newRow("Getting Started") << int(WizardWindow::GettingStartedPageId);
        QTest::newRow("License") << int(WizardWindow::LicensePageId);
    }

    void interactiveWidgetsHaveAccessibleNames()
    {
        QFETCH(int, pageId);
        Fixture f(true);
        QVERIFY(showAndActivate(f.wizard));
        if (pageId == WizardWindow::LicensePageId)
            QVERIFY(goToLicense(f.wizard));

        QList<QWidget *> wizardButtons;
        for (int b = QWizard::BackButton; b <= QWizard::CustomButton3; ++b)
            wizardButtons.append(f.wizard.button(QWizard::WizardButton(b)));

        int checked = 0;
        for (QWidget *w : f.wizard.findChildren<QWidget *>()) {
            if (w->window() != &f.wizard || !w->isVisibleTo(&f.wizard) || wizardButtons.contains(w))
                continue;
            const bool interactive =
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QTextEdit *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QAbstractItemView *>(w) ||
                (qobject_cast<QAbstractScrollArea *>(w) && w->focusPolicy() != Qt::NoFocus);
            if (!interactive)
                continue;
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(u"%1 (%2)"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                                                 w->objectName())));
        }
        // Getting Started is text only (the window's buttons aside).
        if (pageId != WizardWindow::GettingStartedPageId)
            QVERIFY(checked > 0);

        // A label that shows a mnemonic must hand it to a buddy, or the key does nothing.
        for (const QLabel *label : f.wizard.currentPage()->findChildren<QLabel *>()) {
            if (label->textFormat() != Qt::RichText && label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }

    void spaceTogglesFocusedCheckBox()
    {
        Fixture f;
        QVERIFY(showAndActivate(f.wizard));
        QVERIFY(goToLicense(f.wizard));
        auto *accept = licenseWidget<QCheckBox>(f.wizard, u"acceptLicenseCheckBox"_s);
        accept->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(accept->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(accept->isChecked());
        QVERIFY(f.plan.eulaAccepted());
        QVERIFY(f.wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!f.plan.eulaAccepted());
    }

    void tabOrderFollowsTheReadingOrder()
    {
        Fixture f;
        QVERIFY(showAndActivate(f.wizard));
        QVERIFY(goToLicense(f.wizard));
        auto *combo = licenseWidget<QComboBox>(f.wizard, u"releaseComboBox"_s);
        combo->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(combo->hasFocus());
        // The terms' text appears (between link and check box) once a target has them.
        const QStringList expected = {u"licenseLinkLabel"_s, u"acceptLicenseCheckBox"_s,
                                      u"optionalTelemetryCheckBox"_s};
        for (const QString &name : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            // Tab stops on the link label, then on its link, before it leaves the label.
            if (QApplication::focusWidget() && name != u"licenseLinkLabel"_s &&
                QApplication::focusWidget()->objectName() == u"licenseLinkLabel"_s)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY(QApplication::focusWidget());
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
    }

    void mnemonics_data()
    {
        QTest::addColumn<Qt::Key>("key");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("toggles");
        QTest::newRow("Alt+A accepts") << Qt::Key_A << u"acceptLicenseCheckBox"_s << true;
        QTest::newRow("Alt+D diagnostic data") << Qt::Key_D << u"optionalTelemetryCheckBox"_s << true;
        QTest::newRow("Alt+R release") << Qt::Key_R << u"releaseComboBox"_s << false;
        QTest::newRow("Alt+T terms") << Qt::Key_T << u"licenseLinkLabel"_s << false;
    }

    void mnemonics()
    {
        QFETCH(Qt::Key, key);
        QFETCH(QString, target);
        QFETCH(bool, toggles);
        Fixture f;
        QVERIFY(showAndActivate(f.wizard));
        QVERIFY(goToLicense(f.wizard));
        QWidget *widget = licenseWidget<QWidget>(f.wizard, target);
        QVERIFY(widget);
        QTest::keyClick(&f.wizard, key, Qt::AltModifier);
        if (toggles) {
            // A check box's mnemonic clicks it (after a short animation).
            auto *box = qobject_cast<QCheckBox *>(widget);
            QTRY_VERIFY(box->isChecked());
        } else {
            QTRY_COMPARE(QApplication::focusWidget(), widget);
        }
    }

    void demoBanner_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("demo") << true;
        QTest::newRow("real") << false;
    }

    void demoBanner()
    {
        QFETCH(bool, demo);
        Fixture f(demo);
        f.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.wizard));
        QWidget *banner = f.wizard.findChild<QWidget *>(u"demoBanner"_s);
        QCOMPARE(banner != nullptr, demo);
        if (!demo)
            return;
        QVERIFY(banner->isVisible());
        QString text;
        for (const QLabel *label : banner->findChildren<QLabel *>())
            text += label->text() + u' ';
        QVERIFY(text.contains(u"Demo mode"_s));
        QVERIFY(text.contains(u"nothing is installed"_s, Qt::CaseInsensitive));
        QVERIFY(text.contains(u"simulated"_s));
    }

    void autopilot()
    {
        Fixture f(true);
        openFastDemo(f);
        QString output;
        QTextStream out(&output);
        int deepestLoop = -1;
        const int rc = runAutopilot(f.wizard, out, &deepestLoop);
        QVERIFY2(rc == 0, qPrintable(output));
        // The walk advanced from the test's own event processing: the autopilot nested no event loop.
        QCOMPARE(deepestLoop, 0);
        QVERIFY(output.contains(u"[1/7] Getting Started"_s));
        QVERIFY(output.contains(u"[2/7] License"_s));
        QVERIFY(output.contains(u"The device needs:"_s));
        QVERIFY(output.contains(u" - At least 1 GB of free memory"_s));
        QVERIFY(output.contains(u"EFLOW release: 1.5 LTS (choices: 1.5 LTS, 1.4 LTS, 1.1 LTS)"_s));
        QVERIFY(output.contains(u"[ ] I accept the license terms"_s)); // as the page showed it
        QVERIFY(output.contains(u"accept the license terms = yes"_s));
        QVERIFY(output.contains(u"optional diagnostic data = no"_s));
        // The demo host has no real terms: the page names Microsoft's releases instead.
        QVERIFY(output.contains(u"has no EFLOW license terms to read"_s));
        QVERIFY(output.contains(eflow::ui::LicensePage::publishedTermsUrl().toString()));
        QVERIFY(output.contains(u"\u2192 Next"_s));
        QVERIFY(output.contains(u"\u2192 Finish"_s));
        QVERIFY(output.indexOf(u"Getting Started"_s) < output.indexOf(u"[2/7] License"_s));
        // The whole flow: the target checked, deployed, provisioned, edgeAgent running.
        QVERIFY(output.contains(u"Supported"_s));
        QVERIFY(output.contains(u"Complete"_s));
        QVERIFY(output.contains(u"Provisioned: device demo-device"_s));
        QVERIFY(output.contains(u"Module edgeAgent: running"_s));
        QVERIFY(f.plan.eulaAccepted());
        QVERIFY(!f.plan.optionalTelemetry());
        QCOMPARE(f.plan.release(), eflow::plan::defaultRelease());
        QCOMPARE(f.wizard.result(), int(QDialog::Accepted));
    }

    // Under load the autopilot once read the License page before the target's answer about its terms had
    // come: the page still said they are read later. Here the job thread is kept busy while the page is
    // built and asks, so the answer comes late for certain; the autopilot must report the page with it.
    void autopilotReportsTheTermsOnceTheyAreRead()
    {
        Fixture f(true);
        openFastDemo(f);
        eflow::jobs::HostJobRunner *runner = f.wizard.controller()->runner();
        std::atomic<bool> busy = false;
        std::thread blocker([runner, &busy]() {
            runner->inspect([&busy](eflow::jobs::HostSession &) {
                busy = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            });
        });
        QTRY_VERIFY(busy.load());
        QString output;
        QTextStream out(&output);
        const int rc = runAutopilot(f.wizard, out);
        blocker.join();
        QVERIFY2(rc == 0, qPrintable(output));
        const QString license = output.mid(output.indexOf(u"[2/7] License"_s));
        QVERIFY2(license.left(license.indexOf(u"[3/7]"_s)).contains(u"has no EFLOW license terms to read"_s),
                 qPrintable(output));
    }

    void autopilotStopsOnAnUnsupportedHost()
    {
        Fixture f(true);
        QVERIFY(eflow::uitest::openTarget(*f.wizard.controller(),
                                          eflow::jobs::HostTarget::demo(u"win10-home"_s, 0.0)));
        QString output;
        QTextStream out(&output);
        QCOMPARE(runAutopilot(f.wizard, out), 1);
        QVERIFY(output.contains(u"Unsupported"_s));
        QVERIFY(output.contains(u"Target"_s));
    }

    void autopilotTurnsOptionalDataOff()
    {
        Fixture f(true);
        openFastDemo(f);
        f.plan.setOptionalTelemetry(true);
        QString output;
        QTextStream out(&output);
        QCOMPARE(runAutopilot(f.wizard, out), 0);
        QVERIFY(!f.plan.optionalTelemetry());
        QVERIFY(output.contains(u"[x] Send optional diagnostic data to Microsoft"_s));
        QVERIFY(output.contains(u"optional diagnostic data = no"_s));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
