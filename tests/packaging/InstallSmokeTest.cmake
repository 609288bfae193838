# Installs the build into a staging prefix and runs the installed program: --version, a tiny
# simulate -> train -> denoise, and checks the installed man page and outputs.
foreach(var BUILD_DIR WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "${var} not set")
  endif()
endforeach()
set(stage ${WORK_DIR}/stage)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}${err}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${stage})
set(exe ${stage}/bin/pgdenoise)
if(NOT EXISTS ${exe})
  message(FATAL_ERROR "installed program missing: ${exe}")
endif()
if(NOT EXISTS ${stage}/share/man/man1/pgdenoise.1.gz)
  message(FATAL_ERROR "installed man page missing")
endif()
foreach(file share/doc/pgdenoise/copyright share/doc/pgdenoise/changelog.gz
             share/doc/pgdenoise/examples/slurm/denoise-array.sbatch
             share/applications/io.github.pgdenoise.pgdenoise.desktop
             share/metainfo/io.github.pgdenoise.pgdenoise.metainfo.xml
             share/icons/hicolor/48x48/apps/pgdenoise.png
             share/pgdenoise/models/base/model.json share/pgdenoise/models/base/weights.pt)
  if(NOT EXISTS ${stage}/${file})
    message(FATAL_ERROR "installed file missing: ${file}")
  endif()
endforeach()

run(${exe} --version)
if(NOT last_output MATCHES "pgdenoise [0-9]+\\.[0-9]+")
  message(FATAL_ERROR "unexpected --version output: ${last_output}")
endif()

set(ENV{PGD_MODEL_DIR} ${WORK_DIR}/models)
run(${exe} --quiet simulate --phantom --width 96 --height 96 --frames 1 --lambda 30 --sigma 10 --seed 3
    -o ${WORK_DIR}/noisy.tif)
run(${exe} --quiet train ${WORK_DIR}/noisy.tif --output ${WORK_DIR}/model --width 8 --crop 32 --batch 2
    --steps 30 --steps-per-epoch 10)
if(NOT EXISTS ${WORK_DIR}/model/model.json OR NOT EXISTS ${WORK_DIR}/model/weights.pt)
  message(FATAL_ERROR "installed train wrote no model folder")
endif()
file(MAKE_DIRECTORY ${WORK_DIR}/out)
run(${exe} --quiet denoise ${WORK_DIR}/noisy.tif --model ${WORK_DIR}/model --output-dir ${WORK_DIR}/out)
file(SIZE ${WORK_DIR}/out/noisy_denoised.tif size)
# 96 x 96 float32 samples at least.
if(size LESS 36864)
  message(FATAL_ERROR "denoised output too small: ${size} bytes")
endif()
# No --model: the installed built-in base model (docs/BASE_MODEL.md).
file(MAKE_DIRECTORY ${WORK_DIR}/out-base)
run(${exe} --quiet denoise ${WORK_DIR}/noisy.tif --output-dir ${WORK_DIR}/out-base)
if(NOT EXISTS ${WORK_DIR}/out-base/noisy_denoised.tif)
  message(FATAL_ERROR "denoise with the built-in base model wrote nothing")
endif()
message(STATUS "installed pgdenoise ran: ${WORK_DIR}/out/noisy_denoised.tif (${size} bytes)")
