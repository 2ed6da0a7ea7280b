#include "ui/pages/LicensePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "engine/plan/EflowRelease.h"
#include "engine/plan/PlanModel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

QLabel *smallLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    return label;
}

} // namespace

LicensePage::LicensePage(eflow::plan::PlanModel *plan, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
{
    Q_ASSERT(plan);
    setTitle(tr("License"));
    setSubTitle(tr("Review the license terms of the EFLOW release you will deploy, and accept them to "
                   "continue."));

    m_release = new QComboBox(this);
    m_release->setObjectName(u"releaseComboBox"_s);
    m_release->setAccessibleName(tr("EFLOW release"));
    for (eflow::plan::EflowRelease release : eflow::plan::supportedReleases())
        m_release->addItem(eflow::plan::displayName(release), eflow::plan::releaseKey(release));
    auto *releaseLabel = new QLabel(tr("EFLOW &release:"), this);
    releaseLabel->setBuddy(m_release);
    auto *releaseHint = smallLabel(this);
    releaseHint->setText(tr("Each release line has its own license terms; choosing another line asks you to "
                            "accept again."));

    auto *termsLabel = new QLabel(tr("License &terms:"), this);
    m_licenseText = new QTextBrowser(this);
    m_licenseText->setObjectName(u"licenseTextBrowser"_s);
    m_licenseText->setAccessibleName(tr("License terms"));
    m_licenseText->setOpenLinks(false);
    termsLabel->setBuddy(m_licenseText);

    m_accept = new QCheckBox(tr("I &accept the license terms"), this);
    m_accept->setObjectName(u"acceptLicenseCheckBox"_s);
    m_accept->setAccessibleName(tr("I accept the license terms"));

    m_telemetry = new QCheckBox(tr("Send optional &diagnostic data to Microsoft"), this);
    m_telemetry->setObjectName(u"optionalTelemetryCheckBox"_s);
    m_telemetry->setAccessibleName(tr("Send optional diagnostic data to Microsoft"));
    auto *telemetryHint = smallLabel(this);
    // The parameter gets a line of its own: wrapped text would break it at its hyphen ("-" at a line end,
    // "acceptOptionalTelemetry" on the next), and technicians copy these words as they see them.
    telemetryHint->setText(
        tr("Optional diagnostic data is sent in addition to the required diagnostic data.\n"
           "Deploy-Eflow parameter: -acceptOptionalTelemetry Yes|No"));
    m_telemetry->setAccessibleDescription(telemetryHint->text());
    // Indented under its check box, so that it reads as that box's explanation.
    telemetryHint->setIndent(m_telemetry->sizeHint().height());

    m_arguments = smallLabel(this);
    m_arguments->setObjectName(u"deployArgumentsLabel"_s);
    m_arguments->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *releaseRow = new QHBoxLayout;
    releaseRow->addWidget(releaseLabel);
    releaseRow->addWidget(m_release);
    releaseRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(releaseRow);
    layout->addWidget(releaseHint);
    layout->addSpacing(6);
    layout->addWidget(termsLabel);
    layout->addWidget(m_licenseText, 1);
    layout->addWidget(m_accept);
    layout->addSpacing(4);
    layout->addWidget(m_telemetry);
    layout->addWidget(telemetryHint);
    layout->addSpacing(4);
    layout->addWidget(m_arguments);

    setTabOrder(m_release, m_licenseText);
    setTabOrder(m_licenseText, m_accept);
    setTabOrder(m_accept, m_telemetry);

    connect(m_release, &QComboBox::currentIndexChanged, this, &LicensePage::onReleaseChosen);
    connect(m_accept, &QCheckBox::toggled, m_plan, &eflow::plan::PlanModel::setEulaAccepted);
    connect(m_telemetry, &QCheckBox::toggled, m_plan, &eflow::plan::PlanModel::setOptionalTelemetry);
    // The plan may change under the page (release switch clears acceptance, a loaded plan file): the
    // widgets follow it, never the other way round.
    connect(m_plan, &eflow::plan::PlanModel::licenseChanged, this, [this] {
        syncFromPlan();
        emit completeChanged();
    });
    connect(m_plan, &eflow::plan::PlanModel::releaseChanged, this, [this] { syncFromPlan(); });

    syncFromPlan();
}

QString LicensePage::licenseResource(const QString &releaseKey)
{
    return u":/licenses/eflow-%1.txt"_s.arg(releaseKey);
}

void LicensePage::initializePage()
{
    syncFromPlan();
}

bool LicensePage::isComplete() const
{
    return m_plan->eulaAccepted();
}

void LicensePage::onReleaseChosen(int index)
{
    const auto release = eflow::plan::releaseFromKey(m_release->itemData(index).toString());
    if (release != eflow::plan::EflowRelease::Unknown)
        m_plan->setRelease(release);
}

void LicensePage::syncFromPlan()
{
    {
        const QSignalBlocker blocker(m_release);
        const int index = m_release->findData(eflow::plan::releaseKey(m_plan->release()));
        m_release->setCurrentIndex(index);
    }
    {
        const QSignalBlocker acceptBlocker(m_accept);
        const QSignalBlocker telemetryBlocker(m_telemetry);
        m_accept->setChecked(m_plan->eulaAccepted());
        m_telemetry->setChecked(m_plan->optionalTelemetry());
    }
    loadLicenseText();

    if (m_plan->eulaAccepted()) {
        m_arguments->setText(
            tr("Passed to Deploy-Eflow: %1")
                .arg(u"-acceptEula %1 -acceptOptionalTelemetry %2"_s.arg(
                    m_plan->acceptEulaArgument(), m_plan->acceptOptionalTelemetryArgument())));
    } else {
        m_arguments->setText(tr("Deploy-Eflow needs -acceptEula Yes: accept the license terms to continue."));
    }
}

void LicensePage::loadLicenseText()
{
    const QString key = eflow::plan::releaseKey(m_plan->release());
    if (key == m_loadedKey)
        return;
    m_loadedKey = key;
    QFile file(licenseResource(key));
    if (key.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_licenseText->setPlainText(tr("The license text for EFLOW %1 is missing from this build of EFLOW "
                                       "Wizard. Do not accept terms "
                                       "you have not read: read them in the EFLOW installer package first.")
                                        .arg(eflow::plan::displayName(m_plan->release())));
        return;
    }
    m_licenseText->setPlainText(QString::fromUtf8(file.readAll()));
}

} // namespace eflow::ui
