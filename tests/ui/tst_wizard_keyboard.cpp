// Keyboard use and accessible names across the whole wizard (Target, Settings, Deployment, Connect,
// Finish) and the device overview, on fast demo hosts: every interactive widget has an accessible
// name, every mnemonic has a target and no letter is used twice on a page (the wizard's own buttons
// included), Tab follows the reading order, Alt+letter reaches its widget, Enter presses the page's
// obvious button, and a user with only a keyboard gets from Getting Started to a provisioned device.
// Getting Started and License are covered by tst_wizard.
#undef QT_NO_CAST_FROM_ASCII
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include "engine/plan/PlanModel.h"
#include "engine/support/AppSettings.h"
#include "ui/OverviewWindow.h"
#include "ui/WizardController.h"
#include "ui/WizardWindow.h"
#include "tests/support/UiTestSupport.h"
#include "tests/support/WizardWalk.h"

using namespace Qt::StringLiterals;
using eflow::plan::PlanModel;
using eflow::ui::OverviewWindow;
using eflow::ui::WizardOptions;
using eflow::ui::WizardWindow;
using eflow::uitest::usable;

namespace {

constexpr int kJobTimeoutMs = 60000;

// The plan is declared first so that it outlives the window, as it does in the application.
struct Fixture
{
    Fixture()
        : wizard(&plan, eflow::uitest::wizardOptions(true))
    {}
    PlanModel plan;
    WizardWindow wizard;
};

QString describe(const QWidget *w)
{
    if (!w)
        return u"(none)"_s;
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

// Sends a key to whatever has the keyboard focus, as the platform would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

// Widgets a user can operate (and so a screen reader must be able to name). Parts of a composite
// widget (a combo box's or spin box's line edit, a view's header, a tab bar's scroll buttons) are
// named by the composite.
bool isInteractive(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
        qobject_cast<const QTabBar *>(parent) || qobject_cast<const QHeaderView *>(w))
        return false;
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
        qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
        qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
        qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w))
        return true;
    if (qobject_cast<const QAbstractScrollArea *>(w) && w->focusPolicy() != Qt::NoFocus)
        return true;
    // A label that Tab stops on (selectable by keyboard) is read out as a field of its own.
    return qobject_cast<const QLabel *>(w) && (w->focusPolicy() & Qt::TabFocus);
}

// The text whose '&' gives a widget its mnemonic, if it has one.
QString mnemonicText(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w)) {
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        return rich ? QString() : label->text();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    if (const auto *group = qobject_cast<const QGroupBox *>(w))
        return group->title();
    return {};
}

// Accessible names for every visible interactive widget of window (minus the QWizard's own
// buttons, which Qt names from their text), buddies for every label mnemonic, and no mnemonic letter
// twice among the visible widgets and buttons. checked: the number of widgets whose name was checked.
void checkWindow(QWidget *window, const QList<QWidget *> &ownButtons, int *checked)
{
    *checked = 0;
    QMap<QString, QStringList> letters;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        const QString text = mnemonicText(w);
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty()) {
            letters[mnemonic.toString()] << describe(w) + u" \""_s + text + u'"';
            if (const auto *label = qobject_cast<const QLabel *>(w)) {
                QVERIFY2(label->buddy(), qPrintable(u"label without buddy: "_s + text));
                QVERIFY2(label->buddy()->isVisibleTo(window),
                         qPrintable(u"label whose buddy is hidden: "_s + text));
            }
        }
        if (ownButtons.contains(w) || !isInteractive(w))
            continue;
        ++*checked;
        QVERIFY2(!w->accessibleName().trimmed().isEmpty(),
                 qPrintable(u"no accessible name: %1 (%2)"_s.arg(
                     describe(w), QString::fromLatin1(w->metaObject()->className()))));
    }
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        QVERIFY2(it.value().size() == 1, qPrintable(u"%1 is used %2 times: %3"_s.arg(it.key())
                                                        .arg(it.value().size())
                                                        .arg(it.value().join(u", "_s))));
    }
}

QList<QWidget *> wizardButtons(QWizard &wizard)
{
    QList<QWidget *> buttons;
    for (int b = QWizard::BackButton; b <= QWizard::CustomButton3; ++b)
        buttons.append(wizard.button(QWizard::WizardButton(b)));
    return buttons;
}

// After a page change the keyboard focus is on the new page (or a wizard button), never on a widget
// of the page before, now hidden, which Tab would start from and Enter would press.
void focusIsOnThePage(QWizard &wizard)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus && focus->isVisible(), qPrintable(u"the focus is on a hidden "_s + describe(focus)));
    QVERIFY2(wizard.currentPage()->isAncestorOf(focus) || wizardButtons(wizard).contains(focus),
             qPrintable(u"the focus is on "_s + describe(focus)));
}

// The Tab chain from start: the object names focus visits, count of them.
QStringList tabChain(QWidget *start, int count)
{
    QStringList visited;
    start->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([start] { return start->hasFocus(); }, 2000))
        return {u"could not focus "_s + describe(start)};
    for (int i = 0; i < count; ++i) {
        press(Qt::Key_Tab);
        visited << describe(QApplication::focusWidget());
    }
    return visited;
}

} // namespace

class TestWizardKeyboard final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_run = 0;

    static bool showAndActivate(QWidget &window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    template<typename T = QWidget>
    static T *pageChild(Fixture &f, const QString &name)
    {
        auto *w = f.wizard.currentPage()->findChild<T *>(name);
        if (!w)
            qWarning("missing child %s", qPrintable(name));
        return w;
    }

    // The cheap way to a page: the controller and wizard.next(); the probe, deploy and provision run for
    // real on the instant demo host. Connect and Finish come with a deployed (Finish: provisioned) host.
    static void goTo(Fixture &f, int pageId, const QString &scenario = u"win11-pro"_s)
    {
        QVERIFY(
            eflow::uitest::openTarget(*f.wizard.controller(), eflow::jobs::HostTarget::demo(scenario, 0.0)));
        QVERIFY(showAndActivate(f.wizard));
        QCOMPARE(f.wizard.currentId(), int(WizardWindow::GettingStartedPageId));
        eflow::uitest::walkTo(f.wizard, pageId);
    }

    // Extra states of a page that show more widgets (a variant name from the data tables).
    static void applyVariant(Fixture &f, const QString &variant)
    {
        if (variant.isEmpty())
            return;
        if (variant == u"remote"_s) {
            pageChild<QRadioButton>(f, u"remoteRadio"_s)->click();
            pageChild<QComboBox>(f, u"sshTargetCombo"_s)->setEditText(u"ssh://admin@edge-01:22"_s);
        } else if (variant == u"checked"_s) {
            pageChild<QAbstractButton>(f, u"checkDeviceButton"_s)->click();
            QTRY_VERIFY_WITH_TIMEOUT(f.wizard.controller()->facts() && !f.wizard.controller()->isProbing(),
                                     kJobTimeoutMs);
        } else if (variant == u"new switch, static IP"_s) {
            auto *combo = pageChild<QComboBox>(f, u"switchCombo"_s);
            combo->setCurrentIndex(combo->count() - 1); // "Create a new Internal switch…"
            pageChild<QRadioButton>(f, u"staticIpRadio"_s)->click();
            QVERIFY(pageChild<QLineEdit>(f, u"newSwitchNameEdit"_s)->isVisible());
            QVERIFY(pageChild<QLineEdit>(f, u"ipAddressEdit"_s)->isVisible());
        } else if (variant == u"group key, advanced"_s) {
            pageChild<QRadioButton>(f, u"groupKeyRadio"_s)->click();
            pageChild<QToolButton>(f, u"advancedToggle"_s)->click();
            QVERIFY(pageChild<QLineEdit>(f, u"derivedKeyEdit"_s)->isVisible());
            QVERIFY(pageChild<QLineEdit>(f, u"globalEndpointEdit"_s)->isVisible());
        } else if (variant == u"remembered key"_s) {
            // What a run with "Remember" ticked leaves in the settings: "Use the remembered key" is offered.
            QVERIFY(eflow::support::AppSettings().setProvisioningChoice(
                {eflow::plan::provisioningTypeKey(eflow::plan::ProvisioningType::DpsSymmetricKey), true,
                 u"keychain:dps-device-demo-device"_s}));
            f.wizard.currentPage()->initializePage();
            QVERIFY(pageChild<QPushButton>(f, u"useRememberedKeyButton"_s)->isEnabled());
        } else if (variant.startsWith(u"method "_s)) {
            auto *combo = pageChild<QComboBox>(f, u"provisioningMethodComboBox"_s);
            combo->setCurrentIndex(variant.mid(7).toInt());
        } else {
            QFAIL(qPrintable(u"unknown variant "_s + variant));
        }
    }

private slots:
    void initTestCase()
    {
        // Demo machines, the local DPS's state and the resume journal stay in a temp folder.
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
    }

    void init()
    {
        // A fixture destroyed in the middle of a deploy leaves a journal entry, which would make the next
        // Deployment page offer to resume: every test gets a data folder of its own.
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data-%1"_s.arg(++m_run)).toUtf8());
        // No remembered key unless a test's variant says so.
        eflow::support::AppSettings().setProvisioningChoice(
            {eflow::plan::provisioningTypeKey(eflow::plan::ProvisioningType::DpsSymmetricKey), false, {}});
    }

    void accessibleNamesAndMnemonics_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("variant");
        const QString win11 = u"win11-pro"_s;
        QTest::newRow("Target") << int(WizardWindow::TargetPageId) << win11 << QString();
        QTest::newRow("Target, remote host") << int(WizardWindow::TargetPageId) << win11 << u"remote"_s;
        QTest::newRow("Settings") << int(WizardWindow::SettingsPageId) << win11 << QString();
        QTest::newRow("Settings, new switch and static IP")
            << int(WizardWindow::SettingsPageId) << win11 << u"new switch, static IP"_s;
        QTest::newRow("Settings, DDA host")
            << int(WizardWindow::SettingsPageId) << u"nvidia-t4-dda"_s << QString();
        QTest::newRow("Deployment") << int(WizardWindow::DeploymentPageId) << win11 << QString();
        QTest::newRow("Connect") << int(WizardWindow::ConnectPageId) << win11 << QString();
        QTest::newRow("Connect, remembered key")
            << int(WizardWindow::ConnectPageId) << win11 << u"remembered key"_s;
        QTest::newRow("Connect, group key and advanced")
            << int(WizardWindow::ConnectPageId) << win11 << u"group key, advanced"_s;
        for (int method = 1; method < 5; ++method) {
            QTest::addRow("Connect, method %d", method)
                << int(WizardWindow::ConnectPageId) << win11 << u"method %1"_s.arg(method);
        }
        QTest::newRow("Finish") << int(WizardWindow::FinishPageId) << win11 << QString();
    }

    void accessibleNamesAndMnemonics()
    {
        QFETCH(int, pageId);
        QFETCH(QString, scenario);
        QFETCH(QString, variant);
        Fixture f;
        goTo(f, pageId, scenario);
        if (QTest::currentTestFailed())
            return;
        applyVariant(f, variant);
        if (QTest::currentTestFailed())
            return;
        int checked = 0;
        checkWindow(&f.wizard, wizardButtons(f.wizard), &checked);
        if (QTest::currentTestFailed())
            return;
        // Finish has one control of its own (the check box) besides the wizard's buttons.
        QVERIFY(checked >= (pageId == WizardWindow::FinishPageId ? 1 : 3));
    }

    void tabOrderFollowsTheReadingOrder_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("expected");
        // Radio buttons of one group share a tab stop (the arrow keys move between them).
        QTest::newRow("Target") << int(WizardWindow::TargetPageId) << QString() << u"demoRadio"_s
                                << QStringList{u"scenarioCombo"_s, u"checkDeviceButton"_s,
                                               u"__qt__passive_wizardbutton6"_s};
        QTest::newRow("Target, checked")
            << int(WizardWindow::TargetPageId) << u"checked"_s << u"demoRadio"_s
            << QStringList{u"scenarioCombo"_s, u"checkDeviceButton"_s, u"checksTree"_s};
        QTest::newRow("Target, remote") << int(WizardWindow::TargetPageId) << u"remote"_s << u"remoteRadio"_s
                                        << QStringList{u"sshTargetCombo"_s, u"checkDeviceButton"_s};
        QTest::newRow("Settings") << int(WizardWindow::SettingsPageId) << QString() << u"coresSpinBox"_s
                                  << QStringList{u"memorySpinBox"_s, u"dataSpinBox"_s, u"logSizeCombo"_s,
                                                 u"switchCombo"_s, u"dhcpRadio"_s};
        QTest::newRow("Settings, new switch and static IP")
            << int(WizardWindow::SettingsPageId) << u"new switch, static IP"_s << u"switchCombo"_s
            << QStringList{u"newSwitchNameEdit"_s,
                           u"newSwitchAddressEdit"_s,
                           u"newSwitchPrefixSpinBox"_s,
                           u"dhcpRadio"_s,
                           u"ipAddressEdit"_s,
                           u"prefixSpinBox"_s,
                           u"gatewayEdit"_s,
                           u"dnsEdit"_s,
                           u"gpuNoneRadio"_s};
        QTest::newRow("Deployment") << int(WizardWindow::DeploymentPageId) << QString() << u"stepListView"_s
                                    << QStringList{u"messageLabel"_s, u"consoleView"_s, u"saveLogsButton"_s};
        QTest::newRow("Connect") << int(WizardWindow::ConnectPageId) << QString()
                                 << u"provisioningMethodComboBox"_s
                                 << QStringList{u"symIdScopeEdit"_s,         u"symRegistrationIdEdit"_s,
                                                u"individualKeyRadio"_s,     u"symmetricKeyEdit"_s,
                                                u"showSymmetricKeyButton"_s, u"rememberKeyCheckBox"_s,
                                                u"advancedToggle"_s};
        QTest::newRow("Connect, group key and advanced")
            << int(WizardWindow::ConnectPageId) << u"group key, advanced"_s << u"groupKeyRadio"_s
            << QStringList{u"symmetricKeyEdit"_s,     u"showSymmetricKeyButton"_s, u"derivedKeyEdit"_s,
                           u"showDerivedKeyButton"_s, u"copyDerivedKeyButton"_s,   u"rememberKeyCheckBox"_s,
                           u"advancedToggle"_s,       u"globalEndpointEdit"_s};
        QTest::newRow("Connect, remembered key")
            << int(WizardWindow::ConnectPageId) << u"remembered key"_s << u"symmetricKeyEdit"_s
            << QStringList{u"showSymmetricKeyButton"_s, u"useRememberedKeyButton"_s, u"rememberKeyCheckBox"_s,
                           u"advancedToggle"_s};
        // Finish: its labels are no tab stops (no text cursor in them); the check box is its one control.
    }

    void tabOrderFollowsTheReadingOrder()
    {
        QFETCH(int, pageId);
        QFETCH(QString, variant);
        QFETCH(QString, start);
        QFETCH(QStringList, expected);
        Fixture f;
        goTo(f, pageId);
        if (QTest::currentTestFailed())
            return;
        applyVariant(f, variant);
        if (QTest::currentTestFailed())
            return;
        QWidget *first = pageChild(f, start);
        QVERIFY(first);
        const QStringList actual = tabChain(first, int(expected.size()));
        QVERIFY2(actual == expected, qPrintable(u"Tab went: "_s + actual.join(u", "_s)));
    }

    void mnemonicsReachTheirWidgets_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<Qt::Key>("key");
        QTest::addColumn<QString>("target");
        // focus: the target gets the focus; checked/toggled: the button's state; page N: the wizard
        // moved there; filled: the line edit got text; complete: the page became complete;
        // overview: the overview window opened.
        QTest::addColumn<QString>("effect");
        const int target = WizardWindow::TargetPageId;
        QTest::newRow("Target Alt+R remote")
            << target << QString() << Qt::Key_R << u"remoteRadio"_s << u"checked"_s;
        QTest::newRow("Target Alt+S ssh address")
            << target << u"remote"_s << Qt::Key_S << u"sshTargetCombo"_s << u"focus"_s;
        QTest::newRow("Target Alt+D demo")
            << target << u"remote"_s << Qt::Key_D << u"demoRadio"_s << u"checked"_s;
        QTest::newRow("Target Alt+E scenario")
            << target << QString() << Qt::Key_E << u"scenarioCombo"_s << u"focus"_s;
        QTest::newRow("Target Alt+H check")
            << target << QString() << Qt::Key_H << u"checkDeviceButton"_s << u"probed"_s;
        const int settings = WizardWindow::SettingsPageId;
        QTest::newRow("Settings Alt+C cores")
            << settings << QString() << Qt::Key_C << u"coresSpinBox"_s << u"focus"_s;
        QTest::newRow("Settings Alt+M memory")
            << settings << QString() << Qt::Key_M << u"memorySpinBox"_s << u"focus"_s;
        QTest::newRow("Settings Alt+W switch")
            << settings << QString() << Qt::Key_W << u"switchCombo"_s << u"focus"_s;
        QTest::newRow("Settings Alt+N new switch name")
            << settings << u"new switch, static IP"_s << Qt::Key_N << u"newSwitchNameEdit"_s << u"focus"_s;
        QTest::newRow("Settings Alt+A IPv4 address")
            << settings << u"new switch, static IP"_s << Qt::Key_A << u"ipAddressEdit"_s << u"focus"_s;
        QTest::newRow("Settings Alt+T DHCP")
            << settings << u"new switch, static IP"_s << Qt::Key_T << u"dhcpRadio"_s << u"checked"_s;
        QTest::newRow("Settings Alt+D deploys")
            << settings << QString() << Qt::Key_D << QString() << u"page 4"_s;
        const int deployment = WizardWindow::DeploymentPageId;
        QTest::newRow("Deployment Alt+E steps")
            << deployment << QString() << Qt::Key_E << u"stepListView"_s << u"focus"_s;
        QTest::newRow("Deployment Alt+L console")
            << deployment << QString() << Qt::Key_L << u"consoleView"_s << u"focus"_s;
        QTest::newRow("Deployment Alt+N next")
            << deployment << QString() << Qt::Key_N << QString() << u"page 5"_s;
        const int connect = WizardWindow::ConnectPageId;
        QTest::newRow("Connect Alt+M method")
            << connect << QString() << Qt::Key_M << u"provisioningMethodComboBox"_s << u"focus"_s;
        QTest::newRow("Connect Alt+S ID scope")
            << connect << QString() << Qt::Key_S << u"symIdScopeEdit"_s << u"focus"_s;
        QTest::newRow("Connect Alt+R registration ID")
            << connect << QString() << Qt::Key_R << u"symRegistrationIdEdit"_s << u"focus"_s;
        QTest::newRow("Connect Alt+G group key")
            << connect << QString() << Qt::Key_G << u"groupKeyRadio"_s << u"checked"_s;
        QTest::newRow("Connect Alt+K key")
            << connect << QString() << Qt::Key_K << u"symmetricKeyEdit"_s << u"focus"_s;
        QTest::newRow("Connect Alt+A advanced")
            << connect << QString() << Qt::Key_A << u"advancedToggle"_s << u"toggled"_s;
        QTest::newRow("Connect Alt+E endpoint")
            << connect << u"group key, advanced"_s << Qt::Key_E << u"globalEndpointEdit"_s << u"focus"_s;
        QTest::newRow("Connect Alt+T remember the key")
            << connect << QString() << Qt::Key_T << u"rememberKeyCheckBox"_s << u"checked"_s;
        QTest::newRow("Connect Alt+Y use the remembered key")
            << connect << u"remembered key"_s << Qt::Key_Y << u"useRememberedKeyButton"_s
            << u"keychain answered"_s;
        QTest::newRow("Connect Alt+U demo enrollment")
            << connect << QString() << Qt::Key_U << u"symIdScopeEdit"_s << u"filled"_s;
        QTest::newRow("Connect Alt+C connection string")
            << connect << u"method 1"_s << Qt::Key_C << u"connectionStringEdit"_s << u"focus"_s;
        const int finish = WizardWindow::FinishPageId;
        QTest::newRow("Finish Alt+W open on finish")
            << finish << QString() << Qt::Key_W << u"openOverviewOnFinishCheckBox"_s << u"toggled"_s;
        // The wizard's "Device overview…" button, for support staff, from the first page on; Finish has
        // its own way (its check box) and no second one (issue 13 item 11).
        QTest::newRow("Getting Started Alt+O device overview")
            << int(WizardWindow::GettingStartedPageId) << QString() << Qt::Key_O << QString()
            << u"overview"_s;
    }

    void mnemonicsReachTheirWidgets()
    {
        QFETCH(int, pageId);
        QFETCH(QString, variant);
        QFETCH(Qt::Key, key);
        QFETCH(QString, target);
        QFETCH(QString, effect);
        Fixture f;
        goTo(f, pageId);
        if (QTest::currentTestFailed())
            return;
        applyVariant(f, variant);
        if (QTest::currentTestFailed())
            return;
        QWidget *widget = target.isEmpty() ? nullptr : pageChild(f, target);
        QVERIFY(target.isEmpty() || widget);
        auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool wasChecked = button && button->isChecked();
        if (effect == u"focus"_s && QApplication::focusWidget() == widget) {
            // The page gave it the focus on entry: start from elsewhere.
            f.wizard.button(QWizard::CancelButton)->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(QApplication::focusWidget() != widget);
        }
        if (effect == u"checked"_s)
            QVERIFY(!wasChecked);
        if (effect == u"complete"_s)
            QVERIFY(!f.wizard.currentPage()->isComplete());
        if (effect == u"probed"_s)
            QVERIFY(!f.wizard.controller()->facts());
        if (effect == u"filled"_s)
            QVERIFY(qobject_cast<QLineEdit *>(widget)->text().isEmpty());
        if (effect == u"overview"_s)
            QVERIFY(!f.wizard.overview());

        QTest::keyClick(&f.wizard, key, Qt::AltModifier);

        if (effect == u"focus"_s) {
            QTRY_COMPARE(describe(QApplication::focusWidget()), describe(widget));
        } else if (effect == u"checked"_s) {
            QTRY_VERIFY(button->isChecked());
        } else if (effect == u"toggled"_s) {
            QTRY_VERIFY(button->isChecked() != wasChecked);
        } else if (effect.startsWith(u"page "_s)) {
            QTRY_COMPARE(f.wizard.currentId(), effect.mid(5).toInt());
        } else if (effect == u"probed"_s) {
            QTRY_VERIFY_WITH_TIMEOUT(f.wizard.controller()->facts() && !f.wizard.controller()->isProbing(),
                                     kJobTimeoutMs);
        } else if (effect == u"complete"_s) {
            QTRY_VERIFY_WITH_TIMEOUT(f.wizard.currentPage()->isComplete(), kJobTimeoutMs);
        } else if (effect == u"filled"_s) {
            QTRY_VERIFY(!qobject_cast<QLineEdit *>(widget)->text().isEmpty());
        } else if (effect == u"keychain answered"_s) {
            // The window's own keychain (none here, or no such key): its sentence below the key.
            auto *note = pageChild<QLabel>(f, u"rememberedKeyLabel"_s);
            QTRY_VERIFY_WITH_TIMEOUT(note->isVisible() && !note->text().startsWith(u"Reading"_s),
                                     kJobTimeoutMs);
        } else if (effect == u"overview"_s) {
            QTRY_VERIFY(f.wizard.overview() && f.wizard.overview()->isVisible());
        } else {
            QFAIL(qPrintable(u"unknown effect "_s + effect));
        }
    }

    // The overview over a provisioned host, in one window (provisioning is the slow part): names and
    // mnemonics on every tab (if it has tabs), the Tab chain, and Alt+letters.
    void overviewKeyboard()
    {
        Fixture f;
        goTo(f, WizardWindow::FinishPageId);
        if (QTest::currentTestFailed())
            return;
        OverviewWindow *overview = f.wizard.showOverview();
        QVERIFY(overview);
        QVERIFY(showAndActivate(*overview));
        auto *refresh = overview->findChild<QWidget *>(u"refreshButton"_s);
        QVERIFY(refresh);
        QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), kJobTimeoutMs);

        const QList<QTabWidget *> tabs = overview->findChildren<QTabWidget *>();
        int pages = 1;
        for (QTabWidget *tab : tabs)
            pages = qMax(pages, tab->count());
        for (int i = 0; i < pages; ++i) {
            for (QTabWidget *tab : tabs)
                tab->setCurrentIndex(qMin(i, tab->count() - 1));
            int checked = 0;
            checkWindow(overview, {}, &checked);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(checked >= 6);
        }

        // Reading order, the selectable texts included; the module table is one stop (arrows move in it);
        // after the tab bar only the shown tab's widgets.
        auto *tabWidget = overview->findChild<QTabWidget *>(u"overviewTabs"_s);
        QVERIFY(tabWidget);
        tabWidget->setCurrentIndex(0);
        const QStringList expected{u"refreshButton"_s,
                                   u"exportButton"_s,
                                   u"supportBundleButton"_s,
                                   u"autoRefreshCheckBox"_s,
                                   u"autoRefreshIntervalSpinBox"_s,
                                   u"lastRefreshedLabel"_s,
                                   u"qt_tabwidget_tabbar"_s,
                                   u"moduleTable"_s,
                                   u"deviceInfoLabel"_s,
                                   u"serviceStatusLabel"_s,
                                   u"vmStatisticsLabel"_s,
                                   u"versionsLabel"_s,
                                   u"qt_tabwidget_tabbar"_s}; // past the shown tab: the tab bar again
        const QStringList actual =
            tabChain(overview->findChild<QWidget *>(u"deviceLabel"_s), int(expected.size()));
        QVERIFY2(actual == expected, qPrintable(u"Tab went: "_s + actual.join(u", "_s)));

        // Alt+letters: the tabs, then what each tab holds.
        struct Mnemonic
        {
            Qt::Key key;
            QString target;
            bool toggles;
            int tab;
        };
        const QList<Mnemonic> mnemonics{
            {Qt::Key_K, QString(), false, 1},          {Qt::Key_L, QString(), false, 2},
            {Qt::Key_S, u"logSearchEdit"_s, false, 2}, {Qt::Key_M, u"logFilterCheckBox"_s, true, 2},
            {Qt::Key_D, QString(), false, 0},          {Qt::Key_A, u"autoRefreshCheckBox"_s, true, 0}};
        for (const Mnemonic &m : mnemonics) {
            if (m.target.isEmpty()) {
                QTest::keyClick(overview, m.key, Qt::AltModifier);
                QTRY_COMPARE(tabWidget->currentIndex(), m.tab);
                continue;
            }
            QCOMPARE(tabWidget->currentIndex(), m.tab);
            auto *widget = overview->findChild<QWidget *>(m.target);
            QVERIFY2(widget, qPrintable(m.target));
            auto *button = qobject_cast<QAbstractButton *>(widget);
            if (m.toggles)
                QVERIFY2(button && !button->isChecked(), qPrintable(m.target));
            else
                QVERIFY2(QApplication::focusWidget() != widget, qPrintable(m.target));
            QTest::keyClick(overview, m.key, Qt::AltModifier);
            if (m.toggles)
                QTRY_VERIFY2(button->isChecked(), qPrintable(m.target));
            else
                QTRY_VERIFY2(QApplication::focusWidget() == widget, qPrintable(m.target));
        }
        overview->setAutoRefresh(false);
    }

    void enterPressesTheObviousButton_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::addColumn<QString>("focus");
        QTest::addColumn<int>("expectedPage"); // -1: the wizard was finished
        QTest::newRow("Settings: Deploy")
            << int(WizardWindow::SettingsPageId) << u"memorySpinBox"_s << int(WizardWindow::DeploymentPageId);
        QTest::newRow("Deployment: Next")
            << int(WizardWindow::DeploymentPageId) << u"stepListView"_s << int(WizardWindow::ConnectPageId);
        QTest::newRow("Connect, not provisioned: stays")
            << int(WizardWindow::ConnectPageId) << u"symIdScopeEdit"_s << int(WizardWindow::ConnectPageId);
        QTest::newRow("Finish: Finish")
            << int(WizardWindow::FinishPageId) << u"openOverviewOnFinishCheckBox"_s << -1;
    }

    void enterPressesTheObviousButton()
    {
        QFETCH(int, pageId);
        QFETCH(QString, focus);
        QFETCH(int, expectedPage);
        Fixture f;
        goTo(f, pageId);
        if (QTest::currentTestFailed())
            return;
        if (pageId == WizardWindow::FinishPageId) // nobody looks at the overview here
            pageChild<QCheckBox>(f, u"openOverviewOnFinishCheckBox"_s)->setChecked(false);
        QWidget *widget = pageChild(f, focus);
        QVERIFY(widget);
        widget->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(widget->hasFocus());
        press(Qt::Key_Return);
        if (expectedPage < 0) {
            QTRY_COMPARE(f.wizard.result(), int(QDialog::Accepted));
            QVERIFY(!f.wizard.isVisible());
        } else if (expectedPage == pageId) {
            QTest::qWait(300); // a Next that someone clicked would have moved by now
            QCOMPARE(f.wizard.currentId(), pageId);
        } else {
            QTRY_COMPARE(f.wizard.currentId(), expectedPage);
        }
    }

    void targetCheckIsReachableByKeyboard_data()
    {
        QTest::addColumn<Qt::Key>("key");
        QTest::newRow("Space") << Qt::Key_Space;
        QTest::newRow("Enter") << Qt::Key_Return;
    }

    void targetCheckIsReachableByKeyboard()
    {
        QFETCH(Qt::Key, key);
        Fixture f;
        goTo(f, WizardWindow::TargetPageId);
        if (QTest::currentTestFailed())
            return;
        auto *check = pageChild<QPushButton>(f, u"checkDeviceButton"_s);
        auto *scenario = pageChild(f, u"scenarioCombo"_s);
        QVERIFY(check && scenario);
        QVERIFY(!f.wizard.currentPage()->isComplete());
        QVERIFY(!f.wizard.button(QWizard::NextButton)->isEnabled());
        // Before a check, Enter anywhere on the page runs it.
        QVERIFY(check->isDefault());
        scenario->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(scenario->hasFocus());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), check);
        press(key);
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard.currentPage()->isComplete(), kJobTimeoutMs);
        QVERIFY(f.wizard.controller()->facts());
        QVERIFY(pageChild(f, u"checksTree"_s)->isVisible());
        // After the check, Enter means Next.
        QVERIFY(!check->isDefault());
        QVERIFY(f.wizard.button(QWizard::NextButton)->isEnabled());
        pageChild(f, u"demoRadio"_s)->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(pageChild(f, u"demoRadio"_s)->hasFocus());
        press(Qt::Key_Return);
        QTRY_COMPARE(f.wizard.currentId(), int(WizardWindow::SettingsPageId));
    }

    // From Getting Started to a provisioned device with key presses only: no clicks, no setters.
    void keyboardOnlyWalk()
    {
        Fixture f;
        QVERIFY(eflow::uitest::openTarget(*f.wizard.controller(),
                                          eflow::jobs::HostTarget::demo(u"win11-pro"_s, 0.0)));
        QVERIFY(showAndActivate(f.wizard));
        QCOMPARE(f.wizard.currentId(), int(WizardWindow::GettingStartedPageId));

        press(Qt::Key_Return);
        QTRY_COMPARE(f.wizard.currentId(), int(WizardWindow::LicensePageId));

        // License: Alt+A accepts (the check box's click is animated), Alt+N moves on.
        press(Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(f.plan.eulaAccepted());
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(f.wizard.currentId(), int(WizardWindow::TargetPageId));
        focusIsOnThePage(f.wizard);

        // Target: the demo host is chosen; Enter runs the check, then Enter is Next.
        QVERIFY(pageChild<QRadioButton>(f, u"demoRadio"_s)->isChecked());
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.wizard.controller()->facts().has_value() && !f.wizard.controller()->isProbing(), kJobTimeoutMs);
        if (usable(pageChild(f, u"acknowledgeWarningsCheckBox"_s)))
            press(Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(f.wizard.currentPage()->isComplete());
        press(Qt::Key_Return);
        QTRY_COMPARE(f.wizard.currentId(), int(WizardWindow::SettingsPageId));
        focusIsOnThePage(f.wizard);

        // Settings: Alt+M to the memory field, Tab on to the next one, keep the defaults, Alt+D deploys.
        press(Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(describe(QApplication::focusWidget()), u"memorySpinBox"_s);
        press(Qt::Key_Tab);
        QCOMPARE(describe(QApplication::focusWidget()), u"dataSpinBox"_s);
        press(Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(f.wizard.currentId(), int(WizardWindow::DeploymentPageId));
        focusIsOnThePage(f.wizard);
        QCOMPARE(describe(QApplication::focusWidget()), u"stepListView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard.currentPage()->isComplete(), kJobTimeoutMs);
        press(Qt::Key_Return);
        QTRY_COMPARE(f.wizard.currentId(), int(WizardWindow::ConnectPageId));
        QVERIFY(f.wizard.controller()->deployJob());
        focusIsOnThePage(f.wizard);

        // Connect: the demo enrollment, then Provision, then Enter.
        press(Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY(!pageChild<QLineEdit>(f, u"symIdScopeEdit"_s)->text().isEmpty());
        QTRY_VERIFY(pageChild(f, u"provisionButton"_s)->isEnabled());
        press(Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard.currentPage()->isComplete(), kJobTimeoutMs);
        QVERIFY(pageChild<QLabel>(f, u"provisionResultLabel"_s)->text().contains(u"demo-device"_s));
        press(Qt::Key_Return);
        QTRY_COMPARE(f.wizard.currentId(), int(WizardWindow::FinishPageId));
        focusIsOnThePage(f.wizard);

        // Finish: no overview this time (Alt+W), Enter finishes.
        press(Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(!pageChild<QCheckBox>(f, u"openOverviewOnFinishCheckBox"_s)->isChecked());
        press(Qt::Key_Return);
        QTRY_COMPARE(f.wizard.result(), int(QDialog::Accepted));
        QVERIFY(!f.wizard.overview());
    }
};

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizard_keyboard.moc"
