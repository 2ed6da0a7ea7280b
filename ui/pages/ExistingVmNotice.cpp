#include "ui/pages/ExistingVmNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/NoteLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

ExistingVmNotice::ExistingVmNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"existingVmFrame"_s);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    m_text = makeNoteLabel(this);
    m_text->setObjectName(u"existingVmLabel"_s);
    m_text->setAccessibleName(tr("Existing virtual machine"));
    m_keep = new QPushButton(tr("&Keep the existing VM"), this);
    m_keep->setObjectName(u"keepVmButton"_s);
    m_keep->setAccessibleName(tr("Keep the existing virtual machine and deploy without changing it"));
    m_replace = new QPushButton(tr("Remo&ve it and deploy again…"), this);
    m_replace->setObjectName(u"replaceVmButton"_s);
    m_replace->setAccessibleName(
        tr("Remove the existing virtual machine and deploy it again with the new settings"));
    // Two buttons that wrap below each other on a narrow page rather than push it wider.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_replace);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_keep, &QPushButton::clicked, this, &ExistingVmNotice::keepChosen);
    connect(m_replace, &QPushButton::clicked, this, &ExistingVmNotice::confirmReplace);
    dismiss();
}

void ExistingVmNotice::showFor(const QString &vmName, const QStringList &differences)
{
    m_vmName = vmName;
    const QString name = vmName.isEmpty() ? tr("the EFLOW virtual machine") : vmName;
    //: %1 the VM's name, %2 one line per changed setting
    const QString text = tr("An EFLOW virtual machine (%1) already exists on the target, and its settings "
                            "differ from yours:\n%2\nDeploying keeps the existing VM as it is; your new "
                            "settings are applied only if it is removed and deployed again.")
                             .arg(name, differences.join(u'\n'));
    m_text->setText(text);
    setAccessibleDescription(text);
    setVisible(true);
    // Focus only while shown: a hidden button must not catch Enter.
    m_keep->setFocusPolicy(Qt::StrongFocus);
    m_replace->setFocusPolicy(Qt::StrongFocus);
}

void ExistingVmNotice::dismiss()
{
    setVisible(false);
    m_keep->setFocusPolicy(Qt::NoFocus);
    m_replace->setFocusPolicy(Qt::NoFocus);
}

QString ExistingVmNotice::text() const
{
    return m_text->text();
}

void ExistingVmNotice::confirmReplace()
{
    const QString name = m_vmName.isEmpty() ? tr("the EFLOW virtual machine") : m_vmName;
    const auto answer = QMessageBox::warning(
        this, tr("Remove the virtual machine"),
        tr("Remove %1 and deploy it again with the new settings?\n\nThis uninstalls Azure IoT Edge for Linux "
           "on Windows, which deletes the virtual machine with everything in it (its IoT Edge modules, "
           "their data and the device's provisioning), then installs it again and deploys a new one.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        emit replaceChosen();
}

} // namespace eflow::ui
