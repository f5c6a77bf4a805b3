# SHANHAI_SANITIZE: a comma-separated list for -fsanitize= (e.g. "address,undefined"),
# applied to compiling and linking every target configured after this file is included:
# the libraries, the app, and the test binaries (gtest_main's object comes prebuilt from
# Debian and is not instrumented, which only means its few lines are not checked).
# Empty (the default) builds without sanitizers. scripts/test builds a second tree with
# "address,undefined"; docs/security.md says what that proves.
set(SHANHAI_SANITIZE "" CACHE STRING
    "Sanitizers for every target, as for -fsanitize= (e.g. address,undefined); empty: none")

if(SHANHAI_SANITIZE)
  # Frame pointers give complete stacks in reports even where -O1 inlines.
  add_compile_options(-fsanitize=${SHANHAI_SANITIZE} -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${SHANHAI_SANITIZE})
  # Instrumented binaries hold millions of pointers in sanitizer metadata; in a PIE each
  # one is a relocation applied at every start (about 0.4 s per process here, and the
  # suite starts one per test). A fixed-address executable has them resolved at link time.
  add_link_options(-no-pie)
  if(SHANHAI_SANITIZE MATCHES "undefined")
    # UBSan otherwise prints and carries on, and the test would still pass.
    add_compile_options(-fno-sanitize-recover=undefined)
    add_link_options(-fno-sanitize-recover=undefined)
  endif()
  message(STATUS "shanhai: sanitizers on (${SHANHAI_SANITIZE})")
endif()
