#pragma once

#include <QList>
#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace eflow::ui {

// The wizard's own steps (WAC's Getting Started … Finish), listed beside the pages; not the steps of a
// job, which JobStepList shows on the Deployment page. It shows where the user is without relying on colour:
// the current step is bold with a "▶" marker, finished steps carry "✓", and steps this build does not
// have yet are greyed out *and* say so in words, so nothing looks as if it worked when it does not.
class WizardStepsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardStepsPanel)

public:
    enum class WizardStep
    {
        Unknown = 0,
        GettingStarted,
        License,
        Deploy, // a heading for the three sub-steps below it, as in WAC's "2. Deploy"
        Target,
        Settings,
        Deployment,
        Connect,
        Finish,
    };
    Q_ENUM(WizardStep)

    enum class State
    {
        Unknown = 0,
        Done,
        Current,
        Upcoming,
        Unavailable, // not in this version of the wizard
    };
    Q_ENUM(State)

    // `available`: as setAvailableSteps(); given here so that the rows are filled once, as they will
    // be shown (the "not in this version yet" rows are rich text, slower to lay out).
    explicit WizardStepsPanel(const QList<WizardStep> &available, QWidget *parent = nullptr);

    // Steps not listed here are shown as "not in this version yet". Headings follow their sub-steps.
    void setAvailableSteps(const QList<WizardStep> &steps);
    void setCurrentStep(WizardStep step);
    WizardStep currentStep() const { return m_current; }

    static QList<WizardStep> allSteps();
    State state(WizardStep step) const;
    // What the row shows, marker included, e.g. "▶ Getting Started" or "Target (not in this version yet)".
    QString text(WizardStep step) const;
    QString accessibleText(WizardStep step) const;

private:
    struct Row
    {
        QLabel *marker = nullptr;
        QLabel *label = nullptr;
    };

    static QString title(WizardStep step);
    static bool isSubStep(WizardStep step);
    static QList<WizardStep> subSteps(WizardStep heading);
    void refresh();

    QGridLayout *m_grid = nullptr;
    QMap<WizardStep, Row> m_rows;
    QList<WizardStep> m_available;
    WizardStep m_current = WizardStep::Unknown;
};

} // namespace eflow::ui
