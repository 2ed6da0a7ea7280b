#pragma once

#include <optional>

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace eflow::crypto {

// A parsed "Key=Value;Key=Value" connection string (IoT Hub device or DPS service). Keys are
// matched case-insensitively, as the Azure SDKs do; values keep their '=' padding.
class ConnectionString final
{
public:
    struct ParseError
    {
        enum class Kind
        {
            Unknown = 0,
            Empty,
            MissingEquals, // a segment without '='
            EmptyKey,      // "=value"
            DuplicateKey,
        };
        Kind kind = Kind::Unknown;
        int segment = 0; // 1-based
        QString key;
    };

    static std::optional<ConnectionString> parse(QStringView text, ParseError *error = nullptr);

    bool contains(QStringView key) const;
    QString value(QStringView key) const;
    // Keys as written, in order.
    QStringList keys() const;

    QString hostName() const { return value(u"HostName"); }
    QString deviceId() const { return value(u"DeviceId"); }
    QString sharedAccessKeyName() const { return value(u"SharedAccessKeyName"); }
    QString sharedAccessKey() const { return value(u"SharedAccessKey"); }

private:
    QList<QPair<QString, QString>> m_pairs;
};

} // namespace eflow::crypto
