#pragma once

#include <QWizardPage>

namespace eflow::ui {

// WAC's "1. Getting Started": what the Windows device needs and what the user needs at hand before the
// wizard starts. Read-only; the host checks themselves belong to the Target step.
class GettingStartedPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedPage)

public:
    explicit GettingStartedPage(QWidget *parent = nullptr);
};

} // namespace eflow::ui
