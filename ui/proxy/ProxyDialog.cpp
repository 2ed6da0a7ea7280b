#include "ui/proxy/ProxyDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClientOptions.h"
#include "engine/dps/DpsProxySettings.h"
#include "engine/support/AppSettings.h"
#include "engine/support/SecretStore.h"
#include "ui/widgets/BuddyRow.h"
#include "ui/widgets/NoteLabel.h"

using namespace Qt::StringLiterals;
using eflow::dps::ProxyChoice;

namespace eflow::ui {

namespace {

QString systemProxyText()
{
    const QNetworkProxy proxy = dps::systemProxyFor(dps::globalDpsEndpoint());
    if (proxy.type() == QNetworkProxy::NoProxy)
        return ProxyDialog::tr(
            "The system sets no proxy for Azure's DPS address, so the wizard connects directly.");
    return ProxyDialog::tr("The system's proxy for Azure's DPS address is %1:%2.")
        .arg(proxy.hostName())
        .arg(proxy.port());
}

} // namespace

ProxyDialog::ProxyDialog(support::SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("This computer's proxy"));
    setObjectName(u"proxyDialog"_s);
    auto *intro = makeNoteLabel(this);
    intro->setText(
        tr("How the wizard itself reaches Azure from this computer: the DPS check on the Connect page, "
           "the registration check at the end, and the Enrollments window. The IoT Edge device's own "
           "proxy is set on the Settings page."));

    m_system = new QRadioButton(tr("Use the &system's proxy"), this);
    m_system->setObjectName(u"proxySystem"_s);
    m_system->setAccessibleName(tr("System proxy"));
    m_direct = new QRadioButton(tr("&No proxy: connect directly"), this);
    m_direct->setObjectName(u"proxyDirect"_s);
    m_direct->setAccessibleName(tr("No proxy"));
    m_manual = new QRadioButton(tr("&Use this HTTP proxy:"), this);
    m_manual->setObjectName(u"proxyManual"_s);
    m_manual->setAccessibleName(tr("This HTTP proxy"));
    auto *modes = new QButtonGroup(this);
    for (QRadioButton *b : {m_system, m_direct, m_manual})
        modes->addButton(b);
    m_systemNote = makeNoteLabel(this);
    m_systemNote->setText(systemProxyText());

    m_address = new QLineEdit(this);
    m_address->setObjectName(u"proxyAddress"_s);
    m_address->setPlaceholderText(u"http://proxy.contoso.com:3128"_s);
    m_address->setAccessibleName(tr("Proxy address"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"proxyUser"_s);
    m_user->setAccessibleName(tr("Proxy user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"proxyPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Proxy password"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addBuddyRow(form, tr("&Address:"), m_address);
    addBuddyRow(form, tr("Us&er (if the proxy asks):"), m_user);
    addBuddyRow(form, tr("&Password:"), m_password);
    auto *passwordNote = makeNoteLabel(this);
    passwordNote->setText(tr("The password is kept in the system keychain, never in the settings or logs."));

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"proxyProblem"_s);
    m_problem->setAccessibleName(tr("Proxy problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProxyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProxyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_system);
    layout->addWidget(m_systemNote);
    layout->addWidget(m_direct);
    layout->addWidget(m_manual);
    layout->addLayout(form);
    layout->addWidget(passwordNote);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The system's proxy is told under its choice, lined up with the choice's text.
    m_systemNote->setContentsMargins(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                                         style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing),
                                     0, 0, 0);
    // Wide enough for a whole proxy address and notes of a few lines: word-wrapped labels alone let the
    // dialog shrink to a narrow column that cuts the address off.
    // (Widths in Latin letters: a CJK font's average character is twice as wide.)
    const QFontMetrics metrics = fontMetrics();
    setMinimumWidth(metrics.horizontalAdvance(QLatin1Char('x')) * 60);
    m_address->setMinimumWidth(metrics.horizontalAdvance(m_address->placeholderText()) +
                               metrics.horizontalAdvance(QLatin1Char('x')) * 6);

    for (QRadioButton *b : {m_system, m_direct, m_manual})
        connect(b, &QRadioButton::toggled, this, &ProxyDialog::updateEnabled);
    connect(m_user, &QLineEdit::textChanged, this, &ProxyDialog::updateEnabled);

    QString problem;
    const ProxyChoice saved = dps::savedProxyChoice(support::AppSettings(), &problem);
    showChoice(saved);
    if (!problem.isEmpty()) {
        showProblem(problem);
    }
}

QString ProxyDialog::summary(const ProxyChoice &choice)
{
    switch (choice.mode) {
    case ProxyChoice::Mode::System:
        return tr("This computer: the system's proxy");
    case ProxyChoice::Mode::Direct:
        return tr("This computer: no proxy");
    case ProxyChoice::Mode::Manual:
        break;
    }
    return tr("This computer: %1").arg(dps::proxyAddressText(choice));
}

void ProxyDialog::showChoice(const ProxyChoice &choice)
{
    m_system->setChecked(choice.mode == ProxyChoice::Mode::System);
    m_direct->setChecked(choice.mode == ProxyChoice::Mode::Direct);
    m_manual->setChecked(choice.mode == ProxyChoice::Mode::Manual);
    if (choice.mode == ProxyChoice::Mode::Manual) {
        ProxyChoice withoutUser = choice;
        withoutUser.user.clear();
        m_address->setText(dps::proxyAddressText(withoutUser));
        m_user->setText(choice.user);
        m_passwordRemembered = !choice.user.isEmpty();
        if (m_passwordRemembered)
            m_password->setPlaceholderText(tr("remembered in the keychain; type to change"));
    }
    updateEnabled();
}

void ProxyDialog::updateEnabled()
{
    const bool manual = m_manual->isChecked();
    m_address->setEnabled(manual);
    m_user->setEnabled(manual);
    m_password->setEnabled(manual && !m_user->text().trimmed().isEmpty());
}

void ProxyDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(true);
    // A window does not grow by itself when a word-wrapped label appears in it: without this the layout
    // squeezes the address fields and cuts the introduction off. What it needs is its height for this width.
    if (QLayout *box = layout(); box && box->hasHeightForWidth()) {
        box->activate();
        if (const int needed = box->totalHeightForWidth(width()); needed > height())
            resize(width(), needed);
    }
}

void ProxyDialog::accept()
{
    ProxyChoice choice;
    if (m_direct->isChecked())
        choice.mode = ProxyChoice::Mode::Direct;
    if (m_manual->isChecked()) {
        QString error;
        const std::optional<ProxyChoice> parsed = dps::parseProxyAddress(m_address->text(), &error);
        const QString user = m_user->text().trimmed();
        if (parsed && !parsed->user.isEmpty() && !user.isEmpty() && parsed->user != user)
            error =
                tr("The address names user %1 and the User field %2: keep only one.").arg(parsed->user, user);
        if (!parsed || !error.isEmpty()) {
            showProblem(error);
            m_address->setFocus();
            return;
        }
        choice = *parsed;
        if (!user.isEmpty())
            choice.user = user;
        if (!choice.user.isEmpty() && m_password->text().isEmpty() && !m_passwordRemembered) {
            showProblem(tr("Type the password of proxy user %1.").arg(choice.user));
            m_password->setFocus();
            return;
        }
    }
    const QString password = m_password->text();
    if (choice.mode != ProxyChoice::Mode::Manual || choice.user.isEmpty() || !m_store) {
        finish(choice, {});
        return;
    }
    if (password.isEmpty()) { // the remembered one stays: read it back for this run
        m_buttons->setEnabled(false);
        m_store->read(dps::proxyPasswordSecretName(), this, [this, choice](support::SecretResult result) {
            ProxyChoice withPassword = choice;
            withPassword.password = QString::fromUtf8(result.value.view());
            finish(withPassword, result.error ? result.error.message : QString());
        });
        return;
    }
    choice.password = password;
    m_buttons->setEnabled(false);
    const QByteArray utf8 = password.toUtf8();
    m_store->store(dps::proxyPasswordSecretName(), crypto::SecureBytes(utf8), this,
                   [this, choice](support::SecretResult result) {
                       finish(choice, result.error ? tr("The password is used for this run only, since the "
                                                        "keychain could not keep it: %1")
                                                         .arg(result.error.message)
                                                   : QString());
                   });
}

void ProxyDialog::finish(const ProxyChoice &choice, const QString &problem)
{
    m_buttons->setEnabled(true);
    support::AppSettings settings;
    if (!dps::saveProxyChoice(settings, choice)) {
        showProblem(tr("The proxy setting could not be saved in %1.").arg(settings.fileName()));
        return;
    }
    dps::setProxyChoice(choice);
    m_password->clear();
    if (!problem.isEmpty()) {
        // Saved and in use; the technician reads why the password is not remembered, then closes.
        showProblem(problem);
        m_passwordRemembered = false;
        m_buttons->button(QDialogButtonBox::Cancel)->setVisible(false);
        disconnect(m_buttons, &QDialogButtonBox::accepted, this, &ProxyDialog::accept);
        connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { QDialog::accept(); });
        return;
    }
    // A password no user needs any more is not kept.
    if (m_passwordRemembered && choice.user.isEmpty() && m_store)
        m_store->forget(dps::proxyPasswordSecretName(), m_store, [](support::SecretResult) {});
    QDialog::accept();
}

} // namespace eflow::ui
