#include "ui/enrollments/RegistrationRecordsDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/DpsServiceResult.h"
#include "engine/dps/EnrollmentVerifier.h"
#include "ui/enrollments/DpsAnswerText.h"
#include "ui/enrollments/DpsServiceConnection.h"
#include "ui/enrollments/WindowSize.h"
#include "ui/widgets/ResultBanner.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

using Kind = EnrollmentListRow::Kind;

enum Column
{
    RegistrationColumn = 0,
    StatusColumn,
    DeviceColumn,
    HubColumn,
    UpdatedColumn,
    ErrorColumn,
    ColumnCount,
};

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString errorText(const dps::DeviceRegistrationState &record)
{
    if (record.errorCode == 0 && record.errorMessage.isEmpty())
        return QString();
    if (record.errorCode == 0)
        return record.errorMessage;
    //: %1 DPS's error code, %2 its message
    return RegistrationRecordsDialog::tr("%1: %2").arg(record.errorCode).arg(record.errorMessage);
}

} // namespace

RegistrationRecordsDialog::RegistrationRecordsDialog(DpsServiceConnection *connection, Kind kind,
                                                     const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_id(id)
{
    setObjectName(u"registrationRecordsDialog"_s);
    setWindowTitle(kind == Kind::Group ? tr("Registration records of the enrollment group %1").arg(id)
                                       : tr("Registration state of %1").arg(id));
    m_banner = new ResultBanner(this);
    m_banner->setObjectName(u"recordsBanner"_s);
    m_banner->detailsToggle()->setObjectName(u"recordsDetailsButton"_s);
    m_summary = makeWrappingLabel(QString(), this);
    m_summary->setObjectName(u"recordsSummaryLabel"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"registrationRecordsTable"_s);
    m_table->setAccessibleName(kind == Kind::Group ? tr("Registration records") : tr("Registration state"));
    m_table->setHorizontalHeaderLabels({tr("Registration ID"), tr("Status"), tr("Device ID"), tr("IoT hub"),
                                        tr("Last updated"), tr("Error")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UpdatedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HubColumn, QHeaderView::ResizeToContents);

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"refreshRecordsButton"_s);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"closeRecordsButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &RegistrationRecordsDialog::refresh);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    m_client = connection ? connection->newClient(this) : nullptr;
    if (m_client)
        connect(m_client, &dps::DpsServiceClient::finished, this, &RegistrationRecordsDialog::onFinished);
    resizeWithinScreen(this, QSize(820, 420));
    refresh();
}

RegistrationRecordsDialog::~RegistrationRecordsDialog() = default;

bool RegistrationRecordsDialog::isBusy() const
{
    return m_client && m_client->isRunning();
}

void RegistrationRecordsDialog::refresh()
{
    if (!m_client) {
        m_banner->showResult(ResultBanner::Kind::Error, tr("Connect to a DPS first."));
        return;
    }
    if (isBusy())
        return;
    m_banner->clear();
    const bool started =
        m_kind == Kind::Group ? m_client->queryAllRegistrations(m_id) : m_client->getRegistration(m_id);
    if (started) {
        m_summary->setText(tr("Reading from DPS…"));
        m_refresh->setEnabled(false);
    }
}

void RegistrationRecordsDialog::onFinished(const dps::DpsServiceResult &result)
{
    m_refresh->setEnabled(true);
    if (m_kind == Kind::Individual) {
        // The Verify step's sentence; a 404 is a device that has not registered yet, not a failure.
        dps::EnrollmentVerification verification;
        verification.registrationId = m_id;
        if (result.succeeded() && result.registration) {
            verification.record = *result.registration;
            verification.kind = verification.record.status == dps::DpsStatus::Assigned
                                    ? dps::EnrollmentVerification::Kind::Assigned
                                    : dps::EnrollmentVerification::Kind::NotAssigned;
            showRecords({*result.registration});
        } else if (result.error.httpStatus == 404) {
            verification.kind = dps::EnrollmentVerification::Kind::NotAssigned;
            showRecords({});
        } else {
            DpsAnswerText::show(m_banner, result);
            m_summary->clear();
            return;
        }
        m_summary->setText(verification.sentence());
        return;
    }
    if (!result.succeeded()) {
        DpsAnswerText::show(m_banner, result);
        m_summary->clear();
        return;
    }
    showRecords(result.registrations);
    m_summary->setText(result.registrations.isEmpty()
                           ? tr("No device has registered through the enrollment group %1 yet.").arg(m_id)
                           : tr("%n device(s) registered through the enrollment group %1.", nullptr,
                                int(result.registrations.size()))
                                 .arg(m_id));
}

void RegistrationRecordsDialog::showRecords(const QList<dps::DeviceRegistrationState> &records)
{
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const dps::DeviceRegistrationState &r = records.at(row);
        const QStringList cells = {r.registrationId, dps::toWire(r.status),          r.deviceId,
                                   r.assignedHub,    when(r.lastUpdatedDateTimeUtc), errorText(r)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace eflow::ui
