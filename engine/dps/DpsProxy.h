#pragma once

#include <optional>

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

namespace eflow::dps {

// How the wizard's own HTTPS (the DPS device and service APIs: the DPS check, enrollments, Verify) leaves
// this computer. One choice per process, set at start from the settings (AppSettings, the password from
// the keychain) and changed by the proxy dialog or `proxy set`; read by every DPS exchange on any thread.
struct ProxyChoice
{
    enum class Mode
    {
        System, // the operating system's proxy (on Linux: https_proxy / no_proxy), or none
        Direct, // never a proxy
        Manual, // the HTTP proxy below (HTTPS goes through it with CONNECT)
    };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;     // empty: the proxy asks for no credentials
    QString password; // with user only; lives in the keychain and in memory, never in settings or logs

    bool operator==(const ProxyChoice &) const = default;
};

// Process-wide and thread-safe. The password is registered with the log redactor.
void setProxyChoice(const ProxyChoice &choice);
ProxyChoice proxyChoice();

// "http://proxy.example.com:3128" or "http://user@proxy.example.com:3128" as typed (scheme optional;
// port required) into a Manual choice without password. Nothing, with the field's problem in *error,
// for anything else: another scheme, a password in the URL (it belongs in the keychain), a path, a
// missing or out-of-range port, a host with spaces.
std::optional<ProxyChoice> parseProxyAddress(const QString &text, QString *error);
// "http://[user@]host:port" of a Manual choice (never the password); empty for the other modes.
QString proxyAddressText(const ProxyChoice &choice);

// The proxy for one DPS address. allowProxy false (a local emulator on 127.0.0.1) is always direct;
// otherwise the process's choice: Manual's proxy, none for Direct, and for System the OS / environment
// proxy asked for this address only (QNetworkProxyFactory::setUseSystemConfiguration() would change
// every network user in the process). Only a proxy that can carry TLS is taken: HTTP with CONNECT, or
// SOCKS5.
QNetworkProxy proxyFor(const QUrl &url, bool allowProxy);
// What System mode would take for this address, whatever the process's choice is (the proxy dialog and
// `proxy show` say it; neither may change the choice that exchanges on other threads read).
QNetworkProxy systemProxyFor(const QUrl &url);

} // namespace eflow::dps
