#pragma once

#include <QDialog>
#include <QString>

#include "engine/host/HostOperation.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace eflow::ui {

class WizardController;

// "Collect support bundle": runs Get-EflowLogs on the host (HostBackend::supportBundle), then copies
// the eflowlogs.zip it wrote into a folder the user picks (HostBackend::fetchFile: sftp over ssh, a
// file copy on this computer). Close while it runs cancels the current step.
class SupportBundleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportBundleDialog)

public:
    explicit SupportBundleDialog(WizardController *controller, QWidget *parent = nullptr);
    ~SupportBundleDialog() override;

    void setFolder(const QString &folder);
    QString folder() const;
    // Starts collecting (the Collect button); false when it cannot start (no folder, already running).
    bool collect();
    bool isRunning() const { return !m_step.isEmpty(); }
    // The copy on this computer, once done.
    QString savedPath() const { return m_savedPath; }
    // The name the copy gets: eflowlogs-<host>-<yyyyMMdd-HHmmss>.zip, host reduced to [A-Za-z0-9_.-].
    static QString bundleFileName(const QString &hostDescription, const QDateTime &when);

signals:
    void collected(const QString &localPath);
    void failed(const QString &error);

protected:
    void reject() override;

private:
    void onOperation(const QString &tag, const host::HostOperationResult &result);
    void showState(const QString &text, bool problem);
    void browse();

    WizardController *m_controller = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_collect = nullptr;
    QPushButton *m_close = nullptr;
    QString m_step; // the runner tag that runs, empty when idle
    QString m_savedPath;
};

} // namespace eflow::ui
