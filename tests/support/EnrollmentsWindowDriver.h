#pragma once

// Driving the Enrollments window as a user does (the UI test and the SDK cross-check share it): type into
// its fields, connect with a connection string and a CA file, create an enrollment through its dialog, and
// one DPS service call of a second client behind the window's back. Header-only: each test is its own
// executable.

#include <chrono>
#include <functional>
#include <optional>

#include <QCheckBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/DpsServiceResult.h"
#include "ui/enrollments/DpsServiceConnection.h"
#include "ui/enrollments/EnrollmentDialog.h"
#include "ui/enrollments/EnrollmentsWindow.h"
#include "ui/enrollments/TwinEditor.h"

namespace eflow::uitest {

constexpr int kEnrollmentsWaitMs = 20000;

// Types text into a line edit as a user does (what was there is replaced).
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// Service client options for a local DPS whose CA is in caFile.
inline dps::DpsServiceClientOptions localServiceOptions(const QString &caFile)
{
    using namespace std::chrono_literals;
    dps::DpsServiceClientOptions o;
    o.extraCaFile = caFile;
    o.useSystemProxy = false;
    o.requestTimeout = 10s;
    o.overallTimeout = 20s;
    return o;
}

// One call of a client of its own on connectionString; nothing when it did not finish.
inline std::optional<dps::DpsServiceResult>
serviceCall(const QString &connectionString, const QString &caFile,
            const std::function<bool(dps::DpsServiceClient &)> &start)
{
    dps::DpsServiceClient client(connectionString, localServiceOptions(caFile));
    QSignalSpy finished(&client, &dps::DpsServiceClient::finished);
    if (!start(client) || !finished.wait(kEnrollmentsWaitMs))
        return std::nullopt;
    return finished.first().first().value<dps::DpsServiceResult>();
}

// Opens Advanced, types the CA file and the connection string, and presses Return in the field. The window
// answers later (connection()->isConnected(), or its banner).
inline void typeConnection(ui::EnrollmentsWindow &window, const QString &connectionString,
                           const QString &caFile)
{
    auto *advanced = window.findChild<QToolButton *>(QStringLiteral("connectionAdvancedToggle"));
    if (advanced && !advanced->isChecked())
        advanced->click();
    typeInto(window.connectionPanel()->caFileEdit(), caFile);
    QLineEdit *edit = window.connectionPanel()->connectionStringEdit();
    typeInto(edit, connectionString);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Opens the window's dialog for a new individual enrollment or group.
inline ui::EnrollmentDialog *openNewEnrollmentDialog(ui::EnrollmentsWindow &window,
                                                     ui::EnrollmentListRow::Kind kind)
{
    const QString button = kind == ui::EnrollmentListRow::Kind::Group ? QStringLiteral("newGroupButton")
                                                                      : QStringLiteral("newIndividualButton");
    window.findChild<QPushButton *>(button)->click();
    ui::EnrollmentDialog *dialog = window.enrollmentDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// Creates an enrollment through the dialog with the tags typed into the tag helper (IoT Edge left ticked,
// as it starts, and keys generated); *primaryKey gets the generated key. False when a step did not work
// or DPS did not save it.
inline bool createThroughDialog(ui::EnrollmentsWindow &window, ui::EnrollmentListRow::Kind kind,
                                const QString &id, const QString &deviceId, const QJsonObject &tags,
                                QString *primaryKey)
{
    ui::EnrollmentDialog *dialog = openNewEnrollmentDialog(window, kind);
    if (!dialog)
        return false;
    QPointer<ui::EnrollmentDialog> guard(dialog);
    ui::EnrollmentForm *form = dialog->form();
    typeInto(form->idEdit(), id);
    if (form->deviceIdEdit())
        typeInto(form->deviceIdEdit(), deviceId);
    if (!form->edgeCheckBox()->isChecked()) // ticked by default
        return false;
    ui::TwinEditor *twin = form->twinEditor();
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        typeInto(twin->tagKeyEdit(), it.key());
        typeInto(twin->tagValueEdit(), it.value().toString());
        twin->setTagButton()->click();
    }
    if (twin->tags() != tags)
        return false;
    *primaryKey = form->primaryKeyEdit()->text();
    if (!dialog->saveButton()->isEnabled())
        return false;
    dialog->saveButton()->click();
    // Saved: the dialog closes itself (and is deleted).
    return QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, kEnrollmentsWaitMs) &&
           window.model()->indexOf(kind, id) >= 0;
}

} // namespace eflow::uitest
