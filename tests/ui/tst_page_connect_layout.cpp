// The Connect page as a new user meets it (issue 13 items 3 and 12): it reads top to bottom with the
// outcome in a fixed place that a 680×330 page area shows without scrolling, never scrolls sideways,
// names the methods in words, says "required" only after a field was touched, gives every key field a
// Show toggle, and Alt+C types nothing into the masked key.
#undef QT_NO_CAST_FROM_ASCII
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>
#include <QWizard>

#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/pages/ConnectPage.h"
#include "ui/widgets/VerticalScrollArea.h"
#include "tests/support/UiTestSupport.h"

using namespace eflow;

namespace {

constexpr int kAsyncMs = 20000;

QLabel *problemOf(QWidget *page, plan::ProvisioningType type, plan::Field field)
{
    return page->findChild<QLabel *>(QStringLiteral("problem_%1_%2").arg(int(type)).arg(int(field)));
}

} // namespace

class TestConnectPageLayout final : public QObject
{
    Q_OBJECT

private:
    plan::PlanModel *m_plan = nullptr;
    ui::WizardController *m_controller = nullptr;
    std::unique_ptr<QWizard> m_wizard;
    ui::ConnectPage *m_page = nullptr;

    template<typename T>
    T *child(const char *name) const
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }

private slots:
    void initTestCase()
    {
        m_plan = eflow::uitest::newLicensedPlan(this);
        m_controller = eflow::uitest::newController(m_plan, this);
        QString error;
        QVERIFY2(eflow::uitest::openTarget(*m_controller,
                                           jobs::HostTarget::demo(QStringLiteral("win11-pro"), 0.0), &error),
                 qPrintable(error));
        QCOMPARE(eflow::uitest::deployAndWait(*m_controller), jobs::PipelineOutcome::Succeeded);
    }

    // A fresh wizard with a fresh page for every test.
    void init()
    {
        m_wizard = std::make_unique<QWizard>();
        m_page = new ui::ConnectPage(m_plan, m_controller);
        m_wizard->setPage(5, m_page);
        m_wizard->setPage(6, new QWizardPage);
        m_wizard->show();
        m_wizard->restart();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_page = nullptr;
    }

    void requiredOnlyAfterTheFieldWasTouched()
    {
        const auto t = plan::ProvisioningType::DpsSymmetricKey;
        QLabel *scope = problemOf(m_page, t, plan::Field::IdScope);
        QLabel *registration = problemOf(m_page, t, plan::Field::RegistrationId);
        QLabel *key = problemOf(m_page, t, plan::Field::SymmetricKey);
        QVERIFY(scope && registration && key);
        // First view: nothing is said to be required, and nothing can be pressed yet.
        for (QLabel *label : {scope, registration, key})
            QVERIFY2(!label->isVisible(), qPrintable(label->objectName() + ": " + label->text()));
        QVERIFY(!child<QLabel>("otherProblemsLabel")->isVisible());
        QVERIFY(!child<QPushButton>("provisionButton")->isEnabled());

        // Into the ID scope and out again with Tab: now it is required; the others still are not.
        auto *scopeEdit = child<QLineEdit>("symIdScopeEdit");
        scopeEdit->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(scopeEdit->hasFocus());
        QTest::keyClick(scopeEdit, Qt::Key_Tab);
        QTRY_VERIFY(scope->isVisible());
        QVERIFY(!scope->text().isEmpty());
        QVERIFY(!registration->isVisible());
        QVERIFY(!key->isVisible());

        // Typed and erased: the key field is touched too.
        auto *keyEdit = child<QLineEdit>("symmetricKeyEdit");
        QTest::keyClicks(keyEdit, "a");
        QTest::keyClick(keyEdit, Qt::Key_Backspace);
        QVERIFY(keyEdit->text().isEmpty());
        QVERIFY(key->isVisible());

        // The same on another method's page.
        auto *combo = child<QComboBox>("provisioningMethodComboBox");
        combo->setCurrentIndex(combo->findData(int(plan::ProvisioningType::ManualConnectionString)));
        QLabel *connection = problemOf(m_page, plan::ProvisioningType::ManualConnectionString,
                                       plan::Field::DeviceConnectionString);
        QVERIFY(!connection->isVisible());
        auto *connectionEdit = child<QLineEdit>("connectionStringEdit");
        QTest::keyClicks(connectionEdit, "x");
        QVERIFY(connection->isVisible());
    }

    void everyKeyFieldHasAShowToggle_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("toggle");
        QTest::newRow("symmetric key")
            << int(plan::ProvisioningType::DpsSymmetricKey) << QStringLiteral("symmetricKeyEdit")
            << QStringLiteral("showSymmetricKeyButton");
        QTest::newRow("group key") << -1 << QStringLiteral("symmetricKeyEdit")
                                   << QStringLiteral("showSymmetricKeyButton");
        QTest::newRow("connection string")
            << int(plan::ProvisioningType::ManualConnectionString) << QStringLiteral("connectionStringEdit")
            << QStringLiteral("showConnectionStringButton");
    }

    void everyKeyFieldHasAShowToggle()
    {
        QFETCH(int, method);
        QFETCH(QString, field);
        QFETCH(QString, toggle);
        auto *combo = child<QComboBox>("provisioningMethodComboBox");
        if (method < 0) {
            child<QAbstractButton>("groupKeyRadio")->click();
            method = int(plan::ProvisioningType::DpsSymmetricKey);
        }
        combo->setCurrentIndex(combo->findData(method));
        auto *edit = m_page->findChild<QLineEdit *>(field);
        auto *show = m_page->findChild<QToolButton *>(toggle);
        QVERIFY(edit && show);
        QVERIFY(show->isVisible());
        QVERIFY(show->isCheckable());
        QVERIFY(show->focusPolicy() & Qt::TabFocus);
        QVERIFY(!show->accessibleName().isEmpty());
        QVERIFY2(show->accessibleName().contains(edit->accessibleName(), Qt::CaseInsensitive),
                 qPrintable(show->accessibleName() + " / " + edit->accessibleName()));
        // No mnemonic: it would take a letter from the page's fields.
        QVERIFY(!show->text().contains('&'));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        // Leaving the page (Back calls cleanupPage()) masks it again.
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        m_page->cleanupPage();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    }

    // Issue 13 item 12: no widget of the symmetric-key page answers Alt+C (the only "&C" label is the
    // connection string's, on a hidden page of the stack), and a QLineEdit took the unclaimed Alt+C as text.
    void altCTypesNothingIntoTheMaskedKey()
    {
        auto *key = child<QLineEdit>("symmetricKeyEdit");
        key->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(key->hasFocus());
        QTest::keyClicks(key, "abc");
        QCOMPARE(key->text(), QStringLiteral("abc"));
        QTest::keyClick(key, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(key->text(), QStringLiteral("abc"));
        QTest::keyClick(m_wizard.get(), Qt::Key_C, Qt::AltModifier);
        QCOMPARE(key->text(), QStringLiteral("abc"));
        // The connection string too; its own Alt+C still reaches it from elsewhere.
        auto *combo = child<QComboBox>("provisioningMethodComboBox");
        combo->setCurrentIndex(combo->findData(int(plan::ProvisioningType::ManualConnectionString)));
        auto *connection = child<QLineEdit>("connectionStringEdit");
        combo->setFocus(Qt::TabFocusReason);
        QTest::keyClick(m_wizard.get(), Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(connection->hasFocus());
        QTest::keyClick(connection, Qt::Key_C, Qt::AltModifier);
        QVERIFY(connection->text().isEmpty());
        // Ctrl+Alt (AltGr on Windows) still types.
        QTest::keyClick(connection, Qt::Key_At, Qt::ControlModifier | Qt::AltModifier);
        QTest::keyClicks(connection, "x");
        QVERIFY(connection->text().endsWith('x'));
    }

    void nothingScrollsSideways_data()
    {
        QTest::addColumn<QString>("qm");
        QTest::newRow("English") << QString();
        // German strings are longer; the app's compiled translation, when it was built.
        QTest::newRow("German") << QStringLiteral(EFLOW_DE_QM);
    }

    // The page's least width, with every method's fields (the stack asks for the widest) and the demo
    // panel, fits a 680 px page area less the vertical scroll bar: nothing is cut off or scrolls sideways.
    void nothingScrollsSideways()
    {
        QFETCH(QString, qm);
        QTranslator translator;
        if (!qm.isEmpty()) {
            if (!QFile::exists(qm))
                QSKIP("the German translation is not built (the app target builds it)");
            QVERIFY(translator.load(qm));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto remove = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        m_wizard.reset();
        auto *page = new ui::ConnectPage(m_plan, m_controller);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(page);
        QScrollArea *scroll = ui::wrapInVerticalScrollArea(page);
        window.resize(680, 330);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        page->initializePage();
        // With every answer shown, as after a failed check and provisioning.
        for (QWidget *w : page->findChildren<QWidget *>(QRegularExpression(QStringLiteral("Banner$"))))
            w->show();
        const int room = 680 - scroll->verticalScrollBar()->sizeHint().width();
        QVERIFY2(
            scroll->widget()->minimumSizeHint().width() <= room,
            qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->minimumSizeHint().width()).arg(room)));
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    }

    // Top to bottom: method, credentials, check, provision; the outcome in its fixed place under the
    // method, in view in a 680×330 page area with nothing to scroll sideways.
    void outcomeIsInViewOnASmallPageArea()
    {
        // The page has no scroll area of its own (the window gives it one).
        QVERIFY(m_page->findChildren<QScrollArea *>().isEmpty());
        QWidget *method = child<QWidget>("provisioningMethodComboBox");
        QWidget *fields = child<QWidget>("provisioningFieldsStack");
        QWidget *check = child<QWidget>("checkWithDpsButton");
        QWidget *provision = child<QWidget>("provisionButton");
        QWidget *banner = child<QWidget>("provisionResultBanner");
        const auto y = [this](QWidget *w) {
            return w->mapTo(m_page, QPoint(0, 0)).y();
        };
        QVERIFY(y(method) < y(fields));
        QVERIFY(y(fields) < y(check));
        QVERIFY(y(check) < y(provision));
        QVERIFY(!banner->isVisible());

        m_wizard.reset();
        m_page = new ui::ConnectPage(m_plan, m_controller);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_page);
        QScrollArea *scroll = ui::wrapInVerticalScrollArea(m_page);
        window.resize(680, 330);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_page->initializePage();
        // Nothing scrolls sideways: the content fits the width, in this language at least.
        QVERIFY2(scroll->widget()->minimumSizeHint().width() <=
                     680 - scroll->verticalScrollBar()->sizeHint().width(),
                 qPrintable(QString::number(scroll->widget()->minimumSizeHint().width())));

        m_page->useDemoEnrollment();
        // Scrolled down to the buttons, as a user who just pressed Provision is.
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QSignalSpy finished(m_controller, &ui::WizardController::provisionFinished);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("provisionButton")->isEnabled(), kAsyncMs);
        QTest::mouseClick(child<QPushButton>("provisionButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        auto *result = child<QLabel>("provisionResultLabel");
        QVERIFY2(result->text().startsWith("Provisioned: device demo-device on "),
                 qPrintable(result->text()));
        banner = child<QWidget>("provisionResultBanner");
        QVERIFY(banner->isVisible());
        // In view without the user scrolling: the banner's sentence lies inside the viewport.
        QTRY_VERIFY(scroll->viewport()->rect().contains(
            QRect(result->mapTo(scroll->viewport(), QPoint(0, 0)), result->size())));
        QVERIFY(banner->y() < child<QWidget>("provisioningFieldsStack")->y());
        m_page = nullptr;
    }
};

int main(int argc, char **argv)
{
    // Demo state, journals and settings go to a private folder, before anything reads the paths.
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath("data").toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath("config").toUtf8());
    QApplication app(argc, argv);
    TestConnectPageLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_page_connect_layout.moc"
