// ingest/table_row.h
//
// TableRow: one row of a tabular file (CSV or the first sheet of an XLSX workbook) as
// the readers hand it to the importer: its cells as UTF-8 text, and where in the file it
// starts, so that every error can name the place a person would look at.

#ifndef SHANHAI_INGEST_TABLE_ROW_H_
#define SHANHAI_INGEST_TABLE_ROW_H_

#include <cstdint>
#include <string>
#include <vector>

namespace shanhai::ingest {

struct TableRow {
  // 1-based: the physical line where a CSV record starts (a quoted field spanning lines
  // makes the next record start further down), or the spreadsheet row number in XLSX.
  int64_t line = 0;
  // The cells from the first column on, as text. Blank cells are empty strings.
  std::vector<std::string> cells;
};

}  // namespace shanhai::ingest

#endif  // SHANHAI_INGEST_TABLE_ROW_H_
