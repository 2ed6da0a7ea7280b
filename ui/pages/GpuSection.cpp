#include "ui/pages/GpuSection.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/pages/SettingsPage.h"
#include "ui/widgets/BuddyRow.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/ProblemLabel.h"

using namespace Qt::StringLiterals;

// The sentences keep the Settings page's translation context (SettingsPage::tr): they were written
// there, and their translations stay valid.
namespace eflow::ui {

namespace {

using eflow::plan::Field;
using eflow::plan::GpuPassthrough;

enum GpuMode
{
    GpuNoneMode = 1,
    GpuDdaMode,
    GpuPvMode,
};

} // namespace

GpuSection::GpuSection(QWidget *parent)
    : QGroupBox(SettingsPage::tr("GPU passthrough"), parent)
{
    m_mode = new QButtonGroup(this);
    m_none = new QRadioButton(SettingsPage::tr("None"), this);
    m_none->setObjectName(u"gpuNoneRadio"_s);
    m_none->setAccessibleName(SettingsPage::tr("No GPU passthrough"));
    m_dda = new QRadioButton(SettingsPage::tr("Direct Device Ass&ignment (DDA)"), this);
    m_dda->setObjectName(u"gpuDdaRadio"_s);
    m_dda->setAccessibleName(SettingsPage::tr("Direct Device Assignment"));
    m_pv = new QRadioButton(SettingsPage::tr("GPU para&virtualization (GPU-PV)"), this);
    m_pv->setObjectName(u"gpuPvRadio"_s);
    m_pv->setAccessibleName(SettingsPage::tr("GPU paravirtualization"));
    m_mode->addButton(m_none, GpuNoneMode);
    m_mode->addButton(m_dda, GpuDdaMode);
    m_mode->addButton(m_pv, GpuPvMode);
    m_name = new QComboBox(this);
    m_name->setObjectName(u"gpuNameCombo"_s);
    m_name->setAccessibleName(SettingsPage::tr("GPU name"));
    // The name must be read in full where it is chosen (Deploy-Eflow -gpuName takes it exactly): the
    // combo follows its longest entry instead of the width it had when it was first shown empty, may
    // take the section's whole width, and its popup and tool tip show every name unelided.
    m_name->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_name->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_name->view()->setTextElideMode(Qt::ElideNone);
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"gpuCountSpinBox"_s);
    m_count->setAccessibleName(SettingsPage::tr("GPU count"));
    m_count->setRange(0, 8);
    m_note = makeNoteLabel(this);
    m_note->setObjectName(u"gpuNoteLabel"_s);
    m_problems =
        makeProblemLabel(u"gpuProblemsLabel"_s, SettingsPage::tr("Problems with the GPU settings"), this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setContentsMargins(20, 0, 0, 0);
    addBuddyRow(form, SettingsPage::tr("GPU nam&e:"), m_name);
    addBuddyRow(form, SettingsPage::tr("GPU co&unt:"), m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_dda);
    layout->addWidget(m_pv);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problems);

    connect(m_mode, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked || m_syncing)
            return;
        fill();
        emit edited();
    });
    connect(m_name, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        fill();
        emit edited();
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        if (!m_syncing)
            emit edited();
    });
}

void GpuSection::setHost(const std::optional<eflow::host::HostFacts> &facts)
{
    m_gpus = facts ? facts->gpus : QList<eflow::host::GpuInfo>();
    m_nestedHost = facts && facts->isVirtualMachine;
}

void GpuSection::showSettings(const eflow::plan::GpuSettings &gpu)
{
    m_syncing = true;
    switch (gpu.type) {
    case GpuPassthrough::DirectDeviceAssignment:
        m_dda->setChecked(true);
        break;
    case GpuPassthrough::ParaVirtualization:
        m_pv->setChecked(true);
        break;
    default:
        m_none->setChecked(true);
        break;
    }
    m_syncing = false;
    fill();
    m_syncing = true;
    if (!gpu.name.isEmpty() && m_name->findText(gpu.name) >= 0)
        m_name->setCurrentIndex(m_name->findText(gpu.name));
    if (gpu.type == GpuPassthrough::DirectDeviceAssignment && gpu.count > 0)
        m_count->setValue(gpu.count);
    m_syncing = false;
}

eflow::plan::GpuSettings GpuSection::settings() const
{
    eflow::plan::GpuSettings gpu;
    switch (m_mode->checkedId()) {
    case GpuDdaMode:
        gpu.type = GpuPassthrough::DirectDeviceAssignment;
        gpu.name = m_name->currentText();
        gpu.count = m_count->value();
        break;
    case GpuPvMode:
        gpu.type = GpuPassthrough::ParaVirtualization;
        gpu.name = m_name->currentText();
        gpu.count = 1;
        break;
    default:
        gpu.type = GpuPassthrough::None;
        break;
    }
    return gpu;
}

void GpuSection::showProblems(const eflow::plan::Problems &problems)
{
    eflow::ui::showProblems(m_problems, problems);
}

QWidget *GpuSection::widgetFor(eflow::plan::Field field) const
{
    switch (field) {
    case Field::GpuType:
        return m_none;
    case Field::GpuName:
        return m_name;
    case Field::GpuCount:
        return m_count;
    default:
        break;
    }
    return nullptr;
}

QList<QWidget *> GpuSection::tabStops() const
{
    return {m_none, m_dda, m_pv, m_name, m_count};
}

// Offers the passthrough types, names and counts the host's GPUs allow.
void GpuSection::fill()
{
    QStringList dda;
    QStringList pv;
    for (const eflow::host::GpuInfo &gpu : m_gpus) {
        if (gpu.ddaCapable && !dda.contains(gpu.name))
            dda << gpu.name;
        if (gpu.gpuPvCapable && !pv.contains(gpu.name))
            pv << gpu.name;
    }
    m_dda->setEnabled(!dda.isEmpty());
    m_pv->setEnabled(!pv.isEmpty());
    if ((m_dda->isChecked() && dda.isEmpty()) || (m_pv->isChecked() && pv.isEmpty())) {
        const QSignalBlocker blocker(m_mode);
        m_none->setChecked(true);
    }

    const int mode = m_mode->checkedId();
    const QStringList names = mode == GpuDdaMode ? dda : (mode == GpuPvMode ? pv : QStringList());
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    const QString current = m_name->currentText();
    QStringList shown;
    for (int i = 0; i < m_name->count(); ++i)
        shown << m_name->itemText(i);
    if (shown != names) {
        m_name->clear();
        m_name->addItems(names);
        if (names.contains(current))
            m_name->setCurrentText(current);
    }
    m_name->setEnabled(mode != GpuNoneMode && !names.isEmpty());
    m_name->setToolTip(m_name->currentText());
    // The popup is at least as wide as the longest name (plus the item margins), even where the combo
    // itself is narrower.
    int widest = 0;
    for (const QString &name : names)
        widest = qMax(widest, m_name->fontMetrics().horizontalAdvance(name));
    m_name->view()->setMinimumWidth(widest + 2 * m_name->view()->frameWidth() + 24);

    int available = 0;
    for (const eflow::host::GpuInfo &gpu : m_gpus)
        available += gpu.name == m_name->currentText() ? 1 : 0;
    if (mode == GpuDdaMode) {
        m_count->setRange(1, qMax(1, available));
        m_count->setEnabled(available > 1);
    } else if (mode == GpuPvMode) {
        // GPU-PV shares exactly one GPU with the VM (Deploy-Eflow -gpuCount 1).
        m_count->setRange(1, 1);
        m_count->setValue(1);
        m_count->setEnabled(false);
    } else {
        m_count->setRange(0, 0);
        m_count->setValue(0);
        m_count->setEnabled(false);
    }
    m_syncing = wasSyncing;
    showNotes(dda, pv, mode);
}

void GpuSection::showNotes(const QStringList &dda, const QStringList &pv, int mode)
{
    QStringList notes;
    if (dda.isEmpty())
        notes << SettingsPage::tr(
            "Direct Device Assignment needs an NVIDIA Tesla T4 or A2 on Windows Server; this host has none.");
    else
        notes << SettingsPage::tr("Direct Device Assignment gives the GPU to the VM alone. Install the GPU "
                                  "vendor's mitigation driver on the host first (for NVIDIA: the Tesla "
                                  "mitigation driver), as Microsoft's DDA guidance requires.");
    if (pv.isEmpty())
        notes << SettingsPage::tr(
            "GPU paravirtualization needs a GPU whose driver supports it; this host has "
            "none.");
    else if (mode == GpuPvMode)
        notes << SettingsPage::tr(
            "GPU paravirtualization shares one GPU with Windows; the count is always 1.");
    if (m_nestedHost)
        notes << SettingsPage::tr(
            "This host is itself a virtual machine: GPU passthrough is not possible in a nested VM.");
    m_note->setText(notes.join(u'\n'));
}

} // namespace eflow::ui
