#pragma once

#include <QString>

#include "engine/host/HostModels.h"

namespace eflow::host {

// Why a parser gave up. line is 1-based in the input text; 0 means "the input as a whole".
struct ParseError
{
    int line = 0;
    QString message; // translated; empty = no error
};

template<typename T>
struct ParseResult
{
    T value;
    ParseError error;

    bool ok() const { return error.message.isEmpty(); }
};

// Parsers for what the wizard reads back from the EFLOW VM (reference/eflow.md §2.3, §5). They take
// the command's stdout as text (CRLF tolerated, as Invoke-EflowVmCommand returns it through
// PowerShell) and never throw or crash: malformed or truncated input yields an error that says what
// was wrong and on which line. These texts are English on every host: they come from the EFLOW VM
// (CBL-Mariner / Azure Linux, not localized; "Up 3 minutes", "active (running)", "System services:"),
// whatever the Windows language. What a Japanese Windows can change is only how its PowerShell decoded
// the VM's non-ASCII glyphs (issue 17), which the parsers tolerate.

// `sudo iotedge list` — either header spelling (CONFIG up to 1.2, Config from 1.3).
ParseResult<ModuleList> parseIotEdgeList(const QString &output);

// `sudo iotedge check --output json`. Checks are grouped into the sections the text form prints,
// using the id table of §5.2; ids outside the table land in "Other checks".
ParseResult<IotEdgeCheckResult> parseIotEdgeCheckJson(const QString &output);

// `sudo iotedge check` text form (√ / ‼ / × markers; markers mangled by a code page are tolerated
// because the result word after " - " decides).
ParseResult<IotEdgeCheckResult> parseIotEdgeCheckText(const QString &output);

// `systemctl status iotedge` (1.1) or `systemctl status aziot-edged` (1.2+).
ParseResult<ServiceStatus> parseSystemctlStatus(const QString &output);

// `sudo iotedge system status` (1.2+).
ParseResult<SystemServicesStatus> parseIotEdgeSystemStatus(const QString &output);

// `Get-EflowVm | ConvertTo-Json` (any -Depth: nested objects flattened by PowerShell into
// "@{Key=Value; …}" strings are read too).
ParseResult<EflowVmStatus> parseGetEflowVmJson(const QString &output);

} // namespace eflow::host
