// ingest/column_map.h
//
// How the header row of an imported CSV or XLSX file is matched to a record type's
// fields. A header cell may name a field in any of the forms people meet:
//   - its file column name, FileColumnName(f): "amount_yuan" (what CSV export writes);
//   - its field name: "amount_fen" (the value is still read as yuan: files carry yuan);
//   - its file label, FileColumnLabel(f): "金额（元）" (what XLSX export writes);
//   - its Chinese label: "金额".
// Matching ignores surrounding spaces (ASCII and U+3000), ASCII case, and whether the
// parentheses are full-width or not ("金额(元)" = "金额（元）"). A label that two fields of
// the type share (e.g. 状态 for both status and activity) is ambiguous and refused;
// those columns must be headed by their names. For types that identify a person
// (RecordType::id_hash_field), the virtual column "id_number" / 身份证号 carries the ID
// number, which the ledger hashes.
//
// Columns of system fields (id_hash, west_code, recorded_at…) are accepted and their
// values ignored, so that a file written by export/ (which includes them for people to
// read) imports again unchanged; the ledger derives those values itself. Columns with an
// empty header are ignored too, as long as no row has a value in them (the importer
// checks that).

#ifndef SHANHAI_INGEST_COLUMN_MAP_H_
#define SHANHAI_INGEST_COLUMN_MAP_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "model/record_type.h"

namespace shanhai::ingest {

// What one column of a file holds.
enum class ColumnRole {
  kField,     // a writable field: `field_index` says which
  kIdNumber,  // the raw ID number of a person-identifying type
  kSystem,    // a system field: read, then ignored (`field_index` says which)
  kUnnamed,   // an empty header cell
};

struct ColumnBinding {
  ColumnRole role = ColumnRole::kUnnamed;
  int field_index = -1;  // into RecordType::fields, for kField and kSystem
  std::string header;    // the header cell as written, for messages
};

// Matches the cells of `header` (the file's first row, at 1-based `line`) to the fields
// of `type`, one binding per cell. Errors (kInvalidArgument, every problem listed, each
// as a FieldError whose `row` is `line` and whose `field` is the header cell):
//   - a header naming no field of the type (the message lists what is accepted);
//   - an ambiguous label;
//   - two columns naming the same field (or both id_number);
//   - a required field with no column, unless it has a default (enum default_code).
Result<std::vector<ColumnBinding>> MapColumns(const model::RecordType& type, const std::vector<std::string>& header,
                                             int64_t line);

}  // namespace shanhai::ingest

#endif  // SHANHAI_INGEST_COLUMN_MAP_H_
