#include "ui/fleet/FleetWindow.h"

#include <iterator>

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include "engine/jobs/FleetPlan.h"
#include "engine/plan/PlanFile.h"
#include "engine/plan/PlanModel.h"
#include "engine/plan/Validation.h"
#include "engine/support/KeychainSecretStore.h"
#include "engine/support/Redactor.h"
#include "engine/support/SecretRef.h"
#include "ui/OverviewWindow.h"
#include "ui/WizardController.h"
#include "ui/enrollments/WindowSize.h"
#include "ui/fleet/FleetTableModel.h"

namespace eflow::ui {

namespace {

// The progress column: a bar, drawn by the style (no widget per row, so 200 rows cost nothing).
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int percent = index.data(FleetTableModel::PercentRole).toInt();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent;
        bar.text = QStringLiteral("%1%").arg(percent);
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

// Shows the rows a failure filter lets through.
class FailureFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOn(bool on)
    {
        m_on = on;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !m_on || sourceModel()->index(row, 0, parent).data(FleetTableModel::FailureRole).toBool();
    }

private:
    bool m_on = false;
};

} // namespace

FleetWindow::FleetWindow(std::shared_ptr<const jobs::HostFactory> hosts, FleetWindowOptions options,
                         QWidget *parent)
    : QMainWindow(parent)
    , m_hosts(std::move(hosts))
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("fleetWindow"));
    setWindowTitle(tr("Fleet — EFLOW Wizard"));
    buildUi();
    m_statusDelay.setSingleShot(true);
    m_statusDelay.setInterval(200);
    connect(&m_statusDelay, &QTimer::timeout, this, &FleetWindow::updateStatus);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, m_model, &FleetTableModel::tick);
    updateActions();
    updateStatus();
}

FleetWindow::~FleetWindow()
{
    m_model->setRun(nullptr);
    m_model->setProbe(nullptr);
    delete m_run; // cancels what runs; the journal keeps it for the next run
    delete m_probe;
}

void FleetWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(buildInputs());
    layout->addWidget(buildActions());
    m_model = new FleetTableModel(this);
    auto *filter = new FailureFilter(this);
    filter->setSourceModel(m_model);
    m_proxy = filter;
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("fleetTable"));
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Hosts of the fleet"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegateForColumn(FleetTableModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // Wide enough for the usual values, and never narrower than the header's own words (German runs longer).
    int widths[] = {190, 110, 150, 100, 90, 60, 170};
    // The Status column holds every outcome's word whole (Japanese "provisioned" is twice as wide).
    for (int outcome = int(jobs::FleetOutcome::Waiting); outcome <= int(jobs::FleetOutcome::Cancelled);
         ++outcome) {
        const QString word = jobs::fleetOutcomeTitle(jobs::FleetOutcome(outcome));
        widths[FleetTableModel::StatusColumn] =
            qMax(widths[FleetTableModel::StatusColumn], m_table->fontMetrics().horizontalAdvance(word) + 16);
    }
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column,
                                qMax(widths[column], m_table->horizontalHeader()->sectionSizeHint(column)));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FleetWindow::updateActions);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openOverview(m_proxy->mapToSource(index).row()); });
    layout->addWidget(m_table, 1);
    setCentralWidget(central);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fleetStatus"));
    statusBar()->addWidget(m_status, 1);
    resizeWithinScreen(this, QSize(1100, 620));
    setMinimumSize(760, 420);
}

QWidget *FleetWindow::buildInputs()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto fileRow = [this, box](QLabel **label, const QString &button, const QString &name, auto load) {
        auto *row = new QHBoxLayout;
        *label = new QLabel(tr("none"), box);
        (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *open = new QPushButton(button, box);
        open->setObjectName(name);
        connect(open, &QPushButton::clicked, this, load);
        row->addWidget(*label, 1);
        row->addWidget(open);
        return row;
    };
    form->addRow(tr("Fleet file:"),
                 fileRow(&m_fleetLabel, tr("&Open fleet file…"), QStringLiteral("openFleetButton"), [this]() {
                     const QString path = QFileDialog::getOpenFileName(this, tr("Open a fleet file"), {},
                                                                       tr("Fleet files (*.csv *.json)"));
                     QString error;
                     if (!path.isEmpty() && !loadFleet(path, &error))
                         showError(error);
                 }));
    form->addRow(tr("Plan:"),
                 fileRow(&m_planLabel, tr("Open &plan…"), QStringLiteral("openPlanButton"), [this]() {
                     const QString path =
                         QFileDialog::getOpenFileName(this, tr("Open a plan"), {}, tr("Plans (*.json)"));
                     QString error;
                     if (!path.isEmpty() && !loadPlan(path, &error))
                         showError(error);
                 }));
    auto *keys = new QHBoxLayout;
    m_groupKeyRef = new QLineEdit(box);
    m_groupKeyRef->setObjectName(QStringLiteral("groupKeyRefEdit"));
    m_groupKeyRef->setPlaceholderText(tr("keychain:NAME"));
    m_groupKeyRef->setAccessibleName(tr("Group key in the keychain"));
    m_groupKey = new QLineEdit(box);
    m_groupKey->setObjectName(QStringLiteral("groupKeyEdit"));
    m_groupKey->setEchoMode(QLineEdit::Password);
    m_groupKey->setPlaceholderText(tr("or paste the key (kept for this window only)"));
    m_groupKey->setAccessibleName(tr("Group key"));
    keys->addWidget(m_groupKeyRef, 1);
    keys->addWidget(m_groupKey, 2);
    auto *keyLabel = new QLabel(tr("&Group key:"), box);
    keyLabel->setBuddy(m_groupKeyRef);
    keyLabel->setToolTip(
        tr("The enrollment group's key. Each host's device key is derived from it in memory. "
           "Demo hosts use the demo DPS's group when it is empty."));
    form->addRow(keyLabel, keys);
    m_concurrency = new QSpinBox(box);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(qBound(1, m_options.concurrency, 64));
    m_concurrency->setAccessibleName(tr("Hosts at a time"));
    auto *concurrencyLabel = new QLabel(tr("Hosts at a &time:"), box);
    concurrencyLabel->setBuddy(m_concurrency);
    auto *concurrencyRow = new QHBoxLayout;
    concurrencyRow->addWidget(m_concurrency);
    concurrencyRow->addStretch(1);
    form->addRow(concurrencyLabel, concurrencyRow);
    return box;
}

QWidget *FleetWindow::buildActions()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto add = [this, box, row](const QString &text, const QString &name, auto slot) {
        auto *b = new QPushButton(text, box);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    m_checkButton = add(tr("&Check targets"), QStringLiteral("checkButton"), [this]() { checkTargets(); });
    m_runButton = add(tr("&Run"), QStringLiteral("runButton"), [this]() {
        QString error;
        if (!startRun(&error) && !error.isEmpty())
            showError(error);
    });
    m_stopButton = add(tr("&Stop"), QStringLiteral("stopButton"), [this]() { stopRun(); });
    m_retryButton = add(tr("Retr&y selected"), QStringLiteral("retryButton"), [this]() { retrySelected(); });
    m_overviewButton = add(tr("O&verview"), QStringLiteral("overviewButton"), [this]() {
        const QList<int> rows = selectedRows();
        if (!rows.isEmpty())
            openOverview(rows.constFirst());
    });
    m_exportButton = add(tr("&Export results…"), QStringLiteral("exportButton"), [this]() {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the results"), QStringLiteral("fleet-results.csv"),
                                         tr("CSV (*.csv);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportResults(path, &error))
            showError(error);
    });
    row->addStretch(1);
    m_failuresOnly = new QCheckBox(tr("&Failures only"), box);
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnlyCheck"));
    connect(m_failuresOnly, &QCheckBox::toggled, this, &FleetWindow::setFailuresOnly);
    row->addWidget(m_failuresOnly);
    return box;
}

bool FleetWindow::loadFleet(const QString &path, QString *error)
{
    QString why;
    const auto fleet = jobs::readFleetFile(path, &why);
    if (!fleet) {
        if (error)
            *error = why;
        return false;
    }
    if (m_run && m_run->isRunning()) {
        if (error)
            *error = tr("Stop the running fleet before loading another file.");
        return false;
    }
    delete m_run;
    delete m_probe;
    m_fleetFile = path;
    m_fleet = fleet->hosts;
    for (jobs::FleetHost &h : m_fleet)
        if (h.target.kind == jobs::HostTarget::Kind::Demo)
            h.target.speed = m_options.demoSpeed;
    m_model->setHosts(m_fleet);
    m_fleetLabel->setText(
        tr("%1 (%n host(s))", nullptr, int(m_fleet.size())).arg(QDir::toNativeSeparators(path)));
    updateActions();
    updateStatus();
    return true;
}

bool FleetWindow::loadPlan(const QString &path, QString *error)
{
    QString why;
    const auto plan = plan::loadPlan(path, &why);
    if (!plan) {
        if (error)
            *error = why;
        return false;
    }
    m_plan = *plan;
    m_planFile = path;
    m_planLabel->setText(QDir::toNativeSeparators(path));
    updateActions();
    return true;
}

void FleetWindow::checkTargets()
{
    if (m_fleet.isEmpty() || !m_plan || (m_probe && m_probe->isRunning()))
        return;
    delete m_probe;
    m_probe = new jobs::FleetProbe(m_hosts, *m_plan, m_fleet, m_concurrency->value(),
                                   m_options.journalDirectory, this);
    connect(m_probe, &jobs::FleetProbe::hostChanged, this, [this]() {
        if (!m_statusDelay.isActive())
            m_statusDelay.start();
    });
    connect(m_probe, &jobs::FleetProbe::finished, this, [this]() {
        updateActions();
        updateStatus();
        emit probesFinished();
    });
    m_model->setProbe(m_probe);
    m_probe->start();
    updateActions();
}

std::optional<jobs::FleetRunOptions> FleetWindow::runOptions(QString *error)
{
    if (m_fleet.isEmpty() || !m_plan) {
        *error = tr("Open a fleet file and a plan first.");
        return std::nullopt;
    }
    jobs::FleetRunOptions o;
    o.fleetFile = m_fleetFile;
    o.plan = *m_plan;
    o.hosts = m_fleet;
    o.concurrency = m_concurrency->value();
    o.speed = m_options.demoSpeed;
    o.journalDirectory = m_options.journalDirectory;
    QStringList problems;
    for (const jobs::FleetHost &host : m_fleet)
        for (const QString &p : jobs::fleetPlanProblems(jobs::fleetHostPlan(o.plan, host),
                                                        host.target.kind == jobs::HostTarget::Kind::Demo))
            problems << tr("Line %1: %2").arg(host.line).arg(p);
    if (!problems.isEmpty()) {
        *error = problems.mid(0, 10).join(QLatin1Char('\n'));
        return std::nullopt;
    }
    const QString typed = m_groupKey->text().trimmed();
    if (!typed.isEmpty()) {
        QString check = typed;
        if (const auto problem = plan::checkSymmetricKey(check, plan::Field::GroupKey)) {
            *error = problem->message;
            return std::nullopt;
        }
        support::Redactor::registerSecret(typed);
        o.groupKey = std::make_shared<const crypto::SecureBytes>(QByteArrayView(typed.toLatin1()));
    }
    return o;
}

bool FleetWindow::startRun(QString *error)
{
    QString why;
    if (m_readingKeys || (m_run && m_run->isRunning()))
        return false;
    std::optional<jobs::FleetRunOptions> options = runOptions(&why);
    if (!options) {
        if (error)
            *error = why;
        return false;
    }
    QStringList refs;
    if (!options->groupKey && !m_groupKeyRef->text().trimmed().isEmpty())
        refs << m_groupKeyRef->text().trimmed();
    for (const jobs::FleetHost &h : m_fleet)
        if (!h.secretRef.isEmpty() && !refs.contains(h.secretRef))
            refs << h.secretRef;
    if (!refs.isEmpty()) {
        readKeychainRefs(std::move(*options), refs);
        return true;
    }
    launchRun(std::move(*options));
    return true;
}

// Reads each reference from the keychain (asynchronously), then starts the run.
void FleetWindow::readKeychainRefs(jobs::FleetRunOptions options, QStringList refs)
{
    if (refs.isEmpty()) {
        m_readingKeys = false;
        launchRun(std::move(options));
        return;
    }
    m_readingKeys = true;
    updateActions();
    const QString ref = refs.takeFirst();
    QString error;
    const auto parsed = support::parseSecretRef(ref, &error);
    if (!parsed) {
        m_readingKeys = false;
        showError(error);
        updateActions();
        return;
    }
    auto *store = new support::KeychainSecretStore(this);
    store->read(parsed->name, this, [this, store, ref, options, refs](support::SecretResult result) mutable {
        store->deleteLater();
        if (result.error) {
            m_readingKeys = false;
            updateActions();
            showError(result.error.message);
            return;
        }
        auto key = std::make_shared<const crypto::SecureBytes>(result.value.view());
        support::Redactor::registerSecret(result.value.view());
        if (ref == m_groupKeyRef->text().trimmed() && !options.groupKey)
            options.groupKey = key;
        options.keysByRef.insert(ref, key);
        readKeychainRefs(std::move(options), refs);
    });
}

void FleetWindow::launchRun(jobs::FleetRunOptions options)
{
    m_model->setRun(nullptr);
    delete m_run;
    m_run = new jobs::FleetRun(m_hosts, std::move(options), this);
    connect(m_run, &jobs::FleetRun::hostChanged, this, [this]() {
        if (!m_statusDelay.isActive())
            m_statusDelay.start();
    });
    connect(m_run, &jobs::FleetRun::stateWriteFailed, this,
            [this](const QString &error) { statusBar()->showMessage(error, 10000); });
    connect(m_run, &jobs::FleetRun::finished, this, [this]() {
        m_tick.stop();
        m_model->flush(); // the last outcomes at once, not a repaint later
        updateActions();
        updateStatus();
        emit runFinished();
    });
    QString error;
    if (!m_run->start(&error)) {
        delete m_run;
        showError(error);
        updateActions();
        return;
    }
    m_model->setRun(m_run);
    m_tick.start();
    updateActions();
    updateStatus();
}

void FleetWindow::stopRun()
{
    if (m_run)
        m_run->cancel();
    if (m_probe)
        m_probe->cancel();
    updateActions();
}

bool FleetWindow::retrySelected()
{
    if (!m_run)
        return false;
    // A key typed since the run started (the first was wrong) is the one the retried hosts use.
    const QString typed = m_groupKey->text().trimmed();
    if (!typed.isEmpty()) {
        QString check = typed;
        if (const auto problem = plan::checkSymmetricKey(check, plan::Field::GroupKey)) {
            showError(problem->message);
            return false;
        }
        support::Redactor::registerSecret(typed);
        m_run->setGroupKey(std::make_shared<const crypto::SecureBytes>(QByteArrayView(typed.toLatin1())));
    } else if (m_groupKeyRef->text().trimmed().isEmpty()) {
        m_run->setGroupKey(nullptr); // both fields empty: demo hosts use the demo group's key
    }
    const bool started = m_run->retry(selectedRows());
    if (started)
        m_tick.start();
    updateActions();
    return started;
}

void FleetWindow::openOverview(int row)
{
    if (row < 0 || row >= m_fleet.size())
        return;
    // A controller and an overview of its own per host: the same window the wizard opens for one host.
    auto *holder = new QObject(this);
    auto *model = new plan::PlanModel(holder);
    auto *controller = new WizardController(model, m_hosts, holder, m_options.journalDirectory);
    QString error;
    if (!controller->openTarget(m_fleet.at(row).target, &error)) {
        delete holder;
        showError(error);
        return;
    }
    auto *overview = new OverviewWindow(controller);
    overview->setAttribute(Qt::WA_DeleteOnClose);
    overview->setWindowTitle(tr("%1 — Overview").arg(m_fleet.at(row).target.toString()));
    connect(overview, &QObject::destroyed, holder, &QObject::deleteLater);
    overview->show();
    overview->refresh();
}

bool FleetWindow::exportResults(const QString &path, QString *error)
{
    if (!m_run) {
        if (error)
            *error = tr("Run the fleet first: there are no results yet.");
        return false;
    }
    QString why;
    if (!jobs::writeFleetResults(path, m_run->results(), &why)) {
        if (error)
            *error = why;
        return false;
    }
    statusBar()->showMessage(tr("Results written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void FleetWindow::setFailuresOnly(bool on)
{
    static_cast<FailureFilter *>(m_proxy)->setOn(on);
    if (m_failuresOnly->isChecked() != on)
        m_failuresOnly->setChecked(on);
}

QList<int> FleetWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void FleetWindow::updateActions()
{
    const bool ready = !m_fleet.isEmpty() && m_plan.has_value();
    const bool running = (m_run && m_run->isRunning()) || m_readingKeys;
    const bool probing = m_probe && m_probe->isRunning();
    m_checkButton->setEnabled(ready && !probing && !running);
    m_runButton->setEnabled(ready && !running && !probing);
    m_stopButton->setEnabled(running || probing);
    m_retryButton->setEnabled(m_run && !m_run->isCancelling() && !selectedRows().isEmpty());
    m_overviewButton->setEnabled(selectedRows().size() == 1);
    m_exportButton->setEnabled(m_run != nullptr);
}

QString FleetWindow::statusText() const
{
    if (m_fleet.isEmpty())
        return tr("Open a fleet file (CSV or JSON, one host per row) and a plan.");
    if (!m_run)
        return tr("%n host(s) loaded.", nullptr, int(m_fleet.size()));
    const QMap<jobs::FleetOutcome, int> counts = m_run->counts();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << tr("%1 %2", "a number of hosts and their outcome, e.g. 7 running")
                     .arg(it.value())
                     .arg(jobs::fleetOutcomeTitle(it.key()));
    return tr("%n host(s): %1", nullptr, m_run->hostCount())
        .arg(parts.join(tr(", ", "between two counts of hosts")));
}

void FleetWindow::updateStatus()
{
    m_status->setText(statusText());
}

void FleetWindow::showError(const QString &message)
{
    // Window-modal and asynchronous: the runs and probes keep being shown behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("fleetErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FleetWindow::closeEvent(QCloseEvent *event)
{
    if (m_run && m_run->isRunning()) {
        const auto answer = QMessageBox::question(this, windowTitle(),
                                                  tr("The fleet is still running. Stop it and close? The "
                                                     "hosts stop after their current step; running "
                                                     "the fleet again continues them."),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

} // namespace eflow::ui
