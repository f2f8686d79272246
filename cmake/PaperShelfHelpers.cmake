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
