# What `cmake --install` puts where, and the Debian package CPack makes of it
# (docs/install.md).
include(GNUInstallDirs)

# Written by the built binary from its command tree, so they say what --help
# says: the man page (build/tidemark.1, gzipped for installing) and the
# completion scripts, each under the name its shell looks for.
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/tidemark.1 ${CMAKE_BINARY_DIR}/tidemark.1.gz
  COMMAND sh -c "\"$1\" man >tidemark.1.tmp && mv tidemark.1.tmp tidemark.1 && gzip -9n -c tidemark.1 >tidemark.1.gz"
          sh $<TARGET_FILE:tidemark>
  DEPENDS tidemark
  WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
  COMMENT "Writing the man page tidemark.1"
  VERBATIM)

set(TIDEMARK_COMPLETIONS_DIR ${CMAKE_BINARY_DIR}/completions)
set(TIDEMARK_COMPLETION_FILES)
foreach(entry "bash:tidemark" "zsh:_tidemark" "fish:tidemark.fish")
  string(REPLACE ":" ";" entry "${entry}")
  list(GET entry 0 shell)
  list(GET entry 1 name)
  set(file ${TIDEMARK_COMPLETIONS_DIR}/${shell}/${name})
  add_custom_command(
    OUTPUT ${file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${TIDEMARK_COMPLETIONS_DIR}/${shell}
    COMMAND sh -c "\"$1\" completion $2 >\"$3.tmp\" && mv \"$3.tmp\" \"$3\""
            sh $<TARGET_FILE:tidemark> ${shell} ${file}
    DEPENDS tidemark
    COMMENT "Writing the ${shell} completion script"
    VERBATIM)
  list(APPEND TIDEMARK_COMPLETION_FILES ${file})
endforeach()

# The installed binary is stripped; its debug info is a file of its own,
# found by debuggers through the binary's build id (and .gnu_debuglink).
set(TIDEMARK_STRIPPED_DIR ${CMAKE_BINARY_DIR}/stripped)
add_custom_command(
  OUTPUT ${TIDEMARK_STRIPPED_DIR}/tidemark
  COMMAND ${PROJECT_SOURCE_DIR}/cmake/split-debug.sh ${CMAKE_OBJCOPY} ${CMAKE_READELF}
          $<TARGET_FILE:tidemark> ${TIDEMARK_STRIPPED_DIR}
  DEPENDS tidemark ${PROJECT_SOURCE_DIR}/cmake/split-debug.sh
  COMMENT "Stripping tidemark, its debug info to a file of its own"
  VERBATIM)

add_custom_target(tidemark_dist ALL
  DEPENDS ${CMAKE_BINARY_DIR}/tidemark.1.gz ${TIDEMARK_COMPLETION_FILES}
          ${TIDEMARK_STRIPPED_DIR}/tidemark)

# Component tidemark: what users run and read. Component dbgsym: the debug
# info, where gdb looks for it (<prefix>/lib/debug/.build-id/).
install(PROGRAMS ${TIDEMARK_STRIPPED_DIR}/tidemark
        DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tidemark)
install(FILES ${CMAKE_BINARY_DIR}/tidemark.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT tidemark)
install(FILES ${TIDEMARK_COMPLETIONS_DIR}/bash/tidemark
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions COMPONENT tidemark)
install(FILES ${TIDEMARK_COMPLETIONS_DIR}/zsh/_tidemark
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT tidemark)
install(FILES ${TIDEMARK_COMPLETIONS_DIR}/fish/tidemark.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d COMPONENT tidemark)
file(GLOB TIDEMARK_LICENCE_FILES ${PROJECT_SOURCE_DIR}/LICENSE* ${PROJECT_SOURCE_DIR}/LICENCE*
     ${PROJECT_SOURCE_DIR}/COPYING*)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${TIDEMARK_LICENCE_FILES}
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT tidemark)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs COMPONENT tidemark
        FILES_MATCHING PATTERN "*.md")
install(DIRECTORY ${TIDEMARK_STRIPPED_DIR}/debug/
        DESTINATION lib/debug COMPONENT dbgsym)

# CPack: one .deb per component, tidemark and tidemark-dbgsym. Depends comes
# from the shared libraries the binary links (dpkg-shlibdeps).
set(TIDEMARK_PACKAGE_MAINTAINER "tidemark developers <tidemark@localhost>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tidemark)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# A Debian package installs under /usr, whatever prefix `cmake --install` has.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Each component's description: its summary line, then the long text.
string(CONCAT CPACK_COMPONENT_TIDEMARK_DESCRIPTION
  "PostgreSQL migrations that know how to undo themselves\n"
  "tidemark reads plain SQL migration files with PostgreSQL's own parser,\n"
  "tells for every statement whether and how it can be undone, what lock it\n"
  "takes and whether it rewrites the table, writes the Down SQL where it can,\n"
  "applies and rolls back migrations in transactions, and proves each Down\n"
  "on a throwaway PostgreSQL (migrate verify, which needs the PostgreSQL 15\n"
  "server). It also lints migrations for destructive, locking and\n"
  "irreversible changes.")
string(CONCAT CPACK_COMPONENT_DBGSYM_DESCRIPTION
  "debug symbols for tidemark\n"
  "The debug info of the tidemark binary, for gdb and crash reports.")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${TIDEMARK_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL tidemark dbgsym)
set(CPACK_DEBIAN_TIDEMARK_PACKAGE_NAME tidemark)
set(CPACK_DEBIAN_TIDEMARK_PACKAGE_SECTION database)
set(CPACK_DEBIAN_TIDEMARK_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_TIDEMARK_PACKAGE_RECOMMENDS postgresql-15)
set(CPACK_DEBIAN_DBGSYM_PACKAGE_NAME tidemark-dbgsym)
set(CPACK_DEBIAN_DBGSYM_PACKAGE_SECTION debug)
set(CPACK_DEBIAN_DBGSYM_PACKAGE_DEPENDS "tidemark (= ${PROJECT_VERSION})")
include(CPack)
