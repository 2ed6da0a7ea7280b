#include "ui/Autopilot.h"

#include <functional>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextList>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>
#include <QWizardPage>

#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/WizardWindow.h"
#include "ui/widgets/BulletList.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

struct AutopilotTr
{
    Q_DECLARE_TR_FUNCTIONS(Autopilot)
};

constexpr int licenseLinesShown = 4;
constexpr int maxSteps = 64; // a wizard that loops forever must not hang a headless run

QString withoutMnemonic(const QString &text)
{
    QString result = text;
    result.replace(u"&&"_s, u"\u0001"_s);
    result.remove(u'&');
    result.replace(u"\u0001"_s, u"&"_s);
    return result;
}

// The lines a label shows, with list items marked the way a plain-text reader expects them.
QStringList labelLines(const QLabel *label)
{
    QStringList lines;
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument doc;
        doc.setHtml(label->text());
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QString text = block.text().simplified();
            if (text.isEmpty())
                continue;
            lines.append(block.textList() ? u" - "_s + text : text);
        }
    } else {
        for (const QString &line : label->text().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(withoutMnemonic(line.trimmed()));
        }
    }
    return lines;
}

// Prints what a page shows by walking its layouts in order, which is the order a user reads it in.
class PageReader final
{
public:
    PageReader(QTextStream &out, const QWidget *page)
        : m_out(out)
        , m_page(page)
    {}

    void read(const QWidget *widget)
    {
        if (!widget || !widget->isVisibleTo(m_page) || m_seen.contains(widget))
            return;
        m_seen.insert(widget);

        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            // A label that names a combo box is printed with it, on one line.
            if (qobject_cast<const QComboBox *>(label->buddy()))
                return;
            // A list's bullet is printed as "- " before its item.
            if (isListBullet(label)) {
                m_bulletPending = true;
                return;
            }
            QStringList lines = labelLines(label);
            if (m_bulletPending && !lines.isEmpty())
                lines.first().prepend(u" - "_s);
            m_bulletPending = false;
            if (qobject_cast<const QTextBrowser *>(label->buddy())) {
                for (const QString &line : lines)
                    emitLine(line.endsWith(u':') ? line : line + u':');
                return;
            }
            for (const QString &line : lines)
                emitLine(line);
            return;
        }
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            QStringList choices;
            for (int i = 0; i < combo->count(); ++i)
                choices.append(combo->itemText(i));
            emitLine(AutopilotTr::tr("%1: %2 (choices: %3)")
                         .arg(comboName(combo), combo->currentText(), choices.join(u", "_s)));
            return;
        }
        if (const auto *check = qobject_cast<const QCheckBox *>(widget)) {
            emitLine(AutopilotTr::tr("[%1] %2").arg(check->isChecked() ? u"x"_s : u" "_s,
                                                    withoutMnemonic(check->text())));
            return;
        }
        if (const auto *browser = qobject_cast<const QTextBrowser *>(widget)) {
            const QStringList all = browser->toPlainText().split(u'\n');
            int shown = 0;
            for (const QString &line : all) {
                if (line.trimmed().isEmpty())
                    continue;
                emitLine(u"  | "_s + line.trimmed());
                if (++shown == licenseLinesShown)
                    break;
            }
            emitLine(AutopilotTr::tr("  | … (%n line(s) in all)", nullptr, int(all.size())));
            return;
        }
        if (const auto *tree = qobject_cast<const QTreeWidget *>(widget)) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                readTreeItem(tree->topLevelItem(i), 0);
            return;
        }
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            emitLine(AutopilotTr::tr("[button] %1").arg(withoutMnemonic(button->text())));
            return;
        }
        if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            emitLine(withoutMnemonic(group->title()));
        if (const auto *scroll = qobject_cast<const QScrollArea *>(widget)) {
            read(scroll->widget());
            return;
        }
        if (widget->layout())
            readLayout(widget->layout());
    }

private:
    void readLayout(const QLayout *layout)
    {
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (item->widget())
                read(item->widget());
            else if (item->layout())
                readLayout(item->layout());
        }
    }

    void readTreeItem(const QTreeWidgetItem *item, int depth)
    {
        emitLine(QString(depth * 2, u' ') + u"- "_s + item->text(0));
        for (int i = 0; i < item->childCount(); ++i)
            readTreeItem(item->child(i), depth + 1);
    }

    QString comboName(const QComboBox *combo) const
    {
        // The label whose buddy the combo box is, as the user sees it; else the accessible name.
        for (const QLabel *label : m_page->findChildren<QLabel *>()) {
            if (label->buddy() == combo) {
                QString name = withoutMnemonic(label->text()).trimmed();
                if (name.endsWith(u':'))
                    name.chop(1);
                return name;
            }
        }
        return combo->accessibleName();
    }

    void emitLine(const QString &text) { m_out << u"  "_s << text << '\n'; }

    QTextStream &m_out;
    const QWidget *m_page;
    QSet<const QWidget *> m_seen;
    bool m_bulletPending = false;
};

QString yesNo(bool value)
{
    return value ? AutopilotTr::tr("yes") : AutopilotTr::tr("no");
}

// The autopilot's choices on the licence page: keep the release, accept, leave optional data off.
// Each is a click on the real check box, so the page's bindings to the plan are what get exercised.
void chooseOnLicensePage(QWizardPage *page, QTextStream &out)
{
    auto *accept = page->findChild<QCheckBox *>(u"acceptLicenseCheckBox"_s);
    auto *telemetry = page->findChild<QCheckBox *>(u"optionalTelemetryCheckBox"_s);
    auto *release = page->findChild<QComboBox *>(u"releaseComboBox"_s);
    if (accept && !accept->isChecked())
        accept->click();
    if (telemetry && telemetry->isChecked())
        telemetry->click();
    out << u"  "_s
        << AutopilotTr::tr(
               "Chosen: release = %1; accept the license terms = %2; optional diagnostic data = %3")
               .arg(release ? release->currentText() : AutopilotTr::tr("(none)"),
                    yesNo(accept && accept->isChecked()), yesNo(telemetry && telemetry->isChecked()))
        << '\n';
}

bool usable(const QAbstractButton *button)
{
    return button && button->isVisible() && button->isEnabled();
}

void letTheWindowCatchUp()
{
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
}

bool clickIfUsable(QWizardPage *page, const QString &name, QTextStream &out)
{
    auto *button = page->findChild<QAbstractButton *>(name);
    if (!usable(button))
        return false;
    out << u"  \u2192 "_s << withoutMnemonic(button->text()) << '\n';
    button->click();
    return true;
}

QString labelText(QWizardPage *page, const QString &name)
{
    const auto *label = page->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

constexpr int probeTimeoutMs = 3 * 60 * 1000;
constexpr int deployTimeoutMs = 90 * 60 * 1000;
constexpr int provisionTimeoutMs = 20 * 60 * 1000;
constexpr int pagesBuiltTimeoutMs = 5 * 1000;

// Target: check the device (the demo host preselected where there is no Windows PowerShell), read the
// verdict, acknowledge warnings (they are printed above).
bool driveTargetPage(QWizardPage *page, QTextStream &out)
{
    if (!page->isComplete()) {
        if (!clickIfUsable(page, u"checkDeviceButton"_s, out))
            return false;
        waitFor([page]() { return !usable(page->findChild<QAbstractButton *>(u"cancelProbeButton"_s)); },
                probeTimeoutMs);
    }
    PageReader(out, page).read(page);
    if (auto *ack = page->findChild<QCheckBox *>(u"acknowledgeWarningsCheckBox"_s);
        usable(ack) && !ack->isChecked()) {
        ack->click();
        out << u"  "_s << AutopilotTr::tr("Acknowledged the warnings.") << '\n';
    }
    return true;
}

// Deployment: the page starts the deploy itself (or offers to continue an interrupted one); wait for it.
bool driveDeploymentPage(QWizardPage *page, QTextStream &out)
{
    clickIfUsable(page, u"continueButton"_s, out);
    const bool ended = waitFor(
        [page]() {
            return page->isComplete() || usable(page->findChild<QAbstractButton *>(u"retryButton"_s));
        },
        deployTimeoutMs);
    out << u"  "_s << labelText(page, u"headlineLabel"_s) << '\n';
    if (const QString message = labelText(page, u"messageLabel"_s); !message.isEmpty())
        out << u"  "_s << message << '\n';
    return ended && page->isComplete();
}

// Connect: in demo mode the demo enrollment; then provision and wait for the result.
bool driveConnectPage(QWizardPage *page, QTextStream &out)
{
    clickIfUsable(page, u"useDemoEnrollmentButton"_s, out);
    if (!clickIfUsable(page, u"provisionButton"_s, out))
        return page->isComplete();
    waitFor([page]() { return !usable(page->findChild<QAbstractButton *>(u"cancelProvisioningButton"_s)); },
            provisionTimeoutMs);
    out << u"  "_s << labelText(page, u"provisionResultLabel"_s) << '\n';
    return page->isComplete();
}

} // namespace

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

int runAutopilot(WizardWindow &wizard, QTextStream &out)
{
    // QWizard enters its start page when it is first shown; until then there is no current page.
    if (!wizard.isVisible())
        wizard.show();
    if (wizard.currentId() == -1)
        wizard.restart();
    // The window builds its later pages after its first paint, one per turn of the event loop: let it,
    // as it does for a user (the stall report measures that), and build any still missing after that.
    waitFor([&wizard]() { return wizard.pagesBuilt(); }, pagesBuiltTimeoutMs);
    wizard.ensurePages();
    QWizardPage *page = wizard.currentPage();
    if (!page) {
        out << AutopilotTr::tr("Autopilot: the wizard has no start page.") << '\n';
        out.flush();
        return 3;
    }

    // The banner says what is simulated; a headless run must say it too.
    if (const auto *banner = wizard.findChild<QWidget *>(QStringLiteral("demoBanner"))) {
        QStringList texts;
        for (const QLabel *label : banner->findChildren<QLabel *>())
            texts << label->text();
        out << texts.join(QStringLiteral(": ")) << '\n';
    }

    const qsizetype pageCount = wizard.pageIds().size();
    int step = 0;
    while (page) {
        if (++step > maxSteps) {
            out << AutopilotTr::tr("Autopilot: stopped after %1 pages; the wizard seems to loop.")
                       .arg(maxSteps)
                << '\n';
            out.flush();
            return 1;
        }
        out << AutopilotTr::tr("[%1/%2] %3").arg(step).arg(pageCount).arg(page->title()) << '\n';
        if (!page->subTitle().isEmpty())
            out << u"  "_s << page->subTitle() << '\n';
        PageReader(out, page).read(page);

        bool driven = true;
        switch (wizard.currentId()) {
        case WizardWindow::LicensePageId:
            chooseOnLicensePage(page, out);
            break;
        case WizardWindow::TargetPageId:
            driven = driveTargetPage(page, out);
            break;
        case WizardWindow::DeploymentPageId:
            driven = driveDeploymentPage(page, out);
            break;
        case WizardWindow::ConnectPageId:
            driven = driveConnectPage(page, out);
            break;
        case WizardWindow::FinishPageId:
            // A headless walk has nobody to look at the overview window.
            if (auto *open = page->findChild<QCheckBox *>(u"openOverviewOnFinishCheckBox"_s);
                open && open->isChecked())
                open->click();
            break;
        default:
            break;
        }
        if (!driven) {
            out << AutopilotTr::tr("Autopilot: \"%1\" did not succeed (see above).").arg(page->title())
                << '\n';
            out.flush();
            return 1;
        }

        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        // A commit page (Deployment) moves on with the Commit button instead of Next.
        if (!usable(next) && usable(wizard.button(QWizard::CommitButton)))
            next = wizard.button(QWizard::CommitButton);
        if (usable(finish)) {
            out << u"  \u2192 "_s << withoutMnemonic(finish->text()) << '\n';
            finish->click();
            break;
        }
        if (!usable(next)) {
            out << AutopilotTr::tr("Autopilot: stuck on \"%1\": neither Next nor Finish can be pressed.")
                       .arg(page->title())
                << '\n';
            out.flush();
            return 1;
        }
        out << u"  \u2192 "_s << withoutMnemonic(next->text()).remove(u'>').trimmed() << '\n';
        const int before = wizard.currentId();
        next->click();
        // Like a user between two clicks, let the window lay out and paint the new page first: the walk
        // does not pile every page's work into one turn of the event loop.
        letTheWindowCatchUp();
        if (wizard.currentId() == before) {
            out << AutopilotTr::tr("Autopilot: \"%1\" did not let the wizard move on.").arg(page->title())
                << '\n';
            out.flush();
            return 1;
        }
        page = wizard.currentPage();
    }

    if (wizard.result() != QDialog::Accepted) {
        out << AutopilotTr::tr("Autopilot: the wizard closed without being finished.") << '\n';
        out.flush();
        return 2;
    }
    if (!wizard.plan() || !wizard.plan()->eulaAccepted()) {
        out << AutopilotTr::tr("Autopilot: the wizard finished, but the license terms are not accepted.")
            << '\n';
        out.flush();
        return 2;
    }
    // Done means a device that runs: provisioned, with edgeAgent running.
    const jobs::HostJobState &state = wizard.controller()->provisionState();
    bool agent = false;
    if (state.modules) {
        for (const host::IotEdgeModule &m : state.modules->modules) {
            out << u"  "_s << AutopilotTr::tr("Module %1: %2 (%3)").arg(m.name, m.statusText, m.description)
                << '\n';
            agent = agent || (m.name == u"edgeAgent"_s && m.status == host::ModuleStatus::Running);
        }
    }
    if (!agent) {
        out << AutopilotTr::tr("Autopilot: the wizard finished, but edgeAgent is not running on the device.")
            << '\n';
        out.flush();
        return 2;
    }
    // The caller prints the resulting plan from the model itself.
    out.flush();
    return 0;
}

} // namespace eflow::ui
