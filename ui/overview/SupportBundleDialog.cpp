#include "ui/overview/SupportBundleDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "engine/host/HostBackend.h"
#include "engine/jobs/HostJobRunner.h"
#include "ui/WizardController.h"
#include "ui/widgets/WrappingLabel.h"

namespace eflow::ui {

namespace {

const QString kCollectTag = QStringLiteral("overview.supportBundle");
const QString kCopyTag = QStringLiteral("overview.fetchFile");

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new WrappingLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SupportBundleDialog::SupportBundleDialog(WizardController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("supportBundleDialog"));
    setWindowTitle(tr("Collect support bundle"));
    auto *intro =
        wrapped(tr("Collects the EFLOW logs on the host (Get-EflowLogs: the virtual machine's "
                   "configuration, the IoT Edge logs and iotedge check, the WSSDAgent logs) and copies "
                   "the zip file into a folder on this computer. This can take several minutes."),
                this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("bundleFolderEdit"));
    m_folder->setAccessibleName(tr("Folder for the support bundle"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    auto *folderLabel = new QLabel(tr("Save &to folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("bundleBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the folder"));
    m_status = wrapped(QString(), this);
    m_status->setObjectName(QStringLiteral("bundleStatusLabel"));
    m_status->setAccessibleName(tr("Support bundle status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *buttons = new QDialogButtonBox(this);
    m_collect = buttons->addButton(tr("&Collect"), QDialogButtonBox::AcceptRole);
    m_collect->setObjectName(QStringLiteral("bundleCollectButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("bundleCloseButton"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(folderLabel);
    layout->addLayout(folderRow);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &SupportBundleDialog::browse);
    connect(m_collect, &QPushButton::clicked, this, &SupportBundleDialog::collect);
    connect(m_close, &QPushButton::clicked, this, &SupportBundleDialog::reject);
    connect(m_controller->runner(), &jobs::HostJobRunner::operationFinished, this,
            &SupportBundleDialog::onOperation);
}

SupportBundleDialog::~SupportBundleDialog()
{
    if (!m_step.isEmpty())
        m_controller->runner()->cancelOperation(m_step);
}

void SupportBundleDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString SupportBundleDialog::folder() const
{
    return m_folder->text().trimmed();
}

QString SupportBundleDialog::bundleFileName(const QString &hostDescription, const QDateTime &when)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]+"));
    QString host = QString(hostDescription).replace(unsafe, QStringLiteral("-")).left(40);
    while (host.startsWith(QLatin1Char('-')) || host.startsWith(QLatin1Char('.')))
        host.remove(0, 1);
    if (host.isEmpty())
        host = QStringLiteral("host");
    return QStringLiteral("eflowlogs-%1-%2.zip").arg(host, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

void SupportBundleDialog::browse()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Save the support bundle in"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void SupportBundleDialog::showState(const QString &text, bool problem)
{
    // Not by colour alone: a problem says so in its first word.
    m_status->setText(problem ? tr("Problem: %1").arg(text) : text);
}

bool SupportBundleDialog::collect()
{
    if (isRunning())
        return false;
    if (folder().isEmpty() || !QFileInfo(folder()).isDir()) {
        showState(tr("Choose a folder that exists."), true);
        return false;
    }
    m_savedPath.clear();
    if (!m_controller->runner()->runOperation(kCollectTag,
                                              [](host::HostBackend &b) { return b.supportBundle(); }))
        return false;
    m_step = kCollectTag;
    m_collect->setEnabled(false);
    m_browse->setEnabled(false);
    m_folder->setEnabled(false);
    m_close->setText(tr("Cancel"));
    showState(tr("Collecting the logs on the host (Get-EflowLogs)…"), false);
    return true;
}

void SupportBundleDialog::onOperation(const QString &tag, const host::HostOperationResult &result)
{
    if (tag != m_step)
        return;
    const auto stop = [this](const QString &error) {
        m_step.clear();
        m_collect->setEnabled(true);
        m_browse->setEnabled(true);
        m_folder->setEnabled(true);
        m_close->setText(tr("Close"));
        if (!error.isEmpty()) {
            showState(error, true);
            emit failed(error);
        }
    };
    if (!result.ok()) {
        stop(result.outcome == host::HostOperationResult::Outcome::Cancelled ? tr("Cancelled.")
                                                                             : result.error);
        return;
    }
    if (tag == kCollectTag) {
        const QString remote = result.data.value(QStringLiteral("path")).toString();
        const QString dir = folder();
        const QString name = bundleFileName(m_controller->describe(), QDateTime::currentDateTime());
        m_step = kCopyTag;
        showState(tr("Copying %1 to this computer…").arg(remote), false);
        m_controller->runner()->runOperation(
            kCopyTag, [remote, dir, name](host::HostBackend &b) { return b.fetchFile(remote, dir, name); });
        return;
    }
    m_savedPath = result.data.value(QStringLiteral("localPath")).toString();
    stop({});
    showState(tr("The support bundle is saved as %1.").arg(QDir::toNativeSeparators(m_savedPath)), false);
    emit collected(m_savedPath);
}

void SupportBundleDialog::reject()
{
    if (!m_step.isEmpty()) {
        m_controller->runner()->cancelOperation(m_step);
        return; // the cancelled step ends through onOperation; Close closes then
    }
    QDialog::reject();
}

} // namespace eflow::ui
