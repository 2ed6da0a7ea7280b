#include "engine/host/ProcessTreeJob.h"

#ifdef Q_OS_WIN
#include <windows.h>
#endif

#include <spdlog/spdlog.h>

namespace eflow::host {

// Only the Windows branch does anything; it is not compiled on the Linux machines that build and test
// the project (see docs/windows-host.md, "What only a real Windows host can prove").
#ifdef Q_OS_WIN

ProcessTreeJob::ProcessTreeJob()
{
    HANDLE job = ::CreateJobObjectW(nullptr, nullptr);
    if (!job) {
        spdlog::warn("powershell: CreateJobObject failed ({}); cancel ends powershell.exe only",
                     ::GetLastError());
        return;
    }
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    if (!::SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits)) {
        spdlog::warn("powershell: SetInformationJobObject failed ({})", ::GetLastError());
        ::CloseHandle(job);
        return;
    }
    m_job = job;
}

ProcessTreeJob::~ProcessTreeJob()
{
    if (m_job)
        ::CloseHandle(static_cast<HANDLE>(m_job)); // KILL_ON_JOB_CLOSE ends what is still running
}

bool ProcessTreeJob::adopt(qint64 pid)
{
    if (!m_job || pid <= 0)
        return false;
    HANDLE process = ::OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(pid));
    if (!process) {
        spdlog::warn("powershell: OpenProcess({}) failed ({})", pid, ::GetLastError());
        return false;
    }
    const bool ok = ::AssignProcessToJobObject(static_cast<HANDLE>(m_job), process) != 0;
    if (!ok)
        spdlog::warn("powershell: AssignProcessToJobObject failed ({})", ::GetLastError());
    ::CloseHandle(process);
    return ok;
}

void ProcessTreeJob::killAll()
{
    if (m_job)
        ::TerminateJobObject(static_cast<HANDLE>(m_job), 1);
}

#else

ProcessTreeJob::ProcessTreeJob() = default;
ProcessTreeJob::~ProcessTreeJob() = default;

bool ProcessTreeJob::adopt(qint64)
{
    return false;
}

void ProcessTreeJob::killAll() {}

#endif

} // namespace eflow::host
