#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace eflow::support {

// The key path of the first object key that appears twice in the same object of json, e.g.
// "network.switchName" or "gpu.list[2].name"; nothing when every key is unique. QJsonDocument keeps one
// of two equal keys without a word, so a file whose author meant the first value silently gets the
// second: decoders of hand-written files (plans) refuse such a file instead. json must already have
// been parsed without error by QJsonDocument (so it is well-formed and nested at most as deep as Qt
// allows); the scan is one linear pass with no other allocation than the keys of the open objects.
std::optional<QString> findDuplicateJsonKey(const QByteArray &json);

} // namespace eflow::support
