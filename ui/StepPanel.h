#pragma once

#include <QList>
#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace eflow::ui {

// The list of WAC steps beside the wizard pages. It shows where the user is without relying on colour:
// the current step is bold with a "▶" marker, finished steps carry "✓", and steps this build does not
// have yet are greyed out *and* say so in words, so nothing looks as if it worked when it does not.
class StepPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepPanel)

public:
    enum class Step
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
    Q_ENUM(Step)

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
    explicit StepPanel(const QList<Step> &available, QWidget *parent = nullptr);

    // Steps not listed here are shown as "not in this version yet". Headings follow their sub-steps.
    void setAvailableSteps(const QList<Step> &steps);
    void setCurrentStep(Step step);
    Step currentStep() const { return m_current; }

    static QList<Step> allSteps();
    State state(Step step) const;
    // What the row shows, marker included, e.g. "▶ Getting Started" or "Target (not in this version yet)".
    QString text(Step step) const;
    QString accessibleText(Step step) const;

private:
    struct Row
    {
        QLabel *marker = nullptr;
        QLabel *label = nullptr;
    };

    static QString title(Step step);
    static bool isSubStep(Step step);
    static QList<Step> subSteps(Step heading);
    void refresh();

    QGridLayout *m_grid = nullptr;
    QMap<Step, Row> m_rows;
    QList<Step> m_available;
    Step m_current = Step::Unknown;
};

} // namespace eflow::ui
