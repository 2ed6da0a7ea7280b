#include "engine/sim/SimSupportBundle.h"

#include <array>

#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QtEndian>

#include "engine/sim/SimulatedVm.h"
#include "engine/support/OwnerOnlySaveFile.h"

namespace eflow::sim {

namespace {

struct SimSupportBundleTr
{
    Q_DECLARE_TR_FUNCTIONS(SimSupportBundle)
};

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

struct Entry
{
    QByteArray name;
    QByteArray data;
};

// PKZIP's stored method (APPNOTE 4.3.7, 4.3.12, 4.3.16): enough for any unzip and small for the demo.
QByteArray storedZip(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &e : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(e.data);
        const auto header = [&](QByteArray &to, bool central) {
            put32(to, central ? 0x02014b50U : 0x04034b50U);
            if (central)
                put16(to, 20); // made by: 2.0
            put16(to, 20);     // needed: 2.0
            put16(to, 0x0800); // UTF-8 names
            put16(to, 0);      // stored
            put16(to, 0);      // time
            put16(to, 0x21);   // date: 1980-01-01
            put32(to, crc);
            put32(to, quint32(e.data.size()));
            put32(to, quint32(e.data.size()));
            put16(to, quint16(e.name.size()));
            put16(to, 0);
            if (central) {
                put16(to, 0); // comment
                put16(to, 0); // disk
                put16(to, 0); // internal attributes
                put32(to, 0); // external attributes
                put32(to, offset);
            }
            to.append(e.name);
        };
        header(out, false);
        out.append(e.data);
        header(directory, true);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50U);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace

bool writeSimSupportBundle(const QString &path, const SimHostState &state, const QDateTime &now,
                           QString *error)
{
    const SimulatedVm vm(state, now);
    QList<Entry> entries;
    entries << Entry{"eflowlogs-summary.txt",
                     QStringLiteral("EFLOW Wizard demo support bundle\nCollected: %1\nVM: %2\nEFLOW: %3\n")
                         .arg(now.toUTC().toString(Qt::ISODate), state.vmName, state.eflowVersion)
                         .toUtf8()};
    if (state.vmExists) {
        int exitCode = 0;
        entries << Entry{"Get-EflowVm.json", vm.getEflowVmJson().toUtf8()};
        entries << Entry{"iotedge-check.json", vm.checkJson(&exitCode).toUtf8()};
        entries << Entry{"iotedge-journal.txt", vm.journal(1000).toUtf8()};
    }
    support::OwnerOnlySaveFile file(path); // logs and configuration: the owner's only, as a real copy
    if (!file.open(QIODevice::WriteOnly) || file.write(storedZip(entries)) < 0 || !file.commit()) {
        if (error)
            *error = SimSupportBundleTr::tr("%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace eflow::sim
