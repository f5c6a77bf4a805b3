// export/exporter.h
//
// Exporting the rows of one record type that match a list query, in the three formats
// ingest/ imports, so that an export is also a re-importable backup of those rows:
//  - CSV (csv_writer.h): UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF. Row 1 is
//    the header of machine names (model::FileColumnName: "amount_yuan"); values are
//    model::FormatFieldText (money in yuan with two decimals, booleans 是/否, enums by
//    code, dates "YYYY-MM-DD").
//  - JSON: an array of the API's JSON objects (model::RecordToJson: money in fen, absent
//    values omitted), one object per line: exactly what the JSON importer reads.
//  - XLSX (xlsx_writer.h): row 1 the header of Chinese labels, bold, frozen and
//    filterable; money as numbers in yuan, dates as text.
//
// Every field is exported, system fields (id, west_code, east_code, recorded_at…)
// included, because people need them; the importer skips system-field columns silently
// (ingest/column_map.h), so a file comes back in as it went out. The ledger derives
// those values again on import: timestamps become the import's, and a person's ID-number
// hash (a system field) is not restored, since only the ID number itself can produce it.
//
// The rows are read page by page (kExportPageSize at a time) inside one read
// transaction, so the export is a consistent snapshot and memory stays flat. The query's
// filters and sort apply; its offset and limit are ignored: everything that matches is
// exported.
//
// Thread-safety: as the Store; each call is independent.

#ifndef SHANHAI_EXPORT_EXPORTER_H_
#define SHANHAI_EXPORT_EXPORTER_H_

#include <cstdint>
#include <ostream>
#include <string>

#include "base/status.h"
#include "store/store.h"

namespace shanhai::exports {  // "export" is a C++ keyword

enum class ExportFormat { kCsv, kJson, kXlsx };

// Rows fetched per page.
inline constexpr int64_t kExportPageSize = 5000;

// Writes every row matching `query` (query.type REQUIRED) to `out` in `format`. XLSX is
// built in a temporary file (libxlsxwriter writes files only) and then copied to `out`.
// Errors: kInvalidArgument for a query without a type or with bad filters (as
// Txn::List); kPayloadTooLarge for more than 1,048,575 rows as XLSX;
// kFailedPrecondition for a text too long for an XLSX cell; kUnavailable when `out`
// fails. On error `out` may hold a partial file.
Status ExportRecords(store::Store& store, const store::ListQuery& query, ExportFormat format, std::ostream& out);

// As ExportRecords, to the file at `path` (created or replaced). On error the file is
// removed. Errors as ExportRecords; kUnavailable when the file cannot be written.
Status ExportRecordsToFile(store::Store& store, const store::ListQuery& query, ExportFormat format,
                           const std::string& path);

}  // namespace shanhai::exports

#endif  // SHANHAI_EXPORT_EXPORTER_H_
