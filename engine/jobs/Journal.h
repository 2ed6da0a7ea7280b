#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "engine/jobs/JournalEntry.h"
#include "engine/jobs/PipelineResult.h"
#include "engine/jobs/StepState.h"

namespace eflow::jobs {

class Pipeline;

// ---- issue 14 item 6: a journal file that is not a readable entry ----
// Damaged (not JSON, not an entry of the format this version writes): moved aside to
// "<file>.damaged-<UTC time>" (movedTo), kept for support and never read again; the job it was for
// starts over, which is safe because every journalled step checks its effect before acting (above).
// Unreadable (the file system refused, or the move failed): left where it is (movedTo empty); it may
// be this host's interrupted job, so a journalled job must not start over past it.
struct JournalProblem
{
    QString file;
    QString error; // in English, for the log and as the detail of the caller's sentence
    QString movedTo;
};

// The resume journal: one JSON file per job in a folder, rewritten atomically (QSaveFile, which
// fsyncs before the rename) on every step transition, so a crash or power loss leaves either the
// previous or the next state on disk, never a torn file.
//
// Semantics, which step bodies must be written for:
//  - A step is journalled "running" BEFORE its body starts and "done" AFTER it succeeds.
//  - On resume, steps journalled done or skipped are not run again. A step journalled running (the
//    process died during it) runs again from its start.
//  - Hence each step runs to completion at least once, and a completed step is never repeated; a
//    step's side effect happens exactly once only if the step body is idempotent: it must check
//    whether its effect is already in place (MSI already installed, VM already deployed, line
//    already in the file) before acting. The journal cannot make a non-idempotent effect
//    exactly-once, because the process can die between the effect and the "done" write.
//
// The plan snapshot must not hold secrets (that is the caller's job); as a second line of defence,
// keys that look like secrets (key, secret, password, connectionString, sas, token) are removed
// before anything is written.
class Journal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Journal)

public:
    // Uses defaultDirectory().
    explicit Journal(QObject *parent = nullptr);
    explicit Journal(const QString &directory, QObject *parent = nullptr);
    ~Journal() override;

    // QStandardPaths::AppDataLocation + "/journal".
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // True for object keys that name a secret, case- and punctuation-insensitively.
    static bool isSecretKeyName(const QString &key);
    // Returns plan without secret-looking keys (recursively); removedPaths gets e.g. "dps.symmetricKey".
    static QJsonObject stripSecrets(const QJsonObject &plan, QStringList *removedPaths = nullptr);

    // Writes a new entry for a job of `kind` with the given step ids, all pending. Returns the new
    // job id, or empty when the file could not be written (see lastError()).
    QString begin(const QString &kind, const QJsonObject &plan, const QStringList &stepIds);
    // An invalid entry when there is none or it cannot be read.
    JournalEntry load(const QString &jobId) const;
    // Interrupted jobs (neither finished nor abandoned), oldest first.
    QList<JournalEntry> pendingJobs() const;
    // Moves every damaged entry in the folder aside and lists it, with the entries that cannot be read
    // (see JournalProblem). An entry of a newer format is neither: it is left alone, unlisted.
    QList<JournalProblem> setAsideDamaged();

    bool recordStep(const QString &jobId, const QString &stepId, StepState state);
    // Remembers why the last run stopped (failed/cancelled); the entry stays pending.
    bool recordResult(const QString &jobId, const PipelineResult &result);
    // The job is complete: its entry is removed.
    bool finish(const QString &jobId);
    // The user does not want to resume it: kept, but no longer pending.
    bool abandon(const QString &jobId);
    // Removes an entry whatever its state.
    bool remove(const QString &jobId);

    // Writes every step transition of `pipeline` to the entry `jobId`; finish() on success,
    // recordResult() on failure or cancel. The connection ends when either object is destroyed.
    void attach(Pipeline *pipeline, const QString &jobId);
    // Before start(): marks the steps the entry records as completed, so the pipeline resumes after
    // them. Returns false (and changes nothing) when the pipeline's step ids differ from the
    // entry's: the job definition changed, resuming it would be a guess.
    static bool restore(Pipeline &pipeline, const JournalEntry &entry);

    // The last I/O or parse error, in English for the log (empty when none).
    QString lastError() const { return m_lastError; }

signals:
    // A journal file could not be written: the job can still run, but may not be resumable. The UI
    // should say so rather than let a technician trust a resume that will not come.
    void writeFailed(const QString &error);

private:
    enum class ReadResult
    {
        Ok,
        Missing,
        Unreadable,
        Damaged,
        NewerFormat,
    };
    ReadResult read(const QString &path, const QString &jobId, JournalEntry *entry) const;
    QString pathFor(const QString &jobId) const;
    bool write(JournalEntry entry);
    bool writeFile(JournalEntry &entry);
    bool setError(const QString &error) const;

    QString m_directory;
    mutable QString m_lastError;
};

} // namespace eflow::jobs
