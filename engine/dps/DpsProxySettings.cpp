#include "engine/dps/DpsProxySettings.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include "engine/dps/DpsTr.h"
#include "engine/support/AppSettings.h"
#include "engine/support/SecretStore.h"

namespace eflow::dps {

QString proxyPasswordSecretName()
{
    return QStringLiteral("proxy-password");
}

ProxyChoice savedProxyChoice(const support::AppSettings &settings, QString *problem)
{
    const support::AppSettings::ProxySetting setting = settings.proxySetting();
    ProxyChoice choice;
    if (setting.mode == QLatin1String("direct")) {
        choice.mode = ProxyChoice::Mode::Direct;
    } else if (setting.mode == QLatin1String("manual")) {
        QString error;
        if (const auto manual = parseProxyAddress(setting.address, &error))
            return *manual;
        if (problem)
            *problem = DpsTr::tr("The saved proxy cannot be used, so the system's proxy is used instead: %1")
                           .arg(error);
    }
    return choice;
}

bool saveProxyChoice(support::AppSettings &settings, const ProxyChoice &choice)
{
    support::AppSettings::ProxySetting setting;
    switch (choice.mode) {
    case ProxyChoice::Mode::System:
        setting.mode = QStringLiteral("system");
        break;
    case ProxyChoice::Mode::Direct:
        setting.mode = QStringLiteral("direct");
        break;
    case ProxyChoice::Mode::Manual:
        setting.mode = QStringLiteral("manual");
        setting.address = proxyAddressText(choice);
        break;
    }
    return settings.setProxySetting(setting) && settings.sync();
}

void loadSavedProxyChoice(support::SecretStore &store, QObject *context,
                          std::function<void(const QString &problem)> done)
{
    QString problem;
    const ProxyChoice saved = savedProxyChoice(support::AppSettings(), &problem);
    setProxyChoice(saved);
    if (saved.mode != ProxyChoice::Mode::Manual || saved.user.isEmpty()) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done = std::move(done), problem] {
                if (guard)
                    done(problem);
            },
            Qt::QueuedConnection);
        return;
    }
    store.read(proxyPasswordSecretName(), context,
               [saved, done = std::move(done)](support::SecretResult result) {
                   ProxyChoice choice = saved;
                   if (result.error) {
                       done(DpsTr::tr("The password of proxy user %1 could not be read from the keychain: %2")
                                .arg(saved.user, result.error.message));
                       return;
                   }
                   choice.password = QString::fromUtf8(result.value.view());
                   // Only while nothing changed the choice meanwhile (the proxy dialog).
                   ProxyChoice current = proxyChoice();
                   current.password.clear();
                   if (current == saved)
                       setProxyChoice(choice);
                   done({});
               });
}

} // namespace eflow::dps
