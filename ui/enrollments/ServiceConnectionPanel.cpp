#include "ui/enrollments/ServiceConnectionPanel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/crypto/ConnectionString.h"
#include "engine/support/SecretRef.h"
#include "engine/support/SecretStore.h"
#include "ui/WizardController.h"
#include "ui/pages/ProvisioningFields.h"
#include "ui/widgets/KeyField.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

constexpr QStringView kPrefix = u"dps-service-";

// The demo's local DPS, when a demo host is open and offers its service connection.
const jobs::DemoDps *demoDps(const WizardController *controller)
{
    if (!controller || !controller->runner())
        return nullptr;
    const auto &host = controller->runner()->host();
    if (!host || !host->demo || !host->demo->serviceConnectionString ||
        host->demo->serviceConnectionString->isEmpty())
        return nullptr;
    return &*host->demo;
}

} // namespace

ServiceConnectionPanel::ServiceConnectionPanel(WizardController *controller, DpsServiceConnection *connection,
                                               QWidget *parent)
    : QGroupBox(tr("DPS service connection"), parent)
    , m_controller(controller)
    , m_connection(connection)
{
    setObjectName(u"serviceConnectionBox"_s);
    buildRows();
    connect(m_connection, &DpsServiceConnection::changed, this, &ServiceConnectionPanel::updateState);
    if (m_controller)
        connect(m_controller, &WizardController::targetChanged, this, &ServiceConnectionPanel::refresh);
    refresh();
}

ServiceConnectionPanel::~ServiceConnectionPanel()
{
    const QSignalBlocker block(m_connectionString); // the connection may be gone already
    clearKeyField(m_connectionString);
}

void ServiceConnectionPanel::buildRows()
{
    auto *form = newProvisioningForm(this);
    m_connectionString = new KeyField(this);
    m_connectionString->setObjectName(u"serviceConnectionStringEdit"_s);
    m_connectionString->setAccessibleName(tr("DPS service connection string"));
    m_connectionString->setShowAccessibleName(tr("Show the DPS service connection string"));
    m_connectionString->showToggle()->setObjectName(u"showServiceConnectionStringButton"_s);
    m_connectionString->setPlaceholderText(u"HostName=…;SharedAccessKeyName=…;SharedAccessKey=…"_s);
    m_paste = new QPushButton(tr("Pa&ste"), this);
    m_paste->setObjectName(u"pasteConnectionStringButton"_s);
    m_paste->setAccessibleName(tr("Paste the connection string from the clipboard"));
    auto *line = new QHBoxLayout;
    line->addWidget(m_connectionString, 1);
    line->addWidget(m_connectionString->showToggle());
    line->addWidget(m_paste);
    auto *where = makeWrappingLabel(tr("In the Azure portal: your Device Provisioning Service, Shared access "
                                       "policies, provisioningserviceowner (or a policy with enrollment "
                                       "write), Primary connection string."),
                                    this);
    where->setObjectName(u"connectionStringHelpLabel"_s);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addLayout(line);
    cell->addWidget(where);
    auto *label = new QLabel(tr("Service &connection string:"), this);
    label->setBuddy(m_connectionString);
    form->addRow(label, cell);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(u"connectionAdvancedToggle"_s);
    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setAccessibleName(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advanced = new QWidget(this);
    auto *advanced = newProvisioningForm(m_advanced);
    advanced->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(m_advanced);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setAccessibleName(tr("Extra trusted CA certificates (PEM file)"));
    m_caFile->setPlaceholderText(tr("for a private endpoint or a local DPS"));
    auto *caLabel = new QLabel(tr("Trusted CA fi&le:"), m_advanced);
    caLabel->setBuddy(m_caFile);
    advanced->addRow(caLabel, m_caFile);
    m_advanced->setVisible(false);
    form->addRow(m_advancedToggle);
    form->addRow(m_advanced);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(on);
    });

    m_remember = new QCheckBox(tr("Remember it in the system &keychain"), this);
    m_remember->setObjectName(u"rememberConnectionCheckBox"_s);
    m_remember->setAccessibleName(tr("Remember the connection string in the system keychain"));
    form->addRow(m_remember);
    form->addRow(buildRememberedRow());

    m_connect = new QPushButton(tr("C&onnect"), this);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setAccessibleName(tr("Connect to DPS"));
    m_disconnect = new QPushButton(tr("Disconnec&t"), this);
    m_disconnect->setObjectName(u"disconnectButton"_s);
    m_demo = new QPushButton(tr("Use the &demo DPS"), this);
    m_demo->setObjectName(u"useDemoDpsButton"_s);
    m_demo->setAccessibleName(tr("Use the demo's local DPS"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_disconnect);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    form->addRow(buttons);
    m_status = makeWrappingLabel(QString(), this);
    m_status->setObjectName(u"connectionStatusLabel"_s);
    m_status->setAccessibleName(tr("Connection"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_status);

    connect(m_connectionString, &QLineEdit::returnPressed, this, &ServiceConnectionPanel::connectTyped);
    connect(m_connectionString, &QLineEdit::textChanged, this, &ServiceConnectionPanel::updateState);
    connect(m_paste, &QPushButton::clicked, this, &ServiceConnectionPanel::pasteFromClipboard);
    connect(m_connect, &QPushButton::clicked, this, &ServiceConnectionPanel::connectTyped);
    connect(m_disconnect, &QPushButton::clicked, m_connection, &DpsServiceConnection::clear);
    connect(m_demo, &QPushButton::clicked, this, &ServiceConnectionPanel::useDemo);
    setTabOrder(m_connectionString, m_connectionString->showToggle());
    setTabOrder(m_connectionString->showToggle(), m_paste);
    setTabOrder(m_paste, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_caFile);
    setTabOrder(m_caFile, m_remember);
    setTabOrder(m_remember, m_remembered);
    setTabOrder(m_remembered, m_useRemembered);
    setTabOrder(m_useRemembered, m_forget);
    setTabOrder(m_forget, m_connect);
    setTabOrder(m_connect, m_disconnect);
    setTabOrder(m_disconnect, m_demo);
}

QWidget *ServiceConnectionPanel::buildRememberedRow()
{
    m_rememberedRow = new QWidget(this);
    auto *layout = new QHBoxLayout(m_rememberedRow);
    layout->setContentsMargins(0, 0, 0, 0);
    m_remembered = new QComboBox(m_rememberedRow);
    m_remembered->setObjectName(u"rememberedConnectionsCombo"_s);
    m_remembered->setAccessibleName(tr("Remembered connections"));
    m_remembered->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_remembered->setMinimumContentsLength(16);
    auto *label = new QLabel(tr("Remem&bered:"), m_rememberedRow);
    label->setBuddy(m_remembered);
    m_useRemembered = new QPushButton(tr("Connect &with it"), m_rememberedRow);
    m_useRemembered->setObjectName(u"useRememberedConnectionButton"_s);
    m_useRemembered->setAccessibleName(tr("Connect with the remembered connection string"));
    m_forget = new QPushButton(tr("Forget"), m_rememberedRow);
    m_forget->setObjectName(u"forgetRememberedConnectionButton"_s);
    m_forget->setAccessibleName(tr("Remove the remembered connection string from the keychain"));
    layout->addWidget(label);
    layout->addWidget(m_remembered, 1);
    layout->addWidget(m_useRemembered);
    layout->addWidget(m_forget);
    m_rememberedRow->setVisible(false);
    connect(m_useRemembered, &QPushButton::clicked, this, &ServiceConnectionPanel::useRemembered);
    connect(m_forget, &QPushButton::clicked, this, &ServiceConnectionPanel::forgetRemembered);
    return m_rememberedRow;
}

QLineEdit *ServiceConnectionPanel::connectionStringEdit() const
{
    return m_connectionString;
}

QWidget *ServiceConnectionPanel::firstField() const
{
    return m_connectionString;
}

QWidget *ServiceConnectionPanel::lastField() const
{
    return m_demo;
}

QString ServiceConnectionPanel::keychainNameFor(const QString &host)
{
    QString name = kPrefix.toString() + host;
    for (QChar &c : name) {
        const char16_t u = c.unicode();
        const bool allowed = (u < 128 && QChar::isLetterOrNumber(u)) || u == u'.' || u == u'_' || u == u'-';
        if (!allowed)
            c = u'-';
    }
    return name.left(support::SecretRef::maxNameLength);
}

void ServiceConnectionPanel::pasteFromClipboard()
{
    QString text = QGuiApplication::clipboard()->text().trimmed();
    if (text.isEmpty())
        return;
    clearKeyField(m_connectionString);
    m_connectionString->setText(text);
    crypto::wipe(text);
}

dps::DpsServiceClientOptions ServiceConnectionPanel::typedOptions() const
{
    dps::DpsServiceClientOptions options;
    options.extraCaFile = m_caFile->text().trimmed();
    return options;
}

void ServiceConnectionPanel::offer(ServiceConnectionCandidate candidate)
{
    m_candidate = std::move(candidate);
    emit connectRequested();
}

std::optional<ServiceConnectionCandidate> ServiceConnectionPanel::takeCandidate()
{
    return std::exchange(m_candidate, std::nullopt);
}

void ServiceConnectionPanel::connectTyped()
{
    if (m_busy || m_connectionString->text().trimmed().isEmpty())
        return;
    QByteArray text = m_connectionString->text().trimmed().toUtf8();
    ServiceConnectionCandidate candidate;
    candidate.connectionString = crypto::SecureBytes(text);
    crypto::wipe(text);
    clearKeyField(m_connectionString);
    m_connectionString->conceal();
    candidate.options = typedOptions();
    candidate.source = DpsServiceConnection::Source::Typed;
    candidate.remember = m_remember->isChecked();
    // The name comes from the host, which only a parse of the text tells; the text itself is not kept.
    QString parsed = QString::fromUtf8(candidate.connectionString.view());
    if (const auto fields = crypto::ConnectionString::parse(parsed))
        candidate.keychainName = keychainNameFor(fields->hostName());
    crypto::wipe(parsed);
    offer(std::move(candidate));
}

void ServiceConnectionPanel::useDemo()
{
    const jobs::DemoDps *demo = demoDps(m_controller);
    if (m_busy || !demo)
        return;
    ServiceConnectionCandidate candidate;
    candidate.connectionString = crypto::SecureBytes(demo->serviceConnectionString->view());
    candidate.options = demo->serviceClientOptions;
    candidate.source = DpsServiceConnection::Source::Demo;
    offer(std::move(candidate));
}

void ServiceConnectionPanel::useRemembered()
{
    const QString name = m_remembered->currentText();
    if (m_busy || name.isEmpty() || !m_controller)
        return;
    ++m_keychainCalls;
    updateState();
    m_controller->secretStore()->read(name, this, [this, name](support::SecretResult result) {
        --m_keychainCalls;
        updateState();
        if (result.error) {
            emit keychainNote(result.error.message, true);
            return;
        }
        ServiceConnectionCandidate candidate;
        candidate.connectionString = std::move(result.value);
        candidate.options = typedOptions();
        candidate.source = DpsServiceConnection::Source::Keychain;
        candidate.keychainName = name;
        offer(std::move(candidate));
    });
}

void ServiceConnectionPanel::forgetRemembered()
{
    const QString name = m_remembered->currentText();
    if (name.isEmpty() || !m_controller)
        return;
    ++m_keychainCalls;
    updateState();
    m_controller->secretStore()->forget(name, this, [this, name](support::SecretResult result) {
        --m_keychainCalls;
        if (result.error)
            emit keychainNote(result.error.message, true);
        else
            emit keychainNote(tr("The keychain no longer holds the connection string %1.").arg(name), false);
        if (m_connection->keychainName() == name)
            m_connection->setKeychainName(QString());
        refresh();
    });
}

void ServiceConnectionPanel::remember(const QString &name)
{
    if (!m_controller || !m_connection->isConnected())
        return;
    if (const std::optional<QString> problem = support::checkSecretName(name)) {
        emit keychainNote(*problem, true);
        return;
    }
    ++m_keychainCalls;
    updateState();
    m_controller->secretStore()->store(
        name, m_connection->connectionString(), this, [this, name](support::SecretResult result) {
            --m_keychainCalls;
            if (result.error) {
                emit keychainNote(result.error.message, true);
            } else {
                m_connection->setKeychainName(name);
                emit keychainNote(tr("The keychain remembers the connection string as %1.").arg(name), false);
            }
            refresh();
        });
}

void ServiceConnectionPanel::refresh()
{
    m_demo->setVisible(demoDps(m_controller) != nullptr);
    if (m_controller) {
        // The list does not hold anything up: Connect and the demo stay usable while it comes.
        m_controller->secretStore()->list(this, [this](support::SecretResult result) {
            const QString current = m_remembered->currentText();
            m_remembered->clear();
            for (const QString &name : std::as_const(result.names)) {
                if (name.startsWith(kPrefix))
                    m_remembered->addItem(name);
            }
            const int again = m_remembered->findText(current);
            if (again >= 0)
                m_remembered->setCurrentIndex(again);
            m_rememberedRow->setVisible(m_remembered->count() > 0);
            updateState();
        });
    }
    updateState();
}

void ServiceConnectionPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void ServiceConnectionPanel::updateState()
{
    const bool idle = !m_busy && m_keychainCalls == 0;
    m_connect->setEnabled(idle && !m_connectionString->text().trimmed().isEmpty());
    m_useRemembered->setEnabled(idle && m_remembered->count() > 0);
    m_forget->setEnabled(idle && m_remembered->count() > 0);
    m_demo->setEnabled(idle);
    m_disconnect->setEnabled(!m_busy && m_connection->isConnected());
    if (!m_connection->isConnected()) {
        m_status->setText(tr("Not connected."));
        return;
    }
    const QString host = m_connection->hostName();
    const QString policy = m_connection->policyName();
    switch (m_connection->source()) {
    case DpsServiceConnection::Source::Demo:
        m_status->setText(
            tr("Connected to the demo DPS at %1 with the shared access policy %2.").arg(host, policy));
        break;
    case DpsServiceConnection::Source::Keychain:
        m_status->setText(tr("Connected to %1 with the shared access policy %2 (remembered as %3).")
                              .arg(host, policy, m_connection->keychainName()));
        break;
    default:
        m_status->setText(tr("Connected to %1 with the shared access policy %2.").arg(host, policy));
        break;
    }
}

} // namespace eflow::ui
