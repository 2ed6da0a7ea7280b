#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace eflow::ui {

class WizardController;

// The Connect page's "Demo enrollment (local DPS)" box: the demo DPS's ID scope and its two keys (shown
// on purpose: design.md says demo mode shows them), masked with Show and Copy, and "Use the demo
// enrollment". Visible in demo mode only.
class DemoEnrollmentPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnrollmentPanel)

public:
    explicit DemoEnrollmentPanel(WizardController *controller, QWidget *parent = nullptr);

    // Shows (demo) or hides and clears (any other target) the panel for the controller's target.
    void refresh();
    QPushButton *useButton() const { return m_useDemo; }

signals:
    void useDemoRequested();

private:
    WizardController *m_controller = nullptr;
    QLabel *m_demoScope = nullptr;
    QLineEdit *m_demoIndividualKey = nullptr;
    QLineEdit *m_demoGroupKey = nullptr;
    QPushButton *m_useDemo = nullptr;
};

} // namespace eflow::ui
