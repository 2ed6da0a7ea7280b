#include "app/LanguageOption.h"

#include <cstring>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LanguageOption)
};

bool isKnownLanguage(const QString &code)
{
    return code == QLatin1String("de") || code == QLatin1String("ja") || code == QLatin1String("en");
}

} // namespace

LanguageChoice takeLanguageOption(int &argc, char **argv)
{
    LanguageChoice choice;
    int kept = argc > 0 ? 1 : 0;
    bool optionsEnded = false;
    for (int i = kept; i < argc; ++i) {
        const char *arg = argv[i];
        if (!optionsEnded && std::strcmp(arg, "--") == 0)
            optionsEnded = true;
        const char *value = nullptr;
        if (!optionsEnded && std::strcmp(arg, "--lang") == 0) {
            if (i + 1 >= argc) {
                choice.missingValue = true;
                continue;
            }
            value = argv[++i];
        } else if (!optionsEnded && std::strncmp(arg, "--lang=", 7) == 0) {
            value = arg + 7;
        } else {
            argv[kept++] = argv[i];
            continue;
        }
        const QString code = QString::fromLocal8Bit(value).trimmed().toLower();
        choice.missingValue = code.isEmpty();
        choice.code = isKnownLanguage(code) ? code : QString();
        choice.given = isKnownLanguage(code) ? QString() : QString::fromLocal8Bit(value);
    }
    for (int i = kept; i < argc; ++i)
        argv[i] = nullptr;
    argc = kept;
    return choice;
}

void applyLanguage(const LanguageChoice &choice)
{
    // fontconfig picks the Japanese (or German) forms of shared glyphs, digits among them, by the language it
    // is told; without it a Japanese text on a desktop of another language mixes fonts.
    if (!choice.code.isEmpty() && qEnvironmentVariableIsEmpty("FC_LANG"))
        qputenv("FC_LANG", choice.code.toLatin1());
    if (choice.code == QLatin1String("de"))
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    else if (choice.code == QLatin1String("ja"))
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    else if (choice.code == QLatin1String("en"))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    // An installed package keeps its .qm files in share/eflow-wizard/translations beside bin/; they win
    // over the copies built into the binary, so a corrected translation needs no rebuild.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/eflow-wizard/translations");
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("eflow-wizard"), QStringLiteral("_"), installed) ||
        own->load(locale, QStringLiteral("eflow-wizard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qtbase = new QTranslator(&app);
    if (qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
}

QString languageRefusal(const LanguageChoice &choice)
{
    if (choice.missingValue)
        return Tr::tr("--lang needs a language: de, ja or en (see --help)");
    if (!choice.given.isEmpty())
        return Tr::tr("unknown language \"%1\" for --lang: use de, ja or en").arg(choice.given);
    return {};
}

QString languageHelpLine()
{
    return Tr::tr("Show every text in German (de), Japanese (ja) or English (en) instead of the system's "
                  "language; also before or after a command.");
}

} // namespace eflow::app
