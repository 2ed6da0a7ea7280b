#include "engine/jobs/Journal.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <spdlog/spdlog.h>

#include "engine/jobs/Pipeline.h"
#include "engine/support/JsonReader.h"
#include "engine/support/Logging.h"
#include "engine/support/OwnerOnlySaveFile.h"

namespace eflow::jobs {

namespace {

bool isValidJobId(const QString &jobId)
{
    // Job ids become file names: never let one walk out of the folder.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(jobId).hasMatch();
}

QJsonValue stripValue(const QJsonValue &value, const QString &path, QStringList *removed);

QJsonObject stripObject(const QJsonObject &object, const QString &path, QStringList *removed)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString childPath = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        if (Journal::isSecretKeyName(it.key())) {
            if (removed)
                removed->append(childPath);
            continue;
        }
        out.insert(it.key(), stripValue(it.value(), childPath, removed));
    }
    return out;
}

QJsonValue stripValue(const QJsonValue &value, const QString &path, QStringList *removed)
{
    if (value.isObject())
        return stripObject(value.toObject(), path, removed);
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (qsizetype i = 0; i < in.size(); ++i)
            out.append(stripValue(in.at(i), path + QStringLiteral("[%1]").arg(i), removed));
        return out;
    }
    return value;
}

} // namespace

Journal::Journal(QObject *parent)
    : Journal(defaultDirectory(), parent)
{}

Journal::Journal(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{}

Journal::~Journal() = default;

QString Journal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal");
}

bool Journal::isSecretKeyName(const QString &key)
{
    // "primaryKey", "primary_key", "SharedAccessKey", "connection-string", "sasToken", "x509Password"…
    // Deliberately broad: losing a harmless field from a resume snapshot costs little, writing a
    // key to disk in clear costs a rotation of the whole enrollment.
    QString folded;
    folded.reserve(key.size());
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
    }
    // The plan's own fields whose names contain such a word but whose values are not secrets: the
    // name a secret is kept under, which kind of key is used, and paths of certificate files on the
    // host. Dropping them would make a resumed job differ from the one that was started.
    static const QLatin1String harmless[] = {
        QLatin1String("secretref"),
        QLatin1String("keysource"),
        QLatin1String("identityprivkeypath"),
    };
    if (std::any_of(std::begin(harmless), std::end(harmless),
                    [&folded](QLatin1String w) { return folded == w; }))
        return false;
    static const QLatin1String words[] = {
        QLatin1String("key"),    QLatin1String("secret"),           QLatin1String("password"),
        QLatin1String("passwd"), QLatin1String("connectionstring"), QLatin1String("sas"),
        QLatin1String("token"),  QLatin1String("credential"),       QLatin1String("privatekey"),
    };
    return std::any_of(std::begin(words), std::end(words),
                       [&folded](QLatin1String w) { return folded.contains(w); });
}

QJsonObject Journal::stripSecrets(const QJsonObject &plan, QStringList *removedPaths)
{
    return stripObject(plan, {}, removedPaths);
}

QString Journal::pathFor(const QString &jobId) const
{
    return m_directory + QLatin1Char('/') + jobId + QStringLiteral(".json");
}

bool Journal::setError(const QString &error) const
{
    m_lastError = error;
    spdlog::warn("Journal: {}", error);
    return false;
}

QString Journal::begin(const QString &kind, const QJsonObject &plan, const QStringList &stepIds)
{
    QStringList removed;
    JournalEntry entry;
    entry.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.kind = kind;
    entry.plan = stripSecrets(plan, &removed);
    if (!removed.isEmpty()) {
        // Names only, never values.
        spdlog::warn("Journal: removed secret-looking fields from the plan snapshot: {}",
                     removed.join(QStringLiteral(", ")));
    }
    entry.status = JournalStatus::Interrupted;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    for (const QString &id : stepIds)
        entry.steps.append(JournalStep{id, StepState::Pending, {}, {}});
    if (!write(entry))
        return {};
    return entry.jobId;
}

Journal::ReadResult Journal::read(const QString &path, const QString &jobId, JournalEntry *entry) const
{
    QFile file(path);
    // Missing is not worth a warning: runners sharing the folder remove their finished entries at any time.
    if (!file.exists()) {
        m_lastError = QStringLiteral("%1 does not exist").arg(path);
        return ReadResult::Missing;
    }
    // A folder, or a file the system will not let us read, is not damaged: it may be a good entry.
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        // Another runner on this folder (a fleet runs many) removed its finished entry in between.
        if (!QFileInfo::exists(path)) {
            m_lastError = QStringLiteral("%1 does not exist").arg(path);
            return ReadResult::Missing;
        }
        setError(
            QStringLiteral("cannot read %1: %2")
                .arg(path, QFileInfo(path).isDir() ? QStringLiteral("it is a folder") : file.errorString()));
        return ReadResult::Unreadable;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        setError(QStringLiteral("%1 is not a journal entry: %2").arg(path, parseError.errorString()));
        return ReadResult::Damaged;
    }
    const QJsonValue version = doc.object().value(QStringLiteral("version"));
    if (version.isDouble() && version.toDouble() > JournalEntry::formatVersion) {
        // A newer version's entry: not ours to judge or to move.
        setError(QStringLiteral("%1 was written in a newer format (%2)")
                     .arg(path, support::jsonValueText(version)));
        return ReadResult::NewerFormat;
    }
    if (!version.isDouble() || version.toDouble() != JournalEntry::formatVersion) {
        setError(
            QStringLiteral("%1: format version %2 is not supported; expected %3")
                .arg(path, support::jsonValueText(version), QString::number(JournalEntry::formatVersion)));
        return ReadResult::Damaged;
    }
    *entry = JournalEntry::fromJson(doc.object());
    if (!entry->isValid() || entry->jobId != jobId) {
        setError(QStringLiteral("%1 is not a journal entry of a known format").arg(path));
        *entry = {};
        return ReadResult::Damaged;
    }
    return ReadResult::Ok;
}

JournalEntry Journal::load(const QString &jobId) const
{
    if (!isValidJobId(jobId)) {
        setError(QStringLiteral("invalid job id"));
        return {};
    }
    JournalEntry entry;
    read(pathFor(jobId), jobId, &entry);
    return entry;
}

QList<JournalProblem> Journal::setAsideDamaged()
{
    QList<JournalProblem> problems;
    const QDir dir(m_directory);
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        JournalEntry entry;
        const ReadResult result = read(path, name.chopped(5), &entry);
        if (result == ReadResult::Unreadable) {
            problems << JournalProblem{path, m_lastError, {}};
        } else if (result == ReadResult::Damaged) {
            const QString error = m_lastError;
            const QString aside =
                path + QStringLiteral(".damaged-") +
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            if (QFile::rename(path, aside)) {
                spdlog::warn("Journal: {}; moved aside to {}", error, aside);
                problems << JournalProblem{path, error, aside};
            } else {
                setError(QStringLiteral("%1; it could not be moved aside").arg(error));
                problems << JournalProblem{path, m_lastError, {}};
            }
        }
    }
    return problems;
}

QList<JournalEntry> Journal::pendingJobs() const
{
    QList<JournalEntry> out;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        const JournalEntry entry = load(name.chopped(5));
        if (entry.isValid() && entry.status == JournalStatus::Interrupted)
            out.append(entry);
    }
    std::sort(out.begin(), out.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.createdAt < b.createdAt; });
    return out;
}

bool Journal::write(JournalEntry entry)
{
    if (!writeFile(entry)) {
        emit writeFailed(m_lastError);
        return false;
    }
    return true;
}

bool Journal::writeFile(JournalEntry &entry)
{
    if (!isValidJobId(entry.jobId))
        return setError(QStringLiteral("invalid job id"));
    // The entries name the device (registration ID, hub) the keys in the keychain belong to: owner only.
    QString folderError;
    if (!support::OwnerOnlySaveFile::makeOwnerOnlyFolder(m_directory, &folderError))
        return setError(folderError);
    // Also here, so that an entry edited by hand or loaded from an older version cannot carry one.
    entry.plan = stripSecrets(entry.plan);
    entry.updatedAt = QDateTime::currentDateTimeUtc();
    support::OwnerOnlySaveFile file(pathFor(entry.jobId));
    if (!file.open(QIODevice::WriteOnly))
        return setError(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented));
    // commit() flushes and fsyncs the temporary file before renaming it over the old one.
    if (!file.commit())
        return setError(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    m_lastError.clear();
    return true;
}

bool Journal::recordStep(const QString &jobId, const QString &stepId, StepState state)
{
    JournalEntry entry = load(jobId);
    if (!entry.isValid())
        return false;
    const int index = entry.indexOf(stepId);
    if (index < 0)
        return setError(QStringLiteral("job %1 has no step %2").arg(jobId, stepId));
    JournalStep &step = entry.steps[index];
    step.state = state;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (state) {
    case StepState::Running:
        step.startedAt = now;
        step.finishedAt = {};
        break;
    case StepState::Pending:
    case StepState::Unknown:
        step.finishedAt = {};
        break;
    case StepState::Done:
    case StepState::Failed:
    case StepState::Skipped:
    case StepState::Cancelled:
        step.finishedAt = now;
        break;
    }
    return write(entry);
}

bool Journal::recordResult(const QString &jobId, const PipelineResult &result)
{
    JournalEntry entry = load(jobId);
    if (!entry.isValid())
        return false;
    entry.lastError = result.message;
    return write(entry);
}

bool Journal::finish(const QString &jobId)
{
    return remove(jobId);
}

bool Journal::abandon(const QString &jobId)
{
    JournalEntry entry = load(jobId);
    if (!entry.isValid())
        return false;
    entry.status = JournalStatus::Abandoned;
    return write(entry);
}

bool Journal::remove(const QString &jobId)
{
    if (!isValidJobId(jobId))
        return setError(QStringLiteral("invalid job id"));
    QFile file(pathFor(jobId));
    if (!file.exists())
        return true;
    if (!file.remove())
        return setError(QStringLiteral("cannot remove %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}

void Journal::attach(Pipeline *pipeline, const QString &jobId)
{
    // Direct connections: the transition is on disk before the pipeline moves on, in particular
    // "running" is written before the step's body starts.
    connect(pipeline, &Pipeline::stepStateChanged, this, [this, pipeline, jobId](int index, StepState state) {
        recordStep(jobId, pipeline->step(index).id, state);
    });
    connect(pipeline, &Pipeline::finished, this, [this, jobId](const PipelineResult &result) {
        if (result.outcome == PipelineOutcome::Succeeded)
            finish(jobId);
        else
            recordResult(jobId, result);
    });
}

bool Journal::restore(Pipeline &pipeline, const JournalEntry &entry)
{
    if (pipeline.isRunning() || pipeline.stepCount() != entry.steps.size())
        return false;
    for (int i = 0; i < pipeline.stepCount(); ++i) {
        if (pipeline.step(i).id != entry.steps.at(i).id)
            return false;
    }
    for (const JournalStep &s : entry.steps) {
        if (isCompleted(s.state))
            pipeline.markCompleted(s.id, s.state);
    }
    return true;
}

} // namespace eflow::jobs
