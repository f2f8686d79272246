# papershelf_add_test(<name> SOURCES <files...> LIBRARIES <targets...> [LABELS <labels...>])
#
# Builds one QtTest executable and registers it with CTest. Every test runs on the
# offscreen platform, with its own HOME/XDG folders so QStandardPaths never points
# at the developer's real library, and knows where the fixtures live through
# PAPERSHELF_TEST_DATA (a compile definition).
function(papershelf_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test PaperShelf::Options ${ARG_LIBRARIES})
    if(PAPERSHELF_TEST_PCH)
        target_link_libraries(${name} PRIVATE ${PAPERSHELF_TEST_PCH_LIBRARIES})
        target_precompile_headers(${name} REUSE_FROM ${PAPERSHELF_TEST_PCH})
        target_compile_options(${name} PRIVATE -Winvalid-pch)
    endif()
    target_compile_definitions(${name} PRIVATE
        PAPERSHELF_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        PAPERSHELF_BINARY_DIR="${PROJECT_BINARY_DIR}"
    )
    add_test(NAME ${name} COMMAND ${name})
    set(test_home "${CMAKE_CURRENT_BINARY_DIR}/home-${name}")
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${test_home};XDG_DATA_HOME=${test_home}/data;XDG_CONFIG_HOME=${test_home}/config;XDG_CACHE_HOME=${test_home}/cache;XDG_RUNTIME_DIR=${test_home}/runtime;PAPERSHELF_LIBRARY="
    )
    if(ARG_LABELS)
        set_property(TEST ${name} PROPERTY LABELS ${ARG_LABELS})
    endif()
    if(ARG_TIMEOUT)
        set_property(TEST ${name} PROPERTY TIMEOUT ${ARG_TIMEOUT})
    endif()
endfunction()

# papershelf_test_precompiled_headers(HEADERS <headers...> LIBRARIES <targets...>)
#
# The tests added after it in the same directory share one precompiled header
# of `HEADERS` (Qt's module headers), which saves most of the time each test
# spends parsing Qt. A precompiled header is only used with the compile flags
# and definitions it was made with, so every test of the directory also links
# `LIBRARIES` (which set Qt's QT_*_LIB definitions), and the definitions Qt's
# test library adds per directory are the same for all of them. -Winvalid-pch
# reports a test that cannot use it.
macro(papershelf_test_precompiled_headers)
    cmake_parse_arguments(PCH_ARG "" "" "HEADERS;LIBRARIES" ${ARGN})
    if(PAPERSHELF_PRECOMPILE_HEADERS)
        get_filename_component(pch_directory "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
        set(PAPERSHELF_TEST_PCH papershelf_test_pch_${pch_directory})
        set(PAPERSHELF_TEST_PCH_LIBRARIES ${PCH_ARG_LIBRARIES})
        add_library(${PAPERSHELF_TEST_PCH} OBJECT "${PROJECT_SOURCE_DIR}/cmake/precompiledtests.cpp")
        target_link_libraries(${PAPERSHELF_TEST_PCH} PRIVATE Qt6::Test PaperShelf::Options ${PCH_ARG_LIBRARIES})
        target_compile_definitions(${PAPERSHELF_TEST_PCH} PRIVATE
            PAPERSHELF_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
            PAPERSHELF_BINARY_DIR="${PROJECT_BINARY_DIR}"
        )
        target_compile_options(${PAPERSHELF_TEST_PCH} PRIVATE -Winvalid-pch)
        target_precompile_headers(${PAPERSHELF_TEST_PCH} PRIVATE ${PCH_ARG_HEADERS})
    endif()
endmacro()

# papershelf_precompile_qt(<target> <headers...>)
#
# The sources of a library share one precompiled header of the Qt module headers
# it uses (`<QtCore>`, ...): parsing Qt is most of the time each source takes,
# and CI builds two configurations from scratch. Sources still include what they
# use; the fuzz target compiles the parser's sources without it.
function(papershelf_precompile_qt target)
    if(PAPERSHELF_PRECOMPILE_HEADERS)
        target_precompile_headers(${target} PRIVATE ${ARGN})
        target_compile_options(${target} PRIVATE -Winvalid-pch)
    endif()
endfunction()
