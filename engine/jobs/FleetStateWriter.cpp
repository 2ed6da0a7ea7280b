#include "engine/jobs/FleetStateWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include "engine/support/OwnerOnlySaveFile.h"

namespace eflow::jobs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetRun)
};

} // namespace

FleetStateWriter::FleetStateWriter(QString path, QString fleetFile, int hosts, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_hosts(size_t(qMax(0, hosts)))
{
    const QJsonDocument file(
        QJsonObject{{QStringLiteral("fleetFile"), QFileInfo(fleetFile).absoluteFilePath()}});
    QByteArray head = file.toJson(QJsonDocument::Compact); // {"fleetFile":"…"}
    head.chop(1);
    m_head = "{\"version\":1," + head.mid(1) + ",\"hosts\":[";
    m_thread = QThread::create([this]() { run(); });
    m_thread->setObjectName(QStringLiteral("eflow-fleet-state"));
    m_thread->start();
}

FleetStateWriter::~FleetStateWriter()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void FleetStateWriter::update(int row, const FleetHostResult &result)
{
    if (row < 0 || size_t(row) >= m_hosts.size())
        return;
    const QMutexLocker lock(&m_mutex);
    m_changed[row] = result; // made into JSON on the writer's thread
    ++m_version;
    m_wake.wakeAll();
}

QByteArray FleetStateWriter::document() const
{
    // On the writer's thread only.
    QByteArray out = m_head;
    bool first = true;
    for (const QByteArray &host : m_hosts) {
        if (host.isEmpty())
            continue;
        if (!first)
            out += ',';
        out += host;
        first = false;
    }
    return out + "]}";
}

void FleetStateWriter::run()
{
    QString lastError;
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_onDisk == m_version && !m_stop)
            m_wake.wait(&m_mutex);
        if (m_onDisk == m_version && m_stop)
            return;
        const quint64 version = m_version;
        std::map<int, FleetHostResult> changed;
        changed.swap(m_changed);
        lock.unlock();
        // Only this thread touches the pieces.
        for (const auto &[row, result] : changed)
            m_hosts[size_t(row)] = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
        const QByteArray bytes = document();
        QString error;
        if (!support::OwnerOnlySaveFile::makeOwnerOnlyFolder(QFileInfo(m_path).absolutePath(), &error)) {
            // error says why
        } else {
            support::OwnerOnlySaveFile file(m_path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                error = Tr::tr("Cannot write the fleet's state file %1: %2").arg(m_path, file.errorString());
        }
        if (!error.isEmpty() && error != lastError)
            emit writeFailed(error); // once per cause, not once per host
        lastError = error;
        lock.relock();
        m_onDisk = version;
    }
}

} // namespace eflow::jobs
