// checkEdgeProxy (Validation.h): the IoT Edge runtime's proxy in the VM.
#include <QUrl>

#include "engine/plan/Validation.h"
#include "engine/plan/ValidationSupport.h"

namespace eflow::plan {

namespace {

// A host name or an IPv4/IPv6 literal as QUrl gives it; nothing that could end a systemd Environment= or a
// TOML string (quotes, backslashes, spaces, control characters).
bool isSafeHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QChar c : host) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'.' || c == u'-' || c == u':' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<QString> urlProblem(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == u'"' || c == u'\'' || c == u'\\' || c == u'$' || c == u'`' ||
            c.category() == QChar::Other_Control)
            return ValidationTr::tr("the character '%1' is not allowed in the proxy's address; type it as "
                                    "http://HOST:PORT.")
                .arg(c.isSpace() ? QStringLiteral(" ") : QString(c));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return ValidationTr::tr("\"%1\" is not a proxy address; type it as http://HOST:PORT, for example "
                                "http://proxy.contoso.com:3128.")
            .arg(text);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return ValidationTr::tr("the proxy's address must start with http:// (or https:// for a proxy that "
                                "takes TLS), not %1://.")
            .arg(url.scheme());
    if (!url.userInfo().isEmpty())
        return ValidationTr::tr(
            "the proxy's address holds a user name or password, which would be kept in plain "
            "text in the plan and in the virtual machine's configuration; let the proxy "
            "allow the device by its address instead.");
    if (!isSafeHost(url.host()))
        return ValidationTr::tr("the proxy's host name \"%1\" is not valid.").arg(url.host());
    if (url.port() < 1)
        return ValidationTr::tr("the proxy's address needs a port, for example http://%1:3128.")
            .arg(url.host());
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return ValidationTr::tr("the proxy's address has a path (%1); give only http://HOST:PORT.")
            .arg(url.path());
    if (url.hasQuery() || url.hasFragment())
        return ValidationTr::tr("the proxy's address has a query or fragment; give only http://HOST:PORT.");
    return std::nullopt;
}

} // namespace

Problems checkEdgeProxy(const EdgeProxySettings &proxy, EflowRelease release)
{
    Problems problems;
    const QString url = proxy.url.trimmed();
    if (proxy.url.isEmpty()) {
        if (!proxy.upstreamProtocol.isEmpty() && !edgeUpstreamProtocols().contains(proxy.upstreamProtocol))
            problems << Problem{
                Field::EdgeUpstreamProtocol,
                ValidationTr::tr("Upstream protocol: \"%1\" is not one of %2.")
                    .arg(proxy.upstreamProtocol, edgeUpstreamProtocols().join(QStringLiteral(", ")))};
        return problems;
    }
    if (url.isEmpty())
        problems << Problem{Field::EdgeProxyUrl,
                            ValidationTr::tr("IoT Edge proxy: type the proxy's address "
                                             "(http://HOST:PORT), or turn the proxy off.")};
    else if (url.size() > 512)
        problems << Problem{Field::EdgeProxyUrl,
                            ValidationTr::tr("IoT Edge proxy: the address is longer than 512 characters.")};
    else if (const auto problem = urlProblem(url))
        problems << Problem{Field::EdgeProxyUrl, ValidationTr::tr("IoT Edge proxy: %1").arg(*problem)};
    if (!proxy.upstreamProtocol.isEmpty() && !edgeUpstreamProtocols().contains(proxy.upstreamProtocol))
        problems << Problem{
            Field::EdgeUpstreamProtocol,
            ValidationTr::tr("Upstream protocol: \"%1\" is not one of %2.")
                .arg(proxy.upstreamProtocol, edgeUpstreamProtocols().join(QStringLiteral(", ")))};
    if (release != EflowRelease::Unknown && !limitsFor(release).supportsEdgeProxy)
        problems << Problem{
            Field::EdgeProxyUrl,
            ValidationTr::tr("IoT Edge proxy: %1 keeps IoT Edge 1.1, whose proxy settings the wizard "
                             "does not write; choose 1.4 LTS or later, or set the proxy by hand.")
                .arg(displayName(release))};
    return problems;
}

} // namespace eflow::plan
