// The Target page against a real OpenSSH server on 127.0.0.1 (tests/support/sshd-harness.sh; pwsh with
// the PowerShell mocks behind it): first contact with an unknown host key shows a dialog with the host,
// the key type and the SHA256 fingerprint. Cancel trusts nothing; "Trust this host and connect" writes
// the wizard's known_hosts (through the engine, off the GUI thread) and checks the host again. Skips,
// visibly, without pwsh or sshd.
#undef QT_NO_CAST_FROM_ASCII

#include <memory>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include "engine/host/HostRequirements.h"
#include "engine/host/SshKnownHosts.h"
#include "ui/WizardController.h"
#include "ui/pages/HostKeyTrustDialog.h"
#include "ui/pages/TargetPage.h"
#include "tests/support/SshdHarness.h"
#include "tests/support/UiTestSupport.h"

using namespace Qt::StringLiterals;
using eflow::ui::HostKeyTrustDialog;
using eflow::ui::TargetPage;

namespace {

struct Harness : eflow::uitest::PageHarness<TargetPage>
{
    Harness() { showPage(2, QSize(900, 700)); }

    void checkRemote(const QString &url)
    {
        auto *remote = child<QRadioButton>(u"remoteRadio"_s);
        remote->setFocus();
        QTest::keyClick(remote, Qt::Key_Space);
        auto *combo = child<QComboBox>(u"sshTargetCombo"_s);
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), url);
        QTest::mouseClick(child<QPushButton>(u"checkDeviceButton"_s), Qt::LeftButton);
    }

    HostKeyTrustDialog *dialog() const
    {
        auto *d = page->findChild<HostKeyTrustDialog *>(u"hostKeyTrustDialog"_s);
        return d && d->isVisible() ? d : nullptr;
    }
};

} // namespace

class TestTargetPageHostKey final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    eflow::testsupport::SshdHarness m_sshd;

    QString knownHosts() const { return eflow::host::SshKnownHosts::defaultFile(); }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_DATA_HOME", m_dir->filePath("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath("config").toUtf8());
        const QString pwsh = eflow::testsupport::findPwsh();
        if (pwsh.isEmpty())
            QSKIP("pwsh not found: install the .NET SDK, then packaging/install-deps.sh");
        if (!m_sshd.start()) {
            if (m_sshd.skipped())
                QSKIP(qPrintable(m_sshd.error()));
            QFAIL(qPrintable("the test sshd did not start: " + m_sshd.error()));
        }
        // The page takes no key file: the wizard logs in with the user's agent, as here.
        const QString agent = m_sshd.startAgent();
        QVERIFY(!agent.isEmpty());
        qputenv("SSH_AUTH_SOCK", agent.toUtf8());
        QVERIFY(m_sshd.setRemoteEnvironment({"EFLOW_PWSH=" + pwsh, "EFLOW_MOCK_SCENARIO=supported-client",
                                             "EFLOW_MOCK_STATE=" + m_dir->filePath("state.json")}));
        QVERIFY(knownHosts().startsWith(m_dir->path()));
    }

    void cleanupTestCase() { m_sshd.stop(); }

    void unknownKeyAsksThenTrustsAndConnects()
    {
        Harness h;
        const QString fingerprint = m_sshd.fingerprint();
        QVERIFY(fingerprint.startsWith("SHA256:"));

        // First contact: the dialog shows the host, the key type and the fingerprint.
        h.checkRemote(m_sshd.url());
        QVERIFY(h.child<QRadioButton>(u"remoteRadio"_s)->isChecked());
        QTRY_COMPARE(h.controller->target().kind, eflow::jobs::HostTarget::Kind::Ssh);
        QTRY_VERIFY_WITH_TIMEOUT(h.dialog() != nullptr, 30000);
        const QString shown = h.dialog()->text() + '\n' + h.dialog()->informativeText();
        QVERIFY2(shown.contains(fingerprint), qPrintable(shown));
        QVERIFY2(shown.contains("ssh-ed25519"), qPrintable(shown));
        QVERIFY2(shown.contains("127.0.0.1"), qPrintable(shown));
        QVERIFY(!h.controller->facts());
        QVERIFY(!h.next()->isEnabled());

        // Cancel: nothing is trusted, the page says why the check did not finish.
        QTest::mouseClick(h.dialog()->findChild<QPushButton *>(u"cancelHostKeyButton"_s), Qt::LeftButton);
        QTRY_VERIFY(h.dialog() == nullptr);
        QVERIFY(!QFile::exists(knownHosts()));
        QVERIFY(h.child<QLabel>(u"probeErrorLabel"_s)->text().contains(fingerprint));

        // Again, and trust: known_hosts gets the key, the probe runs through sshd and pwsh.
        QTest::mouseClick(h.child<QPushButton>(u"checkDeviceButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.dialog() != nullptr, 30000);
        QTest::mouseClick(h.dialog()->trustButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.probeDone(), 60000);
        QFile file(knownHosts());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), m_sshd.knownHostsLine());
        QCOMPARE(h.controller->facts()->computerName, QString("DESKTOP-EFLOW01"));
        QVERIFY(h.controller->evaluation().verdict == eflow::host::TargetVerdict::Supported ||
                h.controller->evaluation().verdict == eflow::host::TargetVerdict::SupportedWithActions);
        QVERIFY(h.dialog() == nullptr);
    }
};

QTEST_MAIN(TestTargetPageHostKey)
#include "tst_page_target_hostkey.moc"
