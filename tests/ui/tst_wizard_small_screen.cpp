// Issue 13 item 1: every page works in a window of 960×500 logical pixels (1920×1080 at 200 % less a
// taskbar; 1366×768 at 125 % is larger), in English and German. Nothing the user reads or operates may lie
// outside the window or be cut off at the side; long content scrolls vertically inside the page.

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

#include "engine/plan/PlanModel.h"
#include "tests/support/LayoutFit.h"
#include "tests/support/UiTestSupport.h"
#include "tests/support/WizardWalk.h"
#include "ui/OverviewWindow.h"
#include "ui/WizardWindow.h"

using namespace Qt::StringLiterals;
using eflow::ui::WizardWindow;

namespace {

constexpr QSize kSmallWindow{960, 500};

} // namespace

class TestWizardSmallScreen final : public QObject
{
    Q_OBJECT

    // Resizes window to 960×500 and checks that it took that size and that everything fits.
    static void checkFits(QWidget &window, const QString &where)
    {
        window.resize(kSmallWindow);
        QTRY_COMPARE(window.size(), kSmallWindow);
        const QStringList problems = eflow::uitest::settledMisfits(window);
        QVERIFY2(problems.isEmpty(), qPrintable(where + u":\n  "_s + problems.join(u"\n  "_s)));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPageFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << u"de"_s;
    }

    void everyPageFits()
    {
        QFETCH(QString, language);
        QTranslator german;
        if (!language.isEmpty()) {
            QVERIFY2(german.load(QStringLiteral(EFLOW_GERMAN_QM)), EFLOW_GERMAN_QM);
            QCoreApplication::installTranslator(&german);
        }
        eflow::plan::PlanModel plan;
        WizardWindow wizard(&plan, eflow::uitest::wizardOptions(true));
        QVERIFY(eflow::uitest::openTarget(*wizard.controller(), eflow::jobs::HostTarget::demo({}, 0.0)));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // The window can be made that small, and says so before a page asks.
        QVERIFY(wizard.minimumSizeHint().width() <= kSmallWindow.width());
        QVERIFY(wizard.minimumSizeHint().height() <= kSmallWindow.height());

        int connectVisits = 0;
        eflow::uitest::walkTo(wizard, WizardWindow::FinishPageId, [&](int id) {
            const QString page = wizard.currentPage()->title();
            checkFits(wizard, page);
            if (id == WizardWindow::TargetPageId) {
                // The checked device: the evidence rows and the verdict.
                auto *check =
                    eflow::uitest::currentPageChild<QAbstractButton>(wizard, u"checkDeviceButton"_s);
                QVERIFY(check);
                check->click();
                QTRY_VERIFY_WITH_TIMEOUT(wizard.controller()->facts() && !wizard.controller()->isProbing(),
                                         eflow::uitest::kWalkJobTimeoutMs);
                checkFits(wizard, page + u", checked"_s);
            }
            if (id == WizardWindow::ConnectPageId && ++connectVisits == 2)
                checkFits(wizard, page + u", provisioned"_s);
        });
        if (QTest::currentTestFailed())
            return;

        eflow::ui::OverviewWindow *overview = wizard.showOverview();
        QVERIFY(overview);
        QVERIFY(QTest::qWaitForWindowExposed(overview));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.controller()->isRefreshing(), eflow::uitest::kWalkJobTimeoutMs);
        checkFits(*overview, u"Device overview"_s);
        overview->close();
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestWizardSmallScreen)
#include "tst_wizard_small_screen.moc"
