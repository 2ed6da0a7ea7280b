#include "engine/host/HostFacts.h"

#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

namespace eflow::host {

namespace {

struct HostFactsTr
{
    Q_DECLARE_TR_FUNCTIONS(HostFacts)
};

constexpr int kSchemaVersion = 1;

const QString kDefaultSwitchName = QStringLiteral("Default Switch");

QString vmPowerStateKey(VmPowerState state)
{
    switch (state) {
    case VmPowerState::Running:
        return QStringLiteral("Running");
    case VmPowerState::Off:
        return QStringLiteral("Off");
    case VmPowerState::Unknown:
        break;
    }
    return QString();
}

// Reads one JSON object on behalf of the decoder. The first problem wins and is kept as a sentence
// that names the full key path ("switches[2].kind"), because a probe script on a far-away host is
// only debuggable if the message says exactly which value was wrong.
class Reader final
{
public:
    Reader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    QString pathOf(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    // PowerShell's ConvertTo-Json writes $null for a property it could not read; null therefore means
    // "not reported", exactly like an absent key.
    bool present(const QString &key) const
    {
        const auto it = m_object.constFind(key);
        return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
    }

    bool ok() const { return m_error->isEmpty(); }

    void fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

    void string(const QString &key, QString *out)
    {
        if (!ok() || !present(key))
            return;
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            //: %1 is a JSON key path such as switches[2].kind
            fail(HostFactsTr::tr("%1: expected a string.").arg(pathOf(key)));
            return;
        }
        *out = v.toString();
    }

    void boolean(const QString &key, bool *out)
    {
        if (!ok() || !present(key))
            return;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool()) {
            fail(HostFactsTr::tr("%1: expected true or false.").arg(pathOf(key)));
            return;
        }
        *out = v.toBool();
    }

    void optionalBoolean(const QString &key, std::optional<bool> *out)
    {
        if (!ok() || !present(key))
            return;
        bool value = false;
        boolean(key, &value);
        if (ok())
            *out = value;
    }

    template<typename Int>
    void integer(const QString &key, Int *out)
    {
        if (!ok() || !present(key))
            return;
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            fail(HostFactsTr::tr("%1: expected a number.").arg(pathOf(key)));
            return;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || d < double(std::numeric_limits<Int>::min()) ||
            d > double(std::numeric_limits<Int>::max())) {
            fail(
                HostFactsTr::tr("%1: expected a whole number, got %2.").arg(pathOf(key), QString::number(d)));
            return;
        }
        *out = Int(d);
    }

    // An object member; returns false (without an error) when it is absent.
    bool object(const QString &key, QJsonObject *out)
    {
        if (!ok() || !present(key))
            return false;
        const QJsonValue v = m_object.value(key);
        if (!v.isObject()) {
            fail(HostFactsTr::tr("%1: expected an object.").arg(pathOf(key)));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    bool array(const QString &key, QJsonArray *out)
    {
        if (!ok() || !present(key))
            return false;
        const QJsonValue v = m_object.value(key);
        if (!v.isArray()) {
            fail(HostFactsTr::tr("%1: expected a list.").arg(pathOf(key)));
            return false;
        }
        *out = v.toArray();
        return true;
    }

    // A string that must be one of a closed set of words; empty maps to the Unknown value.
    template<typename Enum>
    void word(const QString &key, Enum *out, Enum (*fromKey)(const QString &), const QStringList &allowed)
    {
        QString text;
        string(key, &text);
        if (!ok() || text.isEmpty())
            return;
        const Enum value = fromKey(text);
        if (value == Enum::Unknown) {
            //: %1 key path, %2 the value found, %3 the list of accepted words
            fail(HostFactsTr::tr("%1: '%2' is not one of %3.")
                     .arg(pathOf(key), text, allowed.join(QStringLiteral(", "))));
            return;
        }
        *out = value;
    }

    // The elements of a list of objects, each with its own Reader and path "key[i]".
    template<typename Fn>
    void eachObject(const QString &key, Fn fn)
    {
        QJsonArray items;
        if (!array(key, &items))
            return;
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i);
            if (!items.at(i).isObject()) {
                fail(HostFactsTr::tr("%1: expected an object.").arg(itemPath));
                return;
            }
            Reader item(items.at(i).toObject(), itemPath, m_error);
            fn(item);
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

VmPowerState vmPowerStateFromKey(const QString &key)
{
    if (key == QLatin1String("Running"))
        return VmPowerState::Running;
    if (key == QLatin1String("Off"))
        return VmPowerState::Off;
    return VmPowerState::Unknown;
}

plan::EflowRelease releaseFromText(const QString &key)
{
    return plan::releaseFromKey(key);
}

void putNumber(QJsonObject &json, const QString &key, qint64 value)
{
    // -1 is the "not reported" marker in memory; on the wire it is an absent key.
    if (value >= 0)
        json.insert(key, double(value));
}

void putFeature(QJsonObject &json, const QString &key, FeatureState state)
{
    if (state != FeatureState::Unknown)
        json.insert(key, featureStateKey(state));
}

void putOptionalBool(QJsonObject &json, const QString &key, const std::optional<bool> &value)
{
    if (value)
        json.insert(key, *value);
}

const QStringList &featureWords()
{
    static const QStringList words = {QStringLiteral("enabled"), QStringLiteral("disabled"),
                                      QStringLiteral("enablePending"), QStringLiteral("notAvailable")};
    return words;
}

} // namespace

bool HostFacts::hasDefaultSwitch() const
{
    for (const VirtualSwitch &s : switches) {
        if (s.isDefaultSwitch || s.name.compare(kDefaultSwitchName, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const VirtualSwitch *HostFacts::findSwitch(const QString &name) const
{
    for (const VirtualSwitch &s : switches) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

ServiceRunState HostFacts::serviceState(const QString &name) const
{
    for (const HostService &s : services) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s.state;
    }
    return ServiceRunState::Unknown;
}

QString featureStateKey(FeatureState state)
{
    switch (state) {
    case FeatureState::Enabled:
        return QStringLiteral("enabled");
    case FeatureState::Disabled:
        return QStringLiteral("disabled");
    case FeatureState::EnablePending:
        return QStringLiteral("enablePending");
    case FeatureState::NotAvailable:
        return QStringLiteral("notAvailable");
    case FeatureState::Unknown:
        break;
    }
    return QString();
}

FeatureState featureStateFromKey(const QString &key)
{
    for (FeatureState s : {FeatureState::Enabled, FeatureState::Disabled, FeatureState::EnablePending,
                           FeatureState::NotAvailable}) {
        if (featureStateKey(s) == key)
            return s;
    }
    return FeatureState::Unknown;
}

QString serviceRunStateKey(ServiceRunState state)
{
    switch (state) {
    case ServiceRunState::Running:
        return QStringLiteral("running");
    case ServiceRunState::Stopped:
        return QStringLiteral("stopped");
    case ServiceRunState::Missing:
        return QStringLiteral("missing");
    case ServiceRunState::Unknown:
        break;
    }
    return QString();
}

ServiceRunState serviceRunStateFromKey(const QString &key)
{
    for (ServiceRunState s : {ServiceRunState::Running, ServiceRunState::Stopped, ServiceRunState::Missing}) {
        if (serviceRunStateKey(s) == key)
            return s;
    }
    return ServiceRunState::Unknown;
}

QString switchKindKey(SwitchKind kind)
{
    switch (kind) {
    case SwitchKind::Internal:
        return QStringLiteral("Internal");
    case SwitchKind::External:
        return QStringLiteral("External");
    case SwitchKind::Private:
        return QStringLiteral("Private");
    case SwitchKind::Unknown:
        break;
    }
    return QString();
}

SwitchKind switchKindFromKey(const QString &key)
{
    for (SwitchKind k : {SwitchKind::Internal, SwitchKind::External, SwitchKind::Private}) {
        if (switchKindKey(k) == key)
            return k;
    }
    return SwitchKind::Unknown;
}

QJsonObject hostFactsToJson(const HostFacts &facts)
{
    QJsonObject json;
    json.insert(QStringLiteral("schema"), kSchemaVersion);
    json.insert(QStringLiteral("computerName"), facts.computerName);
    json.insert(QStringLiteral("osCaption"), facts.osCaption);
    json.insert(QStringLiteral("osVersion"), facts.osVersion);
    putNumber(json, QStringLiteral("buildNumber"), facts.buildNumber);
    putNumber(json, QStringLiteral("ubr"), facts.ubr);
    putNumber(json, QStringLiteral("operatingSystemSku"), facts.operatingSystemSku);
    putNumber(json, QStringLiteral("productType"), facts.productType);
    json.insert(QStringLiteral("architecture"), facts.architecture);
    json.insert(QStringLiteral("uiLanguage"), facts.uiLanguage);
    putNumber(json, QStringLiteral("totalMemoryMb"), facts.totalMemoryMb);
    putNumber(json, QStringLiteral("freeMemoryMb"), facts.freeMemoryMb);
    putNumber(json, QStringLiteral("logicalProcessors"), facts.logicalProcessors);

    QJsonObject disk;
    disk.insert(QStringLiteral("drive"), facts.disk.drive);
    putNumber(disk, QStringLiteral("freeMb"), facts.disk.freeMb);
    putNumber(disk, QStringLiteral("sizeMb"), facts.disk.sizeMb);
    json.insert(QStringLiteral("disk"), disk);

    putFeature(json, QStringLiteral("hyperV"), facts.hyperV);
    putFeature(json, QStringLiteral("hyperVPowerShell"), facts.hyperVPowerShell);
    putFeature(json, QStringLiteral("hyperVHypervisor"), facts.hyperVHypervisor);
    putFeature(json, QStringLiteral("virtualMachinePlatform"), facts.virtualMachinePlatform);
    putFeature(json, QStringLiteral("openSshClient"), facts.openSshClient);
    putOptionalBool(json, QStringLiteral("hypervisorPresent"), facts.hypervisorPresent);
    putOptionalBool(json, QStringLiteral("firmwareVirtualization"), facts.firmwareVirtualization);
    putOptionalBool(json, QStringLiteral("secondLevelAddressTranslation"),
                    facts.secondLevelAddressTranslation);

    QJsonArray services;
    for (const HostService &s : facts.services) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), s.name);
        if (s.state != ServiceRunState::Unknown)
            o.insert(QStringLiteral("state"), serviceRunStateKey(s.state));
        services.append(o);
    }
    json.insert(QStringLiteral("services"), services);

    json.insert(QStringLiteral("isVirtualMachine"), facts.isVirtualMachine);
    json.insert(QStringLiteral("virtualMachineVendor"), facts.virtualMachineVendor);
    json.insert(QStringLiteral("isAzureVm"), facts.isAzureVm);

    QJsonArray switches;
    for (const VirtualSwitch &s : facts.switches) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), s.name);
        if (s.kind != SwitchKind::Unknown)
            o.insert(QStringLiteral("kind"), switchKindKey(s.kind));
        o.insert(QStringLiteral("netAdapter"), s.netAdapter);
        o.insert(QStringLiteral("isDefaultSwitch"), s.isDefaultSwitch);
        o.insert(QStringLiteral("hasNat"), s.hasNat);
        o.insert(QStringLiteral("hostAddress"), s.hostAddress);
        o.insert(QStringLiteral("prefixLength"), s.prefixLength);
        switches.append(o);
    }
    json.insert(QStringLiteral("switches"), switches);

    QJsonArray gpus;
    for (const GpuInfo &g : facts.gpus) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), g.name);
        o.insert(QStringLiteral("driverVersion"), g.driverVersion);
        o.insert(QStringLiteral("ddaCapable"), g.ddaCapable);
        o.insert(QStringLiteral("gpuPvCapable"), g.gpuPvCapable);
        gpus.append(o);
    }
    json.insert(QStringLiteral("gpus"), gpus);

    json.insert(QStringLiteral("elevated"), facts.elevated);
    json.insert(QStringLiteral("executionPolicy"), facts.executionPolicy);
    json.insert(QStringLiteral("psEdition"), facts.psEdition);
    json.insert(QStringLiteral("psVersion"), facts.psVersion);

    QJsonObject eflow;
    eflow.insert(QStringLiteral("installed"), facts.eflow.installed);
    eflow.insert(QStringLiteral("productName"), facts.eflow.productName);
    eflow.insert(QStringLiteral("version"), facts.eflow.version);
    eflow.insert(QStringLiteral("release"), plan::releaseKey(facts.eflow.release));
    eflow.insert(QStringLiteral("installDir"), facts.eflow.installDir);
    json.insert(QStringLiteral("eflow"), eflow);

    QJsonObject vm;
    vm.insert(QStringLiteral("exists"), facts.vm.exists);
    vm.insert(QStringLiteral("name"), facts.vm.name);
    vm.insert(QStringLiteral("powerState"), vmPowerStateKey(facts.vm.powerState));
    putOptionalBool(vm, QStringLiteral("provisioned"), facts.vm.provisioned);
    json.insert(QStringLiteral("vm"), vm);
    return json;
}

std::optional<HostFacts> hostFactsFromJson(const QJsonObject &json, QString *error)
{
    QString problem;
    Reader r(json, QString(), &problem);

    if (!r.present(QStringLiteral("schema"))) {
        problem = HostFactsTr::tr("schema: missing; expected %1.").arg(kSchemaVersion);
    } else {
        int schema = 0;
        r.integer(QStringLiteral("schema"), &schema);
        if (r.ok() && schema != kSchemaVersion) {
            //: %1 the schema version found, %2 the one this program reads
            problem = HostFactsTr::tr("schema: version %1 is not supported; expected %2.")
                          .arg(QString::number(schema), QString::number(kSchemaVersion));
        }
    }

    HostFacts f;
    r.string(QStringLiteral("computerName"), &f.computerName);
    r.string(QStringLiteral("osCaption"), &f.osCaption);
    r.string(QStringLiteral("osVersion"), &f.osVersion);
    r.integer(QStringLiteral("buildNumber"), &f.buildNumber);
    r.integer(QStringLiteral("ubr"), &f.ubr);
    r.integer(QStringLiteral("operatingSystemSku"), &f.operatingSystemSku);
    r.integer(QStringLiteral("productType"), &f.productType);
    r.string(QStringLiteral("architecture"), &f.architecture);
    r.string(QStringLiteral("uiLanguage"), &f.uiLanguage);
    r.integer(QStringLiteral("totalMemoryMb"), &f.totalMemoryMb);
    r.integer(QStringLiteral("freeMemoryMb"), &f.freeMemoryMb);
    r.integer(QStringLiteral("logicalProcessors"), &f.logicalProcessors);

    QJsonObject diskJson;
    if (r.object(QStringLiteral("disk"), &diskJson)) {
        Reader d(diskJson, r.pathOf(QStringLiteral("disk")), &problem);
        d.string(QStringLiteral("drive"), &f.disk.drive);
        d.integer(QStringLiteral("freeMb"), &f.disk.freeMb);
        d.integer(QStringLiteral("sizeMb"), &f.disk.sizeMb);
    }

    r.word(QStringLiteral("hyperV"), &f.hyperV, featureStateFromKey, featureWords());
    r.word(QStringLiteral("hyperVPowerShell"), &f.hyperVPowerShell, featureStateFromKey, featureWords());
    r.word(QStringLiteral("hyperVHypervisor"), &f.hyperVHypervisor, featureStateFromKey, featureWords());
    r.word(QStringLiteral("virtualMachinePlatform"), &f.virtualMachinePlatform, featureStateFromKey,
           featureWords());
    r.word(QStringLiteral("openSshClient"), &f.openSshClient, featureStateFromKey, featureWords());
    r.optionalBoolean(QStringLiteral("hypervisorPresent"), &f.hypervisorPresent);
    r.optionalBoolean(QStringLiteral("firmwareVirtualization"), &f.firmwareVirtualization);
    r.optionalBoolean(QStringLiteral("secondLevelAddressTranslation"), &f.secondLevelAddressTranslation);

    r.eachObject(QStringLiteral("services"), [&f](Reader &item) {
        HostService s;
        item.string(QStringLiteral("name"), &s.name);
        item.word(QStringLiteral("state"), &s.state, serviceRunStateFromKey,
                  {QStringLiteral("running"), QStringLiteral("stopped"), QStringLiteral("missing")});
        f.services.append(s);
    });

    r.boolean(QStringLiteral("isVirtualMachine"), &f.isVirtualMachine);
    r.string(QStringLiteral("virtualMachineVendor"), &f.virtualMachineVendor);
    r.boolean(QStringLiteral("isAzureVm"), &f.isAzureVm);

    r.eachObject(QStringLiteral("switches"), [&f](Reader &item) {
        VirtualSwitch s;
        item.string(QStringLiteral("name"), &s.name);
        item.word(QStringLiteral("kind"), &s.kind, switchKindFromKey,
                  {QStringLiteral("Internal"), QStringLiteral("External"), QStringLiteral("Private")});
        item.string(QStringLiteral("netAdapter"), &s.netAdapter);
        item.boolean(QStringLiteral("isDefaultSwitch"), &s.isDefaultSwitch);
        item.boolean(QStringLiteral("hasNat"), &s.hasNat);
        item.string(QStringLiteral("hostAddress"), &s.hostAddress);
        item.integer(QStringLiteral("prefixLength"), &s.prefixLength);
        f.switches.append(s);
    });

    r.eachObject(QStringLiteral("gpus"), [&f](Reader &item) {
        GpuInfo g;
        item.string(QStringLiteral("name"), &g.name);
        item.string(QStringLiteral("driverVersion"), &g.driverVersion);
        item.boolean(QStringLiteral("ddaCapable"), &g.ddaCapable);
        item.boolean(QStringLiteral("gpuPvCapable"), &g.gpuPvCapable);
        f.gpus.append(g);
    });

    r.boolean(QStringLiteral("elevated"), &f.elevated);
    r.string(QStringLiteral("executionPolicy"), &f.executionPolicy);
    r.string(QStringLiteral("psEdition"), &f.psEdition);
    r.string(QStringLiteral("psVersion"), &f.psVersion);

    QJsonObject eflowJson;
    if (r.object(QStringLiteral("eflow"), &eflowJson)) {
        Reader e(eflowJson, r.pathOf(QStringLiteral("eflow")), &problem);
        e.boolean(QStringLiteral("installed"), &f.eflow.installed);
        e.string(QStringLiteral("productName"), &f.eflow.productName);
        e.string(QStringLiteral("version"), &f.eflow.version);
        e.word(QStringLiteral("release"), &f.eflow.release, releaseFromText,
               {QStringLiteral("1.1"), QStringLiteral("1.4"), QStringLiteral("1.5")});
        e.string(QStringLiteral("installDir"), &f.eflow.installDir);
    }

    QJsonObject vmJson;
    if (r.object(QStringLiteral("vm"), &vmJson)) {
        Reader v(vmJson, r.pathOf(QStringLiteral("vm")), &problem);
        v.boolean(QStringLiteral("exists"), &f.vm.exists);
        v.string(QStringLiteral("name"), &f.vm.name);
        v.word(QStringLiteral("powerState"), &f.vm.powerState, vmPowerStateFromKey,
               {QStringLiteral("Running"), QStringLiteral("Off")});
        v.optionalBoolean(QStringLiteral("provisioned"), &f.vm.provisioned);
    }

    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (error)
        error->clear();
    return f;
}

std::optional<HostFacts> hostFactsFromJsonText(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            //: %1 the parser's reason, %2 the byte offset
            *error = HostFactsTr::tr("The host facts are not valid JSON: %1 at offset %2.")
                         .arg(parseError.errorString(), QString::number(parseError.offset));
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = HostFactsTr::tr("The host facts are not a JSON object.");
        return std::nullopt;
    }
    return hostFactsFromJson(doc.object(), error);
}

} // namespace eflow::host
