#pragma once

#include <QGroupBox>
#include <QList>

#include "engine/plan/Validation.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace eflow::support {
class SecretStore;
}

namespace eflow::ui {

// The Settings page's "Proxy" section: the IoT Edge runtime's proxy in the virtual machine (applied after
// provisioning: https_proxy for the container engine, aziot-identityd, aziot-edged and edgeAgent, and
// edgeAgent's UpstreamProtocol), and a line about this computer's own proxy with the button that opens
// ProxyDialog. Whether the choice is valid is the plan's rule (plan::checkEdgeProxy), whose sentences the
// page hands to showProblems().
class ProxySection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxySection)

public:
    ProxySection(eflow::support::SecretStore *store, QWidget *parent = nullptr);

    // Shows the plan's choice without emitting edited().
    void showSettings(const eflow::plan::EdgeProxySettings &proxy);
    // The choice as shown, for the plan (an unticked box gives no proxy).
    eflow::plan::EdgeProxySettings settings() const;
    void showProblems(const eflow::plan::Problems &problems);

    QWidget *widgetFor(eflow::plan::Field field) const;
    QList<QWidget *> tabStops() const;

signals:
    void edited();

private:
    void updateEnabled();
    void showComputerProxy();

    eflow::support::SecretStore *m_store = nullptr;
    bool m_syncing = false;
    QCheckBox *m_use = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_protocol = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_computer = nullptr;
    QPushButton *m_computerButton = nullptr;
};

} // namespace eflow::ui
