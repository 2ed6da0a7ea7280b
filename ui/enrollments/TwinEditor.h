#pragma once

#include <optional>

#include <QJsonValue>
#include <QString>
#include <QWidget>

#include "engine/dps/InitialTwinText.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace eflow::ui {

// Where the typed twin goes wrong (line, column, sentence): the engine's check, shared with enroll
// --twin-file.
using JsonTextProblem = dps::TwinTextProblem;

// The initial twin of an enrollment ({"tags":{…},"properties":{"desired":{…}}}) as JSON text, checked as
// it is typed: a syntax error is shown with its line and column, a twin DPS would refuse with the
// engine's sentence (checkInitialTwin). Below it, a key/value helper sets or removes one tag without
// touching the rest of the text's meaning.
class TwinEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwinEditor)

public:
    explicit TwinEditor(QWidget *parent = nullptr);
    ~TwinEditor() override;

    // The twin as typed: undefined when the text is empty; nothing when it has a problem.
    std::optional<QJsonValue> twin() const;
    bool isValid() const { return !m_problem.has_value(); }
    std::optional<JsonTextProblem> problem() const { return m_problem; }
    // Shows twin (an empty skeleton when it is undefined or null), formatted.
    void setTwin(const QJsonValue &twin);
    // The tags as typed, when the text is valid.
    QJsonObject tags() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *tagKeyEdit() const { return m_tagKey; }
    QLineEdit *tagValueEdit() const { return m_tagValue; }
    QPushButton *setTagButton() const { return m_setTag; }
    QPushButton *removeTagButton() const { return m_removeTag; }
    QLabel *problemLabel() const { return m_problemLabel; }

    // The problem of text as a twin (syntax with line and column, then duplicate keys, then the shape).
    static std::optional<JsonTextProblem> check(const QString &text);

signals:
    void changed();

private:
    void recheck();
    void setTag();
    void removeTag();
    // Rewrites the text with tags in place of the current tags (the text must be valid).
    void writeTags(const QJsonObject &tags);
    void updateHelper();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLineEdit *m_tagKey = nullptr;
    QLineEdit *m_tagValue = nullptr;
    QPushButton *m_setTag = nullptr;
    QPushButton *m_removeTag = nullptr;
    std::optional<JsonTextProblem> m_problem;
};

} // namespace eflow::ui
