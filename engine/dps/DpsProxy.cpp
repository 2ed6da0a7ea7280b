#include "engine/dps/DpsProxy.h"

#include <mutex>

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxyFactory>

#include "engine/dps/DpsTr.h"
#include "engine/support/Redactor.h"

namespace eflow::dps {

namespace {

std::mutex &choiceMutex()
{
    static std::mutex mutex;
    return mutex;
}

ProxyChoice &currentChoice()
{
    static ProxyChoice choice;
    return choice;
}

bool isPlainHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char(':') || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

} // namespace

void setProxyChoice(const ProxyChoice &choice)
{
    if (!choice.password.isEmpty())
        support::Redactor::registerSecret(choice.password);
    const std::lock_guard lock(choiceMutex());
    currentChoice() = choice;
}

ProxyChoice proxyChoice()
{
    const std::lock_guard lock(choiceMutex());
    return currentChoice();
}

std::optional<ProxyChoice> parseProxyAddress(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const auto refuse = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    if (trimmed.isEmpty())
        return refuse(DpsTr::tr("The proxy address is empty: type it as http://HOST:PORT."));
    const QString withScheme =
        trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(
            DpsTr::tr("The proxy address \"%1\" is not a URL: type it as http://HOST:PORT.").arg(trimmed));
    if (url.scheme() != QLatin1String("http"))
        return refuse(DpsTr::tr("The proxy address must start with http:// (an HTTP proxy that tunnels HTTPS "
                                "with CONNECT), not %1://.")
                          .arg(url.scheme()));
    if (!url.password().isEmpty())
        return refuse(DpsTr::tr("The proxy address holds a password: leave it out; the password is asked for "
                                "separately and kept in the system keychain."));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return refuse(
            DpsTr::tr("The proxy address \"%1\" has a path: give only http://HOST:PORT.").arg(trimmed));
    if (url.hasQuery() || url.hasFragment())
        return refuse(
            DpsTr::tr("The proxy address \"%1\" has a query or fragment: give only http://HOST:PORT.")
                .arg(trimmed));
    if (!isPlainHost(url.host()))
        return refuse(DpsTr::tr("The proxy address \"%1\" has no valid host name.").arg(trimmed));
    if (url.port() < 1 || url.port() > 65535)
        return refuse(
            DpsTr::tr("The proxy address \"%1\" needs a port from 1 to 65535, such as :3128.").arg(trimmed));
    ProxyChoice choice;
    choice.mode = ProxyChoice::Mode::Manual;
    choice.host = url.host();
    choice.port = quint16(url.port());
    choice.user = url.userName();
    return choice;
}

QString proxyAddressText(const ProxyChoice &choice)
{
    if (choice.mode != ProxyChoice::Mode::Manual)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(choice.host);
    url.setPort(choice.port);
    if (!choice.user.isEmpty())
        url.setUserName(choice.user);
    return url.toString();
}

QNetworkProxy proxyFor(const QUrl &url, bool allowProxy)
{
    if (!allowProxy)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const ProxyChoice choice = proxyChoice();
    if (choice.mode == ProxyChoice::Mode::Direct)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (choice.mode == ProxyChoice::Mode::Manual) {
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, choice.host, choice.port);
        if (!choice.user.isEmpty()) {
            proxy.setUser(choice.user);
            proxy.setPassword(choice.password);
        }
        return proxy;
    }
    return systemProxyFor(url);
}

QNetworkProxy systemProxyFor(const QUrl &url)
{
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url)); // as QNetworkAccessManager asks
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::Socks5Proxy ||
            (proxy.type() == QNetworkProxy::HttpProxy &&
             proxy.capabilities().testFlag(QNetworkProxy::TunnelingCapability)))
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

} // namespace eflow::dps
