#include "ui/pages/SymmetricKeySection.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/crypto/DeviceKey.h"
#include "engine/support/AppSettings.h"
#include "engine/support/SecretRef.h"
#include "engine/support/SecretStore.h"
#include "ui/WizardController.h"
#include "ui/pages/ConnectPage.h"
#include "ui/widgets/KeyField.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

using plan::Field;
using plan::ProvisioningType;

namespace {

constexpr auto kType = ProvisioningType::DpsSymmetricKey;
// The prefix of a remembered group key's name: "Use the remembered key" picks the key kind by it.
constexpr QStringView kGroupPrefix = u"dps-group-";
constexpr QStringView kDevicePrefix = u"dps-device-";

// The remembered key's reference for this method, if the settings name one.
std::optional<support::SecretRef> rememberedReference()
{
    const support::AppSettings::ProvisioningChoice choice = support::AppSettings().provisioningChoice();
    if (!choice.rememberKey || choice.method != plan::provisioningTypeKey(kType))
        return std::nullopt;
    return support::parseSecretRef(choice.secretRef);
}

} // namespace

SymmetricKeySection::SymmetricKeySection(WizardController *controller, ProblemLabels *problems,
                                         QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_problems(problems)
{
    auto *form = newProvisioningForm(this);
    m_scope = addProvisioningField(this, form, *m_problems, kType, Field::IdScope,
                                   ConnectPage::tr("ID &scope:"), ConnectPage::tr("ID scope"));
    m_scope->setObjectName(u"symIdScopeEdit"_s);
    m_scope->setPlaceholderText(u"0ne00000000"_s);
    m_registrationId =
        addProvisioningField(this, form, *m_problems, kType, Field::RegistrationId,
                             ConnectPage::tr("&Registration ID:"), ConnectPage::tr("Registration ID"));
    m_registrationId->setObjectName(u"symRegistrationIdEdit"_s);

    m_individualKey = new QRadioButton(ConnectPage::tr("&Individual enrollment key"), this);
    m_individualKey->setObjectName(u"individualKeyRadio"_s);
    m_individualKey->setAccessibleName(ConnectPage::tr("Individual enrollment key"));
    m_individualKey->setChecked(true);
    m_groupKey =
        new QRadioButton(ConnectPage::tr("Enrollment &group key (the device key is derived here)"), this);
    m_groupKey->setObjectName(u"groupKeyRadio"_s);
    m_groupKey->setAccessibleName(ConnectPage::tr("Enrollment group key (the device key is derived here)"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_individualKey);
    group->addButton(m_groupKey);
    auto *kinds = new QWidget(this);
    auto *kindsLayout = new QVBoxLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    kindsLayout->addWidget(m_individualKey);
    kindsLayout->addWidget(m_groupKey);
    form->addRow(ConnectPage::tr("Key kind:"), kinds);

    buildKeyRows(form);
    buildAdvanced(form);

    for (QLineEdit *edit : {m_scope, m_registrationId, m_globalEndpoint})
        connect(edit, &QLineEdit::textChanged, this, &SymmetricKeySection::changed);
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Typing a key replaces the remembered one, and a key other than the one stored.
        if (!text.isEmpty())
            dropRememberedKey();
        m_storedRef.clear();
        emit changed();
    });
    connect(m_groupKey, &QRadioButton::toggled, this, [this, form](bool group) {
        if (m_keyLabel)
            m_keyLabel->setText(group ? ConnectPage::tr("Group &key:") : ConnectPage::tr("Symmetric &key:"));
        m_key->setAccessibleName(group ? ConnectPage::tr("Enrollment group key")
                                       : ConnectPage::tr("Symmetric key"));
        qobject_cast<KeyField *>(m_key)->setShowAccessibleName(
            group ? ConnectPage::tr("Show the enrollment group key")
                  : ConnectPage::tr("Show the symmetric key"));
        form->setRowVisible(m_derivedRow, group);
        dropRememberedKey();
        m_storedRef.clear();
        emit changed();
    });
    form->setRowVisible(m_derivedRow, false);

    setTabOrder(m_scope, m_registrationId);
    setTabOrder(m_registrationId, m_individualKey);
    setTabOrder(m_individualKey, m_groupKey);
    setTabOrder(m_groupKey, m_key);
    setTabOrder(m_key, m_showKey);
    setTabOrder(m_showKey, m_useRemembered);
    setTabOrder(m_useRemembered, m_derivedKey);
    setTabOrder(m_derivedKey, m_showDerived);
    setTabOrder(m_showDerived, m_copyDerived);
    setTabOrder(m_copyDerived, m_remember);
    setTabOrder(m_remember, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_globalEndpoint);
    refreshRemembered();
}

SymmetricKeySection::~SymmetricKeySection()
{
    // The page may be half destroyed already: wipe without telling it.
    const QSignalBlocker blockSelf(this);
    const QSignalBlocker blockKey(m_key);
    wipe();
}

void SymmetricKeySection::buildKeyRows(QFormLayout *form)
{
    m_key = addProvisioningField(this, form, *m_problems, kType, Field::SymmetricKey,
                                 ConnectPage::tr("Symmetric &key:"), ConnectPage::tr("Symmetric key"), true);
    m_key->setObjectName(u"symmetricKeyEdit"_s);
    m_showKey = qobject_cast<KeyField *>(m_key)->showToggle();
    m_showKey->setObjectName(u"showSymmetricKeyButton"_s);
    qobject_cast<KeyField *>(m_key)->setShowAccessibleName(ConnectPage::tr("Show the symmetric key"));
    m_keyLabel = qobject_cast<QLabel *>(form->labelForField(m_key->parentWidget()));
    // The group key's problems come with Field::GroupKey; they share the key field's label.
    m_problems->insert(problemKey(kType, Field::GroupKey),
                       m_problems->value(problemKey(kType, Field::SymmetricKey)));

    // "Use the remembered key" beside the key, and what it says below the key.
    m_useRemembered = new QPushButton(tr("Use the remembered ke&y"), this);
    m_useRemembered->setObjectName(u"useRememberedKeyButton"_s);
    m_useRemembered->setAccessibleName(tr("Use the remembered key"));
    m_keyNote = hiddenNoteLabel(this);
    m_keyNote->setObjectName(u"rememberedKeyLabel"_s);
    if (QHBoxLayout *line = fieldLine(m_key))
        line->addWidget(m_useRemembered);
    if (auto *cell = qobject_cast<QVBoxLayout *>(m_key->parentWidget()->layout()))
        cell->insertWidget(1, m_keyNote);
    connect(m_useRemembered, &QPushButton::clicked, this, &SymmetricKeySection::useRememberedKey);

    m_derivedKey = new QLineEdit(this);
    m_derivedKey->setObjectName(u"derivedKeyEdit"_s);
    m_derivedKey->setAccessibleName(ConnectPage::tr("Derived device key"));
    m_showDerived = new QToolButton(this);
    m_showDerived->setObjectName(u"showDerivedKeyButton"_s);
    m_showDerived->setAccessibleName(ConnectPage::tr("Show the derived device key"));
    m_copyDerived = new QPushButton(this);
    m_copyDerived->setObjectName(u"copyDerivedKeyButton"_s);
    m_copyDerived->setAccessibleName(ConnectPage::tr("Copy the derived device key"));
    // Copy takes the key this section holds, not the display's text.
    m_derivedRow = maskedKeyRow(this, m_derivedKey, m_showDerived, m_copyDerived,
                                [this] { return QString::fromLatin1(m_derived.view()); });
    auto *derivedLabel = new QLabel(ConnectPage::tr("&Derived device key:"), this);
    derivedLabel->setBuddy(m_derivedKey);
    form->addRow(derivedLabel, m_derivedRow);

    m_remember = new QCheckBox(tr("Remember &this key in the system keychain"), this);
    m_remember->setObjectName(u"rememberKeyCheckBox"_s);
    m_remember->setAccessibleName(tr("Remember this key in the system keychain"));
    m_keychainNote = hiddenNoteLabel(this);
    m_keychainNote->setObjectName(u"keychainNoteLabel"_s);
    auto *rememberCell = new QWidget(this);
    auto *rememberLayout = new QVBoxLayout(rememberCell);
    rememberLayout->setContentsMargins(0, 0, 0, 0);
    rememberLayout->setSpacing(2);
    rememberLayout->addWidget(m_remember);
    rememberLayout->addWidget(m_keychainNote);
    form->addRow(rememberCell);
    connect(m_remember, &QCheckBox::toggled, this, [this] { m_storedRef.clear(); });
}

void SymmetricKeySection::buildAdvanced(QFormLayout *form)
{
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setAccessibleName(ConnectPage::tr("Advanced"));
    m_advancedToggle->setText(ConnectPage::tr("&Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    form->addRow(m_advancedToggle);
    m_advanced = new QWidget(this);
    auto *advancedForm = newProvisioningForm(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    m_globalEndpoint =
        addProvisioningField(m_advanced, advancedForm, *m_problems, kType, Field::GlobalEndpoint,
                             ConnectPage::tr("Global &endpoint:"), ConnectPage::tr("Global endpoint"));
    m_globalEndpoint->setObjectName(u"globalEndpointEdit"_s);
    m_globalEndpoint->setPlaceholderText(u"https://global.azure-devices-provisioning.net"_s);
    m_advanced->setVisible(false);
    form->addRow(m_advanced);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(on);
    });
}

QWidget *SymmetricKeySection::firstField() const
{
    return m_scope;
}

bool SymmetricKeySection::isGroupKey() const
{
    return m_groupKey->isChecked();
}

QString SymmetricKeySection::registrationId() const
{
    return m_registrationId->text().trimmed();
}

void SymmetricKeySection::fillSettings(plan::ProvisioningSettings &s) const
{
    s.idScope = m_scope->text().trimmed();
    s.registrationId = registrationId();
    s.globalEndpoint = m_globalEndpoint->text().trimmed();
    s.keySource = isGroupKey() ? plan::SymmetricKeySource::GroupEnrollment
                               : plan::SymmetricKeySource::IndividualEnrollment;
    if (!m_rememberedRef.isEmpty())
        s.secretRef = m_rememberedRef;
    else if (!m_key->text().isEmpty())
        s.secretRef = m_storedRef.isEmpty() ? ConnectPage::sessionSecretRef() : m_storedRef;
}

void SymmetricKeySection::showSettings(const plan::ProvisioningSettings &s)
{
    const auto setIfEmpty = [](QLineEdit *edit, const QString &value) {
        if (edit->text().isEmpty() && !value.isEmpty())
            edit->setText(value);
    };
    setIfEmpty(m_scope, s.idScope);
    setIfEmpty(m_registrationId, s.registrationId);
    setIfEmpty(m_globalEndpoint, s.globalEndpoint);
    if (s.keySource == plan::SymmetricKeySource::GroupEnrollment)
        m_groupKey->setChecked(true);
}

std::optional<plan::Problem> SymmetricKeySection::keyProblem() const
{
    if (!m_remembered.isEmpty())
        return std::nullopt; // checked when it was stored; DPS has the last word
    return plan::checkSymmetricKey(m_key->text(), isGroupKey() ? Field::GroupKey : Field::SymmetricKey);
}

crypto::SecureBytes SymmetricKeySection::typedKey() const
{
    QByteArray bytes = m_key->text().toLatin1();
    crypto::SecureBytes key(bytes);
    crypto::wipe(bytes);
    return key;
}

void SymmetricKeySection::updateDerivedKey()
{
    m_derived.wipe();
    if (!isGroupKey() || keyProblem() || plan::checkRegistrationId(registrationId())) {
        showDerivedKey({});
        return;
    }
    const crypto::SecureBytes group =
        m_remembered.isEmpty() ? typedKey() : crypto::SecureBytes(m_remembered.view());
    QByteArray derived = crypto::deriveDeviceKey(group.view(), registrationId().toUtf8());
    m_derived = crypto::SecureBytes(derived);
    crypto::wipe(derived);
    showDerivedKey(m_derived.view());
}

void SymmetricKeySection::showDerivedKey(QByteArrayView key)
{
    // The display only: nothing reads the key back from it.
    QString text = QString::fromLatin1(key);
    if (text != m_derivedKey->text()) {
        clearKeyField(m_derivedKey);
        m_derivedKey->setText(text);
    }
    crypto::wipe(text);
}

void SymmetricKeySection::useIndividualKey(const QString &idScope, const QString &registrationId,
                                           const crypto::SecureBytes &key)
{
    m_individualKey->setChecked(true);
    m_scope->setText(idScope);
    m_registrationId->setText(registrationId);
    QString text = QString::fromLatin1(key.view());
    m_key->setText(text);
    crypto::wipe(text);
}

host::ProvisioningSecret SymmetricKeySection::takeSecret() const
{
    host::ProvisioningSecret secret;
    if (isGroupKey())
        secret.value = crypto::SecureBytes(m_derived.view());
    else if (!m_remembered.isEmpty())
        secret.value = crypto::SecureBytes(m_remembered.view());
    else
        secret.value = typedKey();
    return secret;
}

QString SymmetricKeySection::secretName() const
{
    // The group key is remembered per DPS instance (the settings carry no group name), the individual key
    // per device. Characters a name may not hold become '-'.
    QString name = isGroupKey() ? kGroupPrefix.toString() + m_scope->text().trimmed()
                                : kDevicePrefix.toString() + registrationId();
    for (QChar &c : name) {
        const char16_t u = c.unicode();
        const bool allowed = (u < 128 && QChar::isLetterOrNumber(u)) || u == u'.' || u == u'_' || u == u'-';
        if (!allowed)
            c = u'-';
    }
    return name.left(support::SecretRef::maxNameLength);
}

void SymmetricKeySection::rememberThen(std::function<void()> next)
{
    if (!m_remember->isChecked() || !m_remembered.isEmpty() || !m_storedRef.isEmpty() || m_storing) {
        next();
        return;
    }
    const QString name = secretName();
    if (const std::optional<QString> problem = support::checkSecretName(name)) {
        m_keychainNote->setText(*problem);
        m_keychainNote->setVisible(true);
        next();
        return;
    }
    m_storing = true;
    emit changed();
    // The store copies the key before it returns; ours is wiped when this scope ends.
    const crypto::SecureBytes key = typedKey();
    m_controller->secretStore()->store(
        name, key, this,
        [this, name, call = ++m_keychainCall, next = std::move(next)](support::SecretResult result) {
            if (call != m_keychainCall)
                return;
            m_storing = false;
            if (result.error) {
                showKeychainProblem(result.error);
            } else {
                const QString ref = support::SecretRef{name}.toString();
                support::AppSettings settings;
                settings.setProvisioningChoice({plan::provisioningTypeKey(kType), true, ref});
                settings.sync();
                m_storedRef = ref;
                m_keychainNote->setVisible(false);
                refreshRemembered();
            }
            emit changed();
            next();
        });
}

void SymmetricKeySection::showKeychainProblem(const support::SecretError &error)
{
    // One sentence under the check box; the flow goes on with the key in memory.
    m_keychainNote->setText(error.message);
    m_keychainNote->setVisible(true);
}

void SymmetricKeySection::refreshRemembered()
{
    m_useRemembered->setEnabled(!m_reading && rememberedReference().has_value());
}

void SymmetricKeySection::useRememberedKey()
{
    const std::optional<support::SecretRef> ref = rememberedReference();
    if (m_reading || !ref)
        return;
    m_reading = true;
    refreshRemembered();
    m_keyNote->setText(tr("Reading the key remembered as %1…").arg(ref->toString()));
    m_keyNote->setVisible(true);
    emit changed();
    m_controller->secretStore()->read(
        ref->name, this, [this, ref = *ref, call = ++m_keychainCall](support::SecretResult result) {
            if (call != m_keychainCall)
                return;
            m_reading = false;
            refreshRemembered();
            if (result.error) {
                m_keyNote->setText(result.error.message);
                m_keyNote->setVisible(true);
                emit changed();
                return;
            }
            (ref.name.startsWith(kGroupPrefix) ? m_groupKey : m_individualKey)->setChecked(true);
            clearKeyField(m_key);
            m_remembered = std::move(result.value);
            m_rememberedRef = ref.toString();
            m_keyNote->setText(tr("Using the key remembered as %1").arg(m_rememberedRef));
            m_keyNote->setVisible(true);
            emit changed();
        });
}

void SymmetricKeySection::abandonKeychain()
{
    if (!isKeychainBusy())
        return;
    ++m_keychainCall;
    m_storing = false;
    m_reading = false;
    if (m_rememberedRef.isEmpty()) {
        m_keyNote->clear();
        m_keyNote->setVisible(false);
    } else {
        m_keyNote->setText(tr("Using the key remembered as %1").arg(m_rememberedRef));
    }
    refreshRemembered();
    emit changed();
}

void SymmetricKeySection::dropRememberedKey()
{
    if (m_rememberedRef.isEmpty() && m_remembered.isEmpty())
        return;
    m_remembered.wipe();
    m_rememberedRef.clear();
    m_keyNote->clear();
    m_keyNote->setVisible(false);
}

void SymmetricKeySection::wipe()
{
    clearKeyField(m_key);
    qobject_cast<KeyField *>(m_key)->conceal();
    m_derived.wipe();
    showDerivedKey({});
    dropRememberedKey();
    m_storedRef.clear();
}

} // namespace eflow::ui
