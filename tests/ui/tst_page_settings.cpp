#undef QT_NO_CAST_FROM_ASCII

#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include "engine/host/HostRequirements.h"
#include "engine/jobs/HostSession.h"
#include "engine/plan/EflowRelease.h"
#include "engine/plan/PlanModel.h"
#include "engine/plan/Validation.h"
#include "ui/WizardController.h"
#include "ui/pages/SettingsPage.h"
#include "tests/support/UiTestSupport.h"

using namespace Qt::StringLiterals;
using eflow::jobs::HostTarget;
using eflow::plan::EflowRelease;
using eflow::plan::GpuPassthrough;
using eflow::plan::PlanModel;
using eflow::ui::SettingsPage;
using eflow::ui::WizardController;

namespace {

// The settings page on a demo host that has been probed, as the target page leaves it.
struct Harness : eflow::uitest::PageHarness<SettingsPage>
{
    explicit Harness(const QString &scenario, EflowRelease release = EflowRelease::Lts1_5)
    {
        plan.setRelease(release);
        openDemo(scenario, 0.0);
        controller->startProbe();
    }
    // Call after the probe finished (QTRY in the test).
    void show() { showPage(3, QSize(900, 900)); }
    QStringList items(const QString &comboName) const
    {
        QStringList list;
        auto *combo = child<QComboBox>(comboName);
        for (int i = 0; i < combo->count(); ++i)
            list << combo->itemText(i);
        return list;
    }
};

void typeInto(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

} // namespace

class TestSettingsPage final : public QObject
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

    void releaseDefaults_data()
    {
        QTest::addColumn<EflowRelease>("release");
        QTest::newRow("1.1") << EflowRelease::Lts1_1;
        QTest::newRow("1.4") << EflowRelease::Lts1_4;
        QTest::newRow("1.5") << EflowRelease::Lts1_5;
    }
    void releaseDefaults()
    {
        QFETCH(EflowRelease, release);
        Harness h(u"win11-pro"_s, release);
        QTRY_VERIFY(h.probeDone());
        h.show();
        const auto limits = eflow::plan::limitsFor(release);
        auto *cores = h.child<QSpinBox>(u"coresSpinBox"_s);
        auto *memory = h.child<QSpinBox>(u"memorySpinBox"_s);
        auto *disk = h.child<QSpinBox>(u"diskSpinBox"_s);
        auto *data = h.child<QSpinBox>(u"dataSpinBox"_s);
        auto *logSize = h.child<QComboBox>(u"logSizeCombo"_s);
        QCOMPARE(cores->value(), 2);
        QCOMPARE(memory->value(), 1024);
        QCOMPARE(cores->maximum(), h.controller->facts()->logicalProcessors);
        QCOMPARE(h.plan.plan().vm.cpuCount, 2);
        QCOMPARE(h.plan.plan().vm.memoryMb, 1024);
        if (release == EflowRelease::Lts1_1) {
            // WAC's 1.1 defaults: 16 GB disk, 1024 MB, 2 cores.
            QCOMPARE(disk->value(), 16);
            QVERIFY(disk->isVisible());
            QVERIFY(!data->isVisible());
            QVERIFY(!logSize->isVisible());
            QCOMPARE(h.plan.plan().vm.diskSizeGb, std::optional<int>(16));
            QVERIFY(!h.plan.plan().vm.dataSizeGb);
            QCOMPARE(memory->singleStep(), 1);
        } else {
            QCOMPARE(data->value(), limits.dataDefaultGb);
            QVERIFY(!disk->isVisible());
            QVERIFY(data->isVisible());
            QVERIFY(logSize->isVisible());
            QCOMPARE(h.plan.plan().vm.dataSizeGb, std::optional<int>(limits.dataDefaultGb));
            QVERIFY(!h.plan.plan().vm.diskSizeGb);
            QCOMPARE(memory->singleStep(), 2);
        }
        QVERIFY(h.page->isComplete());
        QVERIFY(h.next()->isEnabled());
        QVERIFY(!h.child<QLabel>(u"vmProblemsLabel"_s)->isVisible());
    }

    void lowMemoryShowsTheSentence()
    {
        Harness h(u"low-memory"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        auto *memory = h.child<QSpinBox>(u"memorySpinBox"_s);
        typeInto(memory, u"4096"_s);
        QCOMPARE(memory->value(), 4096);
        QCOMPARE(h.plan.plan().vm.memoryMb, 4096);
        const auto problems =
            eflow::plan::checkVmSettings(h.plan.release(), h.plan.plan().vm, h.controller->hostLimits());
        QVERIFY(!problems.isEmpty());
        auto *label = h.child<QLabel>(u"vmProblemsLabel"_s);
        QVERIFY(label->isVisible());
        bool memoryProblem = false;
        for (const auto &p : problems) {
            QVERIFY2(label->text().contains(p.message), qPrintable(label->text()));
            memoryProblem = memoryProblem || p.field == eflow::plan::Field::MemoryMb;
        }
        QVERIFY(memoryProblem);
        QVERIFY(memory->accessibleDescription().contains(u"4096"_s) ||
                !memory->accessibleDescription().isEmpty());
        QVERIFY(!h.page->isComplete());
        QVERIFY(!h.next()->isEnabled());
    }

    void serverCreatesAnInternalSwitch()
    {
        Harness h(u"server-no-switch"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        auto *combo = h.child<QComboBox>(u"switchCombo"_s);
        // Windows Server has no Default Switch.
        QVERIFY(!h.items(u"switchCombo"_s).join(u'|').contains(u"Default Switch"_s));
        const int create = combo->findData(SettingsPage::createSwitchKey());
        QVERIFY(create >= 0);
        combo->setCurrentIndex(create);
        auto *name = h.child<QLineEdit>(u"newSwitchNameEdit"_s);
        QVERIFY(name->isVisible());
        QVERIFY(h.child<QLineEdit>(u"newSwitchAddressEdit"_s)->isVisible());
        QVERIFY(h.child<QSpinBox>(u"newSwitchPrefixSpinBox"_s)->isVisible());
        QVERIFY(h.plan.plan().switchCreation.create);
        QCOMPARE(h.plan.plan().switchCreation.name, name->text());
        name->clear();
        QTest::keyClicks(name, u"EFLOW-NAT"_s);
        QCOMPARE(h.plan.plan().switchCreation.name, u"EFLOW-NAT"_s);
        QCOMPARE(h.plan.plan().switchCreation.hostAddress, u"172.20.0.1"_s);
        QCOMPARE(h.plan.plan().switchCreation.prefixLength, 24);
        QVERIFY(h.next()->isEnabled());
        auto *address = h.child<QLineEdit>(u"newSwitchAddressEdit"_s);
        address->clear();
        QTest::keyClicks(address, u"172.20.0"_s);
        QVERIFY(h.child<QLabel>(u"networkProblemsLabel"_s)->isVisible());
        QVERIFY(!h.next()->isEnabled());
        QTest::keyClicks(address, u".1"_s);
        QVERIFY(h.next()->isEnabled());
        // The evaluation with the created switch is not Unsupported: Next goes on.
        h.wizard->next();
        QCOMPARE(h.wizard->currentId(), 4);
    }

    // The new switch's problems are the plan's own sentences (plan::checkSwitchChoice), shown in the
    // network section and on the field; the page has no rule of its own.
    void newSwitchProblemsComeFromThePlan()
    {
        Harness h(u"server-no-switch"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        auto *combo = h.child<QComboBox>(u"switchCombo"_s);
        combo->setCurrentIndex(combo->findData(SettingsPage::createSwitchKey()));
        auto *name = h.child<QLineEdit>(u"newSwitchNameEdit"_s);
        auto *label = h.child<QLabel>(u"networkProblemsLabel"_s);
        QVERIFY(!label->isVisible());
        QVERIFY(h.next()->isEnabled());

        name->clear();
        auto problems = eflow::plan::checkSwitchChoice(h.plan.plan().network, h.plan.plan().switchCreation);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, eflow::plan::Field::NewSwitchName);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(problems.first().message), qPrintable(label->text()));
        QCOMPARE(name->accessibleDescription(), problems.first().message);
        QVERIFY(!h.page->isComplete());
        QVERIFY(!h.next()->isEnabled());

        QTest::keyClicks(name, u" EFLOW-NAT"_s);
        problems = eflow::plan::checkSwitchChoice(h.plan.plan().network, h.plan.plan().switchCreation);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(label->text().contains(u"starts or ends with a space"_s), qPrintable(label->text()));
        QVERIFY(!h.next()->isEnabled());

        auto *prefix = h.child<QSpinBox>(u"newSwitchPrefixSpinBox"_s);
        QCOMPARE(prefix->minimum(), eflow::plan::kMinNatPrefixLength);
        QCOMPARE(prefix->maximum(), eflow::plan::kMaxNatPrefixLength);
        name->setText(u"EFLOW-NAT"_s);
        QVERIFY(!label->isVisible());
        QVERIFY(name->accessibleDescription().isEmpty());
        QVERIFY(h.next()->isEnabled());
    }

    void staticIpFieldsOnlyWhenChosen()
    {
        Harness h(u"nvidia-t4-dda"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        auto *combo = h.child<QComboBox>(u"switchCombo"_s);
        const int ext = combo->findData(u"EFLOW-Ext"_s);
        QVERIFY(ext >= 0);
        combo->setCurrentIndex(ext);
        QCOMPARE(h.plan.plan().network.switchName, u"EFLOW-Ext"_s);
        QCOMPARE(h.plan.plan().network.switchType, eflow::plan::VSwitchType::External);
        auto *ip = h.child<QLineEdit>(u"ipAddressEdit"_s);
        auto *staticIp = h.child<QRadioButton>(u"staticIpRadio"_s);
        QVERIFY(h.child<QRadioButton>(u"dhcpRadio"_s)->isChecked());
        QVERIFY(staticIp->isEnabled());
        QVERIFY(!ip->isVisible());
        QVERIFY(!h.child<QLineEdit>(u"gatewayEdit"_s)->isVisible());
        staticIp->click();
        QVERIFY(ip->isVisible());
        QVERIFY(h.child<QSpinBox>(u"prefixSpinBox"_s)->isVisible());
        QVERIFY(h.child<QLineEdit>(u"gatewayEdit"_s)->isVisible());
        QVERIFY(h.child<QLineEdit>(u"dnsEdit"_s)->isVisible());
        // A static address gets no DNS from DHCP: the host's own servers are suggested.
        QCOMPARE(h.child<QLineEdit>(u"dnsEdit"_s)->text(), h.controller->facts()->dnsServers.join(u", "_s));
        QVERIFY(!h.controller->facts()->dnsServers.isEmpty());
        QCOMPARE(h.plan.plan().network.dnsServers, h.controller->facts()->dnsServers);
        QVERIFY(h.plan.plan().network.staticIp);
        QVERIFY(!h.next()->isEnabled()); // a static IP needs its address
        QTest::keyClicks(ip, u"192.168.10.50"_s);
        QTest::keyClicks(h.child<QLineEdit>(u"gatewayEdit"_s), u"192.168.10.1"_s);
        h.child<QLineEdit>(u"dnsEdit"_s)->clear();
        QTest::keyClicks(h.child<QLineEdit>(u"dnsEdit"_s), u"192.168.10.1, 1.1.1.1"_s);
        QCOMPARE(h.plan.plan().network.ip4Address, u"192.168.10.50"_s);
        QCOMPARE(h.plan.plan().network.dnsServers, QStringList({u"192.168.10.1"_s, u"1.1.1.1"_s}));
        QVERIFY2(h.next()->isEnabled(), qPrintable(h.child<QLabel>(u"networkProblemsLabel"_s)->text()));
        h.child<QRadioButton>(u"dhcpRadio"_s)->click();
        QVERIFY(!ip->isVisible());
        QVERIFY(!h.plan.plan().network.staticIp);
        QVERIFY(h.plan.plan().network.ip4Address.isEmpty());
    }

    // Nothing serves DHCP on a new Internal switch with NAT: choosing one proposes a static address in
    // its subnet, with the switch's host address as the gateway and the host's DNS servers.
    void newNatSwitchDefaultsToStaticIp()
    {
        Harness h(u"win11-pro"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        auto *combo = h.child<QComboBox>(u"switchCombo"_s);
        auto *ip = h.child<QLineEdit>(u"ipAddressEdit"_s);
        auto *gateway = h.child<QLineEdit>(u"gatewayEdit"_s);
        QVERIFY(h.child<QRadioButton>(u"dhcpRadio"_s)->isChecked()); // the Default Switch: DHCP
        combo->setCurrentIndex(combo->findData(SettingsPage::createSwitchKey()));
        QVERIFY(h.child<QRadioButton>(u"staticIpRadio"_s)->isChecked());
        QVERIFY(ip->isVisible());
        const auto &network = h.plan.plan().network;
        QVERIFY(network.staticIp);
        QCOMPARE(network.ip4Address, u"172.20.0.2"_s);
        QCOMPARE(network.ip4PrefixLength, std::optional<int>(24));
        QCOMPARE(network.ip4GatewayAddress, u"172.20.0.1"_s);
        QCOMPARE(network.dnsServers, h.controller->facts()->dnsServers);
        QVERIFY2(h.next()->isEnabled(), qPrintable(h.child<QLabel>(u"networkProblemsLabel"_s)->text()));

        // Another subnet for the switch moves the untouched proposal along.
        auto *address = h.child<QLineEdit>(u"newSwitchAddressEdit"_s);
        address->setText(u"10.77.0.1"_s);
        QCOMPARE(h.plan.plan().network.ip4Address, u"10.77.0.2"_s);
        QCOMPARE(gateway->text(), u"10.77.0.1"_s);

        // An address the user typed stays, and so does DHCP chosen by hand.
        ip->setText(u"10.77.0.9"_s);
        address->setText(u"10.78.0.1"_s);
        QCOMPARE(h.plan.plan().network.ip4Address, u"10.77.0.9"_s);
        h.child<QRadioButton>(u"dhcpRadio"_s)->click();
        address->setText(u"10.79.0.1"_s);
        QVERIFY(!h.plan.plan().network.staticIp);
    }

    // Windows Server without a switch starts on the new switch: it starts with a static address too.
    void serverWithoutSwitchStartsStatic()
    {
        Harness h(u"server-no-switch"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        QCOMPARE(h.child<QComboBox>(u"switchCombo"_s)->currentData().toString(),
                 SettingsPage::createSwitchKey());
        QVERIFY(h.plan.plan().network.staticIp);
        QCOMPARE(h.plan.plan().network.ip4Address, u"172.20.0.2"_s);
        QCOMPARE(h.plan.plan().network.ip4GatewayAddress, u"172.20.0.1"_s);
    }

    void memoryHintShowsTheHostsFreeMemory()
    {
        Harness h(u"win11-pro"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        const qint64 freeMb = h.controller->facts()->freeMemoryMb;
        QVERIFY(freeMb > 2048);
        auto *hint = h.child<QLabel>(u"memoryHintLabel"_s);
        const QString freeGb = QLocale().toString(double(freeMb) / 1024.0, 'f', 1);
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), u"%1 GB free on the host"_s.arg(freeGb));
        QVERIFY(hint->wordWrap());

        auto *memory = h.child<QSpinBox>(u"memorySpinBox"_s);
        memory->setValue(int(freeMb + 2) & ~1);
        QVERIFY2(hint->text().contains(u"More than the %1 GB free on the host"_s.arg(freeGb)),
                 qPrintable(hint->text()));
        memory->setValue(1024);
        QCOMPARE(hint->text(), u"%1 GB free on the host"_s.arg(freeGb));
    }

    // The GPU's name is read in full where it is chosen: Deploy-Eflow -gpuName takes it exactly.
    void gpuNameShownInFull_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("radio");
        QTest::newRow("DDA") << u"nvidia-t4-dda"_s << u"gpuDdaRadio"_s;
        QTest::newRow("GPU-PV") << u"win11-pro"_s << u"gpuPvRadio"_s;
    }
    void gpuNameShownInFull()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, radio);
        Harness h(scenario);
        QTRY_VERIFY(h.probeDone());
        h.show();
        auto *combo = h.child<QComboBox>(u"gpuNameCombo"_s);
        // The page is laid out with the combo still empty, as a user first sees it.
        QTRY_VERIFY(combo->isVisible() && combo->width() > 0);
        QCoreApplication::processEvents();
        h.child<QRadioButton>(radio)->click();
        const QString name = combo->currentText();
        QVERIFY(!name.isEmpty());
        QTRY_VERIFY2(combo->width() >= combo->fontMetrics().horizontalAdvance(name) + 16,
                     qPrintable(u"%1 px for %2 px of text"_s.arg(combo->width())
                                    .arg(combo->fontMetrics().horizontalAdvance(name))));
        QCOMPARE(combo->toolTip(), name);
        QVERIFY(combo->view()->minimumWidth() >= combo->fontMetrics().horizontalAdvance(name));
    }

    void defaultSwitchHasNoStaticIp()
    {
        Harness h(u"win11-pro"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        auto *combo = h.child<QComboBox>(u"switchCombo"_s);
        QVERIFY(combo->currentText().contains(u"Default Switch"_s));
        QVERIFY(!h.child<QRadioButton>(u"staticIpRadio"_s)->isEnabled());
        QVERIFY(h.child<QLabel>(u"staticIpNoteLabel"_s)->isVisible());
        QVERIFY(!h.child<QLineEdit>(u"ipAddressEdit"_s)->isVisible());
        QVERIFY(h.plan.plan().network.switchName.isEmpty());
    }

    void gpuDda()
    {
        Harness h(u"nvidia-t4-dda"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        auto *dda = h.child<QRadioButton>(u"gpuDdaRadio"_s);
        QVERIFY(h.child<QRadioButton>(u"gpuNoneRadio"_s)->isChecked());
        QVERIFY(dda->isEnabled());
        QVERIFY(!h.child<QRadioButton>(u"gpuPvRadio"_s)->isEnabled());
        dda->click();
        QCOMPARE(h.items(u"gpuNameCombo"_s), QStringList{u"NVIDIA Tesla T4"_s});
        QCOMPARE(h.plan.plan().gpu.type, GpuPassthrough::DirectDeviceAssignment);
        QCOMPARE(h.plan.plan().gpu.name, u"NVIDIA Tesla T4"_s);
        QCOMPARE(h.plan.plan().gpu.count, 1);
        QVERIFY(h.child<QLabel>(u"gpuNoteLabel"_s)->text().contains(u"mitigation driver"_s));
        QVERIFY(h.next()->isEnabled());
    }

    void gpuPv()
    {
        Harness h(u"gpu-pv"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        auto *pv = h.child<QRadioButton>(u"gpuPvRadio"_s);
        QVERIFY(!h.child<QRadioButton>(u"gpuDdaRadio"_s)->isEnabled());
        QVERIFY(pv->isEnabled());
        pv->click();
        QVERIFY(h.items(u"gpuNameCombo"_s).contains(u"NVIDIA GeForce RTX 3060"_s));
        auto *count = h.child<QSpinBox>(u"gpuCountSpinBox"_s);
        QCOMPARE(count->value(), 1);
        QVERIFY(!count->isEnabled());
        QCOMPARE(count->maximum(), 1);
        QCOMPARE(h.plan.plan().gpu.type, GpuPassthrough::ParaVirtualization);
        QCOMPARE(h.plan.plan().gpu.count, 1);
        QVERIFY(h.next()->isEnabled());
        h.child<QRadioButton>(u"gpuNoneRadio"_s)->click();
        QCOMPARE(h.plan.plan().gpu.type, GpuPassthrough::None);
        QCOMPARE(h.plan.plan().gpu.count, 0);
        QVERIFY(h.plan.plan().gpu.name.isEmpty());
    }

    void win11ProIrisXe()
    {
        // The scenario's facts say the Intel Iris Xe driver supports GPU-PV (and nothing supports DDA).
        Harness h(u"win11-pro"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        QVERIFY(!h.child<QRadioButton>(u"gpuDdaRadio"_s)->isEnabled());
        auto *pv = h.child<QRadioButton>(u"gpuPvRadio"_s);
        QVERIFY(pv->isEnabled());
        pv->click();
        QCOMPARE(h.items(u"gpuNameCombo"_s), QStringList{u"Intel(R) Iris(R) Xe Graphics"_s});
        QVERIFY(h.next()->isEnabled());
    }

    void unsupportedAfterSettingsIsRefused()
    {
        Harness h(u"win10-home"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        QVERIFY(h.page->isComplete());
        h.wizard->next();
        QCOMPARE(h.wizard->currentId(), 3);
        auto *label = h.child<QLabel>(u"evaluationLabel"_s);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(h.controller->evaluation().summary));
    }

    void accessibleNames()
    {
        Harness h(u"nvidia-t4-dda"_s);
        QTRY_VERIFY(h.probeDone());
        h.show();
        int count = 0;
        const auto widgets = h.page->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive =
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QSpinBox *>(w) ||
                (qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractSpinBox *>(w->parent()) &&
                 !qobject_cast<QComboBox *>(w->parent()));
            if (!interactive)
                continue;
            ++count;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(w->objectName() + u" "_s + w->metaObject()->className()));
        }
        QVERIFY(count >= 20);

        if (qEnvironmentVariableIsSet("EFLOW_SCREENSHOT_DIR")) {
            h.child<QRadioButton>(u"gpuDdaRadio"_s)->click();
            auto *combo = h.child<QComboBox>(u"switchCombo"_s);
            combo->setCurrentIndex(combo->findData(u"EFLOW-Ext"_s));
            h.child<QRadioButton>(u"staticIpRadio"_s)->click();
            QTest::qWait(200);
            h.wizard->grab().save(qEnvironmentVariable("EFLOW_SCREENSHOT_DIR") + u"/settings.png"_s);
        }
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_page_settings.moc"
