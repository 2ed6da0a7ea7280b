#include "engine/support/InMemorySecretStore.h"

#include <utility>

#include "engine/support/Redactor.h"

namespace eflow::support {

InMemorySecretStore::InMemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

InMemorySecretStore::~InMemorySecretStore() = default;

bool InMemorySecretStore::answers(const PendingPtr &pending) const
{
    if (m_stalled)
        return false;
    if (!m_available) {
        pending->finish({error(SecretErrorKind::Unavailable, pending->operation(), pending->name()), {}, {}});
        return false;
    }
    return true;
}

void InMemorySecretStore::startStore(const QString &name, const crypto::SecureBytes &value,
                                     PendingPtr pending)
{
    if (!answers(pending))
        return;
    Redactor::registerSecret(value.view());
    m_values.insert_or_assign(name, crypto::SecureBytes(value.view()));
    pending->finish({});
}

void InMemorySecretStore::startRead(const QString &name, PendingPtr pending)
{
    if (!answers(pending))
        return;
    const auto it = m_values.find(name);
    if (it == m_values.end()) {
        pending->finish({error(SecretErrorKind::NotFound, Operation::Read, name), {}, {}});
        return;
    }
    SecretResult result;
    result.value = crypto::SecureBytes(it->second.view());
    pending->finish(std::move(result));
}

void InMemorySecretStore::startForget(const QString &name, PendingPtr pending)
{
    if (!answers(pending))
        return;
    if (m_values.erase(name) == 0) {
        pending->finish({error(SecretErrorKind::NotFound, Operation::Forget, name), {}, {}});
        return;
    }
    pending->finish({});
}

void InMemorySecretStore::startList(PendingPtr pending)
{
    if (!answers(pending))
        return;
    SecretResult result;
    for (const auto &entry : m_values)
        result.names << entry.first;
    pending->finish(std::move(result));
}

} // namespace eflow::support
