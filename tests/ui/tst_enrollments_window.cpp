// Issue 15 item 1: the Enrollments window against a local DPS over real HTTPS (its CA trusted through the
// window's own "Trusted CA file" field), driven as a user drives it: connect (a wrong key first, then the
// right one, remembered), the list a page at a time, create both kinds with twin tags, a twin with a JSON
// error, edit with a stale etag (changed behind the window's back by a second client: 412, then Reload),
// delete after a confirmation, the registration records after a device registered with the engine's DPS
// device client, "Use in the wizard" filling the Connect page, the demo's local DPS, and the window at
// 960×500 in English and German with names and mnemonics for the keyboard.
// Test code compares with plain literals; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <functional>
#include <memory>
#include <optional>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include "engine/crypto/DeviceKey.h"
#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/DpsServiceResult.h"
#include "engine/dps/EnrollmentVerifier.h"
#include "engine/localdps/DemoEnrollments.h"
#include "engine/localdps/LocalDps.h"
#include "engine/plan/PlanModel.h"
#include "engine/support/InMemorySecretStore.h"
#include "tests/engine/LocalDpsTestSupport.h"
#include "tests/support/EnrollmentsWindowDriver.h"
#include "tests/support/KeyboardCheck.h"
#include "tests/support/LayoutFit.h"
#include "tests/support/UiTestSupport.h"
#include "ui/WizardController.h"
#include "ui/WizardWindow.h"
#include "ui/enrollments/DpsServiceConnection.h"
#include "ui/enrollments/EnrollmentDialog.h"
#include "ui/enrollments/EnrollmentsSession.h"
#include "ui/enrollments/EnrollmentsWindow.h"
#include "ui/enrollments/RegistrationRecordsDialog.h"
#include "ui/enrollments/TwinEditor.h"
#include "ui/enrollments/UseInWizardDialog.h"
#include "ui/pages/ConnectPage.h"
#include "ui/widgets/ResultBanner.h"

using namespace eflow;
using namespace std::chrono_literals;
using Kind = ui::EnrollmentListRow::Kind;

namespace {

constexpr int kWaitMs = uitest::kEnrollmentsWaitMs;
constexpr QSize kSmallWindow{960, 500};

template<typename T>
T *child(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

// The Enrollments window's texts made 40 % longer (German runs about that much longer than English), with
// the added part free of mnemonics and placeholders.
class LongerTexts final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray ours = context;
        if (!ours.startsWith("eflow::ui::") ||
            !(ours.contains("Enrollment") || ours.contains("Twin") || ours.contains("Connection") ||
              ours.contains("Dps") || ours.contains("Records") || ours.contains("UseInWizard")))
            return {};
        const QString text = QString::fromUtf8(source);
        QString more = text.left(int(text.size() * 0.4));
        more.remove('&');
        more.remove(QRegularExpression("%[0-9n]"));
        return text + more;
    }
};

} // namespace

class TestEnrollmentsWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    localdps::LocalDps m_dps;
    QString m_caFile;
    plan::PlanModel m_plan;
    std::unique_ptr<ui::WizardController> m_controller;
    QPointer<ui::EnrollmentsWindow> m_window;

    // One call of a second client, behind the window's back; nothing when it did not finish.
    std::optional<dps::DpsServiceResult> call(const std::function<bool(dps::DpsServiceClient &)> &start)
    {
        return uitest::serviceCall(m_dps.serviceConnectionString(), m_caFile, start);
    }

    ui::ServiceConnectionPanel *panel() const { return m_window->connectionPanel(); }
    bool idle() const { return !m_window->isBusy(); }
    static void type(QLineEdit *edit, const QString &text) { uitest::typeInto(edit, text); }

    // Creates an enrollment through the dialog with the tag environment=test.
    bool createThroughDialog(Kind kind, const QString &id, const QString &deviceId, QString *primaryKey)
    {
        return uitest::createThroughDialog(*m_window, kind, id, deviceId,
                                           QJsonObject{{"environment", "test"}}, primaryKey);
    }

    bool waitForRecords(ui::RegistrationRecordsDialog *dialog)
    {
        return QTest::qWaitFor([&] { return !dialog->isBusy() && !dialog->summaryLabel()->text().isEmpty(); },
                               kWaitMs);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        localdps::LocalDpsOptions options;
        QVERIFY2(m_dps.start(options), qPrintable(m_dps.errorString()));
        m_caFile = m_dir.filePath("local-dps-ca.pem");
        QVERIFY(test::writeCa(m_dps, m_caFile));
        for (int i = 1; i <= 5; ++i) {
            localdps::LocalDpsIndividualEnrollment seed;
            seed.registrationId = QString("seed-%1").arg(i, 2, 10, QChar('0'));
            seed.iotEdge = i % 2 == 1;
            QVERIFY(m_dps.addIndividualEnrollment(seed));
        }
        localdps::LocalDpsEnrollmentGroup group;
        group.enrollmentGroupId = "seed-group";
        QVERIFY(m_dps.addEnrollmentGroup(group));

        uitest::licensePlan(m_plan, plan::EflowRelease::Lts1_5);
        m_controller = std::make_unique<ui::WizardController>(&m_plan, testsupport::hostFactory());
        m_controller->setSecretStore(std::make_unique<support::InMemorySecretStore>());
        m_window = ui::EnrollmentsSession::of(m_controller.get())->showWindow();
        QVERIFY(m_window);
        m_window->setPageSize(2);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        m_controller.reset(); // the session and its window go with it
        QVERIFY(!m_window);
    }

    void connectWithWrongKeyThenRight()
    {
        QLineEdit *edit = panel()->connectionStringEdit();
        QVERIFY(!panel()->connectButton()->isEnabled());
        // The CA of the local DPS, as for a private endpoint.
        m_window->findChild<QToolButton *>("connectionAdvancedToggle")->click();
        type(panel()->caFileEdit(), m_caFile);

        const QString right = m_dps.serviceConnectionString();
        const QString key = right.section("SharedAccessKey=", 1);
        QString wrong = right;
        wrong.replace(key, QString::fromLatin1(QByteArray(32, 'k').toBase64()));
        type(edit, wrong);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        panel()->connectButton()->click();
        QVERIFY(edit->text().isEmpty()); // taken from the field at once
        QTRY_VERIFY_WITH_TIMEOUT(idle() && m_window->banner()->kind() == ui::ResultBanner::Kind::Error,
                                 kWaitMs);
        QVERIFY2(m_window->banner()->text().contains("key or policy is wrong"),
                 qPrintable(m_window->banner()->text()));
        QVERIFY(!m_window->connection()->isConnected());

        type(edit, right);
        uitest::clickCheckBox(panel()->rememberCheckBox());
        QVERIFY(panel()->rememberCheckBox()->isChecked());
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->isConnected(), kWaitMs);
        QCOMPARE(m_window->connection()->hostName(), QString("127.0.0.1:%1").arg(m_dps.port()));
        QCOMPARE(m_window->connection()->policyName(), m_dps.servicePolicyName());
        const QString status = panel()->statusLabel()->text();
        QVERIFY2(status.contains(m_window->connection()->hostName()) &&
                     status.contains(m_dps.servicePolicyName()),
                 qPrintable(status));
        // The key is nowhere to read, and the keychain remembers the connection for the next time.
        const QString expectedName =
            ui::ServiceConnectionPanel::keychainNameFor(m_window->connection()->hostName());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connection()->keychainName(), expectedName, kWaitMs);
        for (const QLabel *label : m_window->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(key), qPrintable(label->objectName()));
        QTRY_COMPARE_WITH_TIMEOUT(panel()->rememberedCombo()->findText(expectedName), 0, kWaitMs);
    }

    void listsPageByPage()
    {
        QTRY_VERIFY_WITH_TIMEOUT(idle() && m_window->model()->rowCount() > 0, kWaitMs);
        // Two rows a page: two individual enrollments and the one group.
        QCOMPARE(m_window->model()->count(Kind::Individual), 2);
        QCOMPARE(m_window->model()->count(Kind::Group), 1);
        QVERIFY(m_window->hasMore());
        QVERIFY(m_window->moreButton()->isVisible());
        int pages = 1;
        while (m_window->hasMore() && pages < 10) {
            QVERIFY(m_window->moreButton()->isEnabled());
            QTest::mouseClick(m_window->moreButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(idle(), kWaitMs);
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(m_window->model()->count(Kind::Individual), 5);
        QVERIFY(!m_window->moreButton()->isVisible());
        const ui::EnrollmentListRow &row =
            m_window->model()->row(m_window->model()->indexOf(Kind::Individual, "seed-01"));
        QVERIFY(row.iotEdge);
        QCOMPARE(row.status, dps::ProvisioningStatus::Enabled);
        QVERIFY(row.lastUpdated.isValid());

        // Filtered by ID, case-insensitively.
        type(m_window->filterEdit(), "SEED-0");
        QCOMPARE(m_window->table()->model()->rowCount(), 5);
        type(m_window->filterEdit(), "group");
        QCOMPARE(m_window->table()->model()->rowCount(), 1);
        m_window->filterEdit()->clear();
        QCOMPARE(m_window->table()->model()->rowCount(), 6);
        QCOMPARE(
            m_window->model()->headerData(ui::EnrollmentListModel::EdgeColumn, Qt::Horizontal).toString(),
            QString("IoT Edge"));
    }

    void createsIndividualWithTwinTags()
    {
        QString key;
        QVERIFY(createThroughDialog(Kind::Individual, "window-dev-01", "window-device-01", &key));
        QVERIFY(crypto::isStrictBase64(key.toLatin1()));
        QVERIFY(m_window->banner()->text().contains("window-dev-01"));
        const auto read = call([](dps::DpsServiceClient &c) { return c.getEnrollment("window-dev-01"); });
        QVERIFY(read && read->succeeded() && read->enrollment);
        QVERIFY(read->enrollment->iotEdge);
        QCOMPARE(read->enrollment->deviceId, QString("window-device-01"));
        QCOMPARE(read->enrollment->provisioningStatus, dps::ProvisioningStatus::Enabled);
        QCOMPARE(
            read->enrollment->initialTwin.toObject().value("tags").toObject().value("environment").toString(),
            QString("test"));
        const auto keys =
            call([](dps::DpsServiceClient &c) { return c.getEnrollmentAttestation("window-dev-01"); });
        QVERIFY(keys && keys->attestation);
        QCOMPARE(keys->attestation->primaryKey, key);
    }

    void createsGroupWithTwinTags()
    {
        QString key;
        QVERIFY(createThroughDialog(Kind::Group, "window-group-01", {}, &key));
        const auto read =
            call([](dps::DpsServiceClient &c) { return c.getEnrollmentGroup("window-group-01"); });
        QVERIFY(read && read->succeeded() && read->enrollmentGroup);
        QVERIFY(read->enrollmentGroup->iotEdge);
        QCOMPARE(read->enrollmentGroup->initialTwin.toObject()
                     .value("tags")
                     .toObject()
                     .value("environment")
                     .toString(),
                 QString("test"));
        const auto keys =
            call([](dps::DpsServiceClient &c) { return c.getEnrollmentGroupAttestation("window-group-01"); });
        QVERIFY(keys && keys->attestation);
        QCOMPARE(keys->attestation->primaryKey, key);
    }

    void createRefusesWhatDpsWouldRefuse()
    {
        ui::EnrollmentDialog *dialog = uitest::openNewEnrollmentDialog(*m_window, Kind::Individual);
        QVERIFY(dialog);
        ui::EnrollmentForm *form = dialog->form();
        // A JSON error points at its line and column, as typed.
        QPlainTextEdit *twin = form->twinEditor()->textEdit();
        twin->setPlainText("{\n  \"tags\": {\"a\": ");
        twin->moveCursor(QTextCursor::End);
        QTest::keyClicks(twin, "}"); // the last key typed makes the error
        QLabel *problem = form->twinEditor()->problemLabel();
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith("Line 2, column 1"), qPrintable(problem->text()));
        QVERIFY(!dialog->saveButton()->isEnabled());
        // What DPS refuses by its shape, in the engine's words.
        twin->setPlainText("{\"tags\": [], \"properties\": {}}");
        QVERIFY2(problem->text().contains("tags"), qPrintable(problem->text()));
        twin->setPlainText("{\"tags\": {\"a\": 1, \"a\": 2}}");
        QVERIFY2(problem->text().contains("twice"), qPrintable(problem->text()));
        twin->setPlainText("{\"tags\": {\"a\": 1}}");
        QVERIFY(!problem->isVisible());
        // The registration ID is checked as typed; keys typed by hand must be base64.
        type(form->idEdit(), "bad id!");
        QVERIFY(dialog->findChild<QLabel *>("enrollmentIdProblemLabel")->isVisible());
        type(form->idEdit(), "fine-id");
        QVERIFY(!dialog->findChild<QLabel *>("enrollmentIdProblemLabel")->isVisible());
        QVERIFY(dialog->saveButton()->isEnabled());
        uitest::clickRadio(dialog->findChild<QRadioButton *>("enterKeysRadio"));
        QVERIFY(form->primaryKeyEdit()->text().isEmpty());
        type(form->primaryKeyEdit(), "not base64");
        type(form->secondaryKeyEdit(), QString::fromLatin1(QByteArray(32, 's').toBase64()));
        QVERIFY(dialog->findChild<QLabel *>("keyProblemLabel")->isVisible());
        QVERIFY(!dialog->saveButton()->isEnabled());
        // An ID that exists: DPS's 409, in words.
        type(form->idEdit(), "seed-01");
        type(form->primaryKeyEdit(), QString::fromLatin1(QByteArray(32, 'p').toBase64()));
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->banner()->isVisible(), kWaitMs);
        QVERIFY2(dialog->banner()->text().contains("already has an enrollment seed-01"),
                 qPrintable(dialog->banner()->text()));
        QVERIFY(!dialog->banner()->details().isEmpty());
        QVERIFY(dialog->banner()->details().contains("409"));
        dialog->reject();
    }

    void editWithStaleEtagSaysSoAndReloads()
    {
        QVERIFY(m_window->select(Kind::Individual, "window-dev-01"));
        m_window->findChild<QPushButton *>("viewEnrollmentButton")->click();
        ui::EnrollmentDialog *dialog = m_window->enrollmentDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kWaitMs);
        ui::EnrollmentForm *form = dialog->form();
        QCOMPARE(form->idEdit()->text(), QString("window-dev-01"));
        QVERIFY(form->idEdit()->isReadOnly());
        // Keys masked, with Show.
        QCOMPARE(form->primaryKeyEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!form->primaryKeyEdit()->text().isEmpty());
        dialog->findChild<QToolButton *>("showPrimaryKeyButton")->click();
        QCOMPARE(form->primaryKeyEdit()->echoMode(), QLineEdit::Normal);

        // Someone else changes it meanwhile.
        const auto theirs = call([](dps::DpsServiceClient &c) { return c.getEnrollment("window-dev-01"); });
        QVERIFY(theirs && theirs->enrollment);
        dps::IndividualEnrollment changed = *theirs->enrollment;
        const auto keys =
            call([](dps::DpsServiceClient &c) { return c.getEnrollmentAttestation("window-dev-01"); });
        QVERIFY(keys && keys->attestation);
        changed.attestation = *keys->attestation;
        changed.registrationState.reset();
        changed.initialTwin = QJsonObject{{"tags", QJsonObject{{"owner", "someone-else"}}}};
        const auto saved =
            call([&](dps::DpsServiceClient &c) { return c.createOrUpdateEnrollment(changed); });
        QVERIFY2(saved && saved->succeeded(), saved ? qPrintable(saved->message()) : "no answer");

        // Saving on the old etag: 412, said clearly, and Reload offered.
        form->edgeCheckBox()->setChecked(false);
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->banner()->isVisible(), kWaitMs);
        QVERIFY2(dialog->banner()->text().contains("Someone else changed the enrollment window-dev-01"),
                 qPrintable(dialog->banner()->text()));
        QVERIFY(dialog->banner()->details().contains("412"));
        QVERIFY(dialog->reloadButton()->isVisible() && dialog->reloadButton()->isEnabled());
        dialog->reloadButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kWaitMs);
        QCOMPARE(form->twinEditor()->tags().value("owner").toString(), QString("someone-else"));
        QVERIFY(form->edgeCheckBox()->isChecked());

        form->edgeCheckBox()->setChecked(false);
        form->statusCombo()->setCurrentIndex(1); // disabled
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->banner()->isVisible(), kWaitMs);
        QCOMPARE(dialog->banner()->kind(), ui::ResultBanner::Kind::Success);
        const auto after = call([](dps::DpsServiceClient &c) { return c.getEnrollment("window-dev-01"); });
        QVERIFY(after && after->enrollment);
        QVERIFY(!after->enrollment->iotEdge);
        QCOMPARE(after->enrollment->provisioningStatus, dps::ProvisioningStatus::Disabled);
        // The keys were sent back unchanged.
        const auto keysAfter =
            call([](dps::DpsServiceClient &c) { return c.getEnrollmentAttestation("window-dev-01"); });
        QVERIFY(keysAfter && keysAfter->attestation);
        QCOMPARE(keysAfter->attestation->primaryKey, keys->attestation->primaryKey);
        const ui::EnrollmentListRow &row =
            m_window->model()->row(m_window->model()->indexOf(Kind::Individual, "window-dev-01"));
        QVERIFY(!row.iotEdge);
        dialog->reject();
    }

    void deletesAfterConfirmation()
    {
        QVERIFY(m_window->select(Kind::Individual, "seed-05"));
        QPushButton *remove = m_window->findChild<QPushButton *>("deleteEnrollmentButton");
        remove->click();
        QMessageBox *box = m_window->deleteConfirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains("seed-05"));
        box->findChild<QPushButton *>("cancelDeleteButton")->click();
        QTRY_VERIFY(!m_window->deleteConfirmation());
        QVERIFY(m_window->model()->indexOf(Kind::Individual, "seed-05") >= 0);

        remove->click();
        box = m_window->deleteConfirmation();
        QVERIFY(box);
        box->findChild<QPushButton *>("confirmDeleteButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(idle() && m_window->model()->indexOf(Kind::Individual, "seed-05") < 0,
                                 kWaitMs);
        QCOMPARE(m_window->banner()->kind(), ui::ResultBanner::Kind::Success);
        const auto gone = call([](dps::DpsServiceClient &c) { return c.getEnrollment("seed-05"); });
        QVERIFY(gone);
        QCOMPARE(gone->error.httpStatus, 404);
    }

    void showsRecordsAfterRegistration()
    {
        const auto groupKeys =
            call([](dps::DpsServiceClient &c) { return c.getEnrollmentGroupAttestation("window-group-01"); });
        QVERIFY(groupKeys && groupKeys->attestation);
        const QByteArray deviceKey = crypto::deriveDeviceKey(groupKeys->attestation->primaryKey.toLatin1(),
                                                             QByteArray("group-dev-01"));
        const auto registered = test::registerWithClient(test::clientOptions(m_dps, m_caFile, 3),
                                                         m_dps.idScope(), "group-dev-01", deviceKey);
        QVERIFY(registered && registered->isAssigned());

        QVERIFY(m_window->select(Kind::Group, "window-group-01"));
        m_window->findChild<QPushButton *>("registrationRecordsButton")->click();
        ui::RegistrationRecordsDialog *records = m_window->recordsDialog();
        QVERIFY(records);
        QVERIFY(waitForRecords(records));
        QCOMPARE(records->table()->rowCount(), 1);
        QCOMPARE(records->table()->item(0, 0)->text(), QString("group-dev-01"));
        QCOMPARE(records->table()->item(0, 1)->text(), QString("assigned"));
        QCOMPARE(records->table()->item(0, 2)->text(), QString("group-dev-01"));
        QVERIFY(!records->table()->item(0, 3)->text().isEmpty());
        records->accept();

        // An individual enrollment: its registration state, before and after the device registered.
        QVERIFY(m_window->select(Kind::Individual, "seed-02"));
        m_window->findChild<QPushButton *>("registrationRecordsButton")->click();
        records = m_window->recordsDialog();
        QVERIFY(records && waitForRecords(records));
        QVERIFY2(records->summaryLabel()->text().contains("has not registered"),
                 qPrintable(records->summaryLabel()->text()));
        const auto seedKeys =
            call([](dps::DpsServiceClient &c) { return c.getEnrollmentAttestation("seed-02"); });
        QVERIFY(seedKeys && seedKeys->attestation);
        const auto seedRegistered =
            test::registerWithClient(test::clientOptions(m_dps, m_caFile, 3), m_dps.idScope(), "seed-02",
                                     seedKeys->attestation->primaryKey.toLatin1());
        QVERIFY(seedRegistered && seedRegistered->isAssigned());
        records->findChild<QPushButton *>("refreshRecordsButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(records->summaryLabel()->text().contains("is assigned to"), kWaitMs);
        QVERIFY2(records->summaryLabel()->text().contains("as seed-02"),
                 qPrintable(records->summaryLabel()->text()));
        QCOMPARE(records->table()->rowCount(), 1);
        records->accept();
    }

    void useInWizardFillsConnect()
    {
        ui::ConnectPage connect(&m_plan, m_controller.get());
        connect.show();
        QVERIFY(m_window->select(Kind::Group, "window-group-01"));
        m_window->findChild<QPushButton *>("useInWizardButton")->click();
        ui::UseInWizardDialog *use = m_window->useDialog();
        QVERIFY(use);
        QVERIFY(!use->useButton()->isEnabled()); // no registration ID yet
        type(use->idScopeEdit(), "0ne00000A0A");
        type(use->registrationIdEdit(), "site-7-dev");
        QTRY_VERIFY_WITH_TIMEOUT(use->useButton()->isEnabled(), kWaitMs);
        const auto keys =
            call([](dps::DpsServiceClient &c) { return c.getEnrollmentGroupAttestation("window-group-01"); });
        QVERIFY(keys && keys->attestation);
        const QString derived = QString::fromLatin1(
            crypto::deriveDeviceKey(keys->attestation->primaryKey.toLatin1(), QByteArray("site-7-dev")));
        QCOMPARE(use->deviceKeyEdit()->text(), derived);
        QCOMPARE(use->deviceKeyEdit()->echoMode(), QLineEdit::Password);
        use->useButton()->click();

        QCOMPARE(connect.findChild<QLineEdit *>("symIdScopeEdit")->text(), QString("0ne00000A0A"));
        QCOMPARE(connect.findChild<QLineEdit *>("symRegistrationIdEdit")->text(), QString("site-7-dev"));
        QCOMPARE(connect.findChild<QLineEdit *>("symmetricKeyEdit")->text(), derived);
        QCOMPARE(m_plan.plan().provisioning.type, plan::ProvisioningType::DpsSymmetricKey);
        QCOMPARE(m_plan.plan().provisioning.registrationId, QString("site-7-dev"));
        QVERIFY(!ui::EnrollmentsSession::of(m_controller.get())->hasChoice());

        // An individual enrollment with no scope given: Connect keeps its own.
        QVERIFY(m_window->select(Kind::Individual, "seed-03"));
        m_window->findChild<QPushButton *>("useInWizardButton")->click();
        use = m_window->useDialog();
        QVERIFY(use);
        QCOMPARE(use->registrationIdEdit()->text(), QString("seed-03"));
        use->idScopeEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(use->useButton()->isEnabled(), kWaitMs);
        use->useButton()->click();
        QCOMPARE(connect.findChild<QLineEdit *>("symIdScopeEdit")->text(), QString("0ne00000A0A"));
        QCOMPARE(connect.findChild<QLineEdit *>("symRegistrationIdEdit")->text(), QString("seed-03"));
    }

    void fitsSmallWindowAndKeyboard_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << "de";
        // Until the German texts of this window exist: every text of the window 40 % longer, as German runs.
        QTest::newRow("40 % longer") << "longer";
    }

    void fitsSmallWindowAndKeyboard()
    {
        QFETCH(QString, language);
        QTranslator german;
        LongerTexts longer;
        if (language == "de") {
            QVERIFY2(german.load(QStringLiteral(EFLOW_GERMAN_QM)), EFLOW_GERMAN_QM);
            QCoreApplication::installTranslator(&german);
        } else if (language == "longer") {
            QCoreApplication::installTranslator(&longer);
        }
        // A window made now, so that it is built in the language.
        ui::EnrollmentsWindow window(m_controller.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.model()->rowCount() > 0, kWaitMs);
        if (language == "longer") // it took
            QVERIFY(window.findChild<QPushButton *>("newIndividualButton")->text().endsWith("…New indiv"));
        QVERIFY(window.minimumSizeHint().width() <= kSmallWindow.width());
        QVERIFY(window.minimumSizeHint().height() <= kSmallWindow.height());
        window.findChild<QToolButton *>("connectionAdvancedToggle")->click();
        window.resize(kSmallWindow);
        QTRY_COMPARE(window.size(), kSmallWindow);
        QStringList problems = uitest::settledMisfits(window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        problems = uitest::keyboardProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));

        // The create dialog, as large as the screen lets it be.
        window.findChild<QPushButton *>("newIndividualButton")->click();
        ui::EnrollmentDialog *dialog = window.enrollmentDialog();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        dialog->resize(kSmallWindow - QSize(40, 40));
        QTRY_COMPARE(dialog->size(), kSmallWindow - QSize(40, 40));
        problems = uitest::settledMisfits(*dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        problems = uitest::keyboardProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        dialog->reject();
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::removeTranslator(&longer);
    }

    void opensFromGettingStartedAndConnect()
    {
        plan::PlanModel plan;
        ui::WizardWindow wizard(&plan, uitest::wizardOptions(false));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        ui::EnrollmentsSession *session = ui::EnrollmentsSession::of(wizard.controller());
        QVERIFY(!session->window());
        auto *fromStart = wizard.currentPage()->findChild<QPushButton *>("noEnrollmentYetButton");
        QVERIFY(fromStart && fromStart->isVisible());
        QTest::mouseClick(fromStart, Qt::LeftButton);
        QVERIFY(session->window() && session->window()->isVisible());
        session->window()->close();
        QVERIFY(!session->window()->isVisible());

        wizard.ensurePages();
        auto *fromConnect =
            wizard.page(ui::WizardWindow::ConnectPageId)->findChild<QPushButton *>("openEnrollmentsButton");
        QVERIFY(fromConnect);
        fromConnect->click();
        QVERIFY(session->window()->isVisible()); // the same window, shown again
    }

    void offersTheDemoDps()
    {
        plan::PlanModel plan;
        uitest::licensePlan(plan);
        ui::WizardController controller(&plan, testsupport::hostFactory());
        controller.setSecretStore(std::make_unique<support::InMemorySecretStore>());
        QVERIFY(uitest::openTarget(controller, jobs::HostTarget::demo({}, 0.0)));
        ui::EnrollmentsWindow window(&controller);
        window.show();
        QPushButton *demo = window.connectionPanel()->demoButton();
        QVERIFY(demo->isVisible() && demo->isEnabled());
        demo->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.connection()->isConnected(), kWaitMs);
        QCOMPARE(window.connection()->source(), ui::DpsServiceConnection::Source::Demo);
        QVERIFY(window.connectionPanel()->statusLabel()->text().contains("demo DPS"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.isBusy() && window.model()->indexOf(Kind::Individual, "demo-device") >= 0, kWaitMs);
        QVERIFY(window.model()->indexOf(Kind::Group, "demo-group") >= 0);
        // The window's connection is the controller's, for the Verify step elsewhere.
        QCOMPARE(ui::DpsServiceConnection::of(&controller), window.connection());
        QVERIFY(!ui::DpsServiceConnection::of(&controller)->connectionString().isEmpty());
        // Use in the wizard offers the demo's scope.
        QVERIFY(window.select(Kind::Individual, "demo-device"));
        window.findChild<QPushButton *>("useInWizardButton")->click();
        QVERIFY(window.useDialog());
        QCOMPARE(window.useDialog()->idScopeEdit()->text(), controller.demoIdScope());
        window.useDialog()->reject();
    }

    // Issue 15 item 4 on a real host: the Verify step asks DPS through the window's connection, and asks
    // again when that connection changes. Last: connecting anew reloads the window's list.
    void verifyStepUsesTheWindowsConnection()
    {
        plan::ProvisioningSettings provisioning = m_plan.plan().provisioning;
        provisioning.registrationId = "seed-02"; // registered in showsRecordsAfterRegistration
        m_plan.setProvisioningSettings(provisioning);
        QSignalSpy verified(m_controller.get(), &ui::WizardController::enrollmentVerified);
        m_controller->verifyEnrollment();
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, kWaitMs);
        auto answer = verified.takeFirst().at(0).value<dps::EnrollmentVerification>();
        QCOMPARE(answer.kind, dps::EnrollmentVerification::Kind::Assigned);
        QCOMPARE(answer.record.deviceId, QString("seed-02"));

        // Connected anew (here: the same DPS again): the Verify step is answered again, unasked.
        ui::DpsServiceConnection *connection = ui::DpsServiceConnection::of(m_controller.get());
        QVERIFY(connection->set(connection->connectionString(), connection->options(),
                                ui::DpsServiceConnection::Source::Typed));
        QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), kWaitMs);
        answer = verified.last().at(0).value<dps::EnrollmentVerification>();
        QCOMPARE(answer.kind, dps::EnrollmentVerification::Kind::Assigned);
    }
};

QTEST_MAIN(TestEnrollmentsWindow)
#include "tst_enrollments_window.moc"
