#include "ui/pages/HostKeyTrustDialog.h"

#include <QPushButton>

#include "engine/host/SshKnownHosts.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

HostKeyTrustDialog::HostKeyTrustDialog(const QJsonObject &details, QWidget *parent)
    : QMessageBox(parent)
    , m_details(details)
{
    setObjectName(u"hostKeyTrustDialog"_s);
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Unknown host key"));
    setTextFormat(Qt::PlainText);
    const QString host = details.value(u"host"_s).toString();
    const int port = details.value(u"port"_s).toInt();
    const QString keyType = details.value(u"keyType"_s).toString();
    const QString fingerprint = details.value(u"fingerprint"_s).toString();
    setText(tr("The wizard has not connected to %1 before and does not know its host key.")
                .arg(eflow::host::SshKnownHosts::hostPattern(host, port)));
    setInformativeText(
        tr("Host: %1\nPort: %2\nKey type: %3\nFingerprint: %4\n\nAsk the host's administrator to "
           "read the fingerprint on the host (ssh-keygen -lf %5). Trust the host only if it is "
           "the same: otherwise someone else may be answering in its name.")
            .arg(host)
            .arg(port)
            .arg(keyType, fingerprint, eflow::host::SshKnownHosts::windowsHostKeyFile(keyType)));
    m_trust = addButton(tr("Trust this host and connect"), QMessageBox::AcceptRole);
    m_trust->setObjectName(u"trustHostKeyButton"_s);
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelHostKeyButton"_s);
    // Trusting is the deliberate choice, never what Enter does by accident.
    setDefaultButton(cancel);
    setEscapeButton(cancel);
}

} // namespace eflow::ui
