#include "ui/pages/GettingStartedPage.h"

#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

#include "ui/WizardWindow.h"
#include "ui/enrollments/EnrollmentsSession.h"
#include "ui/widgets/BulletList.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    // Wrapped: German headings must wrap in a narrow page, not widen it.
    QLabel *label = makeWrappingLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

GettingStartedPage::GettingStartedPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Getting Started"));
    setSubTitle(tr("Review the minimum requirements before you deploy Azure IoT Edge for Linux on Windows."));

    // The content scrolls rather than clips when a large font or a translation makes it taller than
    // the window.
    // The window puts every page in a vertical-only scroll area (WizardWindow::addPage); the page is laid
    // out as if it had all the room.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    layout->addWidget(makeWrappingLabel(
        tr("This wizard deploys Azure IoT Edge for Linux on Windows (EFLOW) on a Windows device and "
           "provisions it through the Azure IoT Hub Device Provisioning Service (DPS)."),
        content));
    layout->addSpacing(4);

    layout->addWidget(heading(tr("The device needs:"), content));
    layout->addWidget(makeBulletList(
        {
            tr("Windows 10 version 1809 (build 17763) or later with the current cumulative updates, "
               "Windows 11, or Windows Server 2019 or 2022"),
            tr("Edition Pro, Enterprise or IoT Enterprise, or Windows Server (Home is not supported)"),
            tr("At least 1 GB of free memory"),
            tr("At least 10 GB of free disk space"),
            tr("Hyper-V enabled; on Windows Server, the Hyper-V role and a virtual switch (Windows Server "
               "has no Default Switch)"),
            tr("Nested virtualization, when the device is itself a virtual machine"),
            tr("Administrator rights on the device: EFLOW is deployed from an elevated session"),
        },
        content));

    layout->addWidget(heading(tr("Have at hand:"), content));
    layout->addWidget(makeBulletList(
        {
            tr("For provisioning through DPS with a symmetric key: the DPS ID scope and the device's "
               "registration ID"),
            tr("The key: the individual enrollment's primary key, or the enrollment group's key from which "
               "the device key is derived"),
            tr("Or, for manual provisioning: the device connection string from IoT Hub"),
        },
        content));
    // Issue 15: the procedure's "create a DPS enrollment" step, inside the product.
    auto *enrollments = new QPushButton(tr("I don't have an &enrollment yet…"), content);
    enrollments->setObjectName(u"noEnrollmentYetButton"_s);
    // Enter on this page means Next (the wizard's default button), also with the focus here; Space opens it.
    enrollments->setAutoDefault(false);
    enrollments->setAccessibleName(tr("I don't have an enrollment yet: open the Enrollments window"));
    enrollments->setToolTip(tr("Create an individual enrollment or an enrollment group in your Device "
                               "Provisioning Service, and use it in the wizard."));
    layout->addWidget(enrollments, 0, Qt::AlignLeft);
    connect(enrollments, &QPushButton::clicked, this, [this] {
        if (auto *window = qobject_cast<WizardWindow *>(wizard()))
            EnrollmentsSession::of(window->controller())->showWindow();
    });
    layout->addStretch(1);

    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(content);
}

} // namespace eflow::ui
