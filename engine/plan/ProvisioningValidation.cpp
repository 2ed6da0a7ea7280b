#include "engine/plan/Validation.h"

#include <utility>

#include <QRegularExpression>
#include <QUrl>

#include "engine/plan/ValidationSupport.h"
#include "engine/support/SecretRef.h"

// The fields Provision-EflowVm needs for each provisioning method.
namespace eflow::plan {

using namespace detail;

namespace {

// Provision-EflowVm copies the certificate and key from the Windows host into the VM and checks them
// with Test-Path -PathType Leaf, so they must be absolute paths of files on that host. Only drive
// paths are accepted: the elevated session that provisions may not see the user's network shares.
std::optional<Problem> windowsFilePathProblem(QStringView path, Field field)
{
    const QString subject = fieldLabel(field);
    if (path.isEmpty())
        return problemFor(field, requiredMessage(subject));
    if (path.front().isSpace() || path.back().isSpace()) {
        return problemFor(field, ValidationTr::tr("%1 starts or ends with a space; remove it.").arg(subject));
    }
    static const QRegularExpression absolute(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    if (!absolute.match(path).hasMatch()) {
        //: %1 field name, %2 the path as typed
        return problemFor(field, ValidationTr::tr("%1 '%2' is not an absolute Windows path; write it like "
                                                  "C:\\certs\\device.pem.")
                                     .arg(subject, path.toString()));
    }
    if (const auto bad = firstCharWhere(path.sliced(2), [](char32_t c) {
            return c < 0x20 || c == U'<' || c == U'>' || c == U':' || c == U'"' || c == U'|' || c == U'?' ||
                   c == U'*';
        })) {
        return problemFor(field, ValidationTr::tr("%1: %2 at position %3 is not allowed in a Windows path.")
                                     .arg(subject, describeChar(bad->codePoint), num(bad->position + 2)));
    }
    if (path.endsWith(u'\\') || path.endsWith(u'/')) {
        return problemFor(field, ValidationTr::tr("%1 '%2' names a folder; give the path of the file.")
                                     .arg(subject, path.toString()));
    }
    return std::nullopt;
}

std::optional<Problem> globalEndpointProblem(const QString &endpoint)
{
    const Field field = Field::GlobalEndpoint;
    const QString subject = fieldLabel(field);
    if (endpoint.isEmpty())
        return std::nullopt; // Provision-EflowVm's default, https://global.azure-devices-provisioning.net
    const QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 ||
        url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return problemFor(field, ValidationTr::tr("%1 '%2' is not an https URL; the public endpoint is "
                                                  "https://global.azure-devices-provisioning.net.")
                                     .arg(subject, endpoint));
    }
    return std::nullopt;
}

// The secret itself travels only in memory (stdin of the provisioning script); the settings only
// know where it is kept.
std::optional<Problem> secretRefProblem(const ProvisioningSettings &settings, const QString &what)
{
    if (!settings.secretRef.trimmed().isEmpty()) {
        // A reference, never the key: a raw key here would be copied into plan files and the journal.
        // "session:…" is the wizard's own mark for a key typed on this run and held in memory only.
        QString error;
        const QString ref = settings.secretRef.trimmed();
        if (ref.startsWith(u"session:") && !support::looksLikeSecret(ref))
            return std::nullopt;
        if (!support::parseSecretRef(ref, &error))
            //: %1 "Secret reference", %2 what is wrong with it
            return problemFor(Field::SecretRef,
                              ValidationTr::tr("%1: %2").arg(fieldLabel(Field::SecretRef), error));
        return std::nullopt;
    }
    //: %1 "Secret reference", %2 what the secret is, e.g. "the symmetric key"
    return problemFor(Field::SecretRef,
                      ValidationTr::tr("%1 is required: store %2 in the keychain or give it "
                                       "on standard input.")
                          .arg(fieldLabel(Field::SecretRef), what));
}

} // namespace

Problems validateProvisioning(const ProvisioningSettings &settings, EflowRelease release)
{
    Problems problems;
    const auto requireIdScope = [&] {
        addIf(problems, checkIdScope(settings.idScope));
    };
    const auto requireCertAndKey = [&] {
        addIf(problems, windowsFilePathProblem(settings.identityCertPath, Field::IdentityCertPath));
        addIf(problems, windowsFilePathProblem(settings.identityPrivKeyPath, Field::IdentityPrivKeyPath));
        if (!settings.identityCertPath.isEmpty() &&
            settings.identityCertPath.compare(settings.identityPrivKeyPath, Qt::CaseInsensitive) == 0) {
            problems << Problem{Field::IdentityPrivKeyPath,
                                ValidationTr::tr("%1 is the same file as the certificate; the private key "
                                                 "is a file of its own.")
                                    .arg(fieldLabel(Field::IdentityPrivKeyPath))};
        }
    };
    const auto optionalRegistrationId = [&] {
        if (!settings.registrationId.isEmpty())
            addIf(problems, checkRegistrationId(settings.registrationId));
    };

    // AUTODEPLOY's $eflowProvisioningProperties: ManualConnectionString: devConnString ·
    // ManualX509: iotHubHostname, deviceId, identityCertPath, identityPrivKeyPath · DpsTPM: scopeId ·
    // DpsX509: scopeId, identityCertPath, identityPrivKeyPath · DpsSymmetricKey: scopeId, symmKey,
    // registrationId. Fields that belong to another method are ignored rather than refused: the
    // wizard keeps them while the user switches methods, and only the chosen method's are passed.
    switch (settings.type) {
    case ProvisioningType::Unknown:
        problems << Problem{
            Field::ProvisioningType,
            ValidationTr::tr("%1 is required: choose connection string, X.509 or symmetric key "
                             "(DPS), X.509 (DPS) or TPM (DPS).")
                .arg(fieldLabel(Field::ProvisioningType))};
        break;
    case ProvisioningType::ManualConnectionString:
        addIf(problems, secretRefProblem(settings, ValidationTr::tr("the device connection string")));
        break;
    case ProvisioningType::ManualX509: {
        const QString hubSubject = fieldLabel(Field::IotHubHostname);
        if (settings.iotHubHostname.isEmpty())
            problems << Problem{Field::IotHubHostname, requiredMessage(hubSubject)};
        else if (auto message = dnsHostNameIssue(settings.iotHubHostname, hubSubject))
            problems << Problem{Field::IotHubHostname, std::move(*message)};
        addIf(problems, checkDeviceId(settings.deviceId));
        requireCertAndKey();
        break;
    }
    case ProvisioningType::DpsTpm:
        // The registration ID is optional: without it the TPM's endorsement key decides
        // (Get-EflowVmTpmProvisioningInfo). The TPM path also needs Set-EflowVmFeature -feature DpsTpm
        // -enable and TPM 2.0 on the host; that is a host fact and a provisioning step, not a field.
        requireIdScope();
        optionalRegistrationId();
        addIf(problems, globalEndpointProblem(settings.globalEndpoint));
        break;
    case ProvisioningType::DpsX509:
        requireIdScope();
        optionalRegistrationId(); // the certificate's CN when omitted
        requireCertAndKey();
        addIf(problems, globalEndpointProblem(settings.globalEndpoint));
        break;
    case ProvisioningType::DpsSymmetricKey:
        requireIdScope();
        addIf(problems, checkRegistrationId(settings.registrationId));
        if (settings.keySource == SymmetricKeySource::Unknown) {
            problems << Problem{
                Field::KeySource,
                ValidationTr::tr("%1 is required: choose the individual enrollment's key or a "
                                 "key derived from an enrollment group's key.")
                    .arg(fieldLabel(Field::KeySource))};
        }
        if (settings.keySource == SymmetricKeySource::GroupEnrollment &&
            !settings.enrollmentGroupId.isEmpty())
            addIf(problems, checkEnrollmentGroupId(settings.enrollmentGroupId));
        addIf(problems, secretRefProblem(settings, settings.keySource == SymmetricKeySource::GroupEnrollment
                                                       ? ValidationTr::tr("the enrollment group's key")
                                                       : ValidationTr::tr("the symmetric key")));
        addIf(problems, globalEndpointProblem(settings.globalEndpoint));
        break;
    }
    Q_UNUSED(release); // every release line takes the same fields (REF-1.1 and REF-1.4 agree)
    return problems;
}

} // namespace eflow::plan
