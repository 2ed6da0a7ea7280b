#include "engine/host/HostOperation.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include "engine/support/Logging.h"

namespace eflow::host {

namespace {
struct HostOperationTr
{
    Q_DECLARE_TR_FUNCTIONS(HostOperation)
};
} // namespace

HostOperation::HostOperation(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HostOperation::onTimeout);
}

HostOperation::~HostOperation()
{
    // A caller that drops a running operation stops its work; nobody is left to hear finished().
    if (!m_finished && m_abort) {
        auto abort = std::move(m_abort);
        m_finished = true;
        abort();
    }
}

void HostOperation::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    if (m_finished)
        return;
    if (milliseconds > 0)
        m_timer.start(milliseconds);
    else
        m_timer.stop();
}

void HostOperation::cancel()
{
    abortWith(HostOperationResult::Outcome::Cancelled, HostOperationTr::tr("%1 was cancelled.").arg(m_name));
}

void HostOperation::onTimeout()
{
    abortWith(HostOperationResult::Outcome::TimedOut,
              HostOperationTr::tr("%1 did not finish within %2 seconds and was stopped.")
                  .arg(m_name)
                  .arg(m_timeoutMs / 1000));
}

void HostOperation::abortWith(HostOperationResult::Outcome outcome, const QString &error)
{
    if (m_finished)
        return;
    if (m_abort) {
        auto abort = std::move(m_abort);
        abort();
    }
    HostOperationResult result;
    result.outcome = outcome;
    result.error = error;
    finish(std::move(result));
}

void HostOperation::reportLine(const QString &text)
{
    if (m_finished)
        return;
    m_lines.append(text);
    emit line(text);
}

void HostOperation::reportProgress(int percent, const QString &phase)
{
    if (m_finished)
        return;
    emit progress(percent, phase);
}

void HostOperation::succeed(const QJsonObject &data)
{
    HostOperationResult result;
    result.outcome = HostOperationResult::Outcome::Ok;
    result.data = data;
    finish(std::move(result));
}

void HostOperation::fail(const QString &error, const QString &output)
{
    HostOperationResult result;
    result.outcome = HostOperationResult::Outcome::Failed;
    result.error = error;
    const QString text =
        output.isEmpty() ? m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + error : output;
    result.explanation = explainEflowError(text);
    finish(std::move(result));
}

void HostOperation::finish(HostOperationResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_abort = nullptr;
    m_result = std::move(result);
    if (!m_result.ok())
        spdlog::info("host operation '{}' ended: {}", m_name, m_result.error);
    emit finished();
}

} // namespace eflow::host
