// The Connect page over a deployed demo host (win11-pro, instant speed): the method switch, the
// as-typed validation, the group-key derivation with Show/Copy, Check with DPS with the right and a
// wrong key, provisioning to success and to failure, and that the key never reaches the plan.
#undef QT_NO_CAST_FROM_ASCII
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWizard>

#include "engine/crypto/DeviceKey.h"
#include "engine/plan/PlanFile.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/pages/ConnectPage.h"
#include "tests/ui/UiTestSupport.h"

using namespace eflow;

class TestConnectPage final : public QObject
{
    Q_OBJECT

private:
    plan::PlanModel *m_plan = nullptr;
    ui::WizardController *m_controller = nullptr;
    QWizard *m_wizard = nullptr;
    ui::ConnectPage *m_page = nullptr;

    template<typename T>
    T *child(const char *name) const
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }
    QString text(const char *label) const { return child<QLabel>(label)->text(); }
    QString planText() const
    {
        return QString::fromUtf8(QJsonDocument(plan::planToJson(m_plan->plan())).toJson());
    }
    QString keyOf(const crypto::SecureBytes &bytes) const { return QString::fromLatin1(bytes.view()); }
    void selectMethod(plan::ProvisioningType type)
    {
        auto *combo = child<QComboBox>("provisioningMethodComboBox");
        combo->setCurrentIndex(combo->findData(int(type)));
    }
    void clearSymmetricFields()
    {
        selectMethod(plan::ProvisioningType::DpsSymmetricKey);
        child<QRadioButton>("individualKeyRadio")->setChecked(true);
        for (const char *name : {"symIdScopeEdit", "symRegistrationIdEdit", "symmetricKeyEdit"})
            child<QLineEdit>(name)->clear();
    }

private slots:
    void initTestCase()
    {
        m_plan = new plan::PlanModel(this);
        m_plan->setRelease(plan::EflowRelease::Lts1_4);
        m_plan->setEulaAccepted(true);
        m_plan->applyReleaseDefaults();
        m_controller = eflow::uitest::newController(m_plan, this);
        QString error;
        QVERIFY2(eflow::uitest::openTarget(*m_controller, jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0), &error),
                 qPrintable(error));
        QSignalSpy deployed(m_controller, &ui::WizardController::deployFinished);
        QVERIFY(m_controller->startDeploy());
        QVERIFY(deployed.wait(60000));
        QCOMPARE(deployed.first().first().value<jobs::PipelineResult>().outcome,
                 jobs::PipelineOutcome::Succeeded);

        m_wizard = new QWizard;
        m_page = new ui::ConnectPage(m_plan, m_controller);
        m_wizard->setPage(5, m_page);
        m_wizard->setPage(6, new QWizardPage);
        m_wizard->show();
        m_wizard->restart();
        QCOMPARE(m_wizard->currentId(), 5);
    }

    void cleanupTestCase() { delete m_wizard; }

    void everyInteractiveWidgetIsNamed()
    {
        const QList<QWidget *> widgets = m_page->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *w : widgets) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QAbstractButton *>(w)) {
                if (w->parent() && qobject_cast<QComboBox *>(w->parent()))
                    continue; // the combo box's own line edit/view
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(w->objectName() + " " + w->metaObject()->className()));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
        QCOMPARE(m_page->title(), QStringLiteral("Connect"));
        QVERIFY(!m_page->isComplete());
    }

    void methodComboSwitchesFieldSets()
    {
        auto *combo = child<QComboBox>("provisioningMethodComboBox");
        auto *stack = child<QStackedWidget>("provisioningFieldsStack");
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->itemText(0), QStringLiteral("Symmetric Key (DPS)"));
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(combo->itemText(1), QStringLiteral("Connection String (Manual)"));
        QCOMPARE(combo->itemText(2), QStringLiteral("X509 Certificate (DPS)"));
        QCOMPARE(combo->itemText(3), QStringLiteral("ManualX509"));
        QCOMPARE(combo->itemText(4), QStringLiteral("DpsTpm"));
        QVERIFY(child<QLineEdit>("symIdScopeEdit")->isVisible());

        selectMethod(plan::ProvisioningType::ManualConnectionString);
        QCOMPARE(stack->currentIndex(), 1);
        QVERIFY(child<QLineEdit>("connectionStringEdit")->isVisible());
        QCOMPARE(child<QLineEdit>("connectionStringEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QLineEdit>("symIdScopeEdit")->isVisible());
        QVERIFY(!child<QPushButton>("checkWithDpsButton")->isEnabled());

        selectMethod(plan::ProvisioningType::ManualX509);
        QVERIFY(child<QLineEdit>("iotHubHostnameEdit")->isVisible());
        QVERIFY(child<QLineEdit>("manualCertPathEdit")->isVisible());
        QCOMPARE(m_plan->plan().provisioning.type, plan::ProvisioningType::ManualX509);

        selectMethod(plan::ProvisioningType::DpsX509);
        QVERIFY(child<QLineEdit>("x509CertPathEdit")->isVisible());

        selectMethod(plan::ProvisioningType::DpsTpm);
        QVERIFY(child<QLineEdit>("tpmIdScopeEdit")->isVisible());
        QVERIFY(text("tpmNoteLabel").contains("Set-EflowVmFeature -feature DpsTpm -enable"));
        QVERIFY(!child<QPushButton>("checkWithDpsButton")->isEnabled());

        selectMethod(plan::ProvisioningType::DpsSymmetricKey);
        QCOMPARE(stack->currentIndex(), 0);
    }

    void malformedKeyIsExplainedInline()
    {
        clearSymmetricFields();
        child<QLineEdit>("symIdScopeEdit")->setText(m_controller->demoIdScope());
        child<QLineEdit>("symRegistrationIdEdit")->setText("demo-device");
        child<QLineEdit>("symmetricKeyEdit")->setText("not*base64!");
        auto *problem = m_page->findChild<QLabel *>(QStringLiteral("problem_%1_%2")
                                                        .arg(int(plan::ProvisioningType::DpsSymmetricKey))
                                                        .arg(int(plan::Field::SymmetricKey)));
        QVERIFY(problem);
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(!child<QPushButton>("checkWithDpsButton")->isEnabled());
        QVERIFY(!child<QPushButton>("provisionButton")->isEnabled());

        // A registration ID with a bad character gets its own sentence next to its field.
        child<QLineEdit>("symRegistrationIdEdit")->setText("demo/device");
        auto *regProblem = m_page->findChild<QLabel *>(QStringLiteral("problem_%1_%2")
                                                           .arg(int(plan::ProvisioningType::DpsSymmetricKey))
                                                           .arg(int(plan::Field::RegistrationId)));
        QVERIFY(regProblem->isVisible());
        QVERIFY(regProblem->text().contains("/"));
    }

    void groupKeyIsDerivedMaskedAndCopied()
    {
        clearSymmetricFields();
        child<QRadioButton>("groupKeyRadio")->setChecked(true);
        QVERIFY(child<QLineEdit>("derivedKeyEdit")->isVisible());
        child<QLineEdit>("symIdScopeEdit")->setText(m_controller->demoIdScope());
        child<QLineEdit>("symRegistrationIdEdit")->setText("edge-07");
        const crypto::SecureBytes group = m_controller->demoGroupKey();
        child<QLineEdit>("symmetricKeyEdit")->setText(keyOf(group));
        const QString expected = QString::fromLatin1(crypto::deriveDeviceKey(group.view(), "edge-07"));
        QVERIFY(!expected.isEmpty());
        auto *derived = child<QLineEdit>("derivedKeyEdit");
        QCOMPARE(derived->text(), expected);
        QCOMPARE(derived->echoMode(), QLineEdit::Password);
        QVERIFY(derived->displayText() != expected);
        child<QToolButton>("showDerivedKeyButton")->click();
        QCOMPARE(derived->echoMode(), QLineEdit::Normal);
        child<QToolButton>("showDerivedKeyButton")->click();
        QCOMPARE(derived->echoMode(), QLineEdit::Password);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>("copyDerivedKeyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QGuiApplication::clipboard()->clear();
        QVERIFY(child<QPushButton>("checkWithDpsButton")->isEnabled());
        QCOMPARE(m_plan->plan().provisioning.keySource, plan::SymmetricKeySource::GroupEnrollment);
        QVERIFY(!planText().contains(expected));
        QVERIFY(!planText().contains(keyOf(group)));
    }

    void wrongKeyIsRejectedAndProvisioningFails()
    {
        clearSymmetricFields();
        QVERIFY(child<QWidget>("demoEnrollmentBox")->isVisible());
        child<QPushButton>("useDemoEnrollmentButton")->click();
        QCOMPARE(child<QLineEdit>("symRegistrationIdEdit")->text(), QStringLiteral("demo-device"));
        // Valid base64 of 32 bytes, but not the enrollment's key.
        child<QLineEdit>("symmetricKeyEdit")->setText(QString::fromLatin1(QByteArray(32, 'x').toBase64()));
        auto *check = child<QPushButton>("checkWithDpsButton");
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(child<QPushButton>("cancelProvisioningButton")->isEnabled() ||
                !m_controller->isCheckingDps());
        QTRY_VERIFY_WITH_TIMEOUT(text("dpsAnswerLabel").contains("401"), 20000);
        QVERIFY2(text("dpsAnswerLabel").contains("rejected"), qPrintable(text("dpsAnswerLabel")));

        QTRY_VERIFY(child<QPushButton>("provisionButton")->isEnabled());
        QSignalSpy finished(m_controller, &ui::WizardController::provisionFinished);
        QTest::mouseClick(child<QPushButton>("provisionButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>("provisionStepsTree")->isVisible());
        QVERIFY(finished.wait(60000));
        const QString result = text("provisionResultLabel");
        QVERIFY2(result.startsWith("Provisioning failed"), qPrintable(result));
        QVERIFY2(result.contains("401"), qPrintable(result));
        QVERIFY(!m_controller->provisionState().runtimeLog.isEmpty());
        QVERIFY(m_controller->provisionState().runtimeLog.join('\n').contains("401"));
        QVERIFY(!m_page->isComplete());
        QVERIFY(!m_page->isProvisioned());
    }

    void demoEnrollmentProvisions()
    {
        clearSymmetricFields();
        child<QPushButton>("useDemoEnrollmentButton")->click();
        const QString key = keyOf(m_controller->demoIndividualKey());
        QCOMPARE(child<QLineEdit>("symmetricKeyEdit")->text(), key);
        QCOMPARE(child<QLineEdit>("symIdScopeEdit")->text(), m_controller->demoIdScope());

        QTest::mouseClick(child<QPushButton>("checkWithDpsButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text("dpsAnswerLabel").contains("Assigned IoT hub"), 20000);
        QVERIFY(text("dpsAnswerLabel").contains("demo-device"));

        QTRY_VERIFY(child<QPushButton>("provisionButton")->isEnabled());
        QSignalSpy complete(m_page, &QWizardPage::completeChanged);
        QSignalSpy finished(m_controller, &ui::WizardController::provisionFinished);
        QTest::mouseClick(child<QPushButton>("provisionButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!complete.isEmpty());
        const QString result = text("provisionResultLabel");
        QVERIFY2(result.startsWith("Provisioned: device demo-device on "), qPrintable(result));
        QVERIFY(m_page->isComplete());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

        // The key is nowhere in the plan, and leaving the page drops the field's copy.
        QCOMPARE(m_plan->plan().provisioning.registrationId, QStringLiteral("demo-device"));
        QVERIFY(!planText().contains(key));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), 6);
        QVERIFY(child<QLineEdit>("symmetricKeyEdit")->text().isEmpty());
    }
};

int main(int argc, char **argv)
{
    // Demo state, journals and settings go to a private folder, before anything reads the paths.
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath("data").toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath("config").toUtf8());
    QApplication app(argc, argv);
    TestConnectPage test;
    if (const QString shot = qEnvironmentVariable("EFLOW_SCREENSHOT"); !shot.isEmpty()) {
        // Not a test: renders the page after "Use the demo enrollment" (run under xvfb with xcb).
        plan::PlanModel model;
        model.setRelease(plan::EflowRelease::Lts1_4);
        model.setEulaAccepted(true);
        model.applyReleaseDefaults();
        ui::WizardController controller(&model, eflow::testsupport::hostFactory());
        if (!eflow::uitest::openTarget(controller, jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0)))
            return 2;
        QWizard wizard;
        auto *page = new ui::ConnectPage(&model, &controller);
        wizard.setPage(5, page);
        wizard.resize(900, 900);
        wizard.show();
        wizard.restart();
        page->useDemoEnrollment();
        QTest::qWait(300);
        return wizard.grab().save(shot) ? 0 : 1;
    }
    return QTest::qExec(&test, argc, argv);
}

#include "tst_page_connect.moc"
