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
