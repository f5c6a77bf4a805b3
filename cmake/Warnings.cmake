# Warning flags for every target of ours; -Werror when SHANHAI_WERROR is on (CI).
set(SHANHAI_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(SHANHAI_WERROR)
  list(APPEND SHANHAI_WARNINGS -Werror)
endif()
