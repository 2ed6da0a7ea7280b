#include "ui/overview/OverviewLogsView.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

#include "engine/host/HostBackend.h"
#include "engine/jobs/HostJobRunner.h"
#include "ui/WizardController.h"

namespace eflow::ui {

namespace {

// The runner's tag for this view's module log reads.
const QString kModuleLogsTag = QStringLiteral("overview.moduleLogs");
constexpr int kMaxLogChars = 4 * 1024 * 1024; // a runaway log must not freeze the view

struct OverviewTr
{
    Q_DECLARE_TR_FUNCTIONS(eflow::ui::OverviewWindow)
};

} // namespace

OverviewLogsView::OverviewLogsView(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("logSourceCombo"));
    m_source->setAccessibleName(tr("Which logs"));
    m_source->addItem(tr("IoT Edge system logs"), QString());
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(12);
    m_source->view()->setAccessibleName(tr("Which logs"));
    m_lines = new QSpinBox(this);
    m_lines->setObjectName(QStringLiteral("logLinesSpinBox"));
    m_lines->setAccessibleName(tr("Number of lines"));
    m_lines->setRange(10, 10000);
    m_lines->setValue(200);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearchEdit"));
    m_search->setAccessibleName(OverviewTr::tr("Search the logs"));
    m_search->setPlaceholderText(OverviewTr::tr("Search"));
    m_filter = new QCheckBox(OverviewTr::tr("Only &matching lines"), this);
    m_filter->setObjectName(QStringLiteral("logFilterCheckBox"));
    m_filter->setAccessibleName(OverviewTr::tr("Only matching lines"));
    m_logs = new QPlainTextEdit(this);
    m_logs->setObjectName(QStringLiteral("logsView"));
    m_logs->setAccessibleName(OverviewTr::tr("IoT Edge logs"));
    m_logs->setReadOnly(true);
    m_logs->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logs->setMinimumHeight(160);

    // A form whose rows wrap: German labels go above their fields instead of widening the window.
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Lo&gs of:"), m_source);
    form->addRow(tr("&Last lines:"), m_lines);
    form->addRow(OverviewTr::tr("&Search:"), m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_filter);
    layout->addWidget(m_logs, 1);

    // New text ends at the newest line, and stays there while the view's size and scroll bars settle (a
    // horizontal bar that appears, or a window laid out again, changes the range after the text is set),
    // until the user scrolls.
    connect(m_logs->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_followNewest)
            m_logs->verticalScrollBar()->setValue(maximum);
    });
    connect(m_logs->verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_followNewest = false; });
    connect(m_search, &QLineEdit::textChanged, this, &OverviewLogsView::applyFilter);
    connect(m_filter, &QCheckBox::toggled, this, &OverviewLogsView::applyFilter);
    connect(m_source, &QComboBox::activated, this, &OverviewLogsView::fetch);
    connect(m_lines, &QSpinBox::editingFinished, this, &OverviewLogsView::fetch);
    connect(m_controller, &WizardController::logsFetched, this, &OverviewLogsView::onSystemLogs);
    connect(m_controller->runner(), &jobs::HostJobRunner::operationFinished, this,
            &OverviewLogsView::onOperation);
}

OverviewLogsView::~OverviewLogsView() = default;

QList<QWidget *> OverviewLogsView::focusChain() const
{
    return {m_source, m_lines, m_search, m_filter, m_logs};
}

void OverviewLogsView::setModules(const QStringList &modules)
{
    const QString current = source();
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const QString &module : modules) {
        if (host::HostBackend::isValidModuleName(module))
            m_source->addItem(tr("Module %1").arg(module), module);
    }
    const int index = m_source->findData(current);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
}

QStringList OverviewLogsView::modules() const
{
    QStringList out;
    for (int i = 1; i < m_source->count(); ++i)
        out << m_source->itemData(i).toString();
    return out;
}

QString OverviewLogsView::source() const
{
    return m_source->currentData().toString();
}

void OverviewLogsView::setSource(const QString &module)
{
    const int index = m_source->findData(module);
    if (index >= 0 && index != m_source->currentIndex()) {
        m_source->setCurrentIndex(index);
        fetch();
    }
}

void OverviewLogsView::fetch()
{
    const QString module = source();
    const int lines = m_lines->value();
    if (module.isEmpty()) {
        if (!m_controller->runner()->isFetchingLogs())
            m_controller->fetchLogs(lines);
        return;
    }
    m_pendingModule = module;
    m_controller->runner()->runOperation(kModuleLogsTag, [module, lines](host::HostBackend &backend) {
        return backend.moduleLogs(module, lines);
    });
}

void OverviewLogsView::onSystemLogs(const host::HostOperationResult &result)
{
    if (source().isEmpty())
        showResult(result);
}

void OverviewLogsView::onOperation(const QString &tag, const host::HostOperationResult &result)
{
    if (tag != kModuleLogsTag)
        return;
    // A module chosen while another's logs were read: read the chosen one now.
    if (m_pendingModule != source()) {
        fetch();
        return;
    }
    showResult(result);
}

void OverviewLogsView::showResult(const host::HostOperationResult &result)
{
    if (result.ok()) {
        m_logLines =
            result.data.value(QStringLiteral("text")).toString().right(kMaxLogChars).split(QLatin1Char('\n'));
        while (!m_logLines.isEmpty() && m_logLines.constLast().isEmpty())
            m_logLines.removeLast();
    } else {
        m_logLines = {OverviewTr::tr("The logs could not be read: %1").arg(result.error)};
    }
    applyFilter();
}

void OverviewLogsView::applyFilter()
{
    const QString needle = m_search->text();
    QStringList shown = m_logLines;
    if (m_filter->isChecked() && !needle.isEmpty())
        shown = m_logLines.filter(needle, Qt::CaseInsensitive);
    m_logs->setPlainText(shown.join(QLatin1Char('\n')));
    QList<QTextEdit::ExtraSelection> marks;
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette().highlight());
        format.setForeground(palette().highlightedText());
        QTextCursor cursor(m_logs->document());
        while (!(cursor = m_logs->document()->find(needle, cursor)).isNull()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = cursor;
            mark.format = format;
            marks << mark;
        }
    }
    m_logs->setExtraSelections(marks);
    // The newest line, at its start: the cursor at the start of the last line, then the view back to
    // the left edge (moving to the very end would scroll a long last line to its right end).
    QTextCursor last(m_logs->document()->lastBlock());
    m_logs->setTextCursor(last);
    m_logs->ensureCursorVisible();
    m_followNewest = true;
    m_logs->horizontalScrollBar()->setValue(0);
}

} // namespace eflow::ui
