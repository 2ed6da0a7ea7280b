#pragma once

#include <QDialog>

#include "ui/enrollments/EnrollmentListModel.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace eflow::dps {
class DpsServiceClient;
struct DeviceRegistrationState;
struct DpsServiceResult;
} // namespace eflow::dps

namespace eflow::ui {

class DpsServiceConnection;
class ResultBanner;

// The procedure's Verify step, the portal's Registration Records: for an enrollment group the records of
// its devices (registration ID, status, device ID, hub, last updated, error); for an individual enrollment
// its registration state, with the sentence "DPS: enrollment X is assigned to HUB as DEVICE". Read with a
// client of its own; Refresh reads again.
class RegistrationRecordsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationRecordsDialog)

public:
    RegistrationRecordsDialog(DpsServiceConnection *connection, EnrollmentListRow::Kind kind,
                              const QString &id, QWidget *parent = nullptr);
    ~RegistrationRecordsDialog() override;

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    ResultBanner *banner() const { return m_banner; }
    bool isBusy() const;

public slots:
    void refresh();

private:
    void onFinished(const eflow::dps::DpsServiceResult &result);
    void showRecords(const QList<dps::DeviceRegistrationState> &records);

    dps::DpsServiceClient *m_client = nullptr;
    EnrollmentListRow::Kind m_kind = EnrollmentListRow::Kind::Unknown;
    QString m_id;
    ResultBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace eflow::ui
