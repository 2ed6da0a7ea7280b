// The baseline of the start-up benchmark (bench-startup.sh): the barest QWizard program — one page with a
// title and a label — measured with the same StartupProbe as eflow-wizard --bench-first-paint.
#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

#include "app/StartupProbe.h"

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Getting Started"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare QWizard page."), page));
    wizard.addPage(page);
    new eflow::app::StartupProbe(&wizard);
    wizard.show();
    return QApplication::exec();
}
