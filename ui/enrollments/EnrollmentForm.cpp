#include "ui/enrollments/EnrollmentForm.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QToolButton>

#include "engine/crypto/KeyGenerator.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/plan/Validation.h"
#include "ui/enrollments/FormCells.h"
#include "ui/enrollments/TwinEditor.h"
#include "ui/pages/ProvisioningFields.h"
#include "ui/widgets/KeyField.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

using Kind = EnrollmentListRow::Kind;

void setKeyText(QLineEdit *edit, QByteArrayView key)
{
    clearKeyField(edit);
    QString text = QString::fromLatin1(key);
    edit->setText(text);
    crypto::wipe(text);
}

} // namespace

EnrollmentForm::EnrollmentForm(Kind kind, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_mode(mode)
{
    auto *form = newProvisioningForm(this);
    form->setContentsMargins(0, 0, 0, 0);
    buildIdRows(form);
    buildKeyRows(form);

    m_edge = new QCheckBox(tr("IoT &Edge device"), this);
    m_edge->setObjectName(u"iotEdgeCheckBox"_s);
    m_edge->setAccessibleName(tr("IoT Edge device"));
    m_edge->setChecked(true);
    form->addRow(QString(), m_edge);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"provisioningStatusCombo"_s);
    m_status->setAccessibleName(tr("Provisioning status"));
    m_status->addItem(EnrollmentListModel::statusName(dps::ProvisioningStatus::Enabled),
                      int(dps::ProvisioningStatus::Enabled));
    m_status->addItem(EnrollmentListModel::statusName(dps::ProvisioningStatus::Disabled),
                      int(dps::ProvisioningStatus::Disabled));
    auto *statusLabel = new QLabel(tr("Provisioning &status:"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, m_status);

    m_twin = new TwinEditor(this);
    auto *twinLabel = new QLabel(tr("Initial device t&win (tags and desired properties, JSON):"), this);
    twinLabel->setWordWrap(true);
    twinLabel->setBuddy(m_twin->textEdit());
    form->addRow(twinLabel);
    form->addRow(m_twin);

    connect(m_edge, &QCheckBox::toggled, this, &EnrollmentForm::changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EnrollmentForm::changed);
    connect(m_twin, &TwinEditor::changed, this, &EnrollmentForm::changed);
    revalidate();
}

EnrollmentForm::~EnrollmentForm()
{
    // Nothing listens any more: the dialog around the form is half gone.
    const QSignalBlocker blockPrimary(m_primary);
    const QSignalBlocker blockSecondary(m_secondary);
    clearKeyField(m_primary);
    clearKeyField(m_secondary);
}

void EnrollmentForm::buildIdRows(QFormLayout *form)
{
    const bool group = m_kind == Kind::Group;
    m_id = new QLineEdit(this);
    m_id->setObjectName(u"enrollmentIdEdit"_s);
    m_id->setAccessibleName(group ? tr("Enrollment group ID") : tr("Registration ID"));
    m_id->setReadOnly(m_mode == Mode::Edit);
    m_id->setMaxLength(128);
    m_idProblem = hiddenNoteLabel(this);
    m_idProblem->setObjectName(u"enrollmentIdProblemLabel"_s);
    auto *idLabel = new QLabel(group ? tr("Enrollment group &ID:") : tr("&Registration ID:"), this);
    idLabel->setBuddy(m_id);
    form->addRow(idLabel, cellWithNotes(this, m_id, {m_idProblem}));
    connect(m_id, &QLineEdit::textChanged, this, &EnrollmentForm::revalidate);
    if (group)
        return;

    m_deviceId = new QLineEdit(this);
    m_deviceId->setObjectName(u"deviceIdEdit"_s);
    m_deviceId->setAccessibleName(tr("IoT Hub device ID (optional)"));
    m_deviceId->setPlaceholderText(tr("the registration ID"));
    m_deviceId->setReadOnly(m_mode == Mode::Edit);
    m_deviceId->setMaxLength(128);
    m_deviceIdProblem = hiddenNoteLabel(this);
    m_deviceIdProblem->setObjectName(u"deviceIdProblemLabel"_s);
    auto *deviceLabel = new QLabel(tr("IoT Hub &device ID (optional):"), this);
    deviceLabel->setBuddy(m_deviceId);
    form->addRow(deviceLabel, cellWithNotes(this, m_deviceId, {m_deviceIdProblem}));
    connect(m_deviceId, &QLineEdit::textChanged, this, &EnrollmentForm::revalidate);
}

QWidget *EnrollmentForm::keyRow(KeyField *field, const KeyNames &names)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setParent(row);
    field->showToggle()->setParent(row);
    field->setAccessibleName(names.name);
    field->setShowAccessibleName(names.show);
    auto *copy = new QPushButton(tr("Copy"), row);
    copy->setObjectName(field->objectName() + u"Copy"_s);
    copy->setAccessibleName(names.copy);
    connect(copy, &QPushButton::clicked, field, [field] {
        QString text = field->text();
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
        crypto::wipe(text);
    });
    layout->addWidget(field, 1);
    layout->addWidget(field->showToggle());
    layout->addWidget(copy);
    return row;
}

void EnrollmentForm::buildKeyRows(QFormLayout *form)
{
    m_primary = new KeyField(this);
    m_primary->setObjectName(u"primaryKeyEdit"_s);
    m_primary->showToggle()->setObjectName(u"showPrimaryKeyButton"_s);
    m_secondary = new KeyField(this);
    m_secondary->setObjectName(u"secondaryKeyEdit"_s);
    m_secondary->showToggle()->setObjectName(u"showSecondaryKeyButton"_s);
    m_keyProblem = hiddenNoteLabel(this);
    m_keyProblem->setObjectName(u"keyProblemLabel"_s);

    if (m_mode == Mode::Create) {
        m_generate = new QRadioButton(tr("Gener&ate the keys"), this);
        m_generate->setObjectName(u"generateKeysRadio"_s);
        m_generate->setAccessibleName(tr("Generate the keys"));
        m_generate->setChecked(true);
        m_enter = new QRadioButton(tr("E&nter the keys"), this);
        m_enter->setObjectName(u"enterKeysRadio"_s);
        m_enter->setAccessibleName(tr("Enter the keys"));
        m_regenerate = new QPushButton(tr("New &keys"), this);
        m_regenerate->setObjectName(u"regenerateKeysButton"_s);
        m_regenerate->setAccessibleName(tr("Generate new keys"));
        auto *buttons = new QButtonGroup(this);
        buttons->addButton(m_generate);
        buttons->addButton(m_enter);
        auto *choice = new QWidget(this);
        auto *layout = new QHBoxLayout(choice);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_generate);
        layout->addWidget(m_enter);
        layout->addWidget(m_regenerate);
        layout->addStretch(1);
        form->addRow(tr("Symmetric keys:"), choice);
        connect(m_generate, &QRadioButton::toggled, this, &EnrollmentForm::onKeySourceChanged);
        connect(m_regenerate, &QPushButton::clicked, this, &EnrollmentForm::generateKeys);
    }
    auto *primaryLabel = new QLabel(tr("&Primary key:"), this);
    primaryLabel->setBuddy(m_primary);
    form->addRow(primaryLabel, keyRow(m_primary, {tr("Primary key"), tr("Show the primary key"),
                                                  tr("Copy the primary key")}));
    auto *secondaryLabel = new QLabel(tr("Secondar&y key:"), this);
    secondaryLabel->setBuddy(m_secondary);
    QWidget *secondaryRow = keyRow(
        m_secondary, {tr("Secondary key"), tr("Show the secondary key"), tr("Copy the secondary key")});
    form->addRow(secondaryLabel, cellWithNotes(this, secondaryRow, {m_keyProblem}));
    for (KeyField *key : {m_primary, m_secondary})
        connect(key, &QLineEdit::textChanged, this, &EnrollmentForm::revalidate);
    if (m_mode == Mode::Create) {
        onKeySourceChanged();
    } else {
        m_primary->setReadOnly(true);
        m_secondary->setReadOnly(true);
        m_primary->setPlaceholderText(tr("reading…"));
        m_secondary->setPlaceholderText(tr("reading…"));
    }
}

void EnrollmentForm::onKeySourceChanged()
{
    const bool generated = m_generate->isChecked();
    m_primary->setReadOnly(generated);
    m_secondary->setReadOnly(generated);
    m_regenerate->setEnabled(generated);
    if (generated) {
        generateKeys();
    } else {
        clearKeyField(m_primary);
        clearKeyField(m_secondary);
    }
}

void EnrollmentForm::generateKeys()
{
    QByteArray primary = crypto::generateSymmetricKey();
    QByteArray secondary = crypto::generateSymmetricKey();
    setKeyText(m_primary, primary);
    setKeyText(m_secondary, secondary);
    crypto::wipe(primary);
    crypto::wipe(secondary);
    if (m_primary->text().isEmpty())
        m_keyProblem->setText(tr("The random generator failed: enter the keys instead."));
}

QWidget *EnrollmentForm::firstField() const
{
    return m_id;
}

QString EnrollmentForm::id() const
{
    return m_id->text().trimmed();
}

QString EnrollmentForm::deviceId() const
{
    return m_deviceId ? m_deviceId->text().trimmed() : QString();
}

QLineEdit *EnrollmentForm::primaryKeyEdit() const
{
    return m_primary;
}

QLineEdit *EnrollmentForm::secondaryKeyEdit() const
{
    return m_secondary;
}

std::optional<QString> EnrollmentForm::idProblem() const
{
    const std::optional<plan::Problem> p =
        m_kind == Kind::Group ? plan::checkEnrollmentGroupId(id()) : plan::checkRegistrationId(id());
    return p ? std::optional<QString>(p->message) : std::nullopt;
}

std::optional<QString> EnrollmentForm::keyProblem() const
{
    if (m_mode != Mode::Create)
        return std::nullopt;
    if (m_primary->text().isEmpty() || m_secondary->text().isEmpty())
        return m_enter->isChecked() ? tr("Enter both the primary and the secondary key.")
                                    : tr("The random generator failed: enter the keys instead.");
    if (auto p = plan::checkSymmetricKey(m_primary->text()))
        return p->message;
    if (auto p = plan::checkSymmetricKey(m_secondary->text()))
        return p->message;
    return std::nullopt;
}

void EnrollmentForm::revalidate()
{
    // Nothing said about an ID nobody has typed yet.
    const std::optional<QString> idText = id().isEmpty() ? std::nullopt : idProblem();
    m_idProblem->setText(idText.value_or(QString()));
    m_idProblem->setVisible(idText.has_value());
    if (m_deviceIdProblem) {
        std::optional<plan::Problem> device;
        if (!deviceId().isEmpty())
            device = plan::checkDeviceId(deviceId());
        m_deviceIdProblem->setText(device ? device->message : QString());
        m_deviceIdProblem->setVisible(device.has_value());
    }
    const bool typing =
        m_enter && m_enter->isChecked() && m_primary->text().isEmpty() && m_secondary->text().isEmpty();
    const std::optional<QString> keys = typing ? std::nullopt : keyProblem();
    m_keyProblem->setText(keys.value_or(QString()));
    m_keyProblem->setVisible(keys.has_value());
    emit changed();
}

std::optional<QString> EnrollmentForm::problem() const
{
    if (auto p = idProblem())
        return p;
    if (!deviceId().isEmpty()) {
        if (auto p = plan::checkDeviceId(deviceId()))
            return p->message;
    }
    if (auto p = keyProblem())
        return p;
    if (const std::optional<JsonTextProblem> twin = m_twin->problem())
        return twin->message;
    return std::nullopt;
}

void EnrollmentForm::showEnrollment(const QString &id, const QString &deviceId,
                                    const dps::EnrollmentCommon &common)
{
    m_id->setText(id);
    if (m_deviceId)
        m_deviceId->setText(deviceId);
    m_edge->setChecked(common.iotEdge);
    m_status->setCurrentIndex(common.provisioningStatus == dps::ProvisioningStatus::Disabled ? 1 : 0);
    m_twin->setTwin(common.initialTwin);
}

void EnrollmentForm::showKeys(const dps::EnrollmentAttestation &attestation)
{
    setKeyText(m_primary, attestation.primaryKey.toLatin1());
    setKeyText(m_secondary, attestation.secondaryKey.toLatin1());
    const QString none = attestation.type == dps::AttestationType::SymmetricKey
                             ? tr("none returned")
                             : tr("not a symmetric-key enrollment");
    m_primary->setPlaceholderText(none);
    m_secondary->setPlaceholderText(none);
}

void EnrollmentForm::applyTo(dps::EnrollmentCommon &common) const
{
    common.iotEdge = m_edge->isChecked();
    common.provisioningStatus = dps::ProvisioningStatus(m_status->currentData().toInt());
    common.initialTwin = m_twin->twin().value_or(QJsonValue(QJsonValue::Undefined));
    if (m_mode == Mode::Create) {
        common.attestation = {};
        common.attestation.type = dps::AttestationType::SymmetricKey;
        common.attestation.primaryKey = m_primary->text();
        common.attestation.secondaryKey = m_secondary->text();
    }
}

} // namespace eflow::ui
