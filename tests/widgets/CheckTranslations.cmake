# Every string the workbench shows has a German (and English) translation: lupdate reads the
# sources into a copy of each .ts file, and any message it marks unfinished (new or changed in
# the code but not translated) fails the test with its source text. Usage:
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
file(GLOB sources ${SOURCE_DIR}/widgets/*.cpp ${SOURCE_DIR}/widgets/*.h
     ${SOURCE_DIR}/app/gui/*.cpp)
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed FALSE)
foreach(lang de en)
  set(ts ${WORK_DIR}/pgdenoise_${lang}.ts)
  configure_file(${SOURCE_DIR}/translations/pgdenoise_${lang}.ts ${ts} COPYONLY)
  execute_process(COMMAND ${LUPDATE} -silent -locations none ${sources} -ts ${ts}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
  endif()
  file(READ ${ts} text)
  string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\""
         unfinished "${text}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    set(failed TRUE)
    message(SEND_ERROR "translations/pgdenoise_${lang}.ts: ${count} string(s) without a "
                       "translation (run the update_translations target, then translate):")
    foreach(m IN LISTS unfinished)
      string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" s "${m}")
      message("  ${s}")
    endforeach()
  endif()
endforeach()
if(NOT failed)
  message(STATUS "every workbench string is translated")
endif()
