#include "ui/enrollments/EnrollmentListModel.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

// The hubs an enrollment names: its one hub (iotHubHostName, kept in extra), else its list.
QString configuredHubs(const dps::EnrollmentCommon &common)
{
    const QString one = common.extra.value(u"iotHubHostName"_s).toString();
    return one.isEmpty() ? common.iotHubs.join(u", "_s) : one;
}

} // namespace

EnrollmentListRow EnrollmentListRow::from(const dps::IndividualEnrollment &e)
{
    EnrollmentListRow row;
    row.kind = Kind::Individual;
    row.id = e.registrationId;
    row.iotEdge = e.iotEdge;
    row.status = e.provisioningStatus;
    // Without a device ID of its own, the device is named after its registration ID (§5).
    row.deviceId = e.deviceId.isEmpty() ? e.registrationId : e.deviceId;
    row.hub = configuredHubs(e);
    if (e.registrationState) {
        if (!e.registrationState->deviceId.isEmpty())
            row.deviceId = e.registrationState->deviceId;
        if (!e.registrationState->assignedHub.isEmpty())
            row.hub = e.registrationState->assignedHub;
    }
    row.lastUpdated = e.lastUpdatedDateTimeUtc;
    row.etag = e.etag;
    return row;
}

EnrollmentListRow EnrollmentListRow::from(const dps::EnrollmentGroup &g)
{
    EnrollmentListRow row;
    row.kind = Kind::Group;
    row.id = g.enrollmentGroupId;
    row.iotEdge = g.iotEdge;
    row.status = g.provisioningStatus;
    row.hub = configuredHubs(g);
    row.lastUpdated = g.lastUpdatedDateTimeUtc;
    row.etag = g.etag;
    return row;
}

EnrollmentListModel::EnrollmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

EnrollmentListModel::~EnrollmentListModel() = default;

int EnrollmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnrollmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnrollmentListModel::kindName(EnrollmentListRow::Kind kind)
{
    switch (kind) {
    case EnrollmentListRow::Kind::Individual:
        return tr("Individual");
    case EnrollmentListRow::Kind::Group:
        return tr("Group");
    case EnrollmentListRow::Kind::Unknown:
        break;
    }
    return QString();
}

QString EnrollmentListModel::statusName(dps::ProvisioningStatus status)
{
    // The service's default when the enrollment does not say.
    return status == dps::ProvisioningStatus::Disabled ? tr("Disabled") : tr("Enabled");
}

QString EnrollmentListModel::text(const EnrollmentListRow &row, int column) const
{
    switch (column) {
    case IdColumn:
        return row.id;
    case TypeColumn:
        return kindName(row.kind);
    case EdgeColumn:
        return row.iotEdge ? tr("Yes") : tr("No");
    case StatusColumn:
        return statusName(row.status);
    case DeviceColumn:
        return row.deviceId;
    case HubColumn:
        return row.hub;
    case UpdatedColumn:
        return row.lastUpdated.isValid()
                   ? QLocale().toString(row.lastUpdated.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        break;
    }
    return QString();
}

QVariant EnrollmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EnrollmentListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return text(row, index.column());
    case Qt::UserRole:
        if (index.column() == UpdatedColumn)
            return row.lastUpdated;
        return text(row, index.column()).toCaseFolded();
    default:
        break;
    }
    return {};
}

QVariant EnrollmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TypeColumn:
        return tr("Type");
    case EdgeColumn:
        return tr("IoT Edge");
    case StatusColumn:
        return tr("Provisioning status");
    case DeviceColumn:
        return tr("Device ID");
    case HubColumn:
        return tr("IoT hub");
    case UpdatedColumn:
        return tr("Last updated");
    default:
        break;
    }
    return {};
}

void EnrollmentListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int EnrollmentListModel::indexOf(EnrollmentListRow::Kind kind, const QString &id) const
{
    // IDs are case-insensitive at DPS (reference/dps-protocol.md §5).
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == kind && m_rows.at(i).id.compare(id, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int EnrollmentListModel::count(EnrollmentListRow::Kind kind) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [kind](const EnrollmentListRow &row) { return row.kind == kind; }));
}

void EnrollmentListModel::add(const QList<EnrollmentListRow> &rows)
{
    for (const EnrollmentListRow &row : rows) {
        const int existing = indexOf(row.kind, row.id);
        if (existing >= 0) {
            m_rows[existing] = row;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        endInsertRows();
    }
}

void EnrollmentListModel::remove(EnrollmentListRow::Kind kind, const QString &id)
{
    const int i = indexOf(kind, id);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_rows.removeAt(i);
    endRemoveRows();
}

} // namespace eflow::ui
