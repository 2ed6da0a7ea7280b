#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace eflow::ui {

// Shown on the Deployment page when the deployment stopped because Windows must restart (Hyper-V
// enabled, an MSI that asked for it): what is needed, and "Restart now", which asks first. The page
// restarts the target through the controller when restartConfirmed() comes, and continues the deployment
// once the target answers again.
class RestartPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestartPanel)

public:
    explicit RestartPanel(QWidget *parent = nullptr);

    // target: how the target reads ("This computer", "ssh://admin@edge-01"); thisComputer: the wizard runs
    // on it and goes down with the restart.
    void showPending(const QString &text, const QString &target, bool thisComputer);
    // While the restart runs: the button is off.
    void setBusy(bool busy);
    void dismiss();
    bool isPending() const { return m_pending; }
    QString text() const;

signals:
    void restartConfirmed();

private:
    void confirm();

    QLabel *m_text = nullptr;
    QPushButton *m_restart = nullptr;
    QString m_target;
    bool m_thisComputer = false;
    bool m_pending = false;
};

} // namespace eflow::ui
