// ingest/utf8.h (internal to ingest/)
//
// UTF-8 checks for file input. Everything shanhai stores is UTF-8, so a file in another
// encoding (GBK from an older Excel "CSV" save, UTF-16 "Unicode text") is refused at the
// door with a message that says what to do, instead of turning into mojibake later.

#ifndef SHANHAI_INGEST_UTF8_H_
#define SHANHAI_INGEST_UTF8_H_

#include <cstddef>
#include <string_view>

namespace shanhai::ingest::internal {

// The offset of the first byte of `text` that does not start a well-formed UTF-8
// sequence (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or
// std::string_view::npos when all of it is well formed.
size_t FindInvalidUtf8(std::string_view text);

}  // namespace shanhai::ingest::internal

#endif  // SHANHAI_INGEST_UTF8_H_
