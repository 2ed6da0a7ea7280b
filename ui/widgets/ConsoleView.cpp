#include "ui/widgets/ConsoleView.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QMenu>
#include <QResizeEvent>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace eflow::ui {

ConsoleView::ConsoleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"consoleView"_s);
    setAccessibleName(tr("Console output"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMaximumBlockCount(defaultMaxLines);
    // Read-only, but keyboard users can still move through and select the text.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void ConsoleView::appendLine(const QString &line)
{
    QScrollBar *bar = verticalScrollBar();
    const bool following = isFollowing();
    const int keep = bar->value();
    appendPlainText(line);
    if (following)
        bar->setValue(bar->maximum());
    else
        bar->setValue(keep);
}

QSize ConsoleView::sizeHint() const
{
    const int lines = 6;
    const int height = lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) +
                       2 * frameWidth() + horizontalScrollBar()->sizeHint().height();
    return {QPlainTextEdit::sizeHint().width(), height};
}

bool ConsoleView::isFollowing() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 2;
}

void ConsoleView::resizeEvent(QResizeEvent *event)
{
    // A taller or shorter window must not make the console stop following the newest line.
    const bool following = isFollowing();
    QPlainTextEdit::resizeEvent(event);
    if (following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

bool ConsoleView::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Could not open %1 for writing: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString text = toPlainText();
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ConsoleView::saveWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        u"eflow-wizard-%1.log"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save logs"), suggested,
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save logs"), error);
}

void ConsoleView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    menu->addAction(tr("Save logs…"), this, &ConsoleView::saveWithDialog);
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace eflow::ui
