#pragma once

// What every fuzz target shares: the input as bytes, as text (UTF-8, as the engine reads every outside
// text), and a QCoreApplication for the parsers that translate their messages. Header-only: each target is
// its own executable.

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace eflow::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The first byte picks which parser of a target's family reads the rest.
inline uint8_t selector(const uint8_t *&data, size_t &size)
{
    if (size == 0)
        return 0;
    const uint8_t s = data[0];
    ++data;
    --size;
    return s;
}

inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace eflow::fuzz
