#include "app/ProxyCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QObject>
#include <QUrl>

#include "app/Console.h"
#include "app/SecretArguments.h"
#include "app/SecretWait.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClientOptions.h"
#include "engine/dps/DpsProxySettings.h"
#include "engine/support/AppSettings.h"
#include "engine/support/KeychainSecretStore.h"
#include "engine/support/Logging.h"
#include "engine/support/Redactor.h"

#include <spdlog/spdlog.h>

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProxyCommand)
};

using dps::ProxyChoice;

// What the system proxy is for DPS's global endpoint (on Linux: https_proxy and no_proxy).
QString systemProxyText()
{
    const QUrl endpoint = dps::globalDpsEndpoint();
    const QNetworkProxy proxy = dps::systemProxyFor(endpoint);
    if (proxy.type() == QNetworkProxy::NoProxy)
        return Tr::tr("none (no system proxy is set for %1)").arg(endpoint.host());
    return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
}

int show()
{
    QString problem;
    const ProxyChoice choice = dps::savedProxyChoice(support::AppSettings(), &problem);
    if (!problem.isEmpty())
        printError(problem);
    switch (choice.mode) {
    case ProxyChoice::Mode::System:
        out() << "mode: system" << Qt::endl << "system-proxy: " << systemProxyText() << Qt::endl;
        break;
    case ProxyChoice::Mode::Direct:
        out() << "mode: direct" << Qt::endl;
        break;
    case ProxyChoice::Mode::Manual:
        out() << "mode: manual" << Qt::endl << "address: " << dps::proxyAddressText(choice) << Qt::endl;
        if (!choice.user.isEmpty())
            out() << "password: "
                  << Tr::tr("in the system keychain as %1").arg(dps::proxyPasswordSecretName()) << Qt::endl;
        break;
    }
    return problem.isEmpty() ? ExitOk : ExitInvalidInput;
}

// Forgets the remembered password; a keychain that has none, or none at all, is fine.
void forgetPassword(support::KeychainSecretStore &store)
{
    const support::SecretResult result = forgetSecretNow(store, dps::proxyPasswordSecretName());
    if (result.error && result.error.kind != support::SecretErrorKind::NotFound &&
        result.error.kind != support::SecretErrorKind::Unavailable)
        printError(
            Tr::tr("warning: the old proxy password stays in the keychain: %1").arg(result.error.message));
}

int save(const ProxyChoice &choice)
{
    support::AppSettings settings;
    if (!dps::saveProxyChoice(settings, choice)) {
        printError(Tr::tr("the proxy setting could not be written to %1").arg(settings.fileName()));
        return ExitIoError;
    }
    return ExitOk;
}

int setManual(const ProxyChoice &choice, bool passwordOnStdin)
{
    support::KeychainSecretStore store;
    if (choice.user.isEmpty()) {
        if (passwordOnStdin) {
            printError(
                Tr::tr("proxy set: --password-stdin needs a user in the address (http://USER@HOST:PORT)"));
            return ExitUsage;
        }
        forgetPassword(store);
        return save(choice);
    }
    QString error;
    std::optional<QByteArray> typed =
        readSecretFromStdin(Tr::tr("Password of proxy user %1: ").arg(choice.user), &error);
    if (!typed || typed->isEmpty()) {
        printError(
            error.isEmpty()
                ? Tr::tr("proxy set: no password came on standard input for proxy user %1").arg(choice.user)
                : error);
        return ExitInvalidInput;
    }
    crypto::SecureBytes password(*typed);
    typed->fill('\0');
    support::Redactor::registerSecret(password.view());
    const support::SecretResult stored = storeSecretNow(store, dps::proxyPasswordSecretName(), password);
    if (stored.error) {
        printError(Tr::tr("the proxy password could not be remembered, so nothing was changed: %1")
                       .arg(stored.error.message));
        return ExitFailure;
    }
    return save(choice);
}

} // namespace

int runProxy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "How the wizard's own HTTPS (the DPS check, registrations, enrollments) leaves this computer; the\n"
        "wizard's proxy dialog changes the same setting.\n"
        "  show                   prints the mode, and the address or the system's proxy\n"
        "  set http://[USER@]HOST:PORT   an HTTP proxy (HTTPS goes through it with CONNECT); with a USER\n"
        "                         the password is read from standard input and kept in the system keychain\n"
        "  set --system           the system's proxy (on Linux: https_proxy, no_proxy), the default\n"
        "  set --direct           never a proxy\n"
        "  clear                  back to the system's proxy, and the password is forgotten\n"
        "Exit codes: 0 done, 1 the keychain failed, 2 wrong usage, 3 an invalid address or no password,\n"
        "4 the settings could not be written."));
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("show, set or clear"));
    parser.addPositionalArgument(QStringLiteral("address"), Tr::tr("set: the proxy's address."),
                                 QStringLiteral("[ADDRESS]"));
    const QCommandLineOption systemOption(QStringLiteral("system"), Tr::tr("set: use the system's proxy."));
    const QCommandLineOption directOption(QStringLiteral("direct"), Tr::tr("set: use no proxy."));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         Tr::tr("set: read the proxy user's password from standard input "
                                                "(also without this when a USER is given)."));
    parser.addHelpOption();
    parser.addOptions({systemOption, directOption, stdinOption});
    if (const auto exit = parseSubcommandLine(parser, arguments, QStringLiteral("proxy")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const int modes =
        int(parser.isSet(systemOption)) + int(parser.isSet(directOption)) + int(positional.size() == 2);
    if (action == QLatin1String("show") && positional.size() == 1 && modes == 0)
        return show();
    if (action == QLatin1String("clear") && positional.size() == 1 && modes == 0) {
        support::KeychainSecretStore store;
        forgetPassword(store);
        return save(ProxyChoice{});
    }
    if (action != QLatin1String("set") || positional.size() > 2 || modes != 1) {
        printError(
            Tr::tr("proxy: say \"show\", \"clear\", \"set ADDRESS\", \"set --system\" or \"set --direct\" "
                   "(see proxy --help)"));
        return ExitUsage;
    }
    if (parser.isSet(systemOption) || parser.isSet(directOption)) {
        ProxyChoice choice;
        choice.mode = parser.isSet(directOption) ? ProxyChoice::Mode::Direct : ProxyChoice::Mode::System;
        support::KeychainSecretStore store;
        forgetPassword(store);
        return save(choice);
    }
    QString error;
    const std::optional<ProxyChoice> manual = dps::parseProxyAddress(positional.at(1), &error);
    if (!manual) {
        printError(error);
        return ExitInvalidInput;
    }
    return setManual(*manual, parser.isSet(stdinOption));
}

void loadProxyForCommand()
{
    support::KeychainSecretStore store;
    QEventLoop loop;
    QObject context;
    bool answered = false;
    dps::loadSavedProxyChoice(store, &context, [&](const QString &problem) {
        answered = true;
        if (!problem.isEmpty()) {
            printError(Tr::tr("warning: %1").arg(problem));
            spdlog::warn("proxy: {}", problem);
        }
        loop.quit();
    });
    if (!answered)
        loop.exec();
}

void loadProxyForWindow(QObject *owner)
{
    QString problem;
    const ProxyChoice saved = dps::savedProxyChoice(support::AppSettings(), &problem);
    if (saved.mode != ProxyChoice::Mode::Manual || saved.user.isEmpty()) {
        dps::setProxyChoice(saved);
        if (!problem.isEmpty())
            spdlog::warn("proxy: {}", problem);
        return;
    }
    auto *store = new support::KeychainSecretStore(owner);
    dps::loadSavedProxyChoice(*store, store, [store](const QString &problem) {
        if (!problem.isEmpty())
            spdlog::warn("proxy: {}", problem);
        store->deleteLater();
    });
}

} // namespace eflow::app
