# pgd_add_core_module(<name> SOURCES ... [DEPS ...]): one static library pgd_core_<name> for a
# folder of core/. Headers are included as "<module>/<Header>.h" relative to core/.
function(pgd_add_core_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(pgd_core_${name} STATIC ${ARG_SOURCES})
  target_include_directories(pgd_core_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(pgd_core_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS} pgd_warnings)
  set_target_properties(pgd_core_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
