#pragma once

#include <optional>

#include <QPointer>
#include <QWidget>

#include "ui/enrollments/EnrollmentListModel.h"
#include "ui/enrollments/ServiceConnectionPanel.h"

class QGridLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace eflow::dps {
class DpsServiceClient;
struct DpsServiceResult;
} // namespace eflow::dps

namespace eflow::ui {

class DpsServiceConnection;
class EnrollmentDialog;
class RegistrationRecordsDialog;
class ResultBanner;
class UseInWizardDialog;
class WizardController;

// The Enrollments window (issue 15 item 1): the procedure's "create a DPS enrollment" and "verify" steps
// inside the product, over the DPS service API. Connect with a service connection string (typed, pasted,
// remembered, or the demo's local DPS); list individual enrollments and enrollment groups a page at a
// time ("More"), filtered by ID; create, view (keys masked), edit, delete; registration records; and "Use
// in the wizard", which hands an identity to the Connect page (EnrollmentsSession).
//
// A view: every DPS call is asynchronous on a DpsServiceClient (the window's own for the list and deletes,
// one per dialog), and nothing waits on the GUI thread. Answers go to a banner at the top, in words, with
// the raw detail behind Details. Everything scrolls vertically inside the window, so it fits 960×500.
class EnrollmentsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentsWindow)

public:
    explicit EnrollmentsWindow(WizardController *controller, QWidget *parent = nullptr);
    ~EnrollmentsWindow() override;

    DpsServiceConnection *connection() const { return m_connection; }
    ServiceConnectionPanel *connectionPanel() const { return m_panel; }
    ResultBanner *banner() const { return m_banner; }
    EnrollmentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *moreButton() const { return m_more; }
    // Rows per page of the list (x-ms-max-item-count); takes effect with the next connection or refresh.
    void setPageSize(int rows) { m_pageSize = rows; }
    // A DPS call of the window's (list, delete) is under way, or a connection is being tried.
    bool isBusy() const;
    // Whether DPS has more rows than the list shows (More).
    bool hasMore() const;

    // Selects the row of this enrollment (false when the list does not show it).
    bool select(EnrollmentListRow::Kind kind, const QString &id);
    std::optional<EnrollmentListRow> selectedRow() const;

    // The dialogs the window opened last (tests, screenshots); nullptr when closed.
    EnrollmentDialog *enrollmentDialog() const;
    RegistrationRecordsDialog *recordsDialog() const;
    UseInWizardDialog *useDialog() const;
    QMessageBox *deleteConfirmation() const;

public slots:
    void refresh();
    void loadMore();
    void newIndividual();
    void newGroup();
    void viewSelected();
    void deleteSelected();
    void showRecords();
    void useInWizard();
    void stop();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildList(QWidget *content);
    void onTargetChanged();
    QGridLayout *buildActions(QWidget *content);
    void onConnectRequested();
    void onTrialFinished(const eflow::dps::DpsServiceResult &result);
    void onConnectionChanged();
    void onFinished(const eflow::dps::DpsServiceResult &result);
    void onPage(const eflow::dps::DpsServiceResult &result);
    void onDeleted(const eflow::dps::DpsServiceResult &result);
    void queryNextPage();
    void openEnrollmentDialog(EnrollmentListRow::Kind kind, bool create, const QString &id = {});
    void deleteNow(const EnrollmentListRow &row);
    void updateState();
    QString idScopeToOffer() const;

    WizardController *m_controller = nullptr;
    DpsServiceConnection *m_connection = nullptr;
    dps::DpsServiceClient *m_client = nullptr;
    dps::DpsServiceClient *m_trial = nullptr; // a candidate connection's first query
    std::optional<ServiceConnectionCandidate> m_candidate;
    int m_pageSize = 50;

    ResultBanner *m_banner = nullptr;
    ServiceConnectionPanel *m_panel = nullptr;
    QLineEdit *m_filter = nullptr;
    EnrollmentListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_newIndividual = nullptr;
    QPushButton *m_newGroup = nullptr;
    QPushButton *m_view = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_recordsButton = nullptr;
    QPushButton *m_useButton = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_stop = nullptr;

    // The list's paging: the kinds still to read in this round, and where each continues.
    QList<EnrollmentListRow::Kind> m_pagesToRead;
    QString m_enrollmentToken;
    QString m_groupToken;

    QPointer<EnrollmentDialog> m_dialog;
    QPointer<RegistrationRecordsDialog> m_records;
    QPointer<UseInWizardDialog> m_use;
    QPointer<QMessageBox> m_confirm;
};

} // namespace eflow::ui
