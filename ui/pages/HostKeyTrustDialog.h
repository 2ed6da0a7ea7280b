#pragma once

#include <QJsonObject>
#include <QMessageBox>

class QPushButton;

namespace eflow::ui {

// Asks whether to trust a remote host whose ssh host key the wizard does not know yet: shows the host,
// the key type and the SHA256 fingerprint, and how to compare it on the host. "Trust this host and
// connect" accepts; "Cancel" rejects. Shown with open(), so the page stays responsive and tests can
// click it. details: the failure's errorDetails (host, port, keyType, fingerprint).
class HostKeyTrustDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyTrustDialog)

public:
    explicit HostKeyTrustDialog(const QJsonObject &details, QWidget *parent = nullptr);

    const QJsonObject &details() const { return m_details; }
    QPushButton *trustButton() const { return m_trust; }

private:
    QJsonObject m_details;
    QPushButton *m_trust = nullptr;
};

} // namespace eflow::ui
