#include "engine/support/AppSettings.h"

#include <algorithm>

#include <QUrl>

#include "engine/support/SecretRef.h"

#include <spdlog/spdlog.h>

namespace eflow::support {

namespace {

const QString recentSshKey = QStringLiteral("targets/recentSsh");
const QString lastTargetKey = QStringLiteral("targets/last");
const QString methodKey = QStringLiteral("provisioning/method");
const QString rememberKeyKey = QStringLiteral("provisioning/rememberKey");
const QString secretRefKey = QStringLiteral("provisioning/secretRef");
const QString proxyModeKey = QStringLiteral("network/proxyMode");
const QString proxyAddressKey = QStringLiteral("network/proxyAddress");

bool isProxyMode(const QString &mode)
{
    return mode == QLatin1String("system") || mode == QLatin1String("direct") ||
           mode == QLatin1String("manual");
}

QString secretNamesKey(const QString &service)
{
    return QStringLiteral("keychain/%1/names").arg(service);
}

// Whether a text may be written to (or taken from) the settings file at all.
bool acceptableText(const QString &text)
{
    return text.size() <= AppSettings::maxTextLength && !looksLikeSecret(text);
}

} // namespace

AppSettings::AppSettings()
    : m_initialStatus(m_settings.status())
{}

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
    , m_initialStatus(m_settings.status())
{}

QStringList AppSettings::readTextList(const QString &key, int maxCount) const
{
    const QVariant value = m_settings.value(key);
    QStringList out;
    if (!value.canConvert<QStringList>())
        return out;
    for (const QString &item : value.toStringList()) {
        if (out.size() >= maxCount)
            break;
        if (!item.isEmpty() && acceptableText(item) && !out.contains(item))
            out << item;
    }
    return out;
}

QString AppSettings::readText(const QString &key) const
{
    const QVariant value = m_settings.value(key);
    if (value.typeId() != QMetaType::QString)
        return {};
    const QString text = value.toString();
    return acceptableText(text) ? text : QString();
}

bool AppSettings::writeValue(const QString &key, const QVariant &value)
{
    // QSettings writes lazily: errors show in sync().
    m_settings.setValue(key, value);
    return true;
}

QStringList AppSettings::recentSshTargets() const
{
    return readTextList(recentSshKey, maxRecentSshTargets);
}

bool AppSettings::rememberSshTarget(const QString &url)
{
    if (url.isEmpty() || !acceptableText(url) || !QUrl(url).password().isEmpty()) {
        spdlog::warn("settings: a remote target was not remembered (empty, too long, or carrying a secret)");
        return false;
    }
    QStringList list = recentSshTargets();
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > maxRecentSshTargets)
        list.removeLast();
    return writeValue(recentSshKey, list);
}

QString AppSettings::lastTarget() const
{
    return readText(lastTargetKey);
}

bool AppSettings::setLastTarget(const QString &target)
{
    if (!acceptableText(target) || !QUrl(target).password().isEmpty()) {
        spdlog::warn("settings: the last target was not remembered (too long, or carrying a secret)");
        return false;
    }
    return writeValue(lastTargetKey, target);
}

AppSettings::ProvisioningChoice AppSettings::provisioningChoice() const
{
    ProvisioningChoice choice;
    choice.method = readText(methodKey);
    choice.rememberKey = m_settings.value(rememberKeyKey).toBool();
    const QString ref = readText(secretRefKey);
    if (parseSecretRef(ref))
        choice.secretRef = ref;
    return choice;
}

bool AppSettings::setProvisioningChoice(const ProvisioningChoice &choice)
{
    if (!acceptableText(choice.method) ||
        (!choice.secretRef.isEmpty() && !parseSecretRef(choice.secretRef))) {
        spdlog::warn("settings: the provisioning choice was not remembered (a field is not a method name or "
                     "a keychain:NAME reference)");
        return false;
    }
    bool ok = writeValue(methodKey, choice.method);
    ok = writeValue(rememberKeyKey, choice.rememberKey) && ok;
    ok = writeValue(secretRefKey, choice.secretRef.trimmed()) && ok;
    return ok;
}

AppSettings::ProxySetting AppSettings::proxySetting() const
{
    ProxySetting setting;
    const QString mode = readText(proxyModeKey);
    setting.mode = isProxyMode(mode) ? mode : QStringLiteral("system");
    if (setting.mode == QLatin1String("manual"))
        setting.address = readText(proxyAddressKey);
    return setting;
}

bool AppSettings::setProxySetting(const ProxySetting &setting)
{
    if (!isProxyMode(setting.mode) || !acceptableText(setting.address)) {
        spdlog::warn("settings: the proxy setting was not remembered (an unknown mode, or an address that "
                     "looks like a key)");
        return false;
    }
    bool ok = writeValue(proxyModeKey, setting.mode);
    ok = writeValue(proxyAddressKey, setting.mode == QLatin1String("manual") ? setting.address : QString()) &&
         ok;
    return ok;
}

QStringList AppSettings::secretNames(const QString &service) const
{
    // A keychain may hold many keys; a few thousand names are still a small settings entry.
    constexpr int maxNames = 4096;
    QStringList names = readTextList(secretNamesKey(service), maxNames);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &name) { return checkSecretName(name).has_value(); }),
                names.end());
    names.sort();
    return names;
}

bool AppSettings::addSecretName(const QString &service, const QString &name)
{
    if (checkSecretName(name))
        return false;
    QStringList names = secretNames(service);
    if (names.contains(name))
        return true;
    names << name;
    names.sort();
    return writeValue(secretNamesKey(service), names);
}

void AppSettings::removeSecretName(const QString &service, const QString &name)
{
    QStringList names = secretNames(service);
    if (names.removeAll(name) > 0)
        writeValue(secretNamesKey(service), names);
}

bool AppSettings::sync()
{
    m_settings.sync();
    // QSettings keeps the first error it met, and without an organisation name (this app has none, and
    // changing that would move everyone's settings) it starts with AccessError. Only a new error counts.
    return m_settings.status() == QSettings::NoError || m_settings.status() == m_initialStatus;
}

} // namespace eflow::support
