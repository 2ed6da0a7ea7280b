#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace eflow::ui {

// Shown on the Deployment page before anything runs when the target already has an EFLOW VM whose
// settings differ from the plan: Deploy-Eflow would keep that VM as it is, so the technician chooses
// first. "Keep it" deploys on (the VM stays as it is); "Remove it and deploy again" asks once more,
// because it deletes the VM, and then deploys with the new settings.
class ExistingVmNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExistingVmNotice)

public:
    explicit ExistingVmNotice(QWidget *parent = nullptr);

    // vmName: the existing VM; differences: one sentence each (jobs::existingVmDifferences).
    void showFor(const QString &vmName, const QStringList &differences);
    void dismiss();
    QString text() const;

signals:
    void keepChosen();
    // Emitted only after the user confirmed the removal.
    void replaceChosen();

private:
    void confirmReplace();

    QString m_vmName;
    QLabel *m_text = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_replace = nullptr;
};

} // namespace eflow::ui
