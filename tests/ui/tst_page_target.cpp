#undef QT_NO_CAST_FROM_ASCII

#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

#include "engine/host/HostRequirements.h"
#include "engine/jobs/HostSession.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/pages/TargetPage.h"
#include "tests/support/UiTestSupport.h"

using namespace Qt::StringLiterals;
using eflow::jobs::HostTarget;
using eflow::plan::PlanModel;
using eflow::ui::TargetPage;
using eflow::ui::WizardController;

namespace {

// One wizard holding only the target page (and a page to go on to), on a demo host at instant speed.
struct Harness : eflow::uitest::PageHarness<TargetPage>
{
    explicit Harness(const QString &scenario, double speed = 0.0)
    {
        openDemo(scenario, speed);
        showPage(2, QSize(900, 700));
    }
    void check() { QTest::mouseClick(child<QPushButton>(u"checkDeviceButton"_s), Qt::LeftButton); }
};

void clickCheckBox(QCheckBox *box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

} // namespace

class TestTargetPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_DATA_HOME", m_dir->filePath("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath("config").toUtf8());
    }

    void demoIsPreselectedWithoutPowerShell()
    {
        Harness h(u"win11-pro"_s);
        auto *local = h.child<QRadioButton>(u"localRadio"_s);
        QCOMPARE(local->isEnabled(), eflow::jobs::localPowerShellAvailable());
        if (!eflow::jobs::localPowerShellAvailable()) {
            QVERIFY(h.child<QRadioButton>(u"demoRadio"_s)->isChecked());
            QVERIFY(h.child<QLabel>(u"localNoteLabel"_s)->text().contains(u"Not available"_s));
        }
        QCOMPARE(h.child<QComboBox>(u"scenarioCombo"_s)->currentData().toString(), u"win11-pro"_s);
        QVERIFY(!h.child<QLabel>(u"scenarioDescriptionLabel"_s)->text().isEmpty());
        QVERIFY(!h.next()->isEnabled());
    }

    void win11ProIsSupported()
    {
        Harness h(u"win11-pro"_s);
        QVERIFY(!h.next()->isEnabled());
        h.check();
        QTRY_VERIFY(h.probeDone());
        QCOMPARE(h.controller->evaluation().verdict, eflow::host::TargetVerdict::Supported);
        QVERIFY(h.child<QLabel>(u"verdictLabel"_s)->text().startsWith(u"Supported"_s));
        QTRY_VERIFY(h.next()->isEnabled());
        QVERIFY(!h.child<QCheckBox>(u"acknowledgeWarningsCheckBox"_s)->isVisible());

        auto *tree = h.child<QTreeWidget>(u"checksTree"_s);
        QCOMPARE(tree->topLevelItemCount(), h.controller->evaluation().checks.size());
        // Status is a mark and a word, never colour alone.
        QCOMPARE(tree->topLevelItem(0)->text(0).isEmpty(), false);
        bool passed = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            passed = passed || tree->topLevelItem(i)->text(0) == u"✓ Passed"_s;
        QVERIFY(passed);

        const QString facts = h.child<QLabel>(u"hostFactsLabel"_s)->text();
        QVERIFY2(facts.contains(h.controller->facts()->computerName), qPrintable(facts));
        QVERIFY(facts.contains(h.controller->facts()->osCaption));
        QVERIFY(facts.contains(QString::number(h.controller->facts()->freeMemoryMb)));

        // Choosing another scenario makes the result stale: check again first.
        auto *scenario = h.child<QComboBox>(u"scenarioCombo"_s);
        scenario->setCurrentIndex(scenario->findData(u"nested-vm"_s));
        QVERIFY(!h.next()->isEnabled());
        QVERIFY(h.child<QPushButton>(u"checkDeviceButton"_s)->isDefault());
        scenario->setCurrentIndex(scenario->findData(u"win11-pro"_s));
        QVERIFY(h.next()->isEnabled());

        h.wizard->next();
        QCOMPARE(h.wizard->currentId(), 3);
        // Going back re-evaluates against the plan.
        h.wizard->back();
        QCOMPARE(h.wizard->currentId(), 2);
        QVERIFY(h.next()->isEnabled());
    }

    void win10HomeIsUnsupportedWithNoWayAround()
    {
        Harness h(u"win10-home"_s);
        h.check();
        QTRY_VERIFY(h.probeDone());
        QCOMPARE(h.controller->evaluation().verdict, eflow::host::TargetVerdict::Unsupported);
        QVERIFY2(h.child<QLabel>(u"verdictLabel"_s)->text().startsWith(u"Unsupported"_s),
                 qPrintable(h.child<QLabel>(u"verdictLabel"_s)->text()));
        QVERIFY(!h.next()->isEnabled());
        auto *ack = h.child<QCheckBox>(u"acknowledgeWarningsCheckBox"_s);
        QVERIFY(!ack->isVisible());
        ack->setChecked(true); // even a checked box does not make an unsupported host pass
        QVERIFY(!h.page->isComplete());
        QVERIFY(!h.next()->isEnabled());
        h.wizard->next();
        QCOMPARE(h.wizard->currentId(), 2);

        // The failed check shows its fix as a child row.
        auto *tree = h.child<QTreeWidget>(u"checksTree"_s);
        bool failedWithFix = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            if (item->text(0) == u"✗ Failed"_s && item->childCount() == 1)
                failedWithFix = item->child(0)->text(2).startsWith(u"Fix: "_s);
        }
        QVERIFY(failedWithFix);
    }

    void nestedVmWarningsNeedAcknowledgement()
    {
        Harness h(u"nested-vm"_s);
        h.check();
        QTRY_VERIFY(h.probeDone());
        bool warning = false;
        for (const auto &c : h.controller->evaluation().checks)
            warning = warning || c.status == eflow::host::RequirementStatus::Warning;
        QVERIFY(warning);
        auto *ack = h.child<QCheckBox>(u"acknowledgeWarningsCheckBox"_s);
        auto *verdict = h.child<QLabel>(u"verdictLabel"_s);
        QVERIFY(ack->isVisible());
        QVERIFY(!h.next()->isEnabled());
        // Not "Supported" yet: the headline names the missing tick until it is given.
        QVERIFY2(verdict->text().contains(u"once you confirm the warnings below"_s),
                 qPrintable(verdict->text()));
        clickCheckBox(ack);
        QVERIFY(ack->isChecked());
        QVERIFY(h.next()->isEnabled());
        QCOMPARE(verdict->text(), h.controller->evaluation().summary);
        QVERIFY(!verdict->text().contains(u"confirm"_s));
        clickCheckBox(ack);
        QVERIFY(!h.next()->isEnabled());
        QVERIFY(verdict->text().contains(u"once you confirm the warnings below"_s));
    }

    void badSshUrlShowsSentence()
    {
        Harness h(u"win11-pro"_s);
        auto *remote = h.child<QRadioButton>(u"remoteRadio"_s);
        remote->click();
        QVERIFY(remote->isChecked());
        auto *combo = h.child<QComboBox>(u"sshTargetCombo"_s);
        QVERIFY(combo->isEnabled());
        auto *check = h.child<QPushButton>(u"checkDeviceButton"_s);
        QVERIFY(!check->isEnabled()); // nothing entered yet

        combo->lineEdit()->setFocus();
        QTest::keyClicks(combo->lineEdit(), u"http://edge-01"_s);
        QString expected;
        QVERIFY(!HostTarget::fromSshUrl(u"http://edge-01"_s, &expected));
        QVERIFY(!expected.isEmpty());
        auto *message = h.child<QLabel>(u"sshMessageLabel"_s);
        QCOMPARE(message->text(), expected);
        QVERIFY(message->isVisible());
        QCOMPARE(combo->accessibleDescription(), expected);
        QVERIFY(!check->isEnabled());
        QVERIFY(!h.next()->isEnabled());

        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), u"ssh://admin@edge-01:2222"_s);
        QVERIFY(message->text() != expected);
        QVERIFY(check->isEnabled());
    }

    void accessibleNames()
    {
        Harness h(u"nested-vm"_s);
        h.check();
        QTRY_VERIFY(h.probeDone());
        int count = 0;
        const auto widgets = h.page->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive =
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QTreeWidget *>(w) || qobject_cast<QSpinBox *>(w) ||
                qobject_cast<QProgressBar *>(w) ||
                (qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w->parent()));
            if (!interactive)
                continue;
            ++count;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(w->objectName() + u" "_s + w->metaObject()->className()));
        }
        QVERIFY(count >= 9);
    }

    void keyboardReachesCheckButton()
    {
        Harness h(u"win11-pro"_s);
        QVERIFY(QTest::qWaitForWindowActive(h.wizard.get()));
        auto *check = h.child<QPushButton>(u"checkDeviceButton"_s);
        h.child<QRadioButton>(u"demoRadio"_s)->setFocus();
        for (int i = 0; i < 20 && QApplication::focusWidget() != check; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), check);

        QSignalSpy started(h.controller.get(), &WizardController::probeStarted);
        QSignalSpy finished(h.controller.get(), &WizardController::probeFinished);
        QTest::keyClick(check, Qt::Key_Space);
        QTRY_VERIFY(h.probeDone());
        QTRY_VERIFY(h.next()->isEnabled());
        const auto firstRuns = finished.size();

        check->setFocus();
        QTest::keyClick(check, Qt::Key_Return);
        QTRY_VERIFY(finished.size() > firstRuns);
        QTRY_VERIFY(h.probeDone());
    }

    void busyStateAndCancel()
    {
        Harness h(u"win11-pro"_s, 1.0); // a real check's pace: about a second
        auto *busy = h.child<QProgressBar>(u"probeBusyBar"_s);
        auto *cancel = h.child<QPushButton>(u"cancelProbeButton"_s);
        QVERIFY(!busy->isVisible());
        QVERIFY(!cancel->isVisible());
        h.check();
        QVERIFY(h.controller->isProbing());
        QVERIFY(busy->isVisible());
        QCOMPARE(busy->maximum(), 0); // indeterminate
        QVERIFY(cancel->isVisible());
        const QString busyText = h.child<QLabel>(u"probeBusyLabel"_s)->text();
        QVERIFY2(busyText.startsWith(u"Checking "_s) && busyText.endsWith(u" …"_s), qPrintable(busyText));
        QVERIFY(!h.child<QPushButton>(u"checkDeviceButton"_s)->isEnabled());
        QVERIFY(!h.next()->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!h.controller->isProbing());
        QVERIFY(!busy->isVisible());
        QVERIFY(!h.controller->facts());
        QVERIFY(!h.next()->isEnabled());
        auto *error = h.child<QLabel>(u"probeErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(h.child<QPushButton>(u"checkDeviceButton"_s)->isEnabled());
    }

    // Not a check: renders the page for a look (EFLOW_SCREENSHOT_DIR=/tmp, xcb under Xvfb).
    void screenshot()
    {
        if (!qEnvironmentVariableIsSet("EFLOW_SCREENSHOT_DIR"))
            QSKIP("EFLOW_SCREENSHOT_DIR is not set");
        Harness h(u"nested-vm"_s);
        QVERIFY(QTest::qWaitForWindowExposed(h.wizard.get()));
        h.check();
        QTRY_VERIFY(h.probeDone());
        QTest::qWait(200);
        h.wizard->grab().save(qEnvironmentVariable("EFLOW_SCREENSHOT_DIR") + u"/target.png"_s);
    }
};

QTEST_MAIN(TestTargetPage)
#include "tst_page_target.moc"
