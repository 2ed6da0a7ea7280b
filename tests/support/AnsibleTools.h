#pragma once

// What the fleet export's tests need from outside: Ansible (Debian's `ansible` package, which bundles the
// ansible.windows collection) and PowerShell 7 with the mocks; where each is required and where a missing
// one is a visible skip; a run of an Ansible command in a clean environment. Header-only: each test is its
// own executable.
//
// Required means a missing tool FAILS the test: Ansible wherever dpkg-query is on PATH (a Debian machine,
// where packaging/install-deps.sh installs it), pwsh wherever dotnet is on PATH (where install-deps.sh
// installs it, the rule of tests/powershell/CMakeLists.txt). EFLOW_REQUIRE_ANSIBLE=0/1 overrides the first.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QtTest>

#include "tests/support/CliRunner.h"

namespace eflow::testsupport {

inline QString ansibleTool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

inline bool ansibleRequired()
{
    const QString forced = qEnvironmentVariable("EFLOW_REQUIRE_ANSIBLE");
    if (!forced.isEmpty())
        return forced == QLatin1String("1");
    return !QStandardPaths::findExecutable(QStringLiteral("dpkg-query")).isEmpty();
}

// pwsh as the PowerShell tests find it: EFLOW_PWSH, PATH, then the .NET global tools folder.
inline QString pwshForTests()
{
    const QString named = qEnvironmentVariable("EFLOW_PWSH");
    if (!named.isEmpty() && QFileInfo(named).isExecutable())
        return named;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pwsh"));
    if (!onPath.isEmpty())
        return onPath;
    const QString tool = QDir::homePath() + QStringLiteral("/.dotnet/tools/pwsh");
    return QFileInfo(tool).isExecutable() ? tool : QString();
}

inline bool pwshRequired()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dotnet")).isEmpty();
}

// The environment for Ansible commands: the clean one of CliRunner (HOME in folder, so ~/.ansible lands
// there), no colours, and an empty configuration file, so that no ansible.cfg of the machine or the
// current folder changes what is tested.
inline QProcessEnvironment ansibleEnvironment(const QString &folder)
{
    QProcessEnvironment env = cleanEnvironment(folder);
    const QString config = folder + QStringLiteral("/ansible.cfg");
    if (!QFileInfo::exists(config))
        writeInputFile(config, QByteArray());
    env.insert(QStringLiteral("ANSIBLE_CONFIG"), config);
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("ANSIBLE_FORCE_COLOR"), QStringLiteral("0"));
    env.insert(QStringLiteral("ANSIBLE_LOCALHOST_WARNING"), QStringLiteral("False"));
    env.insert(QStringLiteral("ANSIBLE_INVENTORY_UNPARSED_WARNING"), QStringLiteral("False"));
    env.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("False"));
    // The stand-in plugins and the exported filter plugin live in the source tree: no __pycache__ there.
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("POWERSHELL_TELEMETRY_OPTOUT"), QStringLiteral("1"));
    env.insert(QStringLiteral("POWERSHELL_UPDATECHECK"), QStringLiteral("Off"));
    return env;
}

} // namespace eflow::testsupport

// In a test function that needs Ansible: fails where it is required (install-deps.sh installs it), else
// skips with what to install.
#define EFLOW_REQUIRE_ANSIBLE()                                                                              \
    do {                                                                                                     \
        if (eflow::testsupport::ansibleTool(QStringLiteral("ansible-playbook")).isEmpty()) {                 \
            if (eflow::testsupport::ansibleRequired())                                                       \
                QFAIL(                                                                                       \
                    "ansible-playbook is not installed: run packaging/install-deps.sh (Debian's ansible)");  \
            QSKIP("ansible-playbook is not installed (not a Debian machine): install Ansible with the "      \
                  "ansible.windows collection to run this test");                                            \
        }                                                                                                    \
    } while (false)

// In a test function that needs pwsh and the mocks: fails where dotnet exists, else skips visibly.
#define EFLOW_REQUIRE_PWSH(var)                                                                              \
    do {                                                                                                     \
        var = eflow::testsupport::pwshForTests();                                                            \
        if (var.isEmpty()) {                                                                                 \
            if (eflow::testsupport::pwshRequired())                                                          \
                QFAIL("pwsh is not installed although dotnet is: run packaging/install-deps.sh");            \
            QSKIP("pwsh is not installed (no .NET SDK): install it, then run packaging/install-deps.sh");    \
        }                                                                                                    \
    } while (false)
