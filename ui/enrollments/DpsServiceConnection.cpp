#include "ui/enrollments/DpsServiceConnection.h"

#include "engine/dps/DpsServiceClient.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

DpsServiceConnection::DpsServiceConnection(QObject *parent)
    : QObject(parent)
{}

DpsServiceConnection::~DpsServiceConnection() = default;

DpsServiceConnection *DpsServiceConnection::of(QObject *owner)
{
    if (!owner)
        return nullptr;
    if (auto *existing = owner->findChild<DpsServiceConnection *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *connection = new DpsServiceConnection(owner);
    connection->setObjectName(u"dpsServiceConnection"_s);
    return connection;
}

dps::DpsServiceClient *DpsServiceConnection::newClient(const crypto::SecureBytes &connectionString,
                                                       const dps::DpsServiceClientOptions &options,
                                                       QObject *parent, QString *error)
{
    if (connectionString.isEmpty()) {
        if (error)
            *error = tr("Enter the connection string of a shared access policy of your DPS.");
        return nullptr;
    }
    // The client takes the key out of the text at once; the text is wiped right after.
    QString text = QString::fromUtf8(connectionString.view());
    auto *client = new dps::DpsServiceClient(text, options, parent);
    crypto::wipe(text);
    if (!client->isValid()) {
        if (error)
            *error = client->configurationError().message;
        delete client;
        return nullptr;
    }
    return client;
}

dps::DpsServiceClient *DpsServiceConnection::newClient(QObject *parent) const
{
    return isConnected() ? newClient(m_connectionString, m_options, parent) : nullptr;
}

bool DpsServiceConnection::set(crypto::SecureBytes connectionString,
                               const dps::DpsServiceClientOptions &options, Source source,
                               const QString &keychainName, QString *error)
{
    // A throw-away client checks the text and the options and reads the names that may be shown.
    dps::DpsServiceClient *probe = newClient(connectionString, options, nullptr, error);
    if (!probe)
        return false;
    m_hostName = probe->hostName();
    m_policyName = probe->policyName();
    delete probe;
    m_connectionString = std::move(connectionString);
    m_options = options;
    m_source = source;
    m_keychainName = keychainName;
    emit changed();
    return true;
}

void DpsServiceConnection::clear()
{
    if (!isConnected())
        return;
    m_connectionString.wipe();
    m_options = {};
    m_source = Source::Unknown;
    m_hostName.clear();
    m_policyName.clear();
    m_keychainName.clear();
    emit changed();
}

void DpsServiceConnection::setKeychainName(const QString &name)
{
    if (name == m_keychainName)
        return;
    m_keychainName = name;
    emit changed();
}

crypto::SecureBytes DpsServiceConnection::connectionString() const
{
    return crypto::SecureBytes(m_connectionString.view());
}

} // namespace eflow::ui
