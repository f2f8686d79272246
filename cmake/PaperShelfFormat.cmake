# "format" rewrites every C++ source with clang-format; "check-format" fails when
# a file is not formatted (used by .ci/run).
find_program(CLANG_FORMAT_EXE NAMES clang-format-14 clang-format)
if(CLANG_FORMAT_EXE)
    file(GLOB_RECURSE PAPERSHELF_FORMAT_SOURCES CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/src/*.cpp" "${PROJECT_SOURCE_DIR}/src/*.h"
        "${PROJECT_SOURCE_DIR}/tests/*.cpp" "${PROJECT_SOURCE_DIR}/tests/*.h"
    )
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXE} -i ${PAPERSHELF_FORMAT_SOURCES}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "Formatting sources with clang-format"
    )
    add_custom_target(check-format
        COMMAND ${CLANG_FORMAT_EXE} --dry-run --Werror ${PAPERSHELF_FORMAT_SOURCES}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "Checking formatting with clang-format"
    )
endif()

# The test suite checks formatting too, so "run every test" includes it.
if(CLANG_FORMAT_EXE AND PAPERSHELF_BUILD_TESTS)
    add_test(NAME format COMMAND ${CLANG_FORMAT_EXE} --dry-run --Werror ${PAPERSHELF_FORMAT_SOURCES})
    set_tests_properties(format PROPERTIES WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" LABELS "lint")
endif()
