#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace eflow::support {

// What the app remembers between runs, over QSettings (the platform's usual place: ~/.config on Linux, the
// registry on Windows). Never a secret: every text is checked with looksLikeSecret() and refused when it
// looks like a key; a key is remembered only in the keychain (SecretStore) and named here by its
// reference. Values read back are checked again (types, sizes, count), since the file can be edited.
// Cheap to construct; create one where needed, on any thread (QSettings is reentrant).
class AppSettings final
{
public:
    static constexpr int maxRecentSshTargets = 8;
    static constexpr qsizetype maxTextLength = 512;

    // The application's settings (organisation and application name of QCoreApplication).
    AppSettings();
    // Another file (tests, a portable install).
    explicit AppSettings(const QString &fileName);
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // Remote targets the user connected to, newest first, at most 8 ("targets/recentSsh", as before).
    QStringList recentSshTargets() const;
    // Moves url to the front (callers pass a target that jobs::HostTarget::fromSshUrl accepted). Refuses
    // (returns false) an empty url, one with a password, or one that looks like a key.
    bool rememberSshTarget(const QString &url);

    // The target chosen last, as jobs::HostTarget::toString() writes it ("local", "demo:ID", "ssh://…").
    QString lastTarget() const;
    bool setLastTarget(const QString &target);

    // The provisioning choices of the last run that are not secret.
    struct ProvisioningChoice
    {
        QString method;           // the plan's provisioning method, as the plan file writes it
        bool rememberKey = false; // "Remember this key in the system keychain" was ticked
        QString secretRef;        // keychain:NAME of the remembered key, or empty
    };
    ProvisioningChoice provisioningChoice() const;
    // Refuses (false, nothing written) a secretRef that is not a valid keychain:NAME, or any field that
    // looks like a key.
    bool setProvisioningChoice(const ProvisioningChoice &choice);

    // How the wizard's own HTTPS leaves this computer (dps::ProxyChoice turns it into a proxy): mode
    // "system", "direct" or "manual", and for manual the address http://[USER@]HOST:PORT. Never the
    // password: that is the keychain's (dps::proxyPasswordSecretName()). Read back as written; the
    // caller checks the address again, since the file can be edited.
    struct ProxySetting
    {
        QString mode;
        QString address;
    };
    ProxySetting proxySetting() const;
    // Refuses (false, nothing written) a mode other than those three, or an address that looks like a key.
    bool setProxySetting(const ProxySetting &setting);

    // The names (never the values) of the keys that KeychainSecretStore keeps for SERVICE, sorted.
    QStringList secretNames(const QString &service) const;
    bool addSecretName(const QString &service, const QString &name);
    void removeSecretName(const QString &service, const QString &name);

    // Where they are kept (for error sentences).
    QString fileName() const { return m_settings.fileName(); }

    // Writes pending changes; false when the settings could not be written (read-only, disk full).
    bool sync();

private:
    QStringList readTextList(const QString &key, int maxCount) const;
    QString readText(const QString &key) const;
    bool writeValue(const QString &key, const QVariant &value);

    mutable QSettings m_settings;
    QSettings::Status m_initialStatus = QSettings::NoError;
};

} // namespace eflow::support
