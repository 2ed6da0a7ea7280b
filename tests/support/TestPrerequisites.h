#pragma once

// What a test needs from outside before it can run, checked in initTestCase the same way everywhere:
// the built eflow-wizard, and a private keyring session. Header-only: each test is its own executable.

#include <QFileInfo>
#include <QString>
#include <QtTest>

namespace eflow::testsupport {

// The built eflow-wizard that CTest names in EFLOW_WIZARD_BIN; empty when it is not an executable file.
inline QString wizardBinary()
{
    const QString path = qEnvironmentVariable("EFLOW_WIZARD_BIN");
    return QFileInfo(path).isExecutable() ? path : QString();
}

} // namespace eflow::testsupport

// In initTestCase: sets var to the built eflow-wizard or fails the whole test with why.
#define EFLOW_REQUIRE_WIZARD_BINARY(var)                                                                     \
    do {                                                                                                     \
        var = eflow::testsupport::wizardBinary();                                                            \
        QVERIFY2(!var.isEmpty(), "EFLOW_WIZARD_BIN must name the built eflow-wizard");                       \
    } while (false)

// In initTestCase of a test that writes to the keychain: skips it, visibly, outside the private
// D-Bus + gnome-keyring session that tests/support/with-keyring.sh starts, so that no test ever
// touches the keyring of the person running it.
#define EFLOW_REQUIRE_KEYRING_SESSION()                                                                      \
    do {                                                                                                     \
        if (qEnvironmentVariable("EFLOW_KEYRING_SESSION") != u"1")                                           \
            QSKIP(                                                                                           \
                "needs a private keyring session: run through tests/support/with-keyring.sh (CTest does)");  \
    } while (false)
