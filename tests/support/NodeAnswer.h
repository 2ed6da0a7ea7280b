#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace eflow::testsupport {

// What a run of tests/conformance/enroll-crosscheck.js answered: its exit code, its last JSON line and its
// standard error. Shared by the cross-checks of the Enrollments window and of `enroll`.
struct NodeAnswer
{
    int exitCode = -1; // -1: it did not finish in time
    QJsonObject json;  // the last JSON line it printed
    QByteArray stdErr;

    // The answer of a process that has finished.
    static NodeAnswer of(QProcess &process)
    {
        NodeAnswer answer;
        answer.exitCode = process.exitCode();
        answer.stdErr = process.readAllStandardError();
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            const QJsonDocument document = QJsonDocument::fromJson(line.trimmed());
            if (document.isObject())
                answer.json = document.object();
        }
        return answer;
    }
};

} // namespace eflow::testsupport
