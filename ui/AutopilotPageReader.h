#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QLayout;
class QTextStream;
class QTreeWidgetItem;
class QComboBox;
class QWidget;

namespace eflow::ui {

// Prints what a page shows, for the autopilot's plain-text report, by walking its layouts in order, which
// is the order a user reads it in: labels (list items marked " - "), combo boxes with their choices,
// check boxes as "[x]", the first lines of a licence text, trees, buttons and group titles.
class AutopilotPageReader final
{
public:
    AutopilotPageReader(QTextStream &out, const QWidget *page);

    void read(const QWidget *widget);

    // "&Next >" as the user reads it: "Next >" ("&&" stays one "&").
    static QString withoutMnemonic(const QString &text);

private:
    void readLayout(const QLayout *layout);
    void readTreeItem(const QTreeWidgetItem *item, int depth);
    QString comboName(const QComboBox *combo) const;
    void emitLine(const QString &text);

    QTextStream &m_out;
    const QWidget *m_page;
    QSet<const QWidget *> m_seen;
    bool m_bulletPending = false;
};

} // namespace eflow::ui
