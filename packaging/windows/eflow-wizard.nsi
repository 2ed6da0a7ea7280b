; EFLOW Wizard installer: NSIS 3 (3.08 or later), Modern UI 2, Unicode, per machine, x64 only.
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=<staged folder> /DFILELISTS=<folder> /DOUTFILE=<setup.exe>
;            [/DICON=<eflow-wizard.ico>] [/DPUBLISHER=<name>] [/DLICENSE_FILE=<text file>]
;            [/DNO_COMPRESS] eflow-wizard.nsi
;
; PAYLOAD is the folder build-windows.ps1 stages (eflow-wizard.exe, eflow-wizard-gui.exe, Qt, OpenSSL,
; QtKeychain, the MSVC runtime, plugins, translations). FILELISTS holds payload-install.nsh and
; payload-uninstall.nsh, written from that same folder by payload-lists.cmake: the uninstaller deletes
; exactly the files the installer put down, then the folders if they are empty, and nothing else.
; NO_COMPRESS stores the payload uncompressed (tests/packaging/nsis-compile.sh reads the installer's
; bytes that way); releases leave it out (solid LZMA).
;
; Debian's makensis compiles this file with -WX in CTest (packaging_nsis). It has never run on Windows:
; docs/windows-build.md, "What has never run on Windows".

Unicode true
ManifestDPIAware true
ManifestSupportedOS all

; ---- Defines given on the command line ----------------------------------------------------------------
!ifndef VERSION
  !error "VERSION is not defined: pass the product version, e.g. makensis /DVERSION=0.1.0 (build-windows.ps1 takes it from CMakeLists.txt)"
!endif
!ifndef PAYLOAD
  !error "PAYLOAD is not defined: pass the staged payload folder, e.g. makensis /DPAYLOAD=build\windows-release\payload"
!endif
!ifndef FILELISTS
  !error "FILELISTS is not defined: pass the folder that payload-lists.cmake wrote payload-install.nsh and payload-uninstall.nsh into"
!endif
!ifndef OUTFILE
  !error "OUTFILE is not defined: pass the installer to write, e.g. makensis /DOUTFILE=build\eflow-wizard-0.1.0-x64-setup.exe"
!endif
!if ! /FileExists "${PAYLOAD}\eflow-wizard.exe"
  !error "PAYLOAD ${PAYLOAD} has no eflow-wizard.exe: stage the payload first (build-windows.ps1)"
!endif
!if ! /FileExists "${PAYLOAD}\eflow-wizard-gui.exe"
  !error "PAYLOAD ${PAYLOAD} has no eflow-wizard-gui.exe (the GUI-subsystem copy, cmake/WindowsApp.cmake)"
!endif
!if ! /FileExists "${FILELISTS}\payload-install.nsh"
  !error "FILELISTS ${FILELISTS} has no payload-install.nsh: run cmake -DPAYLOAD=... -DOUT_DIR=... -P payload-lists.cmake"
!endif
!if ! /FileExists "${FILELISTS}\payload-uninstall.nsh"
  !error "FILELISTS ${FILELISTS} has no payload-uninstall.nsh: run cmake -DPAYLOAD=... -DOUT_DIR=... -P payload-lists.cmake"
!endif

; VERSION is MAJOR.MINOR.PATCH (CMake's project version); the file version needs four numbers.
!searchparse /noerrors "${VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH
!ifndef VERSION_MAJOR | VERSION_MINOR | VERSION_PATCH
  !error "VERSION '${VERSION}' is not MAJOR.MINOR.PATCH (e.g. 0.1.0)"
!endif
; Each part a plain number: adding 0 must give it back unchanged ("0-rc1" or "x" would not).
!define /math VERSION_MAJOR_NUMBER ${VERSION_MAJOR} + 0
!define /math VERSION_MINOR_NUMBER ${VERSION_MINOR} + 0
!define /math VERSION_PATCH_NUMBER ${VERSION_PATCH} + 0
!if "${VERSION_MAJOR_NUMBER}.${VERSION_MINOR_NUMBER}.${VERSION_PATCH_NUMBER}" != "${VERSION}"
  !error "VERSION '${VERSION}' is not MAJOR.MINOR.PATCH with plain numbers (e.g. 0.1.0)"
!endif
!define /ifndef PUBLISHER "The EFLOW Wizard authors"
!define /ifndef LICENSE_FILE "${__FILEDIR__}\license.txt"

!define PRODUCT "EFLOW Wizard"
!define GUI_EXE "eflow-wizard-gui.exe"
!define UNINSTALLER "uninstall.exe"
!define SHORTCUT "$SMPROGRAMS\${PRODUCT}.lnk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define PRODUCT_KEY "Software\${PRODUCT}"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
RequestExecutionLevel admin
ShowInstDetails show
ShowUninstDetails show
BrandingText "${PRODUCT} ${VERSION}"
!ifdef NO_COMPRESS
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

VIProductVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIFileVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"

!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh
!include WinVer.nsh

; ---- Pages ----------------------------------------------------------------------------------------------
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
; The language chosen at install time is kept for the uninstaller (and removed by it).
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${PRODUCT_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_RESERVEFILE_LANGDLL
!include /CHARSET=UTF8 "${__FILEDIR__}\eflow-wizard-strings.nsh"

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT} ${VERSION} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

; ---- Installer --------------------------------------------------------------------------------------------
Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "$(STR_NEEDS_X64)" /SD IDOK
    Abort
  ${EndIf}
  ${IfNot} ${AtLeastBuild} 17763
    MessageBox MB_ICONSTOP|MB_OK "$(STR_NEEDS_WIN10)" /SD IDOK
    Abort
  ${EndIf}
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    MessageBox MB_ICONSTOP|MB_OK "$(STR_NEEDS_ADMIN)" /SD IDOK
    SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
    Quit
  ${EndIf}
  ; The installer is a 32-bit program: without this its HKLM\Software writes land in WOW6432Node, where
  ; Apps & features would list a 32-bit program.
  SetRegView 64
  ; An update goes where the installed version is, unless /D= chose another folder.
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\${PRODUCT}"
    StrCpy $INSTDIR $0
  ${EndIf}
FunctionEnd

; An installed version (any folder) is removed by its own uninstaller first, so that files the new
; payload no longer has are not left behind unlisted. _?= runs it in place and waits for it.
Function RemovePreviousVersion
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == ""
  ${OrIfNot} ${FileExists} "$0\${UNINSTALLER}"
    Return
  ${EndIf}
  DetailPrint "Removing the installed version in $0"
  ClearErrors
  ExecWait '"$0\${UNINSTALLER}" /S _?=$0' $1
  ${If} ${Errors}
  ${OrIf} $1 != 0
    MessageBox MB_ICONSTOP|MB_OK "$(STR_OLD_UNINSTALL_FAILED)" /SD IDOK
    Abort
  ${EndIf}
  ; Run in place, the old uninstaller cannot delete itself.
  Delete "$0\${UNINSTALLER}"
  RMDir "$0"
FunctionEnd

Section "${PRODUCT}" SecMain
  SectionIn RO
  SetShellVarContext all
  Call RemovePreviousVersion

  !include "${FILELISTS}\payload-install.nsh"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; One shortcut straight in Start > All apps (no folder for a single entry). It opens the GUI-subsystem
  ; copy: no console window behind the wizard.
  CreateShortCut "${SHORTCUT}" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 SW_SHOWNORMAL "" \
                 "$(STR_SHORTCUT_DESCRIPTION)"

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "VersionMajor" ${VERSION_MAJOR}
  WriteRegDWORD HKLM "${UNINST_KEY}" "VersionMinor" ${VERSION_MINOR}
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" ${PAYLOAD_SIZE_KB}
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
SectionEnd

; ---- Uninstaller ------------------------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; What the installer wrote, and only that: the listed payload files, the uninstaller, the shortcut, the
; Uninstall key and the language value. Folders go only when empty (RMDir without /r), so anything a user
; put into the install folder stays. The wizard's own data (logs, journals, settings under the user's
; profile, keys in Credential Manager) was never installed and is left alone.
Section "Uninstall"
  SetShellVarContext all
  Delete "${SHORTCUT}"
  !include "${FILELISTS}\payload-uninstall.nsh"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir /REBOOTOK "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegValue HKLM "${PRODUCT_KEY}" "Installer Language"
  DeleteRegKey /ifempty HKLM "${PRODUCT_KEY}"
SectionEnd
