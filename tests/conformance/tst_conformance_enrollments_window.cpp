// Conformance (issue 15 item 5): the official Node.js service SDK (azure-iot-provisioning-service, pinned)
// and the Enrollments window work on the same local DPS over HTTPS. The SDK reads what the window created -
// twin tags, edge flag, status, keys - and the window lists and shows what the SDK created. The SDK runs as
// tests/conformance/enroll-crosscheck.js (one JSON line per run); the local DPS runs in this process, so the
// test waits for node with the event loop turning.
// Test code compares with plain literals; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <memory>
#include <optional>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/localdps/LocalDps.h"
#include "engine/plan/PlanModel.h"
#include "engine/support/InMemorySecretStore.h"
#include "tests/engine/LocalDpsTestSupport.h"
#include "tests/support/NodeAnswer.h"
#include "tests/support/EnrollmentsWindowDriver.h"
#include "tests/support/UiTestSupport.h"
#include "ui/WizardController.h"
#include "ui/enrollments/EnrollmentsSession.h"

using namespace eflow;
using eflow::testsupport::NodeAnswer;
using Kind = ui::EnrollmentListRow::Kind;

Q_DECLARE_METATYPE(Kind)

class TestConformanceEnrollmentsWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    localdps::LocalDps m_dps;
    QString m_caFile;
    QString m_script;
    plan::PlanModel m_plan;
    std::unique_ptr<ui::WizardController> m_controller;
    QPointer<ui::EnrollmentsWindow> m_window;
    const QString m_run = QString("r%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);

    // node enroll-crosscheck.js ARGS against the local DPS, waited for with the event loop turning.
    NodeAnswer node(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DPS_HOST", "127.0.0.1");
        env.insert("DPS_PORT", QString::number(m_dps.port()));
        env.insert("DPS_CA_FILE", m_caFile);
        env.insert("DPS_POLICY_NAME", m_dps.servicePolicyName());
        env.insert("DPS_POLICY_KEY", m_dps.serviceConnectionString().section("SharedAccessKey=", 1));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(QFileInfo(m_script).absolutePath());
        process.start(qEnvironmentVariable("EFLOW_NODE"), QStringList{m_script} + arguments);
        if (!process.waitForStarted(10000))
            return {};
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return NodeAnswer::of(process);
    }

    // What the SDK read or made: the item, after checking that the run worked.
    static QJsonObject itemOf(const NodeAnswer &answer) { return answer.json.value("item").toObject(); }
    static QString primaryKeyOf(const NodeAnswer &answer)
    {
        return answer.json.value("keys").toObject().value("primaryKey").toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(qEnvironmentVariable("EFLOW_NODE")).isExecutable(), "EFLOW_NODE must name node");
        m_script = qEnvironmentVariable("EFLOW_CROSSCHECK_JS"); // another script with the same interface
        if (m_script.isEmpty())
            m_script = QDir(qEnvironmentVariable("EFLOW_SDK_DIR")).filePath("enroll-crosscheck.js");
        QVERIFY2(QFileInfo::exists(m_script), qPrintable(m_script));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_dps.start(localdps::LocalDpsOptions{}), qPrintable(m_dps.errorString()));
        m_caFile = m_dir.filePath("local-dps-ca.pem");
        QVERIFY(test::writeCa(m_dps, m_caFile));

        uitest::licensePlan(m_plan, plan::EflowRelease::Lts1_5);
        m_controller = std::make_unique<ui::WizardController>(&m_plan, testsupport::hostFactory());
        m_controller->setSecretStore(std::make_unique<support::InMemorySecretStore>());
        m_window = ui::EnrollmentsSession::of(m_controller.get())->showWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        uitest::typeConnection(*m_window, m_dps.serviceConnectionString(), m_caFile);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->isConnected() && !m_window->isBusy(),
                                 uitest::kEnrollmentsWaitMs);
    }

    void cleanupTestCase() { m_controller.reset(); }

    void sdkReadsWhatTheWindowCreated_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("individual") << Kind::Individual;
        QTest::newRow("group") << Kind::Group;
    }

    void sdkReadsWhatTheWindowCreated()
    {
        QFETCH(Kind, kind);
        const bool group = kind == Kind::Group;
        const QString id = (group ? "xwin-group-" : "xwin-dev-") + m_run;
        QString primaryKey;
        QVERIFY(uitest::createThroughDialog(*m_window, kind, id, group ? QString() : "xwin-device-" + m_run,
                                            QJsonObject{{"environment", "test"}, {"site", "plant-2"}},
                                            &primaryKey));

        const NodeAnswer read = node({"read", group ? "group" : "individual", id});
        QVERIFY2(read.exitCode == 0 && read.json.value("ok").toBool(), read.stdErr.constData());
        const QJsonObject item = itemOf(read);
        QCOMPARE(item.value(group ? "enrollmentGroupId" : "registrationId").toString(), id);
        QVERIFY(item.value("capabilities").toObject().value("iotEdge").toBool());
        QCOMPARE(item.value("provisioningStatus").toString(), QString("enabled"));
        const QJsonObject tags = item.value("initialTwin").toObject().value("tags").toObject();
        QCOMPARE(tags.value("environment").toString(), QString("test"));
        QCOMPARE(tags.value("site").toString(), QString("plant-2"));
        if (!group)
            QCOMPARE(item.value("deviceId").toString(), "xwin-device-" + m_run);
        QCOMPARE(primaryKeyOf(read), primaryKey);
    }

    void windowListsWhatTheSdkCreated_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("individual") << Kind::Individual;
        QTest::newRow("group") << Kind::Group;
    }

    void windowListsWhatTheSdkCreated()
    {
        QFETCH(Kind, kind);
        const bool group = kind == Kind::Group;
        const QString id = (group ? "xsdk-group-" : "xsdk-dev-") + m_run;
        const NodeAnswer made = node({"create", group ? "group" : "individual", id, R"({"line":"4"})"});
        QVERIFY2(made.exitCode == 0 && made.json.value("ok").toBool(), made.stdErr.constData());
        const QString sdkKey = primaryKeyOf(made);
        QVERIFY(!sdkKey.isEmpty());

        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy() && m_window->model()->indexOf(kind, id) >= 0,
                                 uitest::kEnrollmentsWaitMs);
        const ui::EnrollmentListRow &row = m_window->model()->row(m_window->model()->indexOf(kind, id));
        QCOMPARE(row.iotEdge, itemOf(made).value("capabilities").toObject().value("iotEdge").toBool());

        // Viewed: its tags and its keys as the SDK has them.
        QVERIFY(m_window->select(kind, id));
        m_window->viewSelected();
        ui::EnrollmentDialog *dialog = m_window->enrollmentDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), uitest::kEnrollmentsWaitMs);
        QCOMPARE(dialog->form()->twinEditor()->tags().value("line").toString(), QString("4"));
        QCOMPARE(dialog->form()->primaryKeyEdit()->text(), sdkKey);
        dialog->reject();
    }
};

QTEST_MAIN(TestConformanceEnrollmentsWindow)
#include "tst_conformance_enrollments_window.moc"
