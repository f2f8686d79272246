# Compile options shared by every PaperShelf target. They live on one INTERFACE
# target so that nothing is set directory-wide.
add_library(papershelf_options INTERFACE)
add_library(PaperShelf::Options ALIAS papershelf_options)

target_compile_features(papershelf_options INTERFACE cxx_std_20)

target_compile_definitions(papershelf_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG>
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(papershelf_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
        -Wimplicit-fallthrough -Wformat=2
    )
endif()

# gold links the test executables (static libraries with debug info) in about half
# the time of the default bfd linker; CI builds two configurations from scratch.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    find_program(PAPERSHELF_GOLD ld.gold)
    if(PAPERSHELF_GOLD)
        target_link_options(papershelf_options INTERFACE -fuse-ld=gold)
    endif()
endif()

# Sanitizer build (see the "asan" preset): address + undefined behaviour.
option(PAPERSHELF_SANITIZE "Build with AddressSanitizer and UBSan" OFF)
if(PAPERSHELF_SANITIZE)
    target_compile_options(papershelf_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(papershelf_options INTERFACE -fsanitize=address,undefined)
endif()
