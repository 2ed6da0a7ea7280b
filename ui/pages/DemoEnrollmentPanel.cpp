#include "ui/pages/DemoEnrollmentPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include "engine/crypto/SecureBytes.h"
#include "ui/WizardController.h"
#include "ui/pages/ConnectPage.h"
#include "ui/pages/ProvisioningFields.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

DemoEnrollmentPanel::DemoEnrollmentPanel(WizardController *controller, QWidget *parent)
    : QGroupBox(ConnectPage::tr("Demo enrollment (local DPS)"), parent)
    , m_controller(controller)
{
    setObjectName(u"demoEnrollmentBox"_s);
    auto *form = newProvisioningForm(this);
    m_demoScope = new QLabel(this);
    m_demoScope->setObjectName(u"demoScopeLabel"_s);
    m_demoScope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(ConnectPage::tr("ID scope:"), m_demoScope);

    m_demoIndividualKey = new QLineEdit(this);
    m_demoIndividualKey->setObjectName(u"demoIndividualKeyEdit"_s);
    m_demoIndividualKey->setAccessibleName(ConnectPage::tr("Demo individual enrollment key"));
    auto *showInd = new QToolButton(this);
    showInd->setObjectName(u"showDemoIndividualKeyButton"_s);
    showInd->setAccessibleName(ConnectPage::tr("Show the demo individual enrollment key"));
    auto *copyInd = new QPushButton(this);
    copyInd->setObjectName(u"copyDemoIndividualKeyButton"_s);
    copyInd->setAccessibleName(ConnectPage::tr("Copy the demo individual enrollment key"));
    auto *indLabel = new QLabel(ConnectPage::tr("Individual key (demo-device):"), this);
    indLabel->setBuddy(m_demoIndividualKey);
    // The demo keys are public (the local DPS's own), so the display may be their source for Copy.
    form->addRow(indLabel, maskedKeyRow(this, m_demoIndividualKey, showInd, copyInd,
                                        [edit = m_demoIndividualKey] { return edit->text(); }));

    m_demoGroupKey = new QLineEdit(this);
    m_demoGroupKey->setObjectName(u"demoGroupKeyEdit"_s);
    m_demoGroupKey->setAccessibleName(ConnectPage::tr("Demo enrollment group key"));
    auto *showGroup = new QToolButton(this);
    showGroup->setObjectName(u"showDemoGroupKeyButton"_s);
    showGroup->setAccessibleName(ConnectPage::tr("Show the demo enrollment group key"));
    auto *copyGroup = new QPushButton(this);
    copyGroup->setObjectName(u"copyDemoGroupKeyButton"_s);
    copyGroup->setAccessibleName(ConnectPage::tr("Copy the demo enrollment group key"));
    auto *groupLabel = new QLabel(ConnectPage::tr("Group key (demo-group):"), this);
    groupLabel->setBuddy(m_demoGroupKey);
    form->addRow(groupLabel, maskedKeyRow(this, m_demoGroupKey, showGroup, copyGroup,
                                          [edit = m_demoGroupKey] { return edit->text(); }));

    m_useDemo = new QPushButton(ConnectPage::tr("&Use the demo enrollment"), this);
    m_useDemo->setObjectName(u"useDemoEnrollmentButton"_s);
    m_useDemo->setAccessibleName(ConnectPage::tr("Use the demo enrollment"));
    form->addRow(m_useDemo);
    connect(m_useDemo, &QPushButton::clicked, this, &DemoEnrollmentPanel::useDemoRequested);
}

void DemoEnrollmentPanel::refresh()
{
    const bool demo = m_controller->isDemo();
    setVisible(demo);
    if (!demo) {
        m_demoIndividualKey->clear();
        m_demoGroupKey->clear();
        return;
    }
    m_demoScope->setText(m_controller->demoIdScope());
    // The demo keys are the local DPS's own, shown on purpose (design.md: demo mode shows them).
    crypto::SecureBytes individual = m_controller->demoIndividualKey();
    crypto::SecureBytes group = m_controller->demoGroupKey();
    m_demoIndividualKey->setText(QString::fromLatin1(individual.view()));
    m_demoGroupKey->setText(QString::fromLatin1(group.view()));
}

} // namespace eflow::ui
