#include "ui/AutopilotPageReader.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextList>
#include <QTextStream>
#include <QTreeWidget>

#include "ui/widgets/BulletList.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

// The autopilot's report keeps one translation context for all its sentences.
struct AutopilotTr
{
    Q_DECLARE_TR_FUNCTIONS(Autopilot)
};

constexpr int licenseLinesShown = 4;

// The lines a label shows, with list items marked the way a plain-text reader expects them.
QStringList labelLines(const QLabel *label)
{
    QStringList lines;
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument doc;
        doc.setHtml(label->text());
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QString text = block.text().simplified();
            if (text.isEmpty())
                continue;
            lines.append(block.textList() ? u" - "_s + text : text);
        }
    } else {
        for (const QString &line : label->text().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(AutopilotPageReader::withoutMnemonic(line.trimmed()));
        }
    }
    return lines;
}

} // namespace

AutopilotPageReader::AutopilotPageReader(QTextStream &out, const QWidget *page)
    : m_out(out)
    , m_page(page)
{}

QString AutopilotPageReader::withoutMnemonic(const QString &text)
{
    QString result = text;
    result.replace(u"&&"_s, u"\u0001"_s);
    result.remove(u'&');
    result.replace(u"\u0001"_s, u"&"_s);
    return result;
}

void AutopilotPageReader::read(const QWidget *widget)
{
    if (!widget || !widget->isVisibleTo(m_page) || m_seen.contains(widget))
        return;
    m_seen.insert(widget);

    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        // A label that names a combo box is printed with it, on one line.
        if (qobject_cast<const QComboBox *>(label->buddy()))
            return;
        // A list's bullet is printed as "- " before its item.
        if (isListBullet(label)) {
            m_bulletPending = true;
            return;
        }
        QStringList lines = labelLines(label);
        if (m_bulletPending && !lines.isEmpty())
            lines.first().prepend(u" - "_s);
        m_bulletPending = false;
        if (qobject_cast<const QTextBrowser *>(label->buddy())) {
            for (const QString &line : lines)
                emitLine(line.endsWith(u':') ? line : line + u':');
            return;
        }
        for (const QString &line : lines)
            emitLine(line);
        return;
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        QStringList choices;
        for (int i = 0; i < combo->count(); ++i)
            choices.append(combo->itemText(i));
        emitLine(AutopilotTr::tr("%1: %2 (choices: %3)")
                     .arg(comboName(combo), combo->currentText(), choices.join(u", "_s)));
        return;
    }
    if (const auto *check = qobject_cast<const QCheckBox *>(widget)) {
        emitLine(AutopilotTr::tr("[%1] %2").arg(check->isChecked() ? u"x"_s : u" "_s,
                                                withoutMnemonic(check->text())));
        return;
    }
    if (const auto *browser = qobject_cast<const QTextBrowser *>(widget)) {
        const QStringList all = browser->toPlainText().split(u'\n');
        int shown = 0;
        for (const QString &line : all) {
            if (line.trimmed().isEmpty())
                continue;
            emitLine(u"  | "_s + line.trimmed());
            if (++shown == licenseLinesShown)
                break;
        }
        emitLine(AutopilotTr::tr("  | … (%n line(s) in all)", nullptr, int(all.size())));
        return;
    }
    if (const auto *tree = qobject_cast<const QTreeWidget *>(widget)) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            readTreeItem(tree->topLevelItem(i), 0);
        return;
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        emitLine(AutopilotTr::tr("[button] %1").arg(withoutMnemonic(button->text())));
        return;
    }
    if (const auto *group = qobject_cast<const QGroupBox *>(widget))
        emitLine(withoutMnemonic(group->title()));
    if (const auto *scroll = qobject_cast<const QScrollArea *>(widget)) {
        read(scroll->widget());
        return;
    }
    if (widget->layout())
        readLayout(widget->layout());
}

void AutopilotPageReader::readLayout(const QLayout *layout)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            read(item->widget());
        else if (item->layout())
            readLayout(item->layout());
    }
}

void AutopilotPageReader::readTreeItem(const QTreeWidgetItem *item, int depth)
{
    emitLine(QString(depth * 2, u' ') + u"- "_s + item->text(0));
    for (int i = 0; i < item->childCount(); ++i)
        readTreeItem(item->child(i), depth + 1);
}

QString AutopilotPageReader::comboName(const QComboBox *combo) const
{
    // The label whose buddy the combo box is, as the user sees it; else the accessible name.
    for (const QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->buddy() == combo) {
            QString name = withoutMnemonic(label->text()).trimmed();
            if (name.endsWith(u':'))
                name.chop(1);
            return name;
        }
    }
    return combo->accessibleName();
}

void AutopilotPageReader::emitLine(const QString &text)
{
    m_out << u"  "_s << text << '\n';
}

} // namespace eflow::ui
