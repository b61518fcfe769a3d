# SPDX-FileCopyrightText: 2026 The Kontor authors
# SPDX-License-Identifier: GPL-3.0-or-later

# One INTERFACE target carries the compile rules every Kontor target links.
add_library(kontor_compile_rules INTERFACE)
add_library(Kontor::CompileRules ALIAS kontor_compile_rules)

target_compile_features(kontor_compile_rules INTERFACE cxx_std_20)
target_compile_definitions(kontor_compile_rules INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(MSVC)
    target_compile_options(kontor_compile_rules INTERFACE /W4 /permissive- /utf-8)
    if(KONTOR_WARNINGS_AS_ERRORS)
        target_compile_options(kontor_compile_rules INTERFACE /WX)
    endif()
else()
    target_compile_options(kontor_compile_rules INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(KONTOR_WARNINGS_AS_ERRORS)
        target_compile_options(kontor_compile_rules INTERFACE -Werror)
    endif()
endif()
