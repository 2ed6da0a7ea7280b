#include "ui/proxy/ProxySection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "engine/dps/DpsProxy.h"
#include "ui/proxy/ProxyDialog.h"
#include "ui/widgets/BuddyRow.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/ProblemLabel.h"

using namespace Qt::StringLiterals;
using eflow::plan::EdgeProxySettings;
using eflow::plan::Field;

namespace eflow::ui {

namespace {

QString protocolText(const QString &protocol)
{
    if (protocol == u"AmqpWs")
        return ProxySection::tr("AMQP over WebSockets (AmqpWs, port 443; recommended with a proxy)");
    if (protocol == u"MqttWs")
        return ProxySection::tr("MQTT over WebSockets (MqttWs, port 443)");
    if (protocol == u"Amqp")
        return ProxySection::tr("AMQP (Amqp, port 5671; the proxy must pass it)");
    return ProxySection::tr("MQTT (Mqtt, port 8883; the proxy must pass it)");
}

} // namespace

ProxySection::ProxySection(support::SecretStore *store, QWidget *parent)
    : QGroupBox(tr("Proxy"), parent)
    , m_store(store)
{
    setObjectName(u"proxySection"_s);
    m_use = new QCheckBox(tr("IoT Edge in the virtual machine reaches Azure through a pro&xy server"), this);
    m_use->setObjectName(u"edgeProxyUse"_s);
    m_use->setAccessibleName(tr("IoT Edge proxy server"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"edgeProxyUrl"_s);
    m_url->setPlaceholderText(u"http://proxy.contoso.com:3128"_s);
    m_url->setAccessibleName(tr("IoT Edge proxy address"));
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(u"edgeUpstreamProtocol"_s);
    m_protocol->setAccessibleName(tr("Upstream protocol"));
    for (const QString &p : plan::edgeUpstreamProtocols())
        m_protocol->addItem(protocolText(p), p);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addBuddyRow(form, tr("Prox&y address:"), m_url);
    addBuddyRow(form, tr("Upstream protocol:"), m_protocol);
    auto *note = makeNoteLabel(this);
    note->setText(
        tr("Set after provisioning, as Microsoft describes for IoT Edge behind a proxy: https_proxy for "
           "the container engine, aziot-identityd, aziot-edged and edgeAgent, and edgeAgent's upstream "
           "protocol."));
    m_problems = makeProblemLabel(u"edgeProxyProblems"_s, tr("Proxy problems"), this);

    m_computer = makeNoteLabel(this);
    m_computer->setObjectName(u"computerProxy"_s);
    m_computerButton = new QPushButton(tr("This computer's proxy…"), this);
    m_computerButton->setObjectName(u"computerProxyButton"_s);
    m_computerButton->setAccessibleName(tr("This computer's proxy"));
    auto *computerRow = new QHBoxLayout;
    computerRow->addWidget(m_computer, 1);
    computerRow->addWidget(m_computerButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_use);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addLayout(computerRow);

    connect(m_use, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        if (!m_syncing)
            emit edited();
    });
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        if (!m_syncing)
            emit edited();
    });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            emit edited();
    });
    connect(m_computerButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new ProxyDialog(m_store, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &QDialog::finished, this, &ProxySection::showComputerProxy);
        dialog->open();
    });
    showComputerProxy();
    updateEnabled();
}

void ProxySection::showSettings(const EdgeProxySettings &proxy)
{
    m_syncing = true;
    m_use->setChecked(proxy.isSet());
    m_url->setText(proxy.url);
    const int index = m_protocol->findData(plan::effectiveUpstreamProtocol(proxy));
    m_protocol->setCurrentIndex(index < 0 ? 0 : index);
    m_syncing = false;
    updateEnabled();
}

EdgeProxySettings ProxySection::settings() const
{
    EdgeProxySettings proxy;
    if (!m_use->isChecked())
        return proxy;
    proxy.url = m_url->text().trimmed();
    proxy.upstreamProtocol = m_protocol->currentData().toString();
    if (proxy.url.isEmpty()) // ticked with nothing typed: the plan's check names the missing address
        proxy.url = u" "_s;
    return proxy;
}

void ProxySection::showProblems(const plan::Problems &problems)
{
    ui::showProblems(m_problems, problems);
    QStringList url;
    QStringList protocol;
    for (const auto &p : problems)
        (p.field == Field::EdgeUpstreamProtocol ? protocol : url) << p.message;
    m_url->setAccessibleDescription(url.join(u' '));
    m_protocol->setAccessibleDescription(protocol.join(u' '));
}

QWidget *ProxySection::widgetFor(Field field) const
{
    if (field == Field::EdgeProxyUrl)
        return m_url;
    if (field == Field::EdgeUpstreamProtocol)
        return m_protocol;
    return nullptr;
}

QList<QWidget *> ProxySection::tabStops() const
{
    return {m_use, m_url, m_protocol, m_computerButton};
}

void ProxySection::updateEnabled()
{
    m_url->setEnabled(m_use->isChecked());
    m_protocol->setEnabled(m_use->isChecked());
}

void ProxySection::showComputerProxy()
{
    m_computer->setText(tr("%1. It carries the wizard's own connections to DPS.")
                            .arg(ProxyDialog::summary(dps::proxyChoice())));
}

} // namespace eflow::ui
