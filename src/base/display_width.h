// base/display_width.h
//
// How wide UTF-8 text is drawn in a monospaced terminal or a spreadsheet cell, in
// character cells: CJK characters and full-width forms take two.

#ifndef SHANHAI_BASE_DISPLAY_WIDTH_H_
#define SHANHAI_BASE_DISPLAY_WIDTH_H_

#include <string_view>

namespace shanhai {

// The display width of `text`. Ambiguous-width characters (“ ” – ·) count as narrow,
// as most terminals and spreadsheet fonts draw them. Malformed UTF-8 counts a cell per
// lead byte. Thread-safe.
int DisplayWidth(std::string_view text);

}  // namespace shanhai

#endif  // SHANHAI_BASE_DISPLAY_WIDTH_H_
