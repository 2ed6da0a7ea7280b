#include "engine/host/DeployProgress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eflow::host {

namespace {

struct DeployProgressTr
{
    Q_DECLARE_TR_FUNCTIONS(DeployProgress)
};

struct Rule
{
    const char *prefix; // matched case-insensitively at the start of the line (after the timestamp)
    int percent;
    const char *title; // QT_TRANSLATE_NOOP'd
    bool failure;
};

// In the order Deploy-Eflow prints them (§2.1 table, orders 1–9, then failure lines).
constexpr Rule kRules[] = {
    {"Deploying Azure IoT Edge for Linux on Windows", 2,
     QT_TRANSLATE_NOOP("DeployProgress", "Starting the deployment"), false},
    {"Creating configuration", 4, QT_TRANSLATE_NOOP("DeployProgress", "Creating the configuration"), false},
    {"Enabling Microsoft Update", 6, QT_TRANSLATE_NOOP("DeployProgress", "Enabling Microsoft Update"), false},
    {"Step 1: Preparing host", 10, QT_TRANSLATE_NOOP("DeployProgress", "Preparing the host"), false},
    {"Checking host for required features", 14,
     QT_TRANSLATE_NOOP("DeployProgress", "Checking the host for required features"), false},
    {"Verifying whether Hyper-V is enabled", 22,
     QT_TRANSLATE_NOOP("DeployProgress", "Checking that Hyper-V works"), false},
    {"Setting dynamically expanding virtual hard disk", 30,
     QT_TRANSLATE_NOOP("DeployProgress", "Preparing the virtual disk"), false},
    {"Creating storage vhd", 38, QT_TRANSLATE_NOOP("DeployProgress", "Creating the virtual disk"), false},
    {"Creating vnic", 55, QT_TRANSLATE_NOOP("DeployProgress", "Creating the network interface"), false},
    {"Instantiating virtual machine", 62, QT_TRANSLATE_NOOP("DeployProgress", "Creating the virtual machine"),
     false},
    {"Successfully created virtual machine", 75,
     QT_TRANSLATE_NOOP("DeployProgress", "Virtual machine created"), false},
    {"Querying IP and MAC addresses", 80,
     QT_TRANSLATE_NOOP("DeployProgress", "Finding the virtual machine's address"), false},
    {"...successfully connected to the Linux VM", 90,
     QT_TRANSLATE_NOOP("DeployProgress", "Connected to the virtual machine"), false},
    {"Deployment successful", 100, QT_TRANSLATE_NOOP("DeployProgress", "Deployment successful"), false},
    {"Error:", -1, QT_TRANSLATE_NOOP("DeployProgress", "Deployment failed"), true},
    {"Exception caught", -1, QT_TRANSLATE_NOOP("DeployProgress", "Deployment failed"), true},
};

} // namespace

QString stripDeployTimestamp(const QString &line)
{
    // The module prints "[MM/dd/yyyy HH:mm:ss]" on an English Windows (§2.1). Whether it formats the
    // date itself or takes the culture's, a date format's "/" is the culture's date separator, so other
    // Windows print other stamps (issue 17), all taken here: "[12.05.2026 21:05:03]" and
    // "[05.12.2026 21:05:03]" (de-DE), "[2026/12/05 9:05:03]" (ja-JP, its default yyyy/MM/dd H:mm:ss),
    // "[12/5/2026 9:05:03 PM]" (en-US default), "[2026. 12. 5. <AM/PM word> 9:05:03]" (ko-KR), ISO
    // "[2026-12-05 21:05:03]". An AM/PM designator in any script may stand before or after the time.
    static const QRegularExpression stamp(
        QStringLiteral(R"(^\s*\[\d{1,4}[./-] ?\d{1,2}[./-] ?\d{1,4}\.?\s+(?:[^\d\s\[\]]{1,4}\s?)?)"
                       R"(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[^\d\[\]]{1,8})?\]\s?)"));
    QString text = line;
    text.remove(stamp);
    return text;
}

std::optional<DeployPhase> deployPhaseForLine(const QString &line)
{
    const QString text = stripDeployTimestamp(line).trimmed();
    for (const Rule &rule : kRules) {
        if (text.startsWith(QLatin1String(rule.prefix), Qt::CaseInsensitive))
            return DeployPhase{rule.percent, DeployProgressTr::tr(rule.title), rule.failure};
    }
    return std::nullopt;
}

} // namespace eflow::host
