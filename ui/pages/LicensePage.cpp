#include "ui/pages/LicensePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QUrl>
#include <QWizard>
#include <QVBoxLayout>

#include "engine/host/HostOperation.h"
#include "engine/host/LicenseTerms.h"
#include "engine/plan/EflowRelease.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

QLabel *smallLabel(QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
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

    m_termsLabel = new QLabel(tr("License &terms:"), this);
    m_termsSource = smallLabel(this);
    m_termsSource->setObjectName(u"licenseSourceLabel"_s);
    // Always there, also before a target is known: the terms as Microsoft publishes them. Only linked;
    // the wizard never fetches them itself.
    m_link = new WrappingLabel(this);
    m_link->setObjectName(u"licenseLinkLabel"_s);
    m_link->setAccessibleName(tr("Microsoft's EFLOW releases"));
    m_link->setWordWrap(true);
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    const QString url = publishedTermsUrl().toString();
    //: %1 is a link to the page; the terms come with each release's installer (MSI)
    m_link->setText(tr("Microsoft publishes every EFLOW release with its license terms (in the installer) "
                       "at %1")
                        .arg(u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped())));
    m_licenseText = new QTextBrowser(this);
    m_licenseText->setObjectName(u"licenseTextBrowser"_s);
    m_licenseText->setAccessibleName(tr("License terms"));
    m_licenseText->setOpenLinks(false);
    m_licenseText->setLineWrapMode(QTextEdit::WidgetWidth);

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
    layout->addWidget(m_termsLabel);
    layout->addWidget(m_termsSource);
    layout->addWidget(m_link);
    layout->addWidget(m_licenseText, 1);
    layout->addWidget(m_accept);
    layout->addSpacing(4);
    layout->addWidget(m_telemetry);
    layout->addWidget(telemetryHint);
    layout->addSpacing(4);
    layout->addWidget(m_arguments);

    setTabOrder(m_release, m_link);
    setTabOrder(m_link, m_licenseText);
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
    connect(m_plan, &eflow::plan::PlanModel::releaseChanged, this, [this] {
        syncFromPlan();
        fetchTerms();
    });

    showNoTerms();
    syncFromPlan();
}

LicensePage::LicensePage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent)
    : LicensePage(plan, parent)
{
    setController(controller);
}

QUrl LicensePage::publishedTermsUrl()
{
    // No address of the EFLOW terms themselves is published in the sources the wizard relies on
    // (reference/eflow.md; resources/licenses/README.md): they ship in each release's MSI. This is
    // Microsoft's list of those releases (aka.ms/AzEFLOW-Releases, as Microsoft's docs link it).
    return QUrl(u"https://aka.ms/AzEFLOW-Releases"_s);
}

void LicensePage::setController(WizardController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (!m_controller)
        return;
    connect(m_controller, &WizardController::licenseTermsFetched, this, &LicensePage::showTerms);
    // A new target has its own terms (or none): read them, so that they are here when the user comes
    // back to this page.
    connect(m_controller, &WizardController::targetChanged, this, [this] {
        showNoTerms();
        fetchTerms();
    });
    fetchTerms();
}

void LicensePage::fetchTerms()
{
    if (m_controller && m_controller->isOpen())
        m_controller->fetchLicenseTerms();
}

void LicensePage::showNoTerms()
{
    m_termsSource->setText(tr("The terms are read from the target device once you have chosen it on the "
                              "next pages: from its installed EFLOW, or from the installer the wizard "
                              "downloads. Come back to this page to read them there."));
    m_licenseText->clear();
    m_licenseText->setVisible(false);
    // Alt+T goes where the terms are: the link while the page has none.
    m_termsLabel->setBuddy(m_link);
}

void LicensePage::showTerms(const eflow::host::HostOperationResult &result)
{
    QString error;
    const std::optional<eflow::host::LicenseTerms> terms =
        result.ok() ? eflow::host::licenseTermsFromJson(result.data, &error) : std::nullopt;
    if (!terms || !terms->found) {
        showNoTerms();
        if (m_controller && m_controller->isOpen()) {
            m_termsSource->setText(tr("%1 has no EFLOW license terms to read: neither an installed EFLOW nor "
                                      "a downloaded installer. Read them with the installer from "
                                      "Microsoft's releases.")
                                       .arg(m_controller->describe()));
        }
        return;
    }
    //: %1 is the file the terms were read from, %2 the host
    m_termsSource->setText(terms->truncated
                               ? tr("Read from %1 on %2 (only the beginning: the file is very long).")
                                     .arg(terms->path, m_controller ? m_controller->describe() : QString())
                               : tr("Read from %1 on %2.")
                                     .arg(terms->path, m_controller ? m_controller->describe() : QString()));
    // Plain text only: the host's file is never read as markup.
    m_licenseText->setPlainText(terms->text);
    m_licenseText->setVisible(true);
    m_termsLabel->setBuddy(m_licenseText);
}

QString LicensePage::licenseResource(const QString &releaseKey)
{
    return u":/licenses/eflow-%1.txt"_s.arg(releaseKey);
}

void LicensePage::initializePage()
{
    // The wizard builds this page with the plan only; its controller is its direct child.
    if (!m_controller && wizard())
        setController(wizard()->findChild<WizardController *>(QString(), Qt::FindDirectChildrenOnly));
    syncFromPlan();
    fetchTerms();
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

    if (m_plan->eulaAccepted()) {
        m_arguments->setText(
            tr("Passed to Deploy-Eflow: %1")
                .arg(u"-acceptEula %1 -acceptOptionalTelemetry %2"_s.arg(
                    m_plan->acceptEulaArgument(), m_plan->acceptOptionalTelemetryArgument())));
    } else {
        m_arguments->setText(tr("Deploy-Eflow needs -acceptEula Yes: accept the license terms to continue."));
    }
}

} // namespace eflow::ui
