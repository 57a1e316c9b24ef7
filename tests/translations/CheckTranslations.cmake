# The translation check of the suite (issue 8): fails when a catalogue has
# unfinished, obsolete or vanished entries, or when lupdate over the sources
# would change it (a string added or edited without updating the catalogues).
#
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -DPROJECT=... -P CheckTranslations.cmake
#
# PROJECT is the lupdate project qt_add_translations writes at configure time
# (<build>/.lupdate/channeldesk_core_project.cmake): the same sources and
# include paths as the update_translations target, so the check sees exactly
# what that target would write.
#
# Fix with: cmake --build build --target update_translations, then translate
# every new entry in both files (see README "Translations").
foreach(var LUPDATE SOURCE_DIR WORK_DIR PROJECT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${var}=...")
    endif()
endforeach()

set(catalogues channeldesk_zh_CN.ts channeldesk_en.ts)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

include("${PROJECT}") # lupdate_include_paths, lupdate_sources
function(json_list out)
    set(items "")
    foreach(item ${ARGN})
        list(APPEND items "\"${item}\"")
    endforeach()
    string(REPLACE ";" ", " joined "${items}")
    set(${out} "[ ${joined} ]" PARENT_SCOPE)
endfunction()

set(problems "")
foreach(ts ${catalogues})
    file(READ "${SOURCE_DIR}/translations/${ts}" original)
    foreach(state unfinished obsolete vanished)
        string(REGEX MATCHALL "type=\"${state}\"" hits "${original}")
        list(LENGTH hits n)
        if(n GREATER 0)
            string(APPEND problems "  ${ts}: ${n} ${state} entries\n")
        endif()
    endforeach()

    file(COPY "${SOURCE_DIR}/translations/${ts}" DESTINATION "${WORK_DIR}")
    json_list(includes ${lupdate_include_paths})
    json_list(sources ${lupdate_sources})
    json_list(translations "${WORK_DIR}/${ts}")
    file(WRITE "${WORK_DIR}/project.json"
        "{\n  \"projectFile\": \"${SOURCE_DIR}/CMakeLists.txt\",\n"
        "  \"includePaths\": ${includes},\n  \"sources\": ${sources},\n"
        "  \"translations\": ${translations}\n}\n")
    execute_process(
        COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json" -no-obsolete
                -locations none
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${ts}: ${err}")
    endif()
    file(READ "${WORK_DIR}/${ts}" updated)
    if(NOT updated STREQUAL original)
        string(REGEX MATCHALL "type=\"unfinished\"" fresh "${updated}")
        list(LENGTH fresh n)
        string(APPEND problems
            "  ${ts}: lupdate would change it (${n} entries would be unfinished afterwards); "
            "run the update_translations target and translate them\n")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "The translations are not complete:\n${problems}")
endif()
message(STATUS "Both catalogues are complete and match the sources.")
