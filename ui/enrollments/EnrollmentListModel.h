#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

#include "engine/dps/EnrollmentModels.h"

namespace eflow::ui {

// What the Enrollments window lists of one enrollment: the columns, and the etag for a delete. No key:
// the service's queries return none, and none is kept here.
struct EnrollmentListRow
{
    enum class Kind
    {
        Unknown = 0,
        Individual,
        Group,
    };

    Kind kind = Kind::Unknown;
    QString id; // registration ID or enrollment group ID
    bool iotEdge = false;
    dps::ProvisioningStatus status = dps::ProvisioningStatus::Unknown;
    QString deviceId; // individual: the assigned device, else the one the enrollment will make
    QString hub;      // the assigned hub, else the hubs the enrollment may be assigned to
    QDateTime lastUpdated;
    QString etag;

    static EnrollmentListRow from(const dps::IndividualEnrollment &enrollment);
    static EnrollmentListRow from(const dps::EnrollmentGroup &group);
};

// The table of the Enrollments window: individual enrollments and enrollment groups in one list, in the
// order they were read. Display text is translated; Qt::UserRole gives the raw value each column sorts by.
class EnrollmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentListModel)

public:
    enum Column
    {
        IdColumn = 0,
        TypeColumn,
        EdgeColumn,
        StatusColumn,
        DeviceColumn,
        HubColumn,
        UpdatedColumn,
        ColumnCount,
    };

    explicit EnrollmentListModel(QObject *parent = nullptr);
    ~EnrollmentListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Adds rows, replacing a row of the same kind and ID that is there already.
    void add(const QList<EnrollmentListRow> &rows);
    void remove(EnrollmentListRow::Kind kind, const QString &id);
    const EnrollmentListRow &row(int index) const { return m_rows.at(index); }
    int indexOf(EnrollmentListRow::Kind kind, const QString &id) const;
    int count(EnrollmentListRow::Kind kind) const;

    static QString kindName(EnrollmentListRow::Kind kind);
    static QString statusName(dps::ProvisioningStatus status);

private:
    QString text(const EnrollmentListRow &row, int column) const;

    QList<EnrollmentListRow> m_rows;
};

} // namespace eflow::ui
