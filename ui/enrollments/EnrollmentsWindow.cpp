#include "ui/enrollments/EnrollmentsWindow.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/DpsServiceResult.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/enrollments/DpsAnswerText.h"
#include "ui/enrollments/DpsServiceConnection.h"
#include "ui/enrollments/EnrollmentDialog.h"
#include "ui/enrollments/EnrollmentsSession.h"
#include "ui/enrollments/RegistrationRecordsDialog.h"
#include "ui/enrollments/UseInWizardDialog.h"
#include "ui/enrollments/WindowSize.h"
#include "ui/widgets/ResultBanner.h"
#include "ui/widgets/VerticalScrollArea.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

using Kind = EnrollmentListRow::Kind;
using Op = dps::DpsServiceOperation;

namespace {

QPushButton *actionButton(const QString &text, const QString &objectName, const QString &accessibleName,
                          QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

} // namespace

EnrollmentsWindow::EnrollmentsWindow(WizardController *controller, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
    , m_connection(DpsServiceConnection::of(controller))
{
    setObjectName(u"enrollmentsWindow"_s);
    setWindowTitle(tr("DPS enrollments"));
    if (!m_connection) // no controller (a test of the window alone): a connection of its own
        m_connection = new DpsServiceConnection(this);

    m_banner = new ResultBanner(this);
    m_banner->setObjectName(u"enrollmentsBanner"_s);
    m_banner->textLabel()->setObjectName(u"enrollmentsBannerLabel"_s);
    m_banner->textLabel()->setAccessibleName(tr("What DPS answered"));
    m_banner->detailsToggle()->setObjectName(u"enrollmentsDetailsButton"_s);
    m_banner->detailsView()->setObjectName(u"enrollmentsDetailsView"_s);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    m_panel = new ServiceConnectionPanel(controller, m_connection, content);
    contentLayout->addWidget(m_panel);
    buildList(content);
    contentLayout->addStretch(1);
    wrapInVerticalScrollArea(content);

    m_busy = makeWrappingLabel(QString(), this);
    m_busy->setObjectName(u"enrollmentsBusyLabel"_s);
    m_stop = actionButton(tr("Stop"), u"stopButton"_s, tr("Stop the running DPS request"), this);
    auto *close = actionButton(tr("Close"), u"closeEnrollmentsButton"_s, tr("Close"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy, 1);
    bottom->addWidget(m_stop);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(content, 1);
    layout->addLayout(bottom);

    connect(m_panel, &ServiceConnectionPanel::connectRequested, this, &EnrollmentsWindow::onConnectRequested);
    connect(m_panel, &ServiceConnectionPanel::keychainNote, this, [this](const QString &text, bool problem) {
        m_banner->showResult(problem ? ResultBanner::Kind::Warning : ResultBanner::Kind::Success, text);
    });
    connect(m_connection, &DpsServiceConnection::changed, this, &EnrollmentsWindow::onConnectionChanged);
    if (m_controller)
        connect(m_controller, &WizardController::targetChanged, this, &EnrollmentsWindow::onTargetChanged);
    connect(m_stop, &QPushButton::clicked, this, &EnrollmentsWindow::stop);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    setTabOrder(m_panel->lastField(), m_filter);
    resizeWithinScreen(this, QSize(980, 700));
    onConnectionChanged();
}

EnrollmentsWindow::~EnrollmentsWindow()
{
    // The clients abort what runs without signals.
    delete m_trial;
    delete m_client;
}

void EnrollmentsWindow::buildList(QWidget *content)
{
    auto *box = new QGroupBox(tr("Enrollments"), content);
    box->setObjectName(u"enrollmentsBox"_s);
    m_filter = new QLineEdit(box);
    m_filter->setObjectName(u"enrollmentFilterEdit"_s);
    m_filter->setAccessibleName(tr("Filter by ID"));
    m_filter->setPlaceholderText(tr("part of a registration ID or group ID"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter by ID:"), box);
    filterLabel->setBuddy(m_filter);
    m_refresh = actionButton(tr("&Refresh"), u"refreshEnrollmentsButton"_s, tr("Read the list again"), box);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_refresh);

    m_model = new EnrollmentListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(EnrollmentListModel::IdColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(box);
    m_table->setObjectName(u"enrollmentsTable"_s);
    m_table->setAccessibleName(tr("Individual enrollments and enrollment groups"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EnrollmentListModel::IdColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Five rows at least, in the font's own row height (a fixed 200 px pushed the window past 1280×800 in
    // Japanese, whose lines are taller).
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              5 * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    for (int column : {EnrollmentListModel::TypeColumn, EnrollmentListModel::EdgeColumn,
                       EnrollmentListModel::StatusColumn, EnrollmentListModel::UpdatedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_count = makeWrappingLabel(QString(), box);
    m_count->setObjectName(u"enrollmentCountLabel"_s);
    m_more =
        actionButton(tr("&More"), u"moreEnrollmentsButton"_s, tr("Read the next page of enrollments"), box);
    auto *moreRow = new QHBoxLayout;
    moreRow->addWidget(m_count, 1);
    moreRow->addWidget(m_more);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(moreRow);
    layout->addLayout(buildActions(box));
    content->layout()->addWidget(box);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &EnrollmentsWindow::refresh);
    connect(m_more, &QPushButton::clicked, this, &EnrollmentsWindow::loadMore);
    connect(m_table, &QTableView::activated, this, &EnrollmentsWindow::viewSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnrollmentsWindow::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EnrollmentsWindow::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EnrollmentsWindow::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EnrollmentsWindow::updateState);
}

QGridLayout *EnrollmentsWindow::buildActions(QWidget *content)
{
    m_newIndividual = actionButton(tr("New &individual enrollment…"), u"newIndividualButton"_s,
                                   tr("New individual enrollment"), content);
    m_newGroup =
        actionButton(tr("New enrollment &group…"), u"newGroupButton"_s, tr("New enrollment group"), content);
    m_view = actionButton(tr("&View or edit…"), u"viewEnrollmentButton"_s,
                          tr("View or edit the selected enrollment"), content);
    m_delete = actionButton(tr("D&elete…"), u"deleteEnrollmentButton"_s, tr("Delete the selected enrollment"),
                            content);
    m_recordsButton = actionButton(tr("Registratio&n records…"), u"registrationRecordsButton"_s,
                                   tr("Registration records of the selected enrollment"), content);
    m_useButton = actionButton(tr("&Use in the wizard…"), u"useInWizardButton"_s,
                               tr("Use the selected enrollment on the wizard's Connect page"), content);
    auto *grid = new QGridLayout;
    grid->addWidget(m_newIndividual, 0, 0);
    grid->addWidget(m_newGroup, 0, 1);
    grid->addWidget(m_useButton, 0, 2);
    grid->addWidget(m_view, 1, 0);
    grid->addWidget(m_recordsButton, 1, 1);
    grid->addWidget(m_delete, 1, 2);
    connect(m_newIndividual, &QPushButton::clicked, this, &EnrollmentsWindow::newIndividual);
    connect(m_newGroup, &QPushButton::clicked, this, &EnrollmentsWindow::newGroup);
    connect(m_view, &QPushButton::clicked, this, &EnrollmentsWindow::viewSelected);
    connect(m_delete, &QPushButton::clicked, this, &EnrollmentsWindow::deleteSelected);
    connect(m_recordsButton, &QPushButton::clicked, this, &EnrollmentsWindow::showRecords);
    connect(m_useButton, &QPushButton::clicked, this, &EnrollmentsWindow::useInWizard);
    setTabOrder(m_filter, m_refresh);
    setTabOrder(m_refresh, m_table);
    setTabOrder(m_table, m_more);
    setTabOrder(m_more, m_newIndividual);
    setTabOrder(m_newIndividual, m_newGroup);
    setTabOrder(m_newGroup, m_useButton);
    setTabOrder(m_useButton, m_view);
    setTabOrder(m_view, m_recordsButton);
    setTabOrder(m_recordsButton, m_delete);
    return grid;
}

EnrollmentDialog *EnrollmentsWindow::enrollmentDialog() const
{
    return m_dialog;
}

RegistrationRecordsDialog *EnrollmentsWindow::recordsDialog() const
{
    return m_records;
}

UseInWizardDialog *EnrollmentsWindow::useDialog() const
{
    return m_use;
}

QMessageBox *EnrollmentsWindow::deleteConfirmation() const
{
    return m_confirm;
}

bool EnrollmentsWindow::isBusy() const
{
    return m_trial || (m_client && m_client->isRunning());
}

bool EnrollmentsWindow::hasMore() const
{
    return !m_enrollmentToken.isEmpty() || !m_groupToken.isEmpty();
}

void EnrollmentsWindow::updateState()
{
    const bool connected = m_connection->isConnected() && m_client;
    const bool busy = isBusy();
    const bool selected = selectedRow().has_value();
    m_panel->setBusy(m_trial != nullptr);
    m_refresh->setEnabled(connected && !busy);
    m_more->setEnabled(connected && !busy && hasMore());
    m_more->setVisible(hasMore());
    for (QPushButton *button : {m_newIndividual, m_newGroup})
        button->setEnabled(connected);
    for (QPushButton *button : {m_view, m_recordsButton, m_useButton})
        button->setEnabled(connected && selected);
    m_delete->setEnabled(connected && selected && !busy);
    m_stop->setEnabled(busy);
    if (!busy)
        m_busy->clear();
    if (!m_connection->isConnected()) {
        m_count->setText(tr("Connect to a DPS to see its enrollments."));
        return;
    }
    const int individuals = m_model->count(Kind::Individual);
    const int groups = m_model->count(Kind::Group);
    //: %1 individual enrollments, %2 enrollment groups
    QString text =
        tr("%1 individual enrollment(s) and %2 enrollment group(s) read.").arg(individuals).arg(groups);
    if (hasMore())
        text = tr("%1 individual enrollment(s) and %2 enrollment group(s) read; DPS has more (More).")
                   .arg(individuals)
                   .arg(groups);
    m_count->setText(text);
}

std::optional<EnrollmentListRow> EnrollmentsWindow::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid() || source.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->row(source.row());
}

bool EnrollmentsWindow::select(Kind kind, const QString &id)
{
    const int row = m_model->indexOf(kind, id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

// ---- Connecting ----

void EnrollmentsWindow::onConnectRequested()
{
    std::optional<ServiceConnectionCandidate> candidate = m_panel->takeCandidate();
    if (!candidate || m_trial)
        return;
    QString error;
    m_trial = DpsServiceConnection::newClient(candidate->connectionString, candidate->options, this, &error);
    if (!m_trial) {
        m_banner->showResult(ResultBanner::Kind::Error, error);
        return;
    }
    // DPS has the last word on the key and the policy: the connection is kept once it answers a query.
    m_candidate = std::move(candidate);
    connect(m_trial, &dps::DpsServiceClient::finished, this, &EnrollmentsWindow::onTrialFinished);
    m_trial->queryEnrollments();
    m_banner->showResult(ResultBanner::Kind::Busy, tr("Connecting to %1…").arg(m_trial->hostName()));
    m_busy->setText(tr("Connecting…"));
    updateState();
}

void EnrollmentsWindow::onTrialFinished(const dps::DpsServiceResult &result)
{
    m_trial->deleteLater();
    m_trial = nullptr;
    std::optional<ServiceConnectionCandidate> candidate = std::exchange(m_candidate, std::nullopt);
    if (!result.succeeded() || !candidate) {
        DpsAnswerText::show(m_banner, result);
        updateState();
        return;
    }
    const bool remember = candidate->remember;
    const QString name = candidate->keychainName;
    QString error;
    if (!m_connection->set(std::move(candidate->connectionString), candidate->options, candidate->source,
                           name, &error)) {
        m_banner->showResult(ResultBanner::Kind::Error, error);
        updateState();
        return;
    }
    m_banner->showResult(ResultBanner::Kind::Success,
                         tr("Connected to %1 with the shared access policy %2.")
                             .arg(m_connection->hostName(), m_connection->policyName()));
    if (remember && candidate->source == DpsServiceConnection::Source::Typed)
        m_panel->remember(name.isEmpty() ? ServiceConnectionPanel::keychainNameFor(m_connection->hostName())
                                         : name);
    else if (candidate->source == DpsServiceConnection::Source::Typed)
        m_connection->setKeychainName(QString()); // not remembered: the name was only a proposal
}

void EnrollmentsWindow::onConnectionChanged()
{
    delete m_client;
    m_client = nullptr;
    m_model->clear();
    m_enrollmentToken.clear();
    m_groupToken.clear();
    m_pagesToRead.clear();
    if (m_connection->isConnected()) {
        dps::DpsServiceClientOptions options = m_connection->options();
        options.pageSize = m_pageSize;
        m_client = DpsServiceConnection::newClient(m_connection->connectionString(), options, this);
        if (m_client) {
            connect(m_client, &dps::DpsServiceClient::finished, this, &EnrollmentsWindow::onFinished);
            refresh();
        }
    }
    updateState();
}

void EnrollmentsWindow::onTargetChanged()
{
    // A demo connection lives as long as the demo host that runs its DPS: another host, another DPS.
    if (m_connection->source() != DpsServiceConnection::Source::Demo)
        return;
    const auto &host = m_controller->runner()->host();
    const QUrl endpoint(host && host->demo ? host->demo->endpoint : QString());
    const QString demoHost = u"%1:%2"_s.arg(endpoint.host()).arg(endpoint.port());
    if (demoHost != m_connection->hostName())
        m_connection->clear();
}

void EnrollmentsWindow::closeEvent(QCloseEvent *event)
{
    // Its dialogs go with it; the connection stays for the next time (and for the wizard's Verify step).
    for (QWidget *dialog : std::initializer_list<QWidget *>{m_dialog, m_records, m_use, m_confirm}) {
        if (dialog)
            dialog->close();
    }
    QWidget::closeEvent(event);
}

// ---- The list ----

void EnrollmentsWindow::refresh()
{
    if (!m_client || isBusy())
        return;
    m_model->clear();
    m_enrollmentToken.clear();
    m_groupToken.clear();
    m_pagesToRead = {Kind::Individual, Kind::Group};
    queryNextPage();
}

void EnrollmentsWindow::loadMore()
{
    if (!m_client || isBusy() || !hasMore())
        return;
    m_pagesToRead.clear();
    if (!m_enrollmentToken.isEmpty())
        m_pagesToRead << Kind::Individual;
    if (!m_groupToken.isEmpty())
        m_pagesToRead << Kind::Group;
    queryNextPage();
}

void EnrollmentsWindow::queryNextPage()
{
    if (m_pagesToRead.isEmpty()) {
        updateState();
        return;
    }
    const Kind kind = m_pagesToRead.takeFirst();
    const bool started = kind == Kind::Group ? m_client->queryEnrollmentGroups(m_groupToken)
                                             : m_client->queryEnrollments(m_enrollmentToken);
    if (started)
        m_busy->setText(kind == Kind::Group ? tr("Reading enrollment groups…")
                                            : tr("Reading individual enrollments…"));
    updateState();
}

void EnrollmentsWindow::onFinished(const dps::DpsServiceResult &result)
{
    switch (result.operation) {
    case Op::QueryEnrollments:
    case Op::QueryEnrollmentGroups:
        onPage(result);
        break;
    case Op::DeleteEnrollment:
    case Op::DeleteEnrollmentGroup:
        onDeleted(result);
        break;
    default:
        break;
    }
    updateState();
}

void EnrollmentsWindow::onPage(const dps::DpsServiceResult &result)
{
    if (!result.succeeded()) {
        m_pagesToRead.clear();
        DpsAnswerText::show(m_banner, result);
        return;
    }
    QList<EnrollmentListRow> rows;
    if (result.operation == Op::QueryEnrollments) {
        for (const dps::IndividualEnrollment &e : result.enrollments)
            rows << EnrollmentListRow::from(e);
        m_enrollmentToken = result.continuationToken;
    } else {
        for (const dps::EnrollmentGroup &g : result.enrollmentGroups)
            rows << EnrollmentListRow::from(g);
        m_groupToken = result.continuationToken;
    }
    m_model->add(rows);
    // The header measures its ResizeToContents columns on layout only, not on rows added ("Gruppe" was cut).
    m_table->horizontalHeader()->doItemsLayout();
    queryNextPage();
}

// ---- Actions ----

void EnrollmentsWindow::openEnrollmentDialog(Kind kind, bool create, const QString &id)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new EnrollmentDialog(
        m_connection, kind, create ? EnrollmentForm::Mode::Create : EnrollmentForm::Mode::Edit, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &EnrollmentDialog::saved, this, [this](const EnrollmentListRow &row) {
        m_model->add({row});
        select(row.kind, row.id);
        m_banner->showResult(ResultBanner::Kind::Success,
                             row.kind == Kind::Group ? tr("Saved the enrollment group %1.").arg(row.id)
                                                     : tr("Saved the individual enrollment %1.").arg(row.id));
    });
    dialog->open();
}

void EnrollmentsWindow::newIndividual()
{
    if (m_connection->isConnected())
        openEnrollmentDialog(Kind::Individual, true);
}

void EnrollmentsWindow::newGroup()
{
    if (m_connection->isConnected())
        openEnrollmentDialog(Kind::Group, true);
}

void EnrollmentsWindow::viewSelected()
{
    if (const std::optional<EnrollmentListRow> row = selectedRow(); row && m_connection->isConnected())
        openEnrollmentDialog(row->kind, false, row->id);
}

void EnrollmentsWindow::deleteSelected()
{
    const std::optional<EnrollmentListRow> row = selectedRow();
    if (!row || isBusy() || m_confirm)
        return;
    const QString question =
        row->kind == Kind::Group
            ? tr("Delete the enrollment group %1? Devices that registered through it keep their IoT Hub "
                 "identity, but no device can provision with its keys any more.")
                  .arg(row->id)
            : tr("Delete the individual enrollment %1? The device keeps its IoT Hub identity, but it can no "
                 "longer provision with this enrollment.")
                  .arg(row->id);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete enrollment"), question, QMessageBox::NoButton, this);
    box->setObjectName(u"deleteEnrollmentConfirmation"_s);
    QPushButton *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmDeleteButton"_s);
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    no->setObjectName(u"cancelDeleteButton"_s);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, yes, row = *row] {
        if (box->clickedButton() == yes)
            deleteNow(row);
    });
    box->open();
}

void EnrollmentsWindow::deleteNow(const EnrollmentListRow &row)
{
    if (!m_client || isBusy())
        return;
    // With the etag that was listed: a delete of something someone changed meanwhile is refused (412).
    const bool started = row.kind == Kind::Group ? m_client->deleteEnrollmentGroup(row.id, row.etag)
                                                 : m_client->deleteEnrollment(row.id, row.etag);
    if (started)
        m_busy->setText(tr("Deleting %1…").arg(row.id));
    updateState();
}

void EnrollmentsWindow::onDeleted(const dps::DpsServiceResult &result)
{
    DpsAnswerText::show(m_banner, result);
    if (result.succeeded())
        m_model->remove(result.operation == Op::DeleteEnrollmentGroup ? Kind::Group : Kind::Individual,
                        result.id);
}

void EnrollmentsWindow::showRecords()
{
    const std::optional<EnrollmentListRow> row = selectedRow();
    if (!row || !m_connection->isConnected())
        return;
    if (m_records)
        m_records->close();
    auto *dialog = new RegistrationRecordsDialog(m_connection, row->kind, row->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_records = dialog;
    dialog->open();
}

QString EnrollmentsWindow::idScopeToOffer() const
{
    if (!m_controller)
        return QString();
    if (m_connection->source() == DpsServiceConnection::Source::Demo &&
        !m_controller->demoIdScope().isEmpty())
        return m_controller->demoIdScope();
    return m_controller->plan() ? m_controller->plan()->plan().provisioning.idScope : QString();
}

void EnrollmentsWindow::useInWizard()
{
    const std::optional<EnrollmentListRow> row = selectedRow();
    if (!row || !m_connection->isConnected())
        return;
    if (m_use)
        m_use->close();
    auto *dialog = new UseInWizardDialog(m_connection, row->kind, row->id, idScopeToOffer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_use = dialog;
    connect(dialog, &UseInWizardDialog::chosen, this, [this](const WizardEnrollmentChoice &choice) {
        EnrollmentsSession *session = EnrollmentsSession::of(m_controller);
        if (!session)
            return;
        session->handToWizard(choice);
        m_banner->showResult(ResultBanner::Kind::Success,
                             tr("The wizard's Connect page uses the registration ID %1 and its key now.")
                                 .arg(choice.registrationId));
    });
    dialog->open();
}

void EnrollmentsWindow::stop()
{
    if (m_trial) {
        m_trial->cancel(); // finished() follows at once, with Cancelled
        return;
    }
    m_pagesToRead.clear();
    if (m_client && m_client->isRunning())
        m_client->cancel();
    updateState();
}

} // namespace eflow::ui
