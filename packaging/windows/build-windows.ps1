<#
.SYNOPSIS
Builds EFLOW Wizard for Windows x64 with MSVC and Qt 6, stages it with windeployqt and makes the NSIS
installer (issue 17).

.DESCRIPTION
Runs on Windows 10/11 x64 in Windows PowerShell 5.1 or PowerShell 7, from any prompt: it loads the x64
developer environment of Visual Studio 2022 (the Build Tools are enough) itself, through vcvars64.bat.

 1. Tools: MSVC (cl, link, editbin, dumpbin), the Windows SDK (rc, mt), CMake 3.25+ and Ninja; Qt 6.4+
    for MSVC x64; makensis 3.08+ unless -SkipInstaller.
 2. Libraries: OpenSSL 3, spdlog and fmt from vcpkg in manifest mode (packaging\windows\vcpkg.json,
    -VcpkgRoot) or from folders you name (-OpenSslDir, -SpdlogDir, -FmtDir); QtKeychain built from
    source against -QtDir (git, tag -QtKeychainVersion) unless -QtKeychainDir names an installed one.
 3. The icon: packaging\windows\eflow-wizard.ico if it exists, else one made from
    packaging\icons\eflow-wizard.svg with ImageMagick's magick.exe, else none (Windows' default).
 4. CMake configure (Ninja, Release, tests off) and build of the eflow-wizard target, which also makes
    eflow-wizard-gui.exe (cmake\WindowsApp.cmake).
 5. Staging into BuildDir\payload: both programs, windeployqt (Qt libraries, plugins, qt_de/qt_ja),
    qtbase_de.qm and qtbase_ja.qm (the names the program loads), OpenSSL's libcrypto-3-x64.dll and
    libssl-3-x64.dll (loaded at run time, so no import lists them), then every DLL that any staged
    program imports and Windows does not have, the MSVC runtime first, found with dumpbin.
 6. Checks of the payload: the subsystem and x64 machine of both programs, their manifests' execution
    level, the files the program needs at run time.
 7. payload-lists.cmake writes the installer's file lists; makensis /WX writes
    BuildDir\eflow-wizard-VERSION-x64-setup.exe.

NEVER RUN: this script has been written and parsed (PowerShell 7's parser and a Windows PowerShell 5.1
syntax check in tests/packaging), and makensis has compiled the installer script on Linux against a
placeholder payload; no step of it has run on Windows. docs\windows-build.md lists what is proven and
what is not, and what to check the first time.

.PARAMETER QtDir
Qt 6.4 or later for MSVC x64, the folder with bin\windeployqt.exe and lib\cmake\Qt6 (for example
C:\Qt\6.5.3\msvc2019_64). Default: the QTDIR environment variable.

.PARAMETER VcpkgRoot
A vcpkg checkout (with scripts\buildsystems\vcpkg.cmake): OpenSSL 3, spdlog and fmt are installed from
packaging\windows\vcpkg.json into BuildDir\vcpkg_installed during the configure step. Default: the
VCPKG_ROOT environment variable. Not used when -OpenSslDir, -SpdlogDir and -FmtDir are given.

.PARAMETER OpenSslDir
OpenSSL 3 for x64 (include\, lib\, bin\libcrypto-3-x64.dll), instead of vcpkg.

.PARAMETER SpdlogDir
An installed spdlog (lib\cmake\spdlog), instead of vcpkg. Give -FmtDir with it.

.PARAMETER FmtDir
An installed fmt (lib\cmake\fmt, and bin\fmt.dll if it is a DLL), instead of vcpkg.

.PARAMETER QtKeychainDir
An installed QtKeychain for this Qt (lib\cmake\Qt6Keychain, bin\qt6keychain.dll). Without it QtKeychain
is built from source into BuildDir\deps.

.PARAMETER QtKeychainVersion
The QtKeychain release (git tag) built when -QtKeychainDir is not given. Default: 0.14.3.

.PARAMETER BuildDir
The build folder. Default: build\windows-release in the source tree.

.PARAMETER Version
The product version for the installer (MAJOR.MINOR.PATCH). Default: project(... VERSION) in CMakeLists.txt.

.PARAMETER VsInstallPath
The Visual Studio 2022 installation to use. Default: the newest with the x64 C++ tools (vswhere).

.PARAMETER WindeployqtPath
windeployqt.exe. Default: QtDir\bin\windeployqt.exe.

.PARAMETER MakensisPath
makensis.exe. Default: on PATH, else the NSIS folder under Program Files.

.PARAMETER IconPath
An .ico for the programs and the installer. Default: see step 3.

.PARAMETER SkipInstaller
Stop after staging and checking the payload (no makensis needed).

.PARAMETER Clean
Delete BuildDir first (also the QtKeychain build and vcpkg's installed tree in it).

.EXAMPLE
.\packaging\windows\build-windows.ps1 -QtDir C:\Qt\6.5.3\msvc2019_64 -VcpkgRoot C:\src\vcpkg

.EXAMPLE
.\packaging\windows\build-windows.ps1 -QtDir C:\Qt\6.5.3\msvc2019_64 -OpenSslDir 'C:\Program Files\OpenSSL-Win64' -SpdlogDir C:\deps\spdlog -FmtDir C:\deps\fmt -QtKeychainDir C:\deps\qtkeychain
#>
[CmdletBinding()]
param(
    [string]$QtDir = $env:QTDIR,
    [string]$VcpkgRoot = $env:VCPKG_ROOT,
    [string]$OpenSslDir = '',
    [string]$SpdlogDir = '',
    [string]$FmtDir = '',
    [string]$QtKeychainDir = '',
    [string]$QtKeychainVersion = '0.14.3',
    [string]$BuildDir = '',
    [string]$Version = '',
    [string]$VsInstallPath = '',
    [string]$WindeployqtPath = '',
    [string]$MakensisPath = '',
    [string]$IconPath = '',
    [switch]$SkipInstaller,
    [switch]$Clean
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

# ---- Helpers ---------------------------------------------------------------------------------------------
function Stop-Build([string]$Message) { throw "build-windows.ps1: $Message" }

function Write-Step([string]$Text) { Write-Host "==> $Text" -ForegroundColor Cyan }

# Runs a program; a non-zero exit code stops the build with the program's name.
function Invoke-Tool([string]$File, [string[]]$Arguments) {
    Write-Host "  > $File $($Arguments -join ' ')"
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { Stop-Build "$([System.IO.Path]::GetFileName($File)) failed (exit code $LASTEXITCODE)" }
}

function Find-Tool([string]$Name, [string]$Hint) {
    $command = Get-Command $Name -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($null -eq $command) { Stop-Build "$Name not found on PATH: $Hint" }
    return $command.Path
}

function Assert-Path([string]$Path, [string]$Message) {
    if (-not (Test-Path -LiteralPath $Path)) { Stop-Build "$Message ($Path does not exist)" }
}

# ---- 1. Tools ----------------------------------------------------------------------------------------------
# The x64 developer environment: vcvars64.bat's variables copied into this process (works the same in
# Windows PowerShell 5.1 and PowerShell 7; Enter-VsDevShell would need the DevShell module's own path).
function Import-VsDevEnvironment([string]$InstallPath) {
    if ($env:VSCMD_ARG_TGT_ARCH -eq 'x64' -and (Get-Command cl.exe -ErrorAction SilentlyContinue)) {
        Write-Host "  x64 developer environment already loaded ($env:VSINSTALLDIR)"
        return
    }
    if (-not $InstallPath) {
        $vswhere = Join-Path ${env:ProgramFiles(x86)} 'Microsoft Visual Studio\Installer\vswhere.exe'
        Assert-Path $vswhere 'Visual Studio 2022 not found: install "Build Tools for Visual Studio 2022" with "Desktop development with C++"'
        $InstallPath = & $vswhere -latest -products '*' -version '[17.0,18.0)' `
            -requires Microsoft.VisualStudio.Component.VC.Tools.x86.x64 -property installationPath
        if (-not $InstallPath) {
            Stop-Build 'no Visual Studio 2022 with "MSVC v143 - VS 2022 C++ x64/x86 build tools" found (vswhere); add that component or pass -VsInstallPath'
        }
    }
    $vcvars = Join-Path $InstallPath 'VC\Auxiliary\Build\vcvars64.bat'
    Assert-Path $vcvars 'vcvars64.bat is missing: add the MSVC x64/x86 build tools to this Visual Studio'
    $batch = Join-Path ([System.IO.Path]::GetTempPath()) ('eflow-vcvars-{0}.cmd' -f [guid]::NewGuid())
    Set-Content -LiteralPath $batch -Encoding Ascii -Value @("@call `"$vcvars`" >nul", '@if errorlevel 1 exit /b 1', '@set')
    try { $lines = & cmd.exe /d /c $batch } finally { Remove-Item -LiteralPath $batch -ErrorAction SilentlyContinue }
    if ($LASTEXITCODE -ne 0) { Stop-Build "$vcvars failed (exit code $LASTEXITCODE)" }
    foreach ($line in $lines) {
        if ($line -match '^([^=]+)=(.*)$') { [Environment]::SetEnvironmentVariable($Matches[1], $Matches[2], 'Process') }
    }
    Write-Host "  x64 developer environment of $InstallPath"
}

function Assert-BuildTools {
    $msvc = 'add "MSVC v143 - VS 2022 C++ x64/x86 build tools" in the Visual Studio Installer'
    $sdk = 'add a Windows 10 or 11 SDK in the Visual Studio Installer'
    $cmakeHint = 'add "C++ CMake tools for Windows" in the Visual Studio Installer, or put CMake 3.25+ and Ninja on PATH'
    $tools = @{}
    foreach ($name in 'cl.exe', 'link.exe', 'editbin.exe', 'dumpbin.exe') { $tools[$name] = Find-Tool $name $msvc }
    foreach ($name in 'rc.exe', 'mt.exe') { $tools[$name] = Find-Tool $name $sdk }
    foreach ($name in 'cmake.exe', 'ninja.exe') { $tools[$name] = Find-Tool $name $cmakeHint }
    $cmakeVersion = (& $tools['cmake.exe'] --version | Select-Object -First 1)
    if ($cmakeVersion -notmatch '(\d+)\.(\d+)' -or [int]$Matches[1] -lt 3 -or ([int]$Matches[1] -eq 3 -and [int]$Matches[2] -lt 25)) {
        Stop-Build "CMake 3.25 or later is needed (CMakePresets version 6); found: $cmakeVersion"
    }
    Write-Host "  $cmakeVersion; cl for $env:VSCMD_ARG_TGT_ARCH"
    return $tools
}

# Qt 6.4+ built with MSVC for x64: its version, windeployqt and the translations the program loads.
function Get-QtInstallation([string]$Dir, [string]$Windeployqt) {
    if (-not $Dir) { Stop-Build 'pass -QtDir (Qt 6.4+ for MSVC x64, e.g. C:\Qt\6.5.3\msvc2019_64) or set QTDIR' }
    $cmakeDir = Join-Path $Dir 'lib\cmake\Qt6'
    Assert-Path (Join-Path $cmakeDir 'Qt6Config.cmake') "QtDir is not a Qt 6 installation"
    $version = $null
    foreach ($file in 'Qt6ConfigVersionImpl.cmake', 'Qt6ConfigVersion.cmake') {
        $path = Join-Path $cmakeDir $file
        if ((Test-Path -LiteralPath $path) -and ((Get-Content -LiteralPath $path -Raw) -match 'PACKAGE_VERSION "(\d+)\.(\d+)\.(\d+)"')) {
            $version = [version]"$($Matches[1]).$($Matches[2]).$($Matches[3])"
            break
        }
    }
    if ($null -eq $version) { Stop-Build "cannot read the Qt version from $cmakeDir" }
    if ($version -lt [version]'6.4.0') { Stop-Build "Qt $version is too old: 6.4 or later is needed" }
    Assert-Path (Join-Path $Dir 'lib\Qt6Core.lib') 'QtDir is not an MSVC build of Qt (MinGW builds are not supported)'
    if (-not $Windeployqt) { $Windeployqt = Join-Path $Dir 'bin\windeployqt.exe' }
    Assert-Path $Windeployqt 'windeployqt.exe not found: pass -WindeployqtPath'
    $translations = Join-Path $Dir 'translations'
    foreach ($language in 'de', 'ja') {
        Assert-Path (Join-Path $translations "qtbase_$language.qm") 'Qt has no qtbase translations: add "Qt Translations" (qttranslations) to this Qt'
    }
    Write-Host "  Qt $version in $Dir"
    return @{ Dir = $Dir; Version = $version; Windeployqt = $Windeployqt; Translations = $translations }
}

# ---- 2. Libraries ------------------------------------------------------------------------------------------
# CMake arguments and DLL folders for OpenSSL 3, spdlog and fmt: from named folders or from vcpkg.
function Get-Dependencies([string]$Build) {
    $result = @{ CMakeArgs = @(); PrefixPath = @(); DllDirs = @() }
    if ($OpenSslDir -or $SpdlogDir -or $FmtDir) {
        if (-not ($OpenSslDir -and $SpdlogDir -and $FmtDir)) { Stop-Build 'give -OpenSslDir, -SpdlogDir and -FmtDir together (or none of them, and -VcpkgRoot)' }
        Assert-Path (Join-Path $OpenSslDir 'bin\libcrypto-3-x64.dll') 'OpenSslDir is not OpenSSL 3 for x64'
        Assert-Path $SpdlogDir 'SpdlogDir not found'
        Assert-Path $FmtDir 'FmtDir not found'
        $result.CMakeArgs += "-DOPENSSL_ROOT_DIR=$($OpenSslDir.Replace('\', '/'))"
        $result.PrefixPath += $SpdlogDir, $FmtDir
        $result.DllDirs += (Join-Path $OpenSslDir 'bin'), (Join-Path $FmtDir 'bin'), (Join-Path $SpdlogDir 'bin')
        Write-Host "  OpenSSL $OpenSslDir, spdlog $SpdlogDir, fmt $FmtDir"
        return $result
    }
    if (-not $VcpkgRoot) {
        Stop-Build 'OpenSSL 3, spdlog and fmt: pass -VcpkgRoot (or set VCPKG_ROOT) to take them from vcpkg, or -OpenSslDir, -SpdlogDir and -FmtDir'
    }
    $toolchain = Join-Path $VcpkgRoot 'scripts\buildsystems\vcpkg.cmake'
    Assert-Path $toolchain 'VcpkgRoot is not a vcpkg checkout (run its bootstrap-vcpkg.bat first)'
    $installed = Join-Path $Build 'vcpkg_installed'
    $result.CMakeArgs += "-DCMAKE_TOOLCHAIN_FILE=$($toolchain.Replace('\', '/'))",
        "-DVCPKG_MANIFEST_DIR=$($PSScriptRoot.Replace('\', '/'))", '-DVCPKG_TARGET_TRIPLET=x64-windows',
        "-DVCPKG_INSTALLED_DIR=$($installed.Replace('\', '/'))"
    $result.DllDirs += Join-Path $installed 'x64-windows\bin'
    Write-Host "  vcpkg $VcpkgRoot, manifest packaging\windows\vcpkg.json (openssl, spdlog, fmt; triplet x64-windows)"
    return $result
}

# QtKeychain for this Qt: -QtKeychainDir, or built from its source with the same compiler into BuildDir.
function Get-QtKeychain([string]$Build, [hashtable]$Qt) {
    if ($QtKeychainDir) {
        Assert-Path (Join-Path $QtKeychainDir 'lib\cmake\Qt6Keychain\Qt6KeychainConfig.cmake') 'QtKeychainDir has no Qt 6 QtKeychain'
        return $QtKeychainDir
    }
    $prefix = Join-Path $Build "deps\qtkeychain-$QtKeychainVersion"
    if (Test-Path -LiteralPath (Join-Path $prefix 'lib\cmake\Qt6Keychain\Qt6KeychainConfig.cmake')) {
        Write-Host "  QtKeychain $QtKeychainVersion already built in $prefix"
        return $prefix
    }
    $git = Find-Tool 'git.exe' 'install Git for Windows, or pass -QtKeychainDir with an installed QtKeychain'
    $source = Join-Path $Build "deps\qtkeychain-$QtKeychainVersion-src"
    if (-not (Test-Path -LiteralPath $source)) {
        Invoke-Tool $git @('clone', '--depth', '1', '--branch', $QtKeychainVersion,
            'https://github.com/frankosterfeld/qtkeychain.git', $source)
    }
    $keychainBuild = Join-Path $source 'build'
    # BUILD_WITH_QT6 for QtKeychain before 0.17; Windows' Credential Manager is its default store there.
    Invoke-Tool 'cmake.exe' @('-S', $source, '-B', $keychainBuild, '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release',
        '-DCMAKE_C_COMPILER=cl', '-DCMAKE_CXX_COMPILER=cl', '-DBUILD_WITH_QT6=ON', '-DBUILD_SHARED_LIBS=ON',
        '-DBUILD_TRANSLATIONS=OFF', '-DBUILD_TEST_APPLICATION=OFF',
        "-DCMAKE_PREFIX_PATH=$($Qt.Dir.Replace('\', '/'))", "-DCMAKE_INSTALL_PREFIX=$($prefix.Replace('\', '/'))")
    Invoke-Tool 'cmake.exe' @('--build', $keychainBuild, '--parallel')
    Invoke-Tool 'cmake.exe' @('--install', $keychainBuild)
    return $prefix
}

# ---- 3. Icon -------------------------------------------------------------------------------------------------
function Get-Icon([string]$Source, [string]$Build) {
    if ($IconPath) { Assert-Path $IconPath 'IconPath not found'; return $IconPath }
    $committed = Join-Path $PSScriptRoot 'eflow-wizard.ico'
    if (Test-Path -LiteralPath $committed) { return $committed }
    $svg = Join-Path $Source 'packaging\icons\eflow-wizard.svg'
    if (-not (Test-Path -LiteralPath $svg)) {
        Write-Warning "no icon: neither $committed nor $svg exists; the programs get Windows' default icon"
        return ''
    }
    # ImageMagick 7's magick.exe only: convert.exe on PATH is Windows' own FAT-to-NTFS converter.
    $magick = Get-Command magick.exe -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($null -eq $magick) {
        Write-Warning "no icon: install ImageMagick 7 (magick.exe) to make one from $svg, or pass -IconPath"
        return ''
    }
    $ico = Join-Path $Build 'eflow-wizard.ico'
    Invoke-Tool $magick.Path @('-background', 'none', '-density', '384', $svg,
        '-define', 'icon:auto-resize=256,128,64,48,32,24,16', $ico)
    return $ico
}

# ---- 5. Staging -----------------------------------------------------------------------------------------------
# The DLLs a PE file imports (dumpbin /DEPENDENTS: normal and delay-loaded).
function Get-PeImports([string]$File) {
    $lines = & dumpbin.exe /NOLOGO /DEPENDENTS $File
    if ($LASTEXITCODE -ne 0) { Stop-Build "dumpbin /DEPENDENTS $File failed" }
    return @($lines | Where-Object { $_ -match '^\s{4}(\S+\.dll)\s*$' } | ForEach-Object { $Matches[1] })
}

# Copies every DLL a staged program or library imports that the payload lacks and Windows does not ship,
# until nothing is missing. The folders are searched in order, the MSVC runtime first: a runtime DLL
# that happens to be in System32 on this machine is not there on every target.
function Copy-ImportedDlls([string]$Payload, [string[]]$Folders) {
    $system32 = Join-Path $env:SystemRoot 'System32'
    $queue = New-Object System.Collections.Queue
    Get-ChildItem -LiteralPath $Payload -Recurse -File -Include '*.exe', '*.dll' | ForEach-Object { $queue.Enqueue($_.FullName) }
    $seen = @{}
    while ($queue.Count -gt 0) {
        $file = $queue.Dequeue()
        foreach ($dll in Get-PeImports $file) {
            $key = $dll.ToLowerInvariant()
            if ($seen.ContainsKey($key) -or $key -like 'api-ms-win-*' -or $key -like 'ext-ms-*') { continue }
            $seen[$key] = $true
            if (Test-Path -LiteralPath (Join-Path $Payload $dll)) { continue }
            $found = $Folders | Where-Object { Test-Path -LiteralPath (Join-Path $_ $dll) } | Select-Object -First 1
            if ($found) {
                Copy-Item -LiteralPath (Join-Path $found $dll) -Destination $Payload
                Write-Host "  + $dll (from $found, imported by $([System.IO.Path]::GetFileName($file)))"
                $queue.Enqueue((Join-Path $Payload $dll))
            } elseif (-not (Test-Path -LiteralPath (Join-Path $system32 $dll))) {
                Stop-Build "$file imports $dll, which is in none of: $($Folders -join '; ') nor in System32"
            }
        }
    }
}

# The subsystem (2 WINDOWS, 3 CONSOLE) and machine (0x8664 x64) in a PE file's headers.
function Get-PeHeader([string]$File) {
    $bytes = [System.IO.File]::ReadAllBytes($File)
    $pe = [BitConverter]::ToInt32($bytes, 0x3C)
    if ([BitConverter]::ToUInt32($bytes, $pe) -ne 0x4550) { Stop-Build "$File is not a PE file" }
    return @{ Machine = [BitConverter]::ToUInt16($bytes, $pe + 4); Subsystem = [BitConverter]::ToUInt16($bytes, $pe + 24 + 68) }
}

function Get-ManifestLevel([string]$File, [string]$Scratch) {
    $out = Join-Path $Scratch ([System.IO.Path]::GetFileName($File) + '.manifest')
    Invoke-Tool 'mt.exe' @('-nologo', "-inputresource:$File;#1", "-out:$out")
    $text = Get-Content -LiteralPath $out -Raw
    if ($text -match 'requestedExecutionLevel\s+level="(\w+)"') { return $Matches[1] }
    return ''
}

function Test-Payload([string]$Payload, [string]$Scratch) {
    $needed = 'eflow-wizard.exe', 'eflow-wizard-gui.exe', 'Qt6Core.dll', 'platforms\qwindows.dll',
        'translations\qtbase_de.qm', 'translations\qtbase_ja.qm', 'libcrypto-3-x64.dll', 'libssl-3-x64.dll',
        'qt6keychain.dll', 'vcruntime140.dll'
    foreach ($rel in $needed) { Assert-Path (Join-Path $Payload $rel) "the payload lacks $rel" }
    $expect = @{ 'eflow-wizard.exe' = @(3, 'asInvoker'); 'eflow-wizard-gui.exe' = @(2, 'requireAdministrator') }
    foreach ($name in $expect.Keys) {
        $file = Join-Path $Payload $name
        $header = Get-PeHeader $file
        $level = Get-ManifestLevel $file $Scratch
        if ($header.Machine -ne 0x8664) { Stop-Build ('{0} is not x64 (machine 0x{1:X4})' -f $name, $header.Machine) }
        if ($header.Subsystem -ne $expect[$name][0] -or $level -ne $expect[$name][1]) {
            Stop-Build "$name has subsystem $($header.Subsystem) and level '$level'; expected $($expect[$name][0]) and '$($expect[$name][1])'"
        }
        Write-Host "  $name`: x64, subsystem $($header.Subsystem), $level"
    }
}

function New-Payload([string]$Build, [hashtable]$Qt, [string[]]$DllDirs) {
    $payload = Join-Path $Build 'payload'
    if (Test-Path -LiteralPath $payload) { Remove-Item -LiteralPath $payload -Recurse -Force }
    New-Item -ItemType Directory -Path $payload | Out-Null
    foreach ($exe in 'eflow-wizard.exe', 'eflow-wizard-gui.exe') {
        $built = Join-Path $Build "app\$exe"
        Assert-Path $built "the build did not produce $exe"
        Copy-Item -LiteralPath $built -Destination $payload
    }
    # --release: the MSVC build's release DLLs. --no-compiler-runtime: the runtime DLLs are copied
    # app-local below (windeployqt would bring vc_redist.x64.exe, an installer the NSIS script would have
    # to run). No software OpenGL or system D3D compiler: Qt Widgets paints with the raster engine.
    # --translations de,ja writes qt_de.qm and qt_ja.qm (lconvert of the used modules' catalogs).
    Invoke-Tool $Qt.Windeployqt @('--release', '--no-compiler-runtime', '--no-opengl-sw', '--no-system-d3d-compiler',
        '--translations', 'de,ja', '--verbose', '1', (Join-Path $payload 'eflow-wizard.exe'))
    # The program loads qtbase_<language>.qm from QLibraryInfo's translations folder, which is
    # payload\translations for a windeployqt'ed program (Qt takes the exe's folder as its prefix).
    $translations = Join-Path $payload 'translations'
    New-Item -ItemType Directory -Force -Path $translations | Out-Null
    foreach ($language in 'de', 'ja') {
        Copy-Item -LiteralPath (Join-Path $Qt.Translations "qtbase_$language.qm") -Destination $translations
    }
    # OpenSSL is opened at run time (Qt's TLS plugin and the engine), so no import table names it.
    foreach ($dll in 'libcrypto-3-x64.dll', 'libssl-3-x64.dll') {
        $dir = $DllDirs | Where-Object { Test-Path -LiteralPath (Join-Path $_ $dll) } | Select-Object -First 1
        if (-not $dir) { Stop-Build "$dll not found in: $($DllDirs -join '; ')" }
        Copy-Item -LiteralPath (Join-Path $dir $dll) -Destination $payload
    }
    $crt = Get-ChildItem -LiteralPath (Join-Path $env:VCToolsRedistDir 'x64') -Directory -Filter 'Microsoft.VC*.CRT' -ErrorAction SilentlyContinue |
        Sort-Object Name -Descending | Select-Object -First 1
    if ($null -eq $crt) { Stop-Build "the MSVC runtime (x64\Microsoft.VC*.CRT) is not under VCToolsRedistDir '$env:VCToolsRedistDir'" }
    Copy-ImportedDlls $payload (@($crt.FullName) + $DllDirs + @(Join-Path $Qt.Dir 'bin'))
    return $payload
}

# ---- Main --------------------------------------------------------------------------------------------------
try {
    if ($env:OS -ne 'Windows_NT') { Stop-Build 'needs Windows 10/11 x64 (MSVC, windeployqt, makensis for Windows); see docs/windows-build.md' }
    if (-not [Environment]::Is64BitOperatingSystem) { Stop-Build 'needs 64-bit Windows' }
    $SourceDir = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
    if (-not $BuildDir) { $BuildDir = Join-Path $SourceDir 'build\windows-release' }
    if ($Clean -and (Test-Path -LiteralPath $BuildDir)) { Remove-Item -LiteralPath $BuildDir -Recurse -Force }
    New-Item -ItemType Directory -Force -Path $BuildDir | Out-Null
    $BuildDir = (Resolve-Path $BuildDir).Path
    if (-not $Version) {
        $project = Get-Content -LiteralPath (Join-Path $SourceDir 'CMakeLists.txt') -Raw
        if ($project -notmatch 'project\(\s*eflow-wizard\s+VERSION\s+(\d+\.\d+\.\d+)') { Stop-Build 'no project(eflow-wizard VERSION x.y.z) in CMakeLists.txt: pass -Version' }
        $Version = $Matches[1]
    }
    if ($Version -notmatch '^\d+\.\d+\.\d+$') { Stop-Build "Version '$Version' is not MAJOR.MINOR.PATCH" }

    Write-Step "1. Tools (EFLOW Wizard $Version, build folder $BuildDir)"
    Import-VsDevEnvironment $VsInstallPath
    $tools = Assert-BuildTools
    $qt = Get-QtInstallation $QtDir $WindeployqtPath
    $makensis = ''
    if (-not $SkipInstaller) {
        $candidates = @($MakensisPath) + @((Get-Command makensis.exe -ErrorAction SilentlyContinue | ForEach-Object { $_.Path })) +
            @((Join-Path ${env:ProgramFiles(x86)} 'NSIS\makensis.exe'), (Join-Path $env:ProgramFiles 'NSIS\makensis.exe'))
        $makensis = $candidates | Where-Object { $_ -and (Test-Path -LiteralPath $_) } | Select-Object -First 1
        if (-not $makensis) { Stop-Build 'makensis.exe (NSIS 3.08 or later) not found: install NSIS, pass -MakensisPath, or -SkipInstaller' }
        Write-Host "  $makensis ($(& $makensis /VERSION))"
    }

    Write-Step '2. Libraries'
    $deps = Get-Dependencies $BuildDir
    $keychain = Get-QtKeychain $BuildDir $qt
    $dllDirs = @($deps.DllDirs) + @(Join-Path $keychain 'bin')

    Write-Step '3. Icon'
    $icon = Get-Icon $SourceDir $BuildDir
    if ($icon) { Write-Host "  $icon" }

    Write-Step '4. Configure and build (Ninja, Release)'
    $prefixPath = (@($qt.Dir, $keychain) + $deps.PrefixPath | ForEach-Object { $_.Replace('\', '/') }) -join ';'
    $configure = @('-S', $SourceDir, '-B', $BuildDir, '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release',
        '-DCMAKE_C_COMPILER=cl', '-DCMAKE_CXX_COMPILER=cl', '-DEFLOW_BUILD_TESTS=OFF', "-DCMAKE_PREFIX_PATH=$prefixPath") + $deps.CMakeArgs
    if ($icon) { $configure += "-DEFLOW_WINDOWS_ICON=$($icon.Replace('\', '/'))" }
    Invoke-Tool $tools['cmake.exe'] $configure
    Invoke-Tool $tools['cmake.exe'] @('--build', $BuildDir, '--target', 'eflow-wizard', '--parallel')

    Write-Step '5. Stage the payload'
    $payload = New-Payload $BuildDir $qt $dllDirs

    Write-Step '6. Check the payload'
    $scratch = Join-Path $BuildDir 'payload-check'
    New-Item -ItemType Directory -Force -Path $scratch | Out-Null
    Test-Payload $payload $scratch
    $lists = Join-Path $BuildDir 'nsis'
    Invoke-Tool $tools['cmake.exe'] @("-DPAYLOAD=$($payload.Replace('\', '/'))", "-DOUT_DIR=$($lists.Replace('\', '/'))",
        '-P', (Join-Path $PSScriptRoot 'payload-lists.cmake'))
    if ($SkipInstaller) {
        Write-Host "Payload ready in $payload (installer skipped)."
        exit 0
    }

    Write-Step '7. Installer'
    $setup = Join-Path $BuildDir "eflow-wizard-$Version-x64-setup.exe"
    $nsisArgs = @('/V3', '/WX', "/DVERSION=$Version", "/DPAYLOAD=$payload", "/DFILELISTS=$lists", "/DOUTFILE=$setup")
    if ($icon) { $nsisArgs += "/DICON=$icon" }
    Invoke-Tool $makensis ($nsisArgs + @(Join-Path $PSScriptRoot 'eflow-wizard.nsi'))
    $hash = (Get-FileHash -LiteralPath $setup -Algorithm SHA256).Hash
    Write-Host "Installer: $setup"
    Write-Host "SHA256:    $hash"
    exit 0
} catch {
    [Console]::Error.WriteLine($_.Exception.Message)
    exit 1
}
