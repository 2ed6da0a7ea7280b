#include "app/SecretWait.h"

#include <functional>
#include <optional>
#include <utility>

#include <QEventLoop>

namespace eflow::app {

namespace {

support::SecretResult waitFor(const std::function<void(support::SecretStore::Callback)> &start)
{
    QEventLoop loop;
    std::optional<support::SecretResult> result;
    start([&](support::SecretResult r) {
        result = std::move(r);
        loop.quit();
    });
    // The callback never runs inside start(), so the loop is always entered; it ends with the answer or
    // with the store's timeout.
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

support::SecretResult storeSecretNow(support::SecretStore &store, const QString &name,
                                     const crypto::SecureBytes &value)
{
    return waitFor(
        [&](support::SecretStore::Callback done) { store.store(name, value, nullptr, std::move(done)); });
}

support::SecretResult readSecretNow(support::SecretStore &store, const QString &name)
{
    return waitFor([&](support::SecretStore::Callback done) { store.read(name, nullptr, std::move(done)); });
}

support::SecretResult forgetSecretNow(support::SecretStore &store, const QString &name)
{
    return waitFor(
        [&](support::SecretStore::Callback done) { store.forget(name, nullptr, std::move(done)); });
}

support::SecretResult listSecretsNow(support::SecretStore &store)
{
    return waitFor([&](support::SecretStore::Callback done) { store.list(nullptr, std::move(done)); });
}

} // namespace eflow::app
