#pragma once

#include <optional>

#include <QDialog>
#include <QPointer>

#include "engine/dps/EnrollmentModels.h"
#include "ui/enrollments/EnrollmentForm.h"
#include "ui/enrollments/EnrollmentListModel.h"

class QLabel;
class QPushButton;

namespace eflow::dps {
class DpsServiceClient;
struct DpsServiceResult;
} // namespace eflow::dps

namespace eflow::ui {

class DpsServiceConnection;
class ResultBanner;

// Creates an individual enrollment or an enrollment group, or shows one (keys masked) and saves changes
// to its edge flag, status and initial twin. A save of a change sends the etag that was read: when someone
// else changed the enrollment meanwhile, DPS refuses (412) and the dialog says so and offers Reload.
// It talks to DPS with a client of its own on the window's connection; nothing blocks.
class EnrollmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentDialog)

public:
    // Create: an empty form. Edit: reads the enrollment `id` and its keys at once.
    EnrollmentDialog(DpsServiceConnection *connection, EnrollmentListRow::Kind kind,
                     EnrollmentForm::Mode mode, const QString &id = {}, QWidget *parent = nullptr);
    ~EnrollmentDialog() override;

    EnrollmentForm *form() const { return m_form; }
    ResultBanner *banner() const { return m_banner; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *reloadButton() const { return m_reload; }
    // Edit: the enrollment and its keys have been read, and nothing runs.
    bool isReady() const;
    bool isBusy() const;

public slots:
    void save();
    void reload();

signals:
    // DPS saved it: the row as DPS answered (the window updates its list).
    void saved(const eflow::ui::EnrollmentListRow &row);

private:
    void onFinished(const eflow::dps::DpsServiceResult &result);
    void onRead(const eflow::dps::DpsServiceResult &result);
    void onSaved(const eflow::dps::DpsServiceResult &result);
    void updateButtons();
    void setBusy(const QString &what);

    DpsServiceConnection *m_connection = nullptr;
    dps::DpsServiceClient *m_client = nullptr;
    EnrollmentListRow::Kind m_kind = EnrollmentListRow::Kind::Unknown;
    EnrollmentForm::Mode m_mode = EnrollmentForm::Mode::Unknown;
    QString m_id;
    EnrollmentForm *m_form = nullptr;
    ResultBanner *m_banner = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_close = nullptr;
    // Edit: what DPS has (etag included) and its keys, both needed for a save.
    std::optional<dps::IndividualEnrollment> m_individual;
    std::optional<dps::EnrollmentGroup> m_group;
    std::optional<dps::EnrollmentAttestation> m_attestation;
};

} // namespace eflow::ui
