#pragma once

#include <QtGlobal>

namespace eflow::host {

// Windows: a Job object that holds a child process and every process it starts, so that cancel ends the
// whole tree (powershell.exe, ssh.exe, msiexec, the module's own helpers) and closing the job, also when
// the wizard itself dies, ends it too (JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE). Elsewhere it does nothing:
// there the child gets its own process group (setsid) and the group is signalled.
//
// The child is adopted right after it started, so a process it spawns in its first moments could
// escape; powershell.exe loads the CLR before it runs anything, which takes far longer.
class ProcessTreeJob final
{
    Q_DISABLE_COPY_MOVE(ProcessTreeJob)

public:
    ProcessTreeJob();
    ~ProcessTreeJob();

    // Puts the process (and from then on its children) into the job; false when that failed or where
    // there are no Job objects.
    bool adopt(qint64 pid);
    // Ends every process in the job.
    void killAll();

private:
    void *m_job = nullptr; // HANDLE
};

} // namespace eflow::host
