# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide compiler settings, carried by one INTERFACE target that the lowest
# library links, so every target above it inherits them.
add_library(hotline_options INTERFACE)
target_compile_features(hotline_options INTERFACE cxx_std_20)
target_compile_options(hotline_options INTERFACE -Wall -Wextra -pedantic)
if(HOTLINE_WERROR)
    target_compile_options(hotline_options INTERFACE -Werror)
endif()
target_compile_definitions(hotline_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS)

# HOTLINE_FUZZ: every object gets libFuzzer's coverage instrumentation (without its main) and
# the two sanitizers; undefined behaviour aborts instead of printing and going on, so neither
# a fuzz run nor a process test can pass over it. The fuzz targets add -fsanitize=fuzzer.
if(HOTLINE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "HOTLINE_FUZZ needs clang (scripts/fuzz.sh configures clang++-14), not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    target_compile_options(hotline_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(hotline_options INTERFACE -fsanitize=address,undefined)
endif()
