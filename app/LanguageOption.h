#pragma once

#include <QString>

class QCoreApplication;

namespace eflow::app {

// --lang de|ja|en: the language of every text the wizard and its commands show, whatever the system
// locale says. It is taken out of argv before Qt or any command's parser sees it, so it works in front
// of a command ("eflow-wizard --lang ja host probe") and after one ("... host probe --lang=ja").
struct LanguageChoice
{
    QString code;  // "de", "ja", "en"; empty: the system's language
    QString given; // what was given when it is none of those (refused once translators exist)
    bool missingValue = false;
};

// Removes every "--lang X" and "--lang=X" that comes before a "--" from argv, shifting the rest down
// and lowering argc. The last one given wins.
LanguageChoice takeLanguageOption(int &argc, char **argv);

// Makes the chosen language the default locale (numbers and dates follow it too). Nothing for an empty
// code.
void applyLanguage(const LanguageChoice &choice);

// Installs the wizard's own translation and Qt's for the default locale.
void installTranslators(QCoreApplication &app);

// The refusal for a wrong --lang, in the user's language; empty when the choice is fine.
QString languageRefusal(const LanguageChoice &choice);

// The option's description in --help (the option itself never reaches a parser).
QString languageHelpLine();

} // namespace eflow::app
