#include "ui/pages/TargetPage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

#include "engine/host/HostFacts.h"
#include "engine/host/HostRequirements.h"
#include "engine/host/SshKnownHosts.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/pages/HostKeyTrustDialog.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

using eflow::host::RequirementStatus;
using eflow::host::TargetVerdict;
using eflow::jobs::HostTarget;

enum Choice
{
    LocalChoice = 1,
    RemoteChoice,
    DemoChoice,
};

// The check results take the room the page has left over. QAbstractScrollArea asks for 192 px whatever it
// holds, which pushed the result panel below the window where lines are taller (Japanese); this asks for a
// few rows and still grows with the window.
class ChecksTree final : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

    QSize sizeHint() const override
    {
        const int rows = 4;
        const int height =
            header()->sizeHint().height() + rows * (fontMetrics().height() + 4) + 2 * frameWidth();
        return {QTreeWidget::sizeHint().width(), height};
    }
};

// The same marks as `eflow-wizard host check` prints (app/HostReport.cpp), so both read alike.
QString statusMark(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::Pass:
        return u"✓"_s;
    case RequirementStatus::Warning:
        return u"!"_s;
    case RequirementStatus::Fail:
        return u"✗"_s;
    case RequirementStatus::ActionNeeded:
        return u"→"_s;
    case RequirementStatus::Unknown:
        break;
    }
    return u"?"_s;
}

QString statusWord(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::Pass:
        return TargetPage::tr("Passed");
    case RequirementStatus::Warning:
        return TargetPage::tr("Warning");
    case RequirementStatus::Fail:
        return TargetPage::tr("Failed");
    case RequirementStatus::ActionNeeded:
        return TargetPage::tr("Action needed");
    case RequirementStatus::Unknown:
        break;
    }
    return TargetPage::tr("Not checked");
}

} // namespace

TargetPage::TargetPage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_controller(controller)
{
    Q_ASSERT(plan);
    Q_ASSERT(controller);
    setTitle(tr("Target device"));
    setSubTitle(tr("Choose the Windows device to deploy EFLOW on, and check that it can run it."));

    const bool localAvailable = eflow::jobs::localPowerShellAvailable();

    QGridLayout *choices = buildChoices(localAvailable);
    QHBoxLayout *checkRow = buildCheckRow();
    buildResults();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addSpacing(4);
    layout->addLayout(checkRow);
    layout->addWidget(m_error);
    layout->addWidget(m_verdict);
    layout->addWidget(m_facts);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_checkDetails);
    layout->addWidget(m_acknowledge);

    setTabOrder(m_local, m_remote);
    setTabOrder(m_remote, m_sshCombo);
    setTabOrder(m_sshCombo, m_demo);
    setTabOrder(m_demo, m_scenarioCombo);
    setTabOrder(m_scenarioCombo, m_check);
    setTabOrder(m_check, m_cancel);
    setTabOrder(m_cancel, m_results);
    setTabOrder(m_results, m_acknowledge);

    // Radio buttons in one group share a single tab stop; the fields of the chosen line follow it.
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onChoiceChanged();
    });
    connect(m_sshCombo, &QComboBox::editTextChanged, this, &TargetPage::onSshTextChanged);
    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this, &TargetPage::onScenarioChanged);
    connect(m_check, &QPushButton::clicked, this, &TargetPage::checkDevice);
    connect(m_cancel, &QPushButton::clicked, m_controller, &WizardController::cancelProbe);
    connect(m_acknowledge, &QCheckBox::toggled, this, [this] {
        if (m_acknowledge->isVisibleTo(this))
            updateVerdict();
        emit completeChanged();
    });
    connect(m_controller, &WizardController::probeStarted, this, &TargetPage::onProbeStarted);
    connect(m_controller, &WizardController::probeFinished, this, &TargetPage::onProbeFinished);
    connect(m_controller, &WizardController::hostKeyTrusted, this, &TargetPage::onHostKeyTrusted);
    // The host's own name arrives once it is open.
    connect(m_controller, &WizardController::targetChanged, this, &TargetPage::updateBusy);

    // Demo is the default where this computer cannot run EFLOW itself.
    (localAvailable ? m_local : m_demo)->setChecked(true);
    m_scenarioCombo->setCurrentIndex(
        qMax(0, m_scenarioCombo->findData(m_controller->hosts().defaultDemoScenario())));
    onScenarioChanged();
    onChoiceChanged();
    updateBusy();
    showResults();
}

QGridLayout *TargetPage::buildChoices(bool localAvailable)
{
    m_choices = new QButtonGroup(this);

    m_local = new QRadioButton(tr("This &computer"), this);
    m_local->setObjectName(u"localRadio"_s);
    m_local->setAccessibleName(tr("This computer"));
    m_local->setEnabled(localAvailable);
    m_localNote = makeNoteLabel(this);
    m_localNote->setObjectName(u"localNoteLabel"_s);
    m_localNote->setText(
        localAvailable ? tr("Deploy on this Windows computer with Windows PowerShell 5.1 (run the wizard "
                            "as administrator).")
                       : tr("Not available: this computer has no Windows PowerShell to run EFLOW. Choose a "
                            "remote Windows host or a demo host."));
    m_local->setAccessibleDescription(m_localNote->text());
    m_localNote->setIndent(20);
    m_choices->addButton(m_local, LocalChoice);

    m_remote = new QRadioButton(tr("A &remote Windows host"), this);
    m_remote->setObjectName(u"remoteRadio"_s);
    m_remote->setAccessibleName(tr("A remote Windows host"));
    m_choices->addButton(m_remote, RemoteChoice);
    m_sshCombo = new QComboBox(this);
    m_sshCombo->setObjectName(u"sshTargetCombo"_s);
    m_sshCombo->setEditable(true);
    m_sshCombo->setInsertPolicy(QComboBox::NoInsert);
    m_sshCombo->setAccessibleName(tr("Remote host ssh address"));
    m_sshCombo->lineEdit()->setPlaceholderText(u"ssh://admin@edge-01:22"_s);
    m_sshCombo->setMinimumContentsLength(28);
    auto *sshLabel = new QLabel(tr("&SSH address:"), this);
    sshLabel->setBuddy(m_sshCombo);
    m_sshMessage = makeNoteLabel(this);
    m_sshMessage->setObjectName(u"sshMessageLabel"_s);

    m_demo = new QRadioButton(tr("A &demo host"), this);
    m_demo->setObjectName(u"demoRadio"_s);
    m_demo->setAccessibleName(tr("A demo host"));
    m_choices->addButton(m_demo, DemoChoice);
    m_scenarioCombo = new QComboBox(this);
    m_scenarioCombo->setObjectName(u"scenarioCombo"_s);
    m_scenarioCombo->setAccessibleName(tr("Demo scenario"));
    for (const eflow::jobs::DemoScenarioInfo &scenario : m_controller->hosts().demoScenarios())
        m_scenarioCombo->addItem(scenario.title, scenario.id);
    auto *scenarioLabel = new QLabel(tr("Sc&enario:"), this);
    scenarioLabel->setBuddy(m_scenarioCombo);
    m_scenarioDescription = makeNoteLabel(this);
    m_scenarioDescription->setObjectName(u"scenarioDescriptionLabel"_s);

    // The three choices with their fields indented under them.
    auto *choices = new QGridLayout;
    choices->setColumnMinimumWidth(0, 20);
    choices->addWidget(m_local, 0, 0, 1, 3);
    choices->addWidget(m_localNote, 1, 1, 1, 2);
    choices->addWidget(m_remote, 2, 0, 1, 3);
    choices->addWidget(sshLabel, 3, 1);
    choices->addWidget(m_sshCombo, 3, 2);
    choices->addWidget(m_sshMessage, 4, 1, 1, 2);
    choices->addWidget(m_demo, 5, 0, 1, 3);
    choices->addWidget(scenarioLabel, 6, 1);
    choices->addWidget(m_scenarioCombo, 6, 2);
    choices->addWidget(m_scenarioDescription, 7, 1, 1, 2);
    choices->setColumnStretch(2, 1);

    return choices;
}

QHBoxLayout *TargetPage::buildCheckRow()
{
    m_check = new QPushButton(tr("C&heck the device"), this);
    m_check->setObjectName(u"checkDeviceButton"_s);
    m_check->setAccessibleName(tr("Check the device"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"probeBusyBar"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Checking the device"));
    m_busy->setMaximumWidth(160);
    m_busyLabel = makeNoteLabel(this);
    m_busyLabel->setObjectName(u"probeBusyLabel"_s);
    m_cancel = new QPushButton(tr("Stop the check"), this);
    m_cancel->setObjectName(u"cancelProbeButton"_s);
    m_cancel->setAccessibleName(tr("Stop the check"));

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_busy);
    checkRow->addWidget(m_busyLabel, 1);
    checkRow->addWidget(m_cancel);
    checkRow->addStretch();
    return checkRow;
}

// The verdict, the facts behind it, each check, and the acknowledgement of warnings.
void TargetPage::buildResults()
{
    m_verdict = new WrappingLabel(this);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_facts = makeNoteLabel(this);
    m_facts->setObjectName(u"hostFactsLabel"_s);
    m_error = makeNoteLabel(this);
    m_error->setObjectName(u"probeErrorLabel"_s);

    m_results = new ChecksTree(this);
    m_results->setObjectName(u"checksTree"_s);
    m_results->setAccessibleName(tr("Host checks"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Status"), tr("Check"), tr("Details")});
    m_results->setRootIsDecorated(true);
    m_results->setWordWrap(true);
    m_results->setUniformRowHeights(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);

    // The selected check in full: the tree's Details column elides long sentences and fixes.
    m_checkDetails = makeNoteLabel(this);
    m_checkDetails->setObjectName(u"checkDetailsLabel"_s);
    m_checkDetails->setFrameShape(QFrame::StyledPanel);
    m_checkDetails->setMargin(4);
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent())
            item = item->parent();
        m_checkDetails->setText(item ? item->data(2, Qt::UserRole).toString() : QString());
        m_checkDetails->setVisible(item != nullptr && m_results->isVisible());
    });

    m_acknowledge = new QCheckBox(tr("I have read the &warnings"), this);
    m_acknowledge->setObjectName(u"acknowledgeWarningsCheckBox"_s);
    m_acknowledge->setAccessibleName(tr("I have read the warnings"));
}

void TargetPage::initializePage()
{
    const QString current = m_sshCombo->currentText();
    m_sshCombo->clear();
    m_sshCombo->addItems(WizardController::recentSshTargets());
    m_sshCombo->setEditText(current.isEmpty() && m_sshCombo->count() > 0 ? m_sshCombo->itemText(0) : current);

    selectFromSession();

    // Settings may have changed the plan since the last probe: the verdict follows them.
    if (m_controller->facts() && !m_controller->isProbing())
        m_controller->reevaluate();

    // Going back from a later page does not call initializePage; the wizard's page change does.
    if (!m_wizardConnected && wizard()) {
        m_wizardConnected = true;
        connect(wizard(), &QWizard::currentIdChanged, this, [this] {
            if (!wizard() || wizard()->currentPage() != this)
                return;
            if (m_controller->facts() && !m_controller->isProbing()) {
                m_controller->reevaluate();
                showResults();
            }
            // QWizard has just made Next the default button again (it does on every page change).
            preferCheck();
            // QWizard may leave the keyboard focus on the previous page's now hidden widget, from which
            // Tab and Enter would start: the focus goes to the chosen kind of device.
            const QWidget *focus = wizard()->focusWidget();
            if ((!focus || !focus->isVisible()) && m_choices->checkedButton())
                m_choices->checkedButton()->setFocus(Qt::TabFocusReason);
        });
    }
    updateBusy();
    showResults();
}

void TargetPage::cleanupPage()
{
    if (m_controller->isProbing())
        m_controller->cancelProbe();
}

void TargetPage::selectFromSession()
{
    // A target opened before the page (--demo=SCENARIO, a resumed job) is the one the page shows.
    if (!m_controller->isOpen() && !m_controller->isOpening())
        return;
    const HostTarget &target = m_controller->target();
    switch (target.kind) {
    case HostTarget::Kind::Local:
        if (m_local->isEnabled())
            m_local->setChecked(true);
        break;
    case HostTarget::Kind::Ssh:
        m_remote->setChecked(true);
        m_sshCombo->setEditText(target.toString());
        break;
    case HostTarget::Kind::Demo: {
        m_demo->setChecked(true);
        const QString id =
            target.scenarioId.isEmpty() ? m_controller->hosts().defaultDemoScenario() : target.scenarioId;
        const int index = m_scenarioCombo->findData(id);
        if (index >= 0)
            m_scenarioCombo->setCurrentIndex(index);
        break;
    }
    case HostTarget::Kind::Unknown:
        break;
    }
    if (m_controller->facts())
        m_probedTarget = target.toString();
}

std::optional<HostTarget> TargetPage::chosenTarget(QString *error) const
{
    switch (m_choices->checkedId()) {
    case LocalChoice:
        return HostTarget::local();
    case RemoteChoice:
        return HostTarget::fromSshUrl(m_sshCombo->currentText().trimmed(), error);
    case DemoChoice: {
        double speed = 1.0;
        if (m_controller->target().kind == HostTarget::Kind::Demo)
            speed = m_controller->target().speed;
        return HostTarget::demo(m_scenarioCombo->currentData().toString(), speed);
    }
    default:
        break;
    }
    if (error)
        *error = tr("Choose this computer, a remote Windows host or a demo host.");
    return std::nullopt;
}

void TargetPage::onChoiceChanged()
{
    const int choice = m_choices->checkedId();
    m_sshCombo->setEnabled(choice == RemoteChoice);
    m_scenarioCombo->setEnabled(choice == DemoChoice);
    m_sshMessage->setVisible(choice == RemoteChoice);
    onSshTextChanged();
    updateBusy();
    showResults();
    emit completeChanged();
    preferCheck();
}

void TargetPage::onSshTextChanged()
{
    if (m_choices->checkedId() != RemoteChoice) {
        m_sshMessage->clear();
        return;
    }
    const QString text = m_sshCombo->currentText().trimmed();
    QString error;
    if (text.isEmpty()) {
        m_sshMessage->setText(tr("Enter the host as ssh://USER@HOST or ssh://USER@HOST:PORT."));
    } else if (HostTarget::fromSshUrl(text, &error)) {
        m_sshMessage->setText(
            tr("The wizard connects with your ssh client and keys; it never asks for a password."));
    } else {
        m_sshMessage->setText(error);
    }
    m_sshCombo->setAccessibleDescription(m_sshMessage->text());
    updateBusy();
    showResults();
    emit completeChanged();
    preferCheck();
}

void TargetPage::preferCheck()
{
    // A new choice wants a check: Enter runs it. After QWizard's own button update (completeChanged),
    // which makes Next or Finish the default.
    if (m_check->isEnabled() && !isComplete())
        m_check->setDefault(true);
}

void TargetPage::onScenarioChanged()
{
    const auto scenario = m_controller->hosts().demoScenario(m_scenarioCombo->currentData().toString());
    m_scenarioDescription->setText(scenario ? scenario->description : QString());
    m_scenarioCombo->setAccessibleDescription(m_scenarioDescription->text());
    if (m_choices->checkedId() == DemoChoice) {
        showResults();
        emit completeChanged();
        preferCheck();
    }
}

void TargetPage::checkDevice()
{
    if (m_controller->isProbing())
        return;
    QString error;
    const auto target = chosenTarget(&error);
    if (!target) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    m_probedTarget.clear();
    m_acknowledge->setChecked(false);
    if (!m_controller->openTarget(*target, &error)) {
        m_error->setText(error.isEmpty() ? tr("The device could not be opened.") : error);
        showResults();
        m_error->setVisible(true);
        emit completeChanged();
        return;
    }
    m_error->clear();
    m_controller->startProbe();
    updateBusy();
    emit completeChanged();
}

void TargetPage::onProbeStarted()
{
    updateBusy();
    emit completeChanged();
}

void TargetPage::onProbeFinished()
{
    const HostTarget &target = m_controller->target();
    if (m_controller->facts()) {
        m_probedTarget = target.toString();
        if (target.kind == HostTarget::Kind::Ssh)
            WizardController::rememberSshTarget(target.toString());
    } else {
        m_probedTarget.clear();
    }
    updateBusy();
    showResults();
    const eflow::host::HostOperationResult &failure = m_controller->probeFailure();
    if (!m_controller->facts() && failure.errorId == eflow::host::sshUnknownHostKeyId() &&
        !failure.errorDetails.value(u"fingerprint"_s).toString().isEmpty())
        askToTrustHostKey(failure.errorDetails);
    // After a check, Enter means Next again.
    m_check->setDefault(false);
    emit completeChanged();
}

void TargetPage::askToTrustHostKey(const QJsonObject &details)
{
    if (m_trustDialog)
        return;
    auto *dialog = new HostKeyTrustDialog(details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_trustDialog = dialog;
    connect(dialog, &QMessageBox::buttonClicked, this, [this, dialog](QAbstractButton *button) {
        if (button != dialog->trustButton())
            return;
        m_busyLabel->setText(tr("Trusting the host key …"));
        m_check->setEnabled(false);
        m_controller->trustHostKey(dialog->details());
    });
    dialog->open();
}

void TargetPage::onHostKeyTrusted(bool trusted, const QString &error)
{
    if (!trusted) {
        m_error->setText(tr("The host key was not trusted: %1").arg(error));
        m_error->setVisible(true);
        updateBusy();
        return;
    }
    checkDevice();
}

void TargetPage::updateBusy()
{
    const bool probing = m_controller->isProbing();
    m_busy->setVisible(probing);
    m_cancel->setVisible(probing);
    m_busyLabel->setVisible(probing);
    if (probing) {
        // While the host still opens, its name is what the technician chose.
        const QString what =
            m_controller->isOpen() ? m_controller->describe() : m_controller->target().toString();
        m_busyLabel->setText(tr("Checking %1 …").arg(what));
    }
    const bool sshBad = m_choices->checkedId() == RemoteChoice &&
                        !HostTarget::fromSshUrl(m_sshCombo->currentText().trimmed());
    m_check->setEnabled(!probing && !sshBad);
    m_local->setEnabled(!probing && eflow::jobs::localPowerShellAvailable());
    m_remote->setEnabled(!probing);
    m_demo->setEnabled(!probing);
}

void TargetPage::showResults()
{
    QString currentTarget;
    if (const auto target = chosenTarget())
        currentTarget = target->toString();
    const bool current =
        !m_probedTarget.isEmpty() && m_probedTarget == currentTarget && !m_controller->isProbing();

    m_results->clear();
    const QString probeError = m_controller->probeError();
    m_error->setText(!m_controller->isProbing() && !probeError.isEmpty()
                         ? tr("The check did not finish: %1").arg(probeError)
                         : QString());
    m_error->setVisible(!m_error->text().isEmpty());

    if (!current || !m_controller->facts()) {
        m_verdict->setText(m_controller->isProbing() ? QString()
                                                     : tr("Choose a device and check it to continue."));
        m_facts->clear();
        m_facts->setVisible(false);
        m_results->setVisible(false);
        m_checkDetails->setVisible(false);
        m_acknowledge->setVisible(false);
        return;
    }

    const eflow::host::HostFacts &f = *m_controller->facts();
    const eflow::host::TargetEvaluation &evaluation = m_controller->evaluation();
    QString build = f.buildNumber >= 0 ? QString::number(f.buildNumber) : tr("unknown");
    if (f.buildNumber >= 0 && f.ubr >= 0)
        build += u"."_s + QString::number(f.ubr);
    const QString memory = f.freeMemoryMb >= 0 && f.totalMemoryMb >= 0
                               ? tr("%1 MB free of %2 MB").arg(f.freeMemoryMb).arg(f.totalMemoryMb)
                               : (f.freeMemoryMb >= 0 ? tr("%1 MB free").arg(f.freeMemoryMb) : tr("unknown"));
    const QString processors =
        f.logicalProcessors >= 0 ? QString::number(f.logicalProcessors) : tr("unknown");
    m_facts->setText(tr("Computer: %1 · %2, build %3 · Memory: %4 · Logical processors: %5")
                         .arg(f.computerName.isEmpty() ? tr("unknown") : f.computerName,
                              f.osCaption.isEmpty() ? tr("Windows (edition unknown)") : f.osCaption, build,
                              memory, processors));
    m_facts->setVisible(true);

    bool warnings = false;
    QTreeWidgetItem *firstProblem = nullptr;
    for (const eflow::host::RequirementCheck &check : evaluation.checks) {
        const QString status = u"%1 %2"_s.arg(statusMark(check.status), statusWord(check.status));
        auto *item = new QTreeWidgetItem(m_results, {status, check.title, check.detail});
        item->setData(0, Qt::UserRole, check.id);
        QString full = tr("%1 — %2: %3").arg(check.title, statusWord(check.status), check.detail);
        if (!check.fix.isEmpty() && check.status != RequirementStatus::Pass)
            full += u"\n"_s + tr("Fix: %1").arg(check.fix);
        item->setData(2, Qt::UserRole, full);
        if (!firstProblem && check.status != RequirementStatus::Pass)
            firstProblem = item;
        item->setData(0, Qt::AccessibleTextRole, statusWord(check.status));
        item->setToolTip(2, check.detail);
        if (!check.fix.isEmpty() && check.status != RequirementStatus::Pass) {
            const QString fix = tr("Fix: %1").arg(check.fix);
            item->setToolTip(2, check.detail + u"\n"_s + fix);
            auto *child = new QTreeWidgetItem(item, {QString(), QString(), fix});
            child->setToolTip(2, check.fix);
            item->setExpanded(true);
        }
        warnings = warnings || check.status == RequirementStatus::Warning;
    }
    m_results->setVisible(true);
    // The first check that is not passed is the one to read; otherwise the first.
    QTreeWidgetItem *selected = firstProblem ? firstProblem : m_results->topLevelItem(0);
    m_results->setCurrentItem(selected);
    m_checkDetails->setText(selected ? selected->data(2, Qt::UserRole).toString() : QString());
    m_checkDetails->setVisible(selected != nullptr);
    if (selected)
        m_results->scrollToItem(selected);
    const bool supported = evaluation.verdict == TargetVerdict::Supported ||
                           evaluation.verdict == TargetVerdict::SupportedWithActions;
    m_acknowledge->setVisible(warnings && supported);
    updateVerdict();
}

// "Supported" is not true yet while a warning waits for its tick: until then the headline says so.
void TargetPage::updateVerdict()
{
    const eflow::host::TargetEvaluation &evaluation = m_controller->evaluation();
    if (!m_acknowledge->isVisibleTo(this) || m_acknowledge->isChecked()) {
        m_verdict->setText(evaluation.summary.isEmpty() ? tr("The device could not be checked.")
                                                        : evaluation.summary);
        return;
    }
    const QList<eflow::host::RequirementCheck> actions = evaluation.actions();
    if (actions.isEmpty()) {
        m_verdict->setText(tr("Supported once you confirm the warnings below"));
        return;
    }
    //: %n is the number of actions, %1 the first one's sentence
    m_verdict->setText(tr("Supported after %n action(s), once you confirm the warnings below: %1", nullptr,
                          int(actions.size()))
                           .arg(actions.first().detail));
}

bool TargetPage::isComplete() const
{
    if (m_controller->isProbing() || !m_controller->facts() || m_probedTarget.isEmpty())
        return false;
    const auto target = chosenTarget();
    if (!target || target->toString() != m_probedTarget)
        return false;
    const eflow::host::TargetEvaluation &evaluation = m_controller->evaluation();
    if (evaluation.verdict != TargetVerdict::Supported &&
        evaluation.verdict != TargetVerdict::SupportedWithActions)
        return false;
    for (const eflow::host::RequirementCheck &check : evaluation.checks) {
        if (check.status == RequirementStatus::Warning)
            return m_acknowledge->isChecked();
    }
    return true;
}

bool TargetPage::validatePage()
{
    return isComplete();
}

} // namespace eflow::ui
