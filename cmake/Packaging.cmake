# The Debian package (issue 17 item 1): `cmake --build --preset release --target package` makes
# eflow-wizard_<version>-<revision>_amd64.deb with CPack's DEB generator, and the files a desktop package
# carries beside the binary: the .desktop entry, the AppStream metainfo, the icon in every hicolor size,
# the man page (made from --help by help2man), the .qm translations, the copyright file and the Debian
# changelog. tests/packaging/deb-install.sh checks the result (lintian, appstreamcli, desktop-file-validate)
# and installs it into a minimal Debian 12 root.
#
# Included at the end of the top-level CMakeLists.txt, after the eflow-wizard target exists. Packaging is on
# by default in optimised builds (the release preset) and off in the sanitizer build (the test preset),
# which never makes a package. The icon (PNG sizes and the Windows .ico) is made in either, on demand.

include_guard(GLOBAL)

set(EFLOW_APP_ID "io.github.eflow_wizard.EflowWizard")
set(EFLOW_PACKAGING_SOURCE_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(EFLOW_PACKAGING_BINARY_DIR "${PROJECT_BINARY_DIR}/packaging")
set(EFLOW_ICON_SVG "${EFLOW_PACKAGING_SOURCE_DIR}/icons/eflow-wizard.svg")
set(EFLOW_ICON_SIZES 16 24 32 48 64 128 256)

# ---------------------------------------------------------------------------------------------------------
# Icons: the hand-drawn SVG rendered into every hicolor size, and the Windows .ico made of those PNGs
# (packaging/windows uses ${EFLOW_ICO_FILE}, i.e. <build>/packaging/icons/eflow-wizard.ico).
find_program(EFLOW_RSVG_CONVERT rsvg-convert DOC "librsvg2-bin: renders the SVG icon into PNG sizes")
find_program(EFLOW_IMAGEMAGICK_CONVERT convert DOC "ImageMagick: makes the Windows .ico from the PNGs")

set(EFLOW_ICON_PNGS "")
if(EFLOW_RSVG_CONVERT)
    foreach(size IN LISTS EFLOW_ICON_SIZES)
        set(png "${EFLOW_PACKAGING_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/${EFLOW_APP_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${EFLOW_PACKAGING_BINARY_DIR}/icons/hicolor/${size}x${size}/apps"
            COMMAND "${EFLOW_RSVG_CONVERT}" --width ${size} --height ${size} --format png
                    --output "${png}" "${EFLOW_ICON_SVG}"
            DEPENDS "${EFLOW_ICON_SVG}"
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND EFLOW_ICON_PNGS "${png}")
    endforeach()
    add_custom_target(eflow-wizard-icons DEPENDS ${EFLOW_ICON_PNGS})

    if(EFLOW_IMAGEMAGICK_CONVERT)
        set(EFLOW_ICO_FILE "${EFLOW_PACKAGING_BINARY_DIR}/icons/eflow-wizard.ico")
        string(REPLACE ";" ", " sizes_text "${EFLOW_ICON_SIZES}")
        add_custom_command(OUTPUT "${EFLOW_ICO_FILE}"
            COMMAND "${EFLOW_IMAGEMAGICK_CONVERT}" ${EFLOW_ICON_PNGS} "${EFLOW_ICO_FILE}"
            DEPENDS ${EFLOW_ICON_PNGS}
            COMMENT "Making eflow-wizard.ico (${sizes_text} px)"
            VERBATIM)
        add_custom_target(eflow-wizard-ico DEPENDS "${EFLOW_ICO_FILE}")
    endif()
endif()

# ---------------------------------------------------------------------------------------------------------
# The Debian package.
set(eflow_packaging_default OFF)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT CMAKE_CROSSCOMPILING AND NOT EFLOW_SANITIZE AND NOT EFLOW_FUZZ)
    set(eflow_packaging_default ON)
endif()
option(EFLOW_PACKAGING "Install rules and the `package` target for the Debian package" ${eflow_packaging_default})
if(NOT EFLOW_PACKAGING)
    return()
endif()

# No real project site exists yet: `.example` is reserved for examples (RFC 2606), so nothing here points at
# somebody else's host. Set both when the project has a home; the screenshot folder must then serve the
# files of docs/screenshots under their names.
set(EFLOW_HOMEPAGE_URL "https://eflow-wizard.example/" CACHE STRING
    "Project homepage (Debian Homepage field, AppStream homepage URL); a placeholder until there is one")
set(EFLOW_SCREENSHOT_BASE_URL "${EFLOW_HOMEPAGE_URL}screenshots/" CACHE STRING
    "https URL of a folder serving docs/screenshots/*.png, for the AppStream metainfo")
set(EFLOW_PACKAGE_MAINTAINER "EFLOW Wizard maintainers <maintainers@eflow-wizard.example>" CACHE STRING
    "Maintainer field of the Debian package")
set(EFLOW_DEB_REVISION "1" CACHE STRING "Debian revision: the package is <project version>-<revision>")
set(EFLOW_DEB_VERSION "${PROJECT_VERSION}-${EFLOW_DEB_REVISION}")

find_program(EFLOW_HELP2MAN help2man DOC "help2man: the man page is made from --help")
find_program(EFLOW_GZIP gzip)
foreach(tool EFLOW_RSVG_CONVERT EFLOW_HELP2MAN EFLOW_GZIP)
    if(NOT ${tool})
        message(FATAL_ERROR "${tool}: not found. The Debian package needs rsvg-convert (librsvg2-bin), help2man "
                            "and gzip: run packaging/install-deps.sh, or configure with -DEFLOW_PACKAGING=OFF.")
    endif()
endforeach()

# The release notes are written by hand for each version (metainfo <release>, changelog.Debian): say so at
# configure time when the project's version has none yet, and the package test fails on it.
set(eflow_metainfo_in "${EFLOW_PACKAGING_SOURCE_DIR}/linux/${EFLOW_APP_ID}.metainfo.xml.in")
set(eflow_changelog "${EFLOW_PACKAGING_SOURCE_DIR}/linux/changelog.Debian")
file(STRINGS "${eflow_metainfo_in}" eflow_release_line REGEX "<release version=" LIMIT_COUNT 1)
file(STRINGS "${eflow_changelog}" eflow_changelog_line LIMIT_COUNT 1)
if(NOT eflow_release_line MATCHES "version=\"${PROJECT_VERSION}\"")
    message(WARNING "Packaging: the newest <release> in ${eflow_metainfo_in} is not ${PROJECT_VERSION}; "
                    "add the release notes of this version there.")
endif()
if(NOT eflow_changelog_line MATCHES "^eflow-wizard \\(${EFLOW_DEB_VERSION}\\) ")
    message(WARNING "Packaging: the newest entry of ${eflow_changelog} is not ${EFLOW_DEB_VERSION}; "
                    "add one for this version.")
endif()

# Generated files: metainfo (URLs filled in), man page, changelog.
configure_file("${eflow_metainfo_in}" "${EFLOW_PACKAGING_BINARY_DIR}/${EFLOW_APP_ID}.metainfo.xml" @ONLY)

set(eflow_manpage "${EFLOW_PACKAGING_BINARY_DIR}/man/eflow-wizard.1.gz")
add_custom_command(OUTPUT "${eflow_manpage}"
    COMMAND "${EFLOW_PACKAGING_SOURCE_DIR}/linux/make-manpage.sh" "$<TARGET_FILE:eflow-wizard>"
            "${EFLOW_PACKAGING_SOURCE_DIR}/linux/eflow-wizard.h2m" "${eflow_manpage}"
    DEPENDS eflow-wizard "${EFLOW_PACKAGING_SOURCE_DIR}/linux/make-manpage.sh"
            "${EFLOW_PACKAGING_SOURCE_DIR}/linux/eflow-wizard.h2m"
    COMMENT "Making the man page eflow-wizard(1) from --help"
    VERBATIM)

set(eflow_changelog_gz "${EFLOW_PACKAGING_BINARY_DIR}/changelog.Debian.gz")
add_custom_command(OUTPUT "${eflow_changelog_gz}"
    COMMAND sh -c "\"$1\" -9n -c \"$2\" > \"$3\"" sh "${EFLOW_GZIP}" "${eflow_changelog}" "${eflow_changelog_gz}"
    DEPENDS "${eflow_changelog}"
    COMMENT "Compressing changelog.Debian"
    VERBATIM)

add_custom_target(eflow-wizard-package-files ALL
    DEPENDS ${EFLOW_ICON_PNGS} "${eflow_manpage}" "${eflow_changelog_gz}")
if(TARGET eflow-wizard-ico)
    add_dependencies(eflow-wizard-package-files eflow-wizard-ico)
endif()

# Install rules (relative destinations: CPack installs under /usr).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
install(FILES "${EFLOW_PACKAGING_SOURCE_DIR}/linux/${EFLOW_APP_ID}.desktop" DESTINATION share/applications)
install(FILES "${EFLOW_PACKAGING_BINARY_DIR}/${EFLOW_APP_ID}.metainfo.xml" DESTINATION share/metainfo)
install(FILES "${EFLOW_ICON_SVG}" DESTINATION share/icons/hicolor/scalable/apps RENAME "${EFLOW_APP_ID}.svg")
foreach(size IN LISTS EFLOW_ICON_SIZES)
    install(FILES "${EFLOW_PACKAGING_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/${EFLOW_APP_ID}.png"
            DESTINATION share/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES "${eflow_manpage}" DESTINATION share/man/man1)

# The .qm files qt_add_translations (app/CMakeLists.txt) builds into the app's binary folder, one per .ts
# file, named after it; the binary embeds them too (:/i18n), and installTranslators prefers these.
get_target_property(eflow_app_binary_dir eflow-wizard BINARY_DIR)
file(GLOB eflow_ts_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/translations/eflow-wizard_*.ts")
foreach(ts IN LISTS eflow_ts_files)
    get_filename_component(qm_name "${ts}" NAME_WLE)
    install(FILES "${eflow_app_binary_dir}/${qm_name}.qm" DESTINATION share/eflow-wizard/translations)
endforeach()

install(FILES "${EFLOW_PACKAGING_SOURCE_DIR}/linux/lintian-overrides"
        DESTINATION share/lintian/overrides RENAME eflow-wizard)
install(FILES "${EFLOW_PACKAGING_SOURCE_DIR}/linux/copyright" "${eflow_changelog_gz}"
              "${PROJECT_SOURCE_DIR}/docs/user-guide.md" "${PROJECT_SOURCE_DIR}/docs/support.md"
        DESTINATION share/doc/eflow-wizard)

# `cmake --install --strip` (CPACK_STRIP_FILES) runs a plain strip, which keeps the .comment section (the
# compiler's version strings); take it and .note out as dh_strip does. This runs after app/'s install rule.
install(CODE "
if(CMAKE_INSTALL_DO_STRIP)
    execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                            \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/eflow-wizard\" COMMAND_ERROR_IS_FATAL ANY)
endif()")

# CPack: one DEB, dependencies from dpkg-shlibdeps plus what the binary opens or runs itself.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "eflow-wizard")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "EFLOW Wizard maintainers")
set(CPACK_PACKAGE_CONTACT "${EFLOW_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "deploy and provision Azure IoT Edge for Linux on Windows")
file(READ "${EFLOW_PACKAGING_SOURCE_DIR}/linux/description.txt" CPACK_PACKAGE_DESCRIPTION)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${EFLOW_DEB_REVISION}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EFLOW_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${EFLOW_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libcrypto.so.3 is opened with dlopen on first use (engine/crypto/OpenSsl.cpp), so dpkg-shlibdeps cannot
# see it. ssh, sftp and ssh-keyscan run for remote Windows hosts (engine/host); QtKeychain reaches the
# Secret Service through libsecret, which it opens itself; Qt's own texts (the wizard's Back, Next and
# Cancel among them) come in German and Japanese from qtbase_*.qm (installTranslators); a keyring daemon
# and a CJK font (--lang ja) are the user's choice.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libssl3")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "openssh-client, libsecret-1-0, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring, fonts-noto-cjk")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
