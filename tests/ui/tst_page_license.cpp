#include <memory>

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWizard>

#include "engine/host/HostOperation.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/pages/LicensePage.h"
#include "tests/support/UiTestSupport.h"

using eflow::host::HostOperationResult;
using eflow::ui::LicensePage;
using namespace Qt::StringLiterals;

namespace {

using Harness = eflow::uitest::PageHarness<LicensePage>;

HostOperationResult termsResult(const QByteArray &rtf)
{
    HostOperationResult result;
    result.outcome = HostOperationResult::Outcome::Ok;
    result.data = QJsonObject{{u"found"_s, true},
                              {u"source"_s, u"installed"_s},
                              {u"path"_s, u"C:\\Program Files\\Azure IoT Edge\\LICENSE\\terms.rtf"_s},
                              {u"format"_s, u"rtf"_s},
                              {u"content"_s, QString::fromLatin1(rtf.toBase64())},
                              {u"truncated"_s, false}};
    return result;
}

} // namespace

class TestLicensePage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_DATA_HOME", m_dir->filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(u"config"_s).toUtf8());
    }

    // Before a target is known (the page comes first): no placeholder, a link, and the acceptance line.
    void linkBeforeATargetIsKnown()
    {
        Harness h;
        h.plan.setEulaAccepted(false);
        h.showPage(1, QSize(900, 640));
        auto *link = h.child<QLabel>(u"licenseLinkLabel"_s);
        QVERIFY(link && link->isVisible());
        QVERIFY(link->openExternalLinks());
        QVERIFY(link->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
        QVERIFY2(link->text().contains(u"<a href=\"%1\">"_s.arg(LicensePage::publishedTermsUrl().toString())),
                 qPrintable(link->text()));
        QVERIFY(LicensePage::publishedTermsUrl().scheme() == u"https"_s);
        QVERIFY(!h.child<QTextBrowser>(u"licenseTextBrowser"_s)->isVisible());
        QVERIFY(h.child<QLabel>(u"licenseSourceLabel"_s)->text().contains(u"target device"_s));
        QVERIFY(h.child<QLabel>(u"deployArgumentsLabel"_s)->text().contains(u"-acceptEula Yes"_s));
        QVERIFY(!h.next()->isEnabled());
    }

    // The demo host has no real terms to show: the page says so and keeps the link.
    void demoHostHasNoTerms()
    {
        Harness h;
        h.openDemo(u"win11-pro"_s, 0.0);
        QSignalSpy fetched(h.controller.get(), &eflow::ui::WizardController::licenseTermsFetched);
        h.showPage(1, QSize(900, 640));
        QTRY_VERIFY(!fetched.isEmpty());
        QVERIFY(!h.child<QTextBrowser>(u"licenseTextBrowser"_s)->isVisible());
        QVERIFY2(h.child<QLabel>(u"licenseSourceLabel"_s)->text().contains(u"has no EFLOW license terms"_s),
                 qPrintable(h.child<QLabel>(u"licenseSourceLabel"_s)->text()));
        QVERIFY(h.child<QLabel>(u"licenseLinkLabel"_s)->isVisible());
    }

    // Terms read from the host are shown as plain text, with where they came from.
    void termsFromTheHostArePlainText()
    {
        Harness h;
        h.showPage(1, QSize(900, 640));
        emit h.controller->licenseTermsFetched(termsResult(
            "{\\rtf1{\\fonttbl{\\f0 Arial;}}MICROSOFT SOFTWARE LICENSE TERMS\\par <b>not bold</b>}"));
        auto *browser = h.child<QTextBrowser>(u"licenseTextBrowser"_s);
        QVERIFY(browser->isVisible());
        QCOMPARE(browser->toPlainText(), u"MICROSOFT SOFTWARE LICENSE TERMS\n<b>not bold</b>"_s);
        QVERIFY(h.child<QLabel>(u"licenseSourceLabel"_s)->text().contains(u"LICENSE\\terms.rtf"_s));
        QVERIFY(h.child<QLabel>(u"licenseLinkLabel"_s)->isVisible());

        // A broken answer is no terms, never half of them.
        HostOperationResult broken = termsResult("x");
        broken.data.insert(u"content"_s, 42);
        emit h.controller->licenseTermsFetched(broken);
        QVERIFY(!browser->isVisible());
    }
};

QTEST_MAIN(TestLicensePage)
#include "tst_page_license.moc"
