#include "ui/pages/RestartPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/NoteLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

RestartPanel::RestartPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"restartFrame"_s);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    m_text = makeNoteLabel(this);
    m_text->setObjectName(u"restartLabel"_s);
    m_text->setAccessibleName(tr("Restart needed"));
    m_restart = new QPushButton(tr("Restart n&ow…"), this);
    m_restart->setObjectName(u"restartNowButton"_s);
    m_restart->setAccessibleName(tr("Restart the target device now"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_restart, &QPushButton::clicked, this, &RestartPanel::confirm);
    dismiss();
}

void RestartPanel::showPending(const QString &text, const QString &target, bool thisComputer)
{
    m_target = target;
    m_thisComputer = thisComputer;
    m_pending = true;
    QString full = text;
    if (thisComputer)
        full +=
            u'\n' +
            tr("The wizard runs on this computer and closes with the restart. Start it again afterwards: it "
               "offers to continue the deployment where it stopped.");
    else
        full += u'\n' +
                tr("After the restart the wizard reconnects and continues the deployment where it stopped.");
    m_text->setText(full);
    setAccessibleDescription(full);
    setBusy(false);
    setVisible(true);
}

void RestartPanel::setBusy(bool busy)
{
    m_restart->setEnabled(!busy);
    m_restart->setFocusPolicy(busy ? Qt::NoFocus : Qt::StrongFocus);
}

void RestartPanel::dismiss()
{
    m_pending = false;
    setVisible(false);
    m_restart->setFocusPolicy(Qt::NoFocus);
}

QString RestartPanel::text() const
{
    return m_text->text();
}

void RestartPanel::confirm()
{
    QString question =
        tr("Restart %1 now? Windows restarts at once; programs open on it close without saving.")
            .arg(m_target);
    if (m_thisComputer)
        question += u"\n\n"_s + tr("This is the computer the wizard runs on: the wizard closes too.");
    const auto answer = QMessageBox::question(this, tr("Restart Windows"), question,
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        emit restartConfirmed();
}

} // namespace eflow::ui
