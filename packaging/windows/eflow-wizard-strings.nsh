; Texts of eflow-wizard.nsi that NSIS's own language files do not have, in every installer language.
; UTF-8 (no BOM): eflow-wizard.nsi includes this file with !include /CHARSET=UTF8, so makensis reads it
; the same on Windows (whose default would be the ANSI code page) and on Linux. $0/$1 are filled in at
; run time. Every string must exist in every language: makensis -WX fails on a missing one.

LangString STR_NEEDS_X64 ${LANG_ENGLISH} "EFLOW Wizard needs 64-bit Windows (x64)."
LangString STR_NEEDS_X64 ${LANG_GERMAN} "EFLOW Wizard benötigt 64-Bit-Windows (x64)."
LangString STR_NEEDS_X64 ${LANG_JAPANESE} "EFLOW Wizard には 64 ビット版 Windows (x64) が必要です。"

LangString STR_NEEDS_WIN10 ${LANG_ENGLISH} "EFLOW Wizard needs Windows 10 version 1809 (build 17763) or later, or Windows Server 2019 or later."
LangString STR_NEEDS_WIN10 ${LANG_GERMAN} "EFLOW Wizard benötigt Windows 10 Version 1809 (Build 17763) oder neuer oder Windows Server 2019 oder neuer."
LangString STR_NEEDS_WIN10 ${LANG_JAPANESE} "EFLOW Wizard には Windows 10 バージョン 1809 (ビルド 17763) 以降、または Windows Server 2019 以降が必要です。"

LangString STR_NEEDS_ADMIN ${LANG_ENGLISH} "Installing EFLOW Wizard for all users needs administrator rights. Run the installer as an administrator."
LangString STR_NEEDS_ADMIN ${LANG_GERMAN} "Die Installation von EFLOW Wizard für alle Benutzer erfordert Administratorrechte. Starten Sie das Installationsprogramm als Administrator."
LangString STR_NEEDS_ADMIN ${LANG_JAPANESE} "EFLOW Wizard をすべてのユーザー向けにインストールするには管理者権限が必要です。インストーラーを管理者として実行してください。"

LangString STR_OLD_UNINSTALL_FAILED ${LANG_ENGLISH} "The installed version of EFLOW Wizard in $0 could not be removed (exit code $1). Close EFLOW Wizard and run the installer again."
LangString STR_OLD_UNINSTALL_FAILED ${LANG_GERMAN} "Die installierte Version von EFLOW Wizard in $0 konnte nicht entfernt werden (Exitcode $1). Schließen Sie EFLOW Wizard und starten Sie das Installationsprogramm erneut."
LangString STR_OLD_UNINSTALL_FAILED ${LANG_JAPANESE} "$0 にインストールされている EFLOW Wizard を削除できませんでした (終了コード $1)。EFLOW Wizard を閉じてから、インストーラーをもう一度実行してください。"

LangString STR_SHORTCUT_DESCRIPTION ${LANG_ENGLISH} "Deploy and provision Azure IoT Edge for Linux on Windows"
LangString STR_SHORTCUT_DESCRIPTION ${LANG_GERMAN} "Azure IoT Edge for Linux on Windows bereitstellen und provisionieren"
LangString STR_SHORTCUT_DESCRIPTION ${LANG_JAPANESE} "Azure IoT Edge for Linux on Windows を展開してプロビジョニングします"
