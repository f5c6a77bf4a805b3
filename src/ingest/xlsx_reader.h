// ingest/xlsx_reader.h
//
// A reader for the first worksheet of an Office Open XML workbook (.xlsx, ECMA-376), on
// libzip and pugixml. It reads what shanhai's imports need, as text:
//  - strings: shared strings (rich-text runs joined, phonetic runs dropped), inline
//    strings and formula string results, with the _xHHHH_ escapes decoded;
//  - numbers: integers without ".0" (110101, not 110101.0), other values in the shortest
//    form that reads back to the same double (0.1, 1234.56, 1e+20);
//  - booleans: "TRUE" / "FALSE";
//  - dates: a number in a cell whose style is a date format becomes "YYYY-MM-DD" (the
//    1900 and 1904 date systems). Date formats are the built-in ones 14–17 and 22, the
//    Chinese-locale built-ins 27–31, 36, 50–54, 57 and 58, and custom formats whose
//    codes contain y or d, or m without h or s. The time-only built-ins (18–21, 45–47)
//    are not dates. A date-time keeps its day only.
// Formulas are not evaluated: the value the producing program cached is read.
//
// The first worksheet is the first sheet in the workbook's tab order that is a
// worksheet (chart sheets are passed over), found through workbook.xml and its _rels.
//
// Thread-safety: pure functions of their input.

#ifndef SHANHAI_INGEST_XLSX_READER_H_
#define SHANHAI_INGEST_XLSX_READER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "ingest/table_row.h"

namespace shanhai::ingest {

// Limits that keep a hostile or mistaken upload (a zip bomb, a sheet formatted down to
// row 1,048,576) from exhausting memory. A workbook beyond them is refused whole.
inline constexpr int64_t kXlsxMaxRows = 1'000'000;               // rows with a value
inline constexpr uint64_t kXlsxMaxPartBytes = 200ull << 20;      // one XML part, uncompressed
inline constexpr int64_t kXlsxMaxCells = 50'000'000;             // cells held, blanks between included

// Reads the first worksheet of the workbook whose bytes are `data`. Returns its rows in
// sheet order; each row's `line` is its spreadsheet row number (1-based, as Excel shows
// it) and its cells are positioned by their column (a cell in column C is cells[2],
// with blank cells before it). Rows without any value are left out, and a row's cells
// end at its last cell with a value.
//
// Errors, with English and Chinese messages:
//  - kInvalidArgument: not a zip archive; no workbook or no worksheet in it; a part that
//    is not well-formed XML (the part is named); a cell reference or shared-string index
//    that does not exist; rows, or cells within a row, repeated or out of order; a cell
//    holding an Excel error value such as #N/A (the cell is named); text that is not
//    UTF-8;
//  - kPayloadTooLarge: a part larger than kXlsxMaxPartBytes uncompressed, more than
//    kXlsxMaxRows rows or more than kXlsxMaxCells cells.
Result<std::vector<TableRow>> ReadXlsx(std::string_view data);

// Reads the workbook in the file at `path` as ReadXlsx does. An unreadable file is
// kNotFound.
Result<std::vector<TableRow>> ReadXlsxFile(const std::string& path);

}  // namespace shanhai::ingest

#endif  // SHANHAI_INGEST_XLSX_READER_H_
