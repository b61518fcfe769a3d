# SPDX-FileCopyrightText: 2026 The Kontor authors
# SPDX-License-Identifier: GPL-3.0-or-later

# cmake -DLUPDATE=... -DTS=kontor_de.ts -DSOURCES_FILE=list.txt -DWORK=dir [-DOPTIONS=-pluralonly]
#       -P CheckTranslations.cmake
# Runs lupdate over the current sources into a copy of the catalogue and fails when any string
# is missing or has no finished translation: a new tr() without German fails the test suite.
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
configure_file("${TS}" "${copy}" COPYONLY)
file(STRINGS "${SOURCES_FILE}" sources)
execute_process(COMMAND "${LUPDATE}" -silent -locations none -no-obsolete ${OPTIONS} ${sources} -ts "${copy}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}): ${output}")
endif()
file(READ "${copy}" catalogue)
string(REGEX MATCHALL "<message[^>]*>[ \t\r\n]*<source>[^<]*</source>([ \t\r\n]*<(comment|extracomment)>[^<]*</(comment|extracomment)>)*[ \t\r\n]*<translation type=\"unfinished\"" unfinished "${catalogue}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message[^>]*>" messages "${catalogue}")
list(LENGTH messages total)
if(count GREATER 0)
    set(examples "")
    foreach(entry IN LISTS unfinished)
        string(REGEX MATCH "<source>([^<]*)</source>" _ "${entry}")
        string(APPEND examples "\n  ${CMAKE_MATCH_1}")
    endforeach()
    message(FATAL_ERROR "${count} of ${total} strings in ${name} have no finished translation:${examples}\n"
                        "Run the update_translations target and translate them.")
endif()
message(STATUS "${name}: all ${total} strings translated")
