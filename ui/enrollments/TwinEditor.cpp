#include "ui/enrollments/TwinEditor.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "engine/dps/EnrollmentModels.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

// A twin that DPS takes as it is: no tags, no desired properties.
QJsonObject emptyTwin()
{
    return QJsonObject{{u"tags"_s, QJsonObject()},
                       {u"properties"_s, QJsonObject{{u"desired"_s, QJsonObject()}}}};
}

// A typed tag value: JSON numbers, true, false and null as themselves, anything else as a string.
QJsonValue tagValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == u"true"_s || trimmed == u"false"_s)
        return trimmed == u"true"_s;
    bool number = false;
    const double value = trimmed.toDouble(&number);
    if (number && !trimmed.isEmpty())
        return value;
    return text;
}

} // namespace

TwinEditor::TwinEditor(QWidget *parent)
    : QWidget(parent)
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"initialTwinEdit"_s);
    m_text->setAccessibleName(tr("Initial twin (JSON)"));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(90);
    m_text->setMaximumHeight(160);

    m_problemLabel = makeWrappingLabel(QString(), this);
    m_problemLabel->setObjectName(u"initialTwinProblemLabel"_s);
    m_problemLabel->setAccessibleName(tr("Problem in the initial twin"));
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setVisible(false);

    m_tagKey = new QLineEdit(this);
    m_tagKey->setObjectName(u"twinTagKeyEdit"_s);
    m_tagKey->setAccessibleName(tr("Tag name"));
    m_tagKey->setPlaceholderText(tr("name, e.g. environment"));
    m_tagValue = new QLineEdit(this);
    m_tagValue->setObjectName(u"twinTagValueEdit"_s);
    m_tagValue->setAccessibleName(tr("Tag value"));
    m_tagValue->setPlaceholderText(tr("value, e.g. test"));
    m_setTag = new QPushButton(tr("Set ta&g"), this);
    m_setTag->setObjectName(u"setTwinTagButton"_s);
    m_setTag->setAccessibleName(tr("Set the tag in the initial twin"));
    m_removeTag = new QPushButton(tr("Remo&ve tag"), this);
    m_removeTag->setObjectName(u"removeTwinTagButton"_s);
    m_removeTag->setAccessibleName(tr("Remove the tag from the initial twin"));

    auto *helper = new QHBoxLayout;
    helper->setContentsMargins(0, 0, 0, 0);
    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tagKey);
    helper->addWidget(tagLabel);
    helper->addWidget(m_tagKey, 1);
    helper->addWidget(new QLabel(u"="_s, this));
    helper->addWidget(m_tagValue, 1);
    helper->addWidget(m_setTag);
    helper->addWidget(m_removeTag);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_text);
    layout->addWidget(m_problemLabel);
    layout->addLayout(helper);

    setTabOrder(m_text, m_tagKey);
    setTabOrder(m_tagKey, m_tagValue);
    setTabOrder(m_tagValue, m_setTag);
    setTabOrder(m_setTag, m_removeTag);

    connect(m_text, &QPlainTextEdit::textChanged, this, &TwinEditor::recheck);
    connect(m_tagKey, &QLineEdit::textChanged, this, &TwinEditor::updateHelper);
    connect(m_tagKey, &QLineEdit::returnPressed, this, &TwinEditor::setTag);
    connect(m_tagValue, &QLineEdit::returnPressed, this, &TwinEditor::setTag);
    connect(m_setTag, &QPushButton::clicked, this, &TwinEditor::setTag);
    connect(m_removeTag, &QPushButton::clicked, this, &TwinEditor::removeTag);
    setTwin(QJsonValue());
}

TwinEditor::~TwinEditor() = default;

std::optional<JsonTextProblem> TwinEditor::check(const QString &text)
{
    return dps::checkInitialTwinText(text.toUtf8());
}

void TwinEditor::recheck()
{
    m_problem = check(m_text->toPlainText());
    m_problemLabel->setText(m_problem ? m_problem->message : QString());
    m_problemLabel->setVisible(m_problem.has_value());
    updateHelper();
    emit changed();
}

void TwinEditor::updateHelper()
{
    const bool canEdit = isValid() && !m_tagKey->text().trimmed().isEmpty();
    m_setTag->setEnabled(canEdit);
    m_removeTag->setEnabled(canEdit && tags().contains(m_tagKey->text().trimmed()));
}

std::optional<QJsonValue> TwinEditor::twin() const
{
    if (m_problem)
        return std::nullopt;
    return dps::parseInitialTwin(m_text->toPlainText().toUtf8());
}

QJsonObject TwinEditor::tags() const
{
    const std::optional<QJsonValue> value = twin();
    return value ? value->toObject().value(u"tags"_s).toObject() : QJsonObject();
}

void TwinEditor::setTwin(const QJsonValue &twin)
{
    const QJsonObject object = twin.isObject() ? twin.toObject() : emptyTwin();
    m_text->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void TwinEditor::writeTags(const QJsonObject &tags)
{
    const std::optional<QJsonValue> value = twin();
    if (!value)
        return;
    QJsonObject object = value->isObject() ? value->toObject() : emptyTwin();
    object.insert(u"tags"_s, tags);
    setTwin(object);
}

void TwinEditor::setTag()
{
    const QString key = m_tagKey->text().trimmed();
    if (key.isEmpty() || !isValid())
        return;
    QJsonObject tags = this->tags();
    tags.insert(key, tagValue(m_tagValue->text()));
    writeTags(tags);
    m_tagKey->clear();
    m_tagValue->clear();
    m_tagKey->setFocus();
}

void TwinEditor::removeTag()
{
    const QString key = m_tagKey->text().trimmed();
    QJsonObject tags = this->tags();
    if (!tags.contains(key))
        return;
    tags.remove(key);
    writeTags(tags);
    m_tagKey->clear();
    m_tagValue->clear();
}

} // namespace eflow::ui
