// The Connect page over a deployed demo host (win11-pro, instant speed): the method switch, the
// as-typed validation, the group-key derivation with Show/Copy, Check with DPS with the right and a
// wrong key, provisioning to success and to failure, and that the key never reaches the plan; the derived
// key taken from the page's SecureBytes, not from its display; "Remember this key in the system keychain"
// and "Use the remembered key" (an in-memory keychain shared by two controllers, as the OS keychain is by
// two runs), and a keychain that is missing.
#undef QT_NO_CAST_FROM_ASCII
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QWizard>

#include "engine/crypto/DeviceKey.h"
#include "engine/plan/PlanFile.h"
#include "engine/plan/PlanModel.h"
#include "engine/support/AppSettings.h"
#include "engine/support/InMemorySecretStore.h"
#include "engine/support/SecretRef.h"
#include "ui/WizardController.h"
#include "ui/pages/ConnectPage.h"
#include "tests/support/UiTestSupport.h"

using namespace eflow;

namespace {

// What a wait on a worker (keychain, DPS, host job) may take on a loaded 2-core machine with sanitizers.
constexpr int kAsyncMs = 20000;

// A keychain that outlives its controller: it forwards to a backing store, as two runs of the wizard share
// the OS keychain.
class SharedSecretStore final : public support::SecretStore
{
public:
    explicit SharedSecretStore(support::SecretStore *backing)
        : m_backing(backing)
    {}

protected:
    void startStore(const QString &name, const crypto::SecureBytes &value, PendingPtr pending) override
    {
        m_backing->store(name, value, this,
                         [pending](support::SecretResult r) { pending->finish(std::move(r)); });
    }
    void startRead(const QString &name, PendingPtr pending) override
    {
        m_backing->read(name, this, [pending](support::SecretResult r) { pending->finish(std::move(r)); });
    }
    void startForget(const QString &name, PendingPtr pending) override
    {
        m_backing->forget(name, this, [pending](support::SecretResult r) { pending->finish(std::move(r)); });
    }
    void startList(PendingPtr pending) override
    {
        m_backing->list(this, [pending](support::SecretResult r) { pending->finish(std::move(r)); });
    }

private:
    support::SecretStore *m_backing = nullptr;
};

// Every text a widget of page shows or holds, except the demo panel's (its keys are shown on purpose).
QStringList widgetTexts(QWidget *page)
{
    QStringList texts;
    QWidget *demo = page->findChild<QWidget *>(QStringLiteral("demoEnrollmentBox"));
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (demo && (w == demo || demo->isAncestorOf(w)))
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text() << edit->placeholderText();
        else if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts << plain->toPlainText();
        texts << w->accessibleName() << w->toolTip();
    }
    return texts;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &t : texts) {
        if (t.contains(needle))
            return true;
    }
    return false;
}

QString settingsFileText()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestConnectPage final : public QObject
{
    Q_OBJECT

private:
    plan::PlanModel *m_plan = nullptr;
    ui::WizardController *m_controller = nullptr;
    QWizard *m_wizard = nullptr;
    ui::ConnectPage *m_page = nullptr;
    support::InMemorySecretStore *m_keychain = nullptr;

    void provisionAndExpect(ui::ConnectPage *page, ui::WizardController *controller, const QString &start)
    {
        auto *provision = page->findChild<QPushButton *>(QStringLiteral("provisionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(provision->isEnabled(), kAsyncMs);
        QSignalSpy finished(controller, &ui::WizardController::provisionFinished);
        QTest::mouseClick(provision, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const QString result = page->findChild<QLabel *>(QStringLiteral("provisionResultLabel"))->text();
        QVERIFY2(result.startsWith(start), qPrintable(result));
        QVERIFY(page->isProvisioned());
    }

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
        m_plan = eflow::uitest::newLicensedPlan(this);
        m_controller = eflow::uitest::newController(m_plan, this);
        // The keychain of these tests: kept by the test, shared with the controllers through a forwarder.
        m_keychain = new support::InMemorySecretStore(this);
        m_controller->setSecretStore(std::make_unique<SharedSecretStore>(m_keychain));
        QString error;
        QVERIFY2(eflow::uitest::openTarget(*m_controller,
                                           jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0), &error),
                 qPrintable(error));
        QCOMPARE(eflow::uitest::deployAndWait(*m_controller), jobs::PipelineOutcome::Succeeded);

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
        // The methods in words, never the cmdlet's keys (issue 13 item 3).
        QCOMPARE(combo->itemText(0), QStringLiteral("Symmetric key (DPS)"));
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(combo->itemText(1), QStringLiteral("Connection string (manual)"));
        QCOMPARE(combo->itemText(2), QStringLiteral("X.509 certificate (DPS)"));
        QCOMPARE(combo->itemText(3), QStringLiteral("X.509 certificate (manual)"));
        QCOMPARE(combo->itemText(4), QStringLiteral("TPM (DPS)"));
        for (int i = 0; i < combo->count(); ++i) {
            const plan::ProvisioningType type = plan::ProvisioningType(combo->itemData(i).toInt());
            QVERIFY2(!combo->itemText(i).contains(plan::provisioningTypeKey(type), Qt::CaseInsensitive),
                     qPrintable(combo->itemText(i)));
        }
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

    // Issue 13 item 4: DPS's 401 in words; Provision after the failed check asks first; the failure
    // names the cause once, with the 401 behind "Details".
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
        QTRY_VERIFY_WITH_TIMEOUT(text("dpsAnswerLabel").startsWith("DPS rejected"), 20000);
        const QString answer = text("dpsAnswerLabel");
        QVERIFY2(answer.startsWith("DPS rejected the key for registration ID demo-device"),
                 qPrintable(answer));
        // The HTTP status and DPS's error code are one click away, not in the sentence.
        auto *answerDetails = child<QToolButton>("dpsDetailsButton");
        QVERIFY(answerDetails->isVisible());
        QVERIFY(!child<QPlainTextEdit>("dpsDetailsView")->isVisible());
        answerDetails->click();
        QVERIFY(child<QPlainTextEdit>("dpsDetailsView")->isVisible());
        const QString answerDetailText = child<QPlainTextEdit>("dpsDetailsView")->toPlainText();
        QVERIFY2(answerDetailText.contains("HTTP status: 401"), qPrintable(answerDetailText));
        QVERIFY2(answerDetailText.contains("401002"), qPrintable(answerDetailText));

        // Provision asks first; Cancel starts nothing.
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("provisionButton")->isEnabled(), kAsyncMs);
        QSignalSpy started(m_controller, &ui::WizardController::provisionStarted);
        QTest::mouseClick(child<QPushButton>("provisionButton"), Qt::LeftButton);
        auto *ask = m_page->findChild<QMessageBox *>(QStringLiteral("provisionAfterFailedCheckDialog"));
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        QVERIFY2(ask->text().contains("DPS rejected the key for registration ID demo-device"),
                 qPrintable(ask->text()));
        ask->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("provisionAfterFailedCheckDialog")));
        QTest::qWait(50);
        QVERIFY(started.isEmpty());

        QSignalSpy finished(m_controller, &ui::WizardController::provisionFinished);
        QTest::mouseClick(child<QPushButton>("provisionButton"), Qt::LeftButton);
        ask = m_page->findChild<QMessageBox *>(QStringLiteral("provisionAfterFailedCheckDialog"));
        QVERIFY(ask);
        ask->findChild<QPushButton *>(QStringLiteral("provisionAnywayButton"))->click();
        QVERIFY(!started.isEmpty());
        QVERIFY(child<QWidget>("provisionStepsTree")->isVisible());
        QVERIFY(finished.wait(60000));
        const QString result = text("provisionResultLabel");
        QVERIFY(child<QLabel>("provisionResultLabel")->isVisible());
        // The cause first and once, the fix once; no generic cause, no 401 in the sentence.
        QVERIFY2(
            result.startsWith("Provisioning failed: DPS rejected the key for registration ID demo-device."),
            qPrintable(result));
        QCOMPARE(result.count("DPS rejected"), 1);
        QCOMPARE(result.count("Fix:"), 1);
        QVERIFY2(!result.contains("Cause:") && !result.contains("Likely cause"), qPrintable(result));
        QVERIFY2(!result.contains("could not register with DPS or IoT Hub"), qPrintable(result));
        QVERIFY2(!result.contains("401"), qPrintable(result));
        QVERIFY2(!result.contains("runtime log"), qPrintable(result));
        auto *details = child<QPlainTextEdit>("provisionDetailsView");
        QVERIFY(!details->isVisible());
        child<QToolButton>("provisionDetailsButton")->click();
        QVERIFY(details->isVisible());
        const QString detailText = details->toPlainText();
        QVERIFY2(detailText.contains("HTTP status: 401"), qPrintable(detailText));
        QVERIFY2(detailText.contains("DPS error code: 401002"), qPrintable(detailText));
        QVERIFY2(detailText.contains("IoT Edge runtime log:"), qPrintable(detailText));
        QVERIFY(!m_controller->provisionState().runtimeLog.isEmpty());
        QVERIFY(m_controller->provisionState().runtimeLog.join('\n').contains("401"));
        QVERIFY(!m_page->isComplete());
        QVERIFY(!m_page->isProvisioned());
        // The old console is gone: the raw log lives behind "Details" only.
        QVERIFY(!m_page->findChild<QPlainTextEdit *>(QStringLiteral("provisionConsole")));
    }

    // Issue 13 item 3: a new attempt starts without the step rows and the result of the last one.
    void retryClearsTheLastAttempt()
    {
        auto *steps = child<QTreeWidget>("provisionStepsTree");
        QVERIFY(steps->isVisible());
        QVERIFY(steps->topLevelItemCount() > 0);
        QVERIFY(child<QLabel>("provisionResultLabel")->isVisible());
        auto *hung = new support::InMemorySecretStore;
        hung->setStalled(true);
        m_controller->setSecretStore(std::unique_ptr<support::SecretStore>(hung));
        const auto restore = qScopeGuard([this] {
            m_controller->setSecretStore(std::make_unique<SharedSecretStore>(m_keychain));
            if (child<QCheckBox>("rememberKeyCheckBox")->isChecked())
                eflow::uitest::clickCheckBox(child<QCheckBox>("rememberKeyCheckBox"));
        });
        // Another key (the check's refusal no longer applies), remembered first: the keychain hangs.
        child<QLineEdit>("symmetricKeyEdit")->setText(QString::fromLatin1(QByteArray(32, 'z').toBase64()));
        if (!child<QCheckBox>("rememberKeyCheckBox")->isChecked())
            eflow::uitest::clickCheckBox(child<QCheckBox>("rememberKeyCheckBox"));
        QTest::mouseClick(child<QPushButton>("provisionButton"), Qt::LeftButton);
        QVERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("provisionAfterFailedCheckDialog")));
        QCOMPARE(text("busyLabel"), QStringLiteral("Waiting for the system keychain…"));
        QCOMPARE(steps->topLevelItemCount(), 0);
        QVERIFY(!steps->isVisible());
        QVERIFY(!child<QLabel>("provisionResultLabel")->isVisible());
        QTest::mouseClick(child<QPushButton>("cancelProvisioningButton"), Qt::LeftButton);
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

        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("provisionButton")->isEnabled(), kAsyncMs);
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

    void derivedKeyIsTakenFromTheHeldKeyNotTheDisplay()
    {
        if (m_wizard->currentId() != 5)
            m_wizard->back();
        QCOMPARE(m_wizard->currentId(), 5);
        clearSymmetricFields();
        child<QRadioButton>("groupKeyRadio")->setChecked(true);
        child<QLineEdit>("symIdScopeEdit")->setText(m_controller->demoIdScope());
        child<QLineEdit>("symRegistrationIdEdit")->setText("edge-08");
        const crypto::SecureBytes group = m_controller->demoGroupKey();
        child<QLineEdit>("symmetricKeyEdit")->setText(keyOf(group));
        const QString expected = QString::fromLatin1(crypto::deriveDeviceKey(group.view(), "edge-08"));
        QCOMPARE(child<QLineEdit>("derivedKeyEdit")->text(), expected);

        // Behind the page's back: a well-formed key that DPS would reject (401).
        child<QLineEdit>("derivedKeyEdit")->setText(QString::fromLatin1(QByteArray(32, 'y').toBase64()));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>("copyDerivedKeyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QGuiApplication::clipboard()->clear();
        provisionAndExpect(m_page, m_controller, "Provisioned: device edge-08 on ");
        QVERIFY(!planText().contains(expected));
    }

    void rememberedKeyProvisionsTheNextRunWithNothingTyped()
    {
        QVERIFY(!support::AppSettings().provisioningChoice().rememberKey);
        QVERIFY(!child<QPushButton>("useRememberedKeyButton")->isEnabled());
        QVERIFY(!child<QCheckBox>("rememberKeyCheckBox")->isChecked()); // off by default
        clearSymmetricFields();
        child<QPushButton>("useDemoEnrollmentButton")->click();
        const QString key = keyOf(m_controller->demoIndividualKey());
        eflow::uitest::clickCheckBox(child<QCheckBox>("rememberKeyCheckBox"));
        QVERIFY(child<QCheckBox>("rememberKeyCheckBox")->isChecked());
        provisionAndExpect(m_page, m_controller, "Provisioned: device demo-device on ");

        // Names only: in the settings, the plan and the journal's plan; the key is in the keychain.
        const QString ref = QStringLiteral("keychain:dps-device-demo-device");
        const support::AppSettings::ProvisioningChoice choice = support::AppSettings().provisioningChoice();
        QCOMPARE(choice.method, plan::provisioningTypeKey(plan::ProvisioningType::DpsSymmetricKey));
        QVERIFY(choice.rememberKey);
        QCOMPARE(choice.secretRef, ref);
        QCOMPARE(m_plan->plan().provisioning.secretRef, ref);
        QVERIFY(settingsFileText().contains(ref));
        QVERIFY(!settingsFileText().contains(key));
        QVERIFY(!planText().contains(key));
        bool stored = false;
        m_keychain->read(QStringLiteral("dps-device-demo-device"), this,
                         [&](support::SecretResult r) { stored = !r.error && keyOf(r.value) == key; });
        QTRY_VERIFY_WITH_TIMEOUT(stored, kAsyncMs);
        // Leaving the page wipes the typed key; the plan keeps the reference, which names where the key is.
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), 6);
        QVERIFY(child<QLineEdit>("symmetricKeyEdit")->text().isEmpty());
        QCOMPARE(m_plan->plan().provisioning.secretRef, ref);
        m_wizard->back();

        // The next run: a fresh controller and page, the same settings and keychain, the plan file of
        // the first run. Nothing is typed into the key field.
        plan::PlanModel model;
        const std::optional<plan::DeploymentPlan> saved =
            plan::planFromJson(plan::planToJson(m_plan->plan()));
        QVERIFY(saved);
        ui::WizardController controller(&model, eflow::testsupport::hostFactory());
        controller.setSecretStore(std::make_unique<SharedSecretStore>(m_keychain));
        QString error;
        QVERIFY2(eflow::uitest::openTarget(controller,
                                           jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0), &error),
                 qPrintable(error));
        // The host was deployed by the first run; this run's deploy only has to end.
        QVERIFY(eflow::uitest::deployAndWait(controller) != jobs::PipelineOutcome::Unknown);
        QWizard wizard;
        auto *page = new ui::ConnectPage(&model, &controller);
        wizard.setPage(5, page);
        wizard.setPage(6, new QWizardPage);
        // As when a plan file is opened: the page shows it when it is entered.
        model.setPlan(*saved);
        wizard.show();
        wizard.restart();
        auto *use = page->findChild<QPushButton *>(QStringLiteral("useRememberedKeyButton"));
        auto *keyField = page->findChild<QLineEdit *>(QStringLiteral("symmetricKeyEdit"));
        auto *note = page->findChild<QLabel *>(QStringLiteral("rememberedKeyLabel"));
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("symRegistrationIdEdit"))->text(),
                 QStringLiteral("demo-device"));
        QVERIFY(use->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("provisionButton"))->isEnabled());
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(note->text(), QStringLiteral("Using the key remembered as %1").arg(ref),
                                  kAsyncMs);
        QVERIFY(note->isVisible());
        QVERIFY(keyField->text().isEmpty());
        QVERIFY(!anyContains(widgetTexts(page), key));
        provisionAndExpect(page, &controller, "Provisioned: device demo-device on ");
        QCOMPARE(model.plan().provisioning.secretRef, ref);
        QVERIFY(!anyContains(widgetTexts(page), key));
        QVERIFY(!QString::fromUtf8(QJsonDocument(plan::planToJson(model.plan())).toJson()).contains(key));
        QVERIFY(!settingsFileText().contains(key));

        // Leaving the page drops the key; the plan keeps the reference, which names where the key is.
        wizard.next();
        QCOMPARE(wizard.currentId(), 6);
        QCOMPARE(model.plan().provisioning.secretRef, ref);
        wizard.back();
        QVERIFY(!note->isVisible());

        // Typing a key again drops the remembered one.
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(note->text(), QStringLiteral("Using the key remembered as %1").arg(ref),
                                  kAsyncMs);
        QVERIFY(note->isVisible());
        QTest::keyClicks(keyField, "x");
        QVERIFY(!note->isVisible());
        QCOMPARE(model.plan().provisioning.secretRef, ui::ConnectPage::sessionSecretRef());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("provisionButton"))->isEnabled());
    }

    void rememberedGroupKeyDerivesTheNextDevicesKey()
    {
        clearSymmetricFields();
        child<QRadioButton>("groupKeyRadio")->setChecked(true);
        child<QLineEdit>("symIdScopeEdit")->setText(m_controller->demoIdScope());
        child<QLineEdit>("symRegistrationIdEdit")->setText("edge-09");
        const crypto::SecureBytes group = m_controller->demoGroupKey();
        child<QLineEdit>("symmetricKeyEdit")->setText(keyOf(group));
        if (!child<QCheckBox>("rememberKeyCheckBox")->isChecked())
            eflow::uitest::clickCheckBox(child<QCheckBox>("rememberKeyCheckBox"));
        QSignalSpy checked(m_controller, &ui::WizardController::dpsCheckFinished);
        QTest::mouseClick(child<QPushButton>("checkWithDpsButton"), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QVERIFY2(text("dpsAnswerLabel").contains("Assigned IoT hub"), qPrintable(text("dpsAnswerLabel")));
        // The group key is remembered (not the device key), named after the DPS instance.
        const QString ref = QStringLiteral("keychain:dps-group-%1").arg(m_controller->demoIdScope());
        QCOMPARE(support::AppSettings().provisioningChoice().secretRef, ref);
        QCOMPARE(m_plan->plan().provisioning.secretRef, ref);

        // The next device: its registration ID, and the remembered group key.
        clearSymmetricFields();
        child<QLineEdit>("symIdScopeEdit")->setText(m_controller->demoIdScope());
        child<QLineEdit>("symRegistrationIdEdit")->setText("edge-10");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("useRememberedKeyButton")->isEnabled(), kAsyncMs);
        QTest::mouseClick(child<QPushButton>("useRememberedKeyButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(text("rememberedKeyLabel"),
                                  QStringLiteral("Using the key remembered as %1").arg(ref), kAsyncMs);
        QVERIFY(child<QRadioButton>("groupKeyRadio")->isChecked());
        QVERIFY(child<QLineEdit>("symmetricKeyEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>("derivedKeyEdit")->text(),
                 QString::fromLatin1(crypto::deriveDeviceKey(group.view(), "edge-10")));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("checkWithDpsButton")->isEnabled(), kAsyncMs);
        checked.clear();
        QTest::mouseClick(child<QPushButton>("checkWithDpsButton"), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QVERIFY2(text("dpsAnswerLabel").contains("Assigned IoT hub"), qPrintable(text("dpsAnswerLabel")));
        QVERIFY(text("dpsAnswerLabel").contains("edge-10"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("provisionButton")->isEnabled(), kAsyncMs);
        QVERIFY(!anyContains(widgetTexts(m_page), keyOf(group)));
    }

    void cancelStopsWaitingForAHungKeychain()
    {
        auto *hung = new support::InMemorySecretStore;
        hung->setStalled(true);
        m_controller->setSecretStore(std::unique_ptr<support::SecretStore>(hung));
        const auto restore = qScopeGuard(
            [this] { m_controller->setSecretStore(std::make_unique<SharedSecretStore>(m_keychain)); });
        clearSymmetricFields();
        child<QPushButton>("useDemoEnrollmentButton")->click();
        if (!child<QCheckBox>("rememberKeyCheckBox")->isChecked())
            eflow::uitest::clickCheckBox(child<QCheckBox>("rememberKeyCheckBox"));
        QSignalSpy started(m_controller, &ui::WizardController::provisionStarted);
        QTest::mouseClick(child<QPushButton>("provisionButton"), Qt::LeftButton);
        QCOMPARE(text("busyLabel"), QStringLiteral("Waiting for the system keychain…"));
        QVERIFY(!child<QPushButton>("provisionButton")->isEnabled());
        QVERIFY(child<QPushButton>("cancelProvisioningButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("cancelProvisioningButton"), Qt::LeftButton);
        QVERIFY(text("busyLabel").isEmpty());
        QVERIFY(child<QPushButton>("provisionButton")->isEnabled());
        QTest::qWait(50);
        QVERIFY(started.isEmpty()); // the provisioning that waited for the keychain did not start
    }

    void withoutAKeychainTheSentenceShowsAndProvisioningWorks()
    {
        auto *missing = new support::InMemorySecretStore;
        missing->setAvailable(false);
        m_controller->setSecretStore(std::unique_ptr<support::SecretStore>(missing));
        const auto restore = qScopeGuard(
            [this] { m_controller->setSecretStore(std::make_unique<SharedSecretStore>(m_keychain)); });
        const QString unavailable = support::SecretStore::error(support::SecretErrorKind::Unavailable,
                                                                support::SecretStore::Operation::Store,
                                                                QStringLiteral("dps-device-demo-device"))
                                        .message;
        QVERIFY(!unavailable.isEmpty());

        // The remembered key cannot be read: its sentence, and nothing blocks.
        QVERIFY(child<QPushButton>("useRememberedKeyButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("useRememberedKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!text("rememberedKeyLabel").startsWith("Reading"), kAsyncMs);
        QCOMPARE(text("rememberedKeyLabel"),
                 support::SecretStore::error(support::SecretErrorKind::Unavailable,
                                             support::SecretStore::Operation::Read,
                                             QStringLiteral("dps-device-demo-device"))
                     .message);

        clearSymmetricFields();
        child<QPushButton>("useDemoEnrollmentButton")->click();
        if (!child<QCheckBox>("rememberKeyCheckBox")->isChecked())
            eflow::uitest::clickCheckBox(child<QCheckBox>("rememberKeyCheckBox"));
        QVERIFY(!child<QLabel>("keychainNoteLabel")->isVisible());
        provisionAndExpect(m_page, m_controller, "Provisioned: device demo-device on ");
        QVERIFY(child<QLabel>("keychainNoteLabel")->isVisible());
        QCOMPARE(text("keychainNoteLabel"), unavailable);
        // The key stayed in memory: the plan names the session's key, not a keychain item.
        QCOMPARE(m_plan->plan().provisioning.secretRef, ui::ConnectPage::sessionSecretRef());
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
        // Not a test: renders the page after "Use the demo enrollment" and Provision (run under xvfb with
        // xcb); EFLOW_SCREENSHOT_SIZE=WxH sets the window's size.
        QObject owner;
        plan::PlanModel &model = *eflow::uitest::newLicensedPlan(&owner);
        ui::WizardController controller(&model, eflow::testsupport::hostFactory());
        if (!eflow::uitest::openTarget(controller, jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0)))
            return 2;
        if (eflow::uitest::deployAndWait(controller) != jobs::PipelineOutcome::Succeeded)
            return 3;
        QWizard wizard;
        auto *page = new ui::ConnectPage(&model, &controller);
        wizard.setPage(5, page);
        const QStringList size =
            qEnvironmentVariable("EFLOW_SCREENSHOT_SIZE", QStringLiteral("900x900")).split('x');
        wizard.resize(size.value(0).toInt(), size.value(1).toInt());
        wizard.show();
        wizard.restart();
        page->useDemoEnrollment();
        QSignalSpy finished(&controller, &ui::WizardController::provisionFinished);
        page->startProvision();
        finished.wait(60000);
        QTest::qWait(300);
        return wizard.grab().save(shot) ? 0 : 1;
    }
    return QTest::qExec(&test, argc, argv);
}

#include "tst_page_connect.moc"
