#include "engine/host/IotEdgeParsers.h"

#include <QRegularExpression>

#include "engine/host/ParserSupport.h"

// `iotedge list` and the service status outputs; `iotedge check` and Get-EflowVm have files of their own.
namespace eflow::host {

using namespace detail;

ParseResult<ModuleList> parseIotEdgeList(const QString &output)
{
    const QStringList lines = splitLines(output);
    const int headerIndex = firstNonBlank(lines);
    if (headerIndex < 0)
        return failure<ModuleList>(0, ParserTr::tr("The output of 'iotedge list' is empty."));

    // TabWriter pads every cell to the widest one plus two spaces, so columns are separated by at
    // least two spaces (or a tab); descriptions ("Up 2 minutes") only ever contain single spaces.
    static const QRegularExpression separator(QStringLiteral("(?:\\t|[ ]{2,})[ \\t]*"));
    const QStringList header = lines.at(headerIndex).trimmed().split(separator, Qt::SkipEmptyParts);
    const QStringList expected = {QStringLiteral("NAME"), QStringLiteral("STATUS"),
                                  QStringLiteral("DESCRIPTION"), QStringLiteral("CONFIG")};
    bool headerOk = header.size() == expected.size();
    for (int i = 0; headerOk && i < expected.size(); ++i)
        headerOk = header.at(i).compare(expected.at(i), Qt::CaseInsensitive) == 0;
    if (!headerOk) {
        return failure<ModuleList>(
            headerIndex + 1,
            ParserTr::tr("Expected the header 'NAME STATUS DESCRIPTION CONFIG' of 'iotedge list', "
                         "found: %1")
                .arg(lines.at(headerIndex).trimmed()));
    }

    ParseResult<ModuleList> result;
    result.value.configHeader = header.last();
    for (int i = headerIndex + 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(separator, Qt::SkipEmptyParts);
        if (cells.size() != 4) {
            return failure<ModuleList>(
                i + 1,
                ParserTr::tr("A module row of 'iotedge list' has %1 columns instead of 4 (name, status, "
                             "description, image); the output may be cut off: %2")
                    .arg(cells.size())
                    .arg(line));
        }
        IotEdgeModule m;
        m.name = cells.at(0);
        m.statusText = cells.at(1);
        m.status = moduleStatusFromText(m.statusText);
        m.description = cells.at(2);
        m.image = cells.at(3);
        result.value.modules.append(m);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

ParseResult<ServiceStatus> parseSystemctlStatus(const QString &output)
{
    const QStringList lines = splitLines(output);
    int headerIndex = firstNonBlank(lines);
    // systemctl prints a "Warning: … changed on disk" notice first when a unit file was edited.
    while (headerIndex >= 0 && lines.at(headerIndex).trimmed().startsWith(QLatin1String("Warning:")))
        headerIndex = firstNonBlank(lines, headerIndex + 1);
    if (headerIndex < 0)
        return failure<ServiceStatus>(0, ParserTr::tr("The output of 'systemctl status' is empty."));

    // Bullet: ● on a TTY, * without one (#147), ○ / × / ↻ on newer systemd. systemd 248 and later mark
    // a failed unit with ×, or with x where the locale is not UTF-8 (Invoke-EflowVmCommand's shell).
    // Any non-ASCII bullet is taken: PowerShell may have read the VM's UTF-8 in the host's code page
    // (issue 17; CP932 makes ● U+7B33 U+30FB and eats the space after it). Unit names are ASCII.
    static const QRegularExpression headerRe(QStringLiteral(
        "^(?:[^\\x{0}-\\x{7F}]{1,4}\\s*|[*x]\\s+)?([A-Za-z0-9@_:\\\\.-]+?\\.(?:service|socket))"
        "(?:\\s+-\\s+(.*))?$"));
    const auto hm = headerRe.match(lines.at(headerIndex).trimmed());
    if (!hm.hasMatch()) {
        return failure<ServiceStatus>(headerIndex + 1,
                                      ParserTr::tr("'systemctl status' did not describe a unit: %1")
                                          .arg(lines.at(headerIndex).trimmed()));
    }

    ParseResult<ServiceStatus> result;
    ServiceStatus &s = result.value;
    s.unit = hm.captured(1);
    s.description = hm.captured(2).trimmed();

    static const QRegularExpression fieldRe(QStringLiteral("^\\s*([A-Za-z][A-Za-z ]*?):\\s*(.*)$"));
    static const QRegularExpression activeRe(
        QStringLiteral("^(\\S+)(?:\\s+\\((.*?)\\))?(?:\\s+since\\s+([^;]+?)(?:;\\s*(.*))?)?\\s*$"));
    static const QRegularExpression pidRe(QStringLiteral("^(\\d+)(?:\\s+\\((.*)\\))?"));

    bool sawActive = false;
    int i = headerIndex + 1;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty())
            break; // the journal tail follows the first blank line
        const auto fm = fieldRe.match(line);
        if (!fm.hasMatch())
            continue; // CGroup tree continuation lines
        const QString key = fm.captured(1);
        const QString value = fm.captured(2).trimmed();
        if (key == QLatin1String("Loaded")) {
            s.loaded = value;
        } else if (key == QLatin1String("Active")) {
            const auto am = activeRe.match(value);
            if (!am.hasMatch() || value.isEmpty()) {
                return failure<ServiceStatus>(
                    i + 1,
                    ParserTr::tr("The Active: line of 'systemctl status' is not readable: %1").arg(value));
            }
            sawActive = true;
            s.state = serviceStateFromActiveWord(am.captured(1));
            s.subState = am.captured(2);
            s.activeText = am.captured(2).isEmpty()
                               ? am.captured(1)
                               : am.captured(1) + QStringLiteral(" (") + am.captured(2) + QLatin1Char(')');
            s.since = am.captured(3).trimmed();
            s.sinceAgo = am.captured(4).trimmed();
        } else if (key == QLatin1String("Main PID")) {
            const auto pm = pidRe.match(value);
            if (pm.hasMatch()) {
                s.mainPid = pm.captured(1).toLongLong();
                s.mainProcess = pm.captured(2);
            }
        }
    }
    if (!sawActive) {
        return failure<ServiceStatus>(
            int(lines.size()), ParserTr::tr("The output of 'systemctl status %1' has no Active: line; it "
                                            "was cut off.")
                                   .arg(s.unit));
    }
    for (++i; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            s.logLines.append(lines.at(i));
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

ParseResult<SystemServicesStatus> parseIotEdgeSystemStatus(const QString &output)
{
    const QStringList lines = splitLines(output);
    const int headerIndex = firstNonBlank(lines);
    if (headerIndex < 0)
        return failure<SystemServicesStatus>(0,
                                             ParserTr::tr("The output of 'iotedge system status' is empty."));
    if (lines.at(headerIndex).trimmed() != QLatin1String("System services:")) {
        // On 1.1 the CLI has no 'system' subcommand and answers with a usage error (§0).
        return failure<SystemServicesStatus>(
            headerIndex + 1,
            ParserTr::tr("Expected 'System services:' from 'iotedge system status' (IoT Edge 1.2 "
                         "or later), found: %1")
                .arg(lines.at(headerIndex).trimmed()));
    }

    static const QRegularExpression rowRe(QStringLiteral("^\\s+(\\S+)\\s+(\\S.*?)\\s*$"));
    static const QRegularExpression badRe(QStringLiteral("^(\\S+) is in a bad state because:\\s*$"));
    static const QRegularExpression printingRe(
        QStringLiteral("^\\S+: .*: Printing the last \\d+ log lines\\.?$"));

    ParseResult<SystemServicesStatus> result;
    QList<ServiceStatus> &services = result.value.services;
    int i = headerIndex + 1;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty())
            break;
        const auto m = rowRe.match(line);
        if (!m.hasMatch()) {
            return failure<SystemServicesStatus>(
                i + 1,
                ParserTr::tr("A service row of 'iotedge system status' has no state; the output may be cut "
                             "off: %1")
                    .arg(line.trimmed()));
        }
        ServiceStatus s;
        s.unit = m.captured(1) + QStringLiteral(".service");
        s.activeText = m.captured(2);
        const QString word = s.activeText.section(QLatin1Char(' '), 0, 0);
        s.state = serviceStateFromActiveWord(word);
        if (s.state == ServiceState::Failed) {
            const qsizetype dash = s.activeText.indexOf(QLatin1String(" - "));
            s.subState = dash >= 0 ? s.activeText.mid(dash + 3).trimmed() : QString();
        }
        services.append(s);
    }
    if (services.isEmpty()) {
        return failure<SystemServicesStatus>(
            headerIndex + 1,
            ParserTr::tr("'iotedge system status' lists no services; the output was cut off."));
    }

    // Journal tails of the services in a bad state.
    ServiceStatus *current = nullptr;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString t = line.trimmed();
        if (const auto bm = badRe.match(t); bm.hasMatch()) {
            current = nullptr;
            const QString unit = bm.captured(1).endsWith(QLatin1String(".service"))
                                     ? bm.captured(1)
                                     : bm.captured(1) + QStringLiteral(".service");
            for (ServiceStatus &s : services) {
                if (s.unit == unit)
                    current = &s;
            }
            continue;
        }
        if (t.startsWith(QLatin1String("Use 'iotedge"))) {
            current = nullptr;
            continue;
        }
        if (t.isEmpty() || printingRe.match(t).hasMatch())
            continue;
        if (current)
            current->logLines.append(line);
    }
    return result;
}

} // namespace eflow::host
