#pragma once

#include <QStringList>
#include <QWidget>

#include "engine/host/HostOperation.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace eflow::ui {

class WizardController;

// The overview's logs: the IoT Edge system logs (the journal) or one module's `iotedge logs <module>
// --tail N`, with search and a matching-lines filter. Logs open as `tail` users expect: at the newest
// line (the end vertically) and at the start of the lines (never scrolled sideways).
class OverviewLogsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewLogsView)

public:
    explicit OverviewLogsView(WizardController *controller, QWidget *parent = nullptr);
    ~OverviewLogsView() override;

    // The modules the list shows (names that are not valid module names are left out: they would go
    // into a command line).
    void setModules(const QStringList &modules);
    QStringList modules() const;
    // Fetches the chosen source's tail; a fetch that still runs is not doubled.
    void fetch();
    // The chosen source: empty for the system logs, else the module.
    QString source() const;
    void setSource(const QString &module);

    // For the window's tab order.
    QList<QWidget *> focusChain() const;

private:
    void onSystemLogs(const host::HostOperationResult &result);
    void onOperation(const QString &tag, const host::HostOperationResult &result);
    void showResult(const host::HostOperationResult &result);
    void applyFilter();

    WizardController *m_controller = nullptr;
    QComboBox *m_source = nullptr;
    QSpinBox *m_lines = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_filter = nullptr;
    QPlainTextEdit *m_logs = nullptr;
    QStringList m_logLines;
    QString m_pendingModule;
    bool m_followNewest = false; // the view keeps the newest line in sight until the user scrolls
};

} // namespace eflow::ui
