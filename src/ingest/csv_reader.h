// ingest/csv_reader.h
//
// A reader for CSV as RFC 4180 defines it, written by hand (docs/decisions/
// 0002-csv-hand-written.md says why no library): comma separator; fields optionally in
// double quotes, where a quote is written twice ("") and commas and line breaks may
// appear; CRLF or LF line ends (a lone CR counts as one too). The input must be UTF-8,
// with or without a byte-order mark.
//
// Deliberately strict: a shanhai import is all-or-nothing, so a file that is not
// well-formed is refused with the line to fix rather than guessed at.
//
// Thread-safety: a pure function of its input.

#ifndef SHANHAI_INGEST_CSV_READER_H_
#define SHANHAI_INGEST_CSV_READER_H_

#include <string_view>
#include <vector>

#include "base/result.h"
#include "ingest/table_row.h"

namespace shanhai::ingest {

// Reads `text`, the whole content of a CSV file, into rows. The first row returned is
// the header; every row has as many cells as the header. Each row's `line` is the
// 1-based physical line where it starts, counting every line break, including those
// inside quoted fields. Empty lines (nothing between two line breaks) are skipped
// wherever they are, so a trailing line break or a blank line at the end is harmless;
// a line of only commas is a row of empty cells. An empty input gives no rows.
//
// Errors, all kInvalidArgument with English and Chinese messages naming the 1-based
// line, and one FieldError whose `row` is that line:
//  - text that is not UTF-8 (a UTF-16 byte-order mark or an invalid byte sequence, e.g.
//    a GBK file), or a NUL byte;
//  - a quoted field with no closing quote (the line where the field opened);
//  - a quote inside an unquoted field, or text after a closing quote;
//  - a row with another number of fields than the header (the line where it starts).
Result<std::vector<TableRow>> ReadCsv(std::string_view text);

}  // namespace shanhai::ingest

#endif  // SHANHAI_INGEST_CSV_READER_H_
