#pragma once

#include <optional>

#include <QString>
#include <QWidget>

#include "engine/dps/EnrollmentModels.h"
#include "ui/enrollments/EnrollmentListModel.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace eflow::ui {

class KeyField;
class TwinEditor;

// The fields of one enrollment, for creating it and for viewing and editing it: the ID (registration ID
// or enrollment group ID, checked as typed), the device ID (individual only, optional), the symmetric
// keys, IoT Edge (ticked by default), the provisioning status and the initial twin.
//
// Creating: the keys are generated here (OpenSSL's random generator, 64 bytes as DPS makes them) or typed.
// Editing: ID, device ID and keys are read-only; the keys are the ones the attestation call returned,
// masked, with Show and Copy.
class EnrollmentForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentForm)

public:
    enum class Mode
    {
        Unknown = 0,
        Create,
        Edit,
    };

    EnrollmentForm(EnrollmentListRow::Kind kind, Mode mode, QWidget *parent = nullptr);
    ~EnrollmentForm() override; // clears the key fields

    EnrollmentListRow::Kind kind() const { return m_kind; }
    Mode mode() const { return m_mode; }
    QString id() const;
    QString deviceId() const;

    // Shows what DPS has (Edit): everything but the keys.
    void showEnrollment(const QString &id, const QString &deviceId, const dps::EnrollmentCommon &common);
    // Shows the keys (Edit), masked.
    void showKeys(const dps::EnrollmentAttestation &attestation);
    // Writes the edge flag, the status and the twin into common; Create: the attestation with the keys too.
    void applyTo(dps::EnrollmentCommon &common) const;
    // The first problem of the fields as they are now (one sentence), if any.
    std::optional<QString> problem() const;

    QWidget *firstField() const;
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *deviceIdEdit() const { return m_deviceId; }
    QLineEdit *primaryKeyEdit() const;
    QLineEdit *secondaryKeyEdit() const;
    QCheckBox *edgeCheckBox() const { return m_edge; }
    QComboBox *statusCombo() const { return m_status; }
    TwinEditor *twinEditor() const { return m_twin; }

signals:
    void changed();

private:
    void buildIdRows(QFormLayout *form);
    void buildKeyRows(QFormLayout *form);
    struct KeyNames
    {
        QString name; // accessible names of the field, its Show toggle and its Copy button
        QString show;
        QString copy;
    };
    QWidget *keyRow(KeyField *field, const KeyNames &names);
    void generateKeys();
    void onKeySourceChanged();
    void revalidate();
    std::optional<QString> idProblem() const;
    std::optional<QString> keyProblem() const;

    EnrollmentListRow::Kind m_kind = EnrollmentListRow::Kind::Unknown;
    Mode m_mode = Mode::Unknown;
    QLineEdit *m_id = nullptr;
    QLabel *m_idProblem = nullptr;
    QLineEdit *m_deviceId = nullptr;
    QLabel *m_deviceIdProblem = nullptr;
    QRadioButton *m_generate = nullptr;
    QRadioButton *m_enter = nullptr;
    QPushButton *m_regenerate = nullptr;
    KeyField *m_primary = nullptr;
    KeyField *m_secondary = nullptr;
    QLabel *m_keyProblem = nullptr;
    QCheckBox *m_edge = nullptr;
    QComboBox *m_status = nullptr;
    TwinEditor *m_twin = nullptr;
};

} // namespace eflow::ui
