#pragma once

#include <QCoreApplication>

namespace eflow::dps {

// Translation context for the DPS sentences built outside a QObject (style.md §8).
struct DpsTr
{
    Q_DECLARE_TR_FUNCTIONS(Dps)
};

} // namespace eflow::dps
