// eflow-screenshots OUTPUT_DIR — renders the wizard (demo mode) page by page into PNG files for the
// documentation. Needs a real windowing system so that fonts and styles match what users see; run it
// under Xvfb through take-screenshots.sh rather than on the offscreen platform.

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QTextStream>

#include "engine/sim/SimScenario.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardWindow.h"

using namespace Qt::StringLiterals;

namespace {

bool save(QWidget &window, const QDir &dir, const QString &name, QTextStream &err)
{
    // Give the layouts and any deferred repaints a moment, as a user's eye would.
    QTest::qWait(300);
    const QString path = dir.filePath(name);
    if (!window.grab().save(path)) {
        err << "eflow-screenshots: could not write " << path << '\n';
        return false;
    }
    err << "wrote " << path << '\n';
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        err << "usage: eflow-screenshots OUTPUT_DIR\n";
        return 2;
    }
    QDir dir(args.at(1));
    if (!dir.mkpath(u"."_s)) {
        err << "eflow-screenshots: cannot create " << args.at(1) << '\n';
        return 2;
    }

    eflow::plan::PlanModel plan;
    // As `eflow-wizard --demo` shows it: the default demo host in the banner.
    const QString host = eflow::sim::simScenario(eflow::sim::defaultSimScenarioId())->title;
    eflow::ui::WizardWindow wizard(&plan, eflow::ui::WizardOptions::forDemo(true, host));
    wizard.resize(wizard.minimumSize());
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard)) {
        err << "eflow-screenshots: the window was never shown (is there a display?)\n";
        return 1;
    }

    if (!save(wizard, dir, u"01-getting-started.png"_s, err))
        return 1;

    wizard.button(QWizard::NextButton)->click();
    if (wizard.currentId() != eflow::ui::WizardWindow::LicensePageId) {
        err << "eflow-screenshots: Next did not lead to the License page\n";
        return 1;
    }
    if (!save(wizard, dir, u"02-license.png"_s, err))
        return 1;

    auto *accept = wizard.currentPage()->findChild<QCheckBox *>(u"acceptLicenseCheckBox"_s);
    if (!accept) {
        err << "eflow-screenshots: no acceptance check box on the License page\n";
        return 1;
    }
    accept->click();
    if (!save(wizard, dir, u"02-license-accepted.png"_s, err))
        return 1;
    return 0;
}
