#include "ui/overview/OverviewChecksTab.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/overview/OverviewSeverity.h"
#include "ui/overview/OverviewStatusTab.h"

namespace eflow::ui {

namespace {

struct OverviewTr
{
    Q_DECLARE_TR_FUNCTIONS(eflow::ui::OverviewWindow)
};

QString checkMark(host::CheckResultKind kind)
{
    switch (kind) {
    case host::CheckResultKind::Ok:
        return QStringLiteral("√");
    case host::CheckResultKind::Warning:
        return QStringLiteral("‼");
    case host::CheckResultKind::Error:
    case host::CheckResultKind::Fatal:
        return QStringLiteral("×");
    case host::CheckResultKind::Skipped:
    case host::CheckResultKind::Ignored:
        return QStringLiteral("–");
    case host::CheckResultKind::Unknown:
        break;
    }
    return QStringLiteral("?");
}

} // namespace

OverviewChecksTab::OverviewChecksTab(QWidget *parent)
    : QWidget(parent)
{
    auto *box = new QGroupBox(OverviewTr::tr("iotedge check"), this);
    m_summary = overviewTextLabel(box, QStringLiteral("checkSummaryLabel"));
    m_summary->setAccessibleName(OverviewTr::tr("iotedge check summary"));
    m_checks = new QTreeWidget(box);
    m_checks->setObjectName(QStringLiteral("checkTree"));
    m_checks->setAccessibleName(OverviewTr::tr("iotedge check results"));
    m_checks->setHeaderLabels({OverviewTr::tr("Check"), OverviewTr::tr("Result")});
    m_checks->setMinimumHeight(160);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_summary);
    boxLayout->addWidget(m_checks);
    (new QVBoxLayout(this))->addWidget(box);
}

OverviewChecksTab::~OverviewChecksTab() = default;

QList<QWidget *> OverviewChecksTab::focusChain() const
{
    return {m_summary, m_checks};
}

void OverviewChecksTab::showChecks(const jobs::HostJobState &s)
{
    m_checks->clear();
    if (!s.check) {
        m_summary->setText(OverviewTr::tr("Not read yet."));
        return;
    }
    const host::IotEdgeCheckResult &c = *s.check;
    const int errors = c.count(host::CheckResultKind::Error) + c.count(host::CheckResultKind::Fatal);
    m_summary->setText(
        OverviewTr::tr("%1 OK, %2 warning(s), %3 error(s), %4 skipped")
            .arg(c.count(host::CheckResultKind::Ok))
            .arg(c.count(host::CheckResultKind::Warning))
            .arg(errors)
            .arg(c.count(host::CheckResultKind::Skipped) + c.count(host::CheckResultKind::Ignored)));
    for (const host::IotEdgeCheckSection &section : c.sections) {
        auto *sectionItem = new QTreeWidgetItem(m_checks, {section.name});
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        bool expand = false;
        for (const host::IotEdgeCheck &check : section.checks) {
            const QString word = check.kindText.isEmpty() ? OverviewTr::tr("unknown") : check.kindText;
            auto *item = new QTreeWidgetItem(
                sectionItem, {QStringLiteral("%1 %2").arg(checkMark(check.kind), check.description), word});
            item->setToolTip(0, check.id);
            const Severity severity = checkSeverity(check.kind);
            markSeverity(item, 1, severity, style(), palette());
            for (const QString &detail : check.details)
                new QTreeWidgetItem(item, {detail});
            if (severity == Severity::Warning || severity == Severity::Error) {
                expand = true;
                item->setExpanded(true);
            }
        }
        sectionItem->setExpanded(expand || c.sections.size() <= 3);
    }
    m_checks->resizeColumnToContents(0);
}

} // namespace eflow::ui
