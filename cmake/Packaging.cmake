# Installation layout and packages (issue 8). The version comes from
# project(VERSION) in the top-level CMakeLists.txt and nowhere else: the
# programs get it as CHANNELDESK_VERSION, the desktop metadata and the
# packages from the same variable.
include(GNUInstallDirs)

set(CHANNELDESK_APP_ID "io.github.channeldesk.ChannelDesk")

if(UNIX AND NOT APPLE)
    # Desktop integration: menu entry, AppStream metadata, scalable icon.
    configure_file(${CMAKE_SOURCE_DIR}/resources/linux/channeldesk.desktop.in
                   ${CMAKE_BINARY_DIR}/${CHANNELDESK_APP_ID}.desktop @ONLY)
    configure_file(${CMAKE_SOURCE_DIR}/resources/linux/channeldesk.metainfo.xml.in
                   ${CMAKE_BINARY_DIR}/${CHANNELDESK_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/${CHANNELDESK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_BINARY_DIR}/${CHANNELDESK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/channeldesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${CHANNELDESK_APP_ID}.svg)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/channeldesk-symbolic.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/symbolic/apps
            RENAME ${CHANNELDESK_APP_ID}-symbolic.svg)
endif()
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/channeldesk)

# Qt's own libraries and plugins beside the program where the system has no
# Qt (Windows, macOS). On Debian the package depends on the distribution's Qt.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET channeldesk OUTPUT_SCRIPT channeldesk_deploy
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET channeldesk FILENAME_VARIABLE channeldesk_deploy
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${channeldesk_deploy})
endif()

set(CPACK_PACKAGE_NAME "channeldesk")
set(CPACK_PACKAGE_VENDOR "ChannelDesk")
set(CPACK_PACKAGE_CONTACT "ChannelDesk developers <channeldesk@example.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ChannelDesk")
set(CPACK_PACKAGE_EXECUTABLES "channeldesk" "ChannelDesk")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    # An installer with a Start menu entry (NSIS; WiX works the same way).
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "ChannelDesk ${PROJECT_VERSION}")
    set(CPACK_NSIS_PACKAGE_NAME "ChannelDesk")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\channeldesk.exe")
elseif(APPLE)
    # A disk image holding ChannelDesk.app.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "ChannelDesk ${PROJECT_VERSION}")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "office")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # libQt6*, libsodium from dpkg-shlibdeps
    # Qt loads plugins with dlopen at run time, so dpkg-shlibdeps cannot see
    # them. The SQLite driver, without which neither program opens its
    # database, is a package of its own. The platform plugins (xcb for the
    # desktop, offscreen) and the CUPS print plugin ship in libqt6gui6 and
    # libqt6printsupport6, which shlibdeps already lists; qt6-qpa-plugins
    # holds only VNC and TUIO on Debian 12 and is not needed.
    # .ci/check-deb-clean proves this list on a minimal Debian 12.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    # Wanted but not needed to run, and read as data, so again invisible to
    # shlibdeps: CJK glyphs (without them the Chinese interface shows boxes)
    # and Qt's own strings in Chinese (qtbase_zh_CN.qm, see Localization).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
    # The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the body.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Agents, annual contracts, tiered prices, customer reviews, numbers and\nrenewals for the channel managers of a 400-number provider, in Chinese and\nEnglish, on an embedded SQLite database. Includes channeldesk-cli for\nnightly sweeps and bulk work.")
endif()

include(CPack)
