# SHANHAI_FUZZ=ON: a build tree for the libFuzzer targets in fuzz/ (scripts/fuzz makes one).
# libFuzzer comes with clang only, so the tree must be configured with
# CMAKE_CXX_COMPILER=clang++-14 (docs/decisions/0010-clang-libfuzzer.md). Every library is
# compiled with -fsanitize=fuzzer-no-link,address,undefined so the fuzzer sees their
# coverage and the sanitizers check their code; only the fuzz targets link libFuzzer's
# main (fuzz/CMakeLists.txt).
option(SHANHAI_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)

if(SHANHAI_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SHANHAI_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++-14 "
                        "-DCMAKE_C_COMPILER=clang-14), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  if(SHANHAI_SANITIZE)
    message(FATAL_ERROR "SHANHAI_FUZZ brings its own sanitizers; leave SHANHAI_SANITIZE empty")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                      -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()
