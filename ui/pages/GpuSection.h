#pragma once

#include <optional>

#include <QGroupBox>
#include <QList>

#include "engine/host/HostFacts.h"
#include "engine/plan/Validation.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace eflow::ui {

// The Settings page's "GPU passthrough" section: none, Direct Device Assignment (a GPU of the host and
// a count) or GPU paravirtualization (one GPU). It offers what the host's GPUs allow and says why the
// rest is not offered; whether the choice is valid is the plan's rule (plan::checkGpu), whose
// sentences the page hands to showProblems().
class GpuSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuSection)

public:
    explicit GpuSection(QWidget *parent = nullptr);

    // The host's GPUs; nullopt while the host has not been probed.
    void setHost(const std::optional<eflow::host::HostFacts> &facts);
    // Shows the plan's choice without emitting edited().
    void showSettings(const eflow::plan::GpuSettings &gpu);
    // The choice as shown, for the plan.
    eflow::plan::GpuSettings settings() const;
    void showProblems(const eflow::plan::Problems &problems);

    // The widget that carries a field's sentences for screen readers; nullptr for other fields.
    QWidget *widgetFor(eflow::plan::Field field) const;
    // The section's tab stops, in order.
    QList<QWidget *> tabStops() const;

signals:
    // The user changed the choice; settings() has the new one.
    void edited();

private:
    void fill();
    void showNotes(const QStringList &dda, const QStringList &pv, int mode);

    QList<eflow::host::GpuInfo> m_gpus;
    bool m_nestedHost = false;
    bool m_syncing = false;

    QButtonGroup *m_mode = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_dda = nullptr;
    QRadioButton *m_pv = nullptr;
    QLabel *m_note = nullptr;
    QComboBox *m_name = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace eflow::ui
