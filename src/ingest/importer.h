// ingest/importer.h
//
// Importing a file of rows of one record type into the ledger, all or nothing. Three
// formats:
//  - CSV (csv_reader.h) and XLSX (xlsx_reader.h, first worksheet): the first row is the
//    header, matched to fields as column_map.h describes (names or Chinese labels;
//    columns of system fields are skipped silently, so an export re-imports as it is).
//    Cells are read by model::ParseFieldText: money in yuan, booleans 是/否 or
//    true/false, enums by code or label, dates "YYYY-MM-DD". A blank cell is an absent
//    value, and an absent enum takes its default (FieldDef::default_code). Rows whose
//    cells are all blank are skipped. A row's line is its physical line in the CSV file
//    or its row number in the sheet.
//  - JSON: an array of objects in the API's JSON form (model::RecordFromJson: keys are
//    field names, money in fen, "id_number" for person-identifying types). Unlike the
//    API, keys of system fields are skipped silently, as columns are in CSV and XLSX.
//    The "line" of an element, in errors, is its 1-based index in the array: the third
//    object is line 3.
//
// Checking happens in two rounds, and nothing is written unless both pass:
//  1. the file itself: its shape (header, quoting, encoding), every cell's text, and the
//     rules a row must satisfy on its own (model::ValidateRecord: required fields, enum
//     codes, dates, amounts ≥ 0, end ≥ start…). Every problem of every row is collected.
//  2. only when round 1 found nothing: ledger::Ledger::Import, which checks references
//     and pairings against the database and writes all rows in one transaction.
// So a file with both a malformed cell and a dangling reference reports the cell first
// and the reference after the cell is fixed; in exchange, no row is ever written when
// any row is bad.
//
// Thread-safety: the functions hold no state; the Ledger serialises writes.

#ifndef SHANHAI_INGEST_IMPORTER_H_
#define SHANHAI_INGEST_IMPORTER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"
#include "ledger/ledger.h"
#include "model/record_type.h"

namespace shanhai::ingest {

enum class ImportFormat {
  kAuto,  // ImportFile: by the file's extension; ImportContent: by the content
  kCsv,
  kJson,
  kXlsx,
};

// The most data rows one import takes (XLSX has its own, equal guard in xlsx_reader.h).
inline constexpr int64_t kMaxImportRows = 1'000'000;

// A failed import lists at most this many problems as FieldErrors (its messages count
// them all), as Ledger::Import does: a file wrong in every row must not turn into a
// response of a million errors.
inline constexpr size_t kMaxListedProblems = 1000;

// What a successful import did.
struct ImportSummary {
  int64_t rows_read = 0;     // data rows in the file (header and blank rows not counted)
  int64_t rows_written = 0;  // rows the ledger wrote; equals rows_read on success
  int64_t elapsed_ms = 0;    // wall time, reading the file included
};

// The format of the file at `path` by its extension, ignoring case: .csv, .json, .xlsx.
// Errors: kInvalidArgument for any other extension (with a hint for the old .xls).
Result<ImportFormat> ImportFormatForPath(const std::string& path);

// Imports the file at `path` as rows of `type`, written as `actor`. `format` kAuto
// picks the format by extension (ImportFormatForPath).
//
// `progress`, when set, is called with (rows done, rows in total): first (0, total),
// then as the ledger writes, last (total, total) on success. It is not called again
// after a failure.
//
// Errors:
//  - kInvalidArgument when anything in the file is wrong. Nothing is written. Every
//    problem of every row is found; the status lists them (up to kMaxListedProblems) as
//    FieldErrors with `row` = the line and `field` = the field name (or the header text,
//    for header problems; empty for problems of the row's shape, such as a value under
//    no header), and its messages count them and spell out the first ones in English
//    and Chinese.
//  - kNotFound when the file cannot be opened; kPayloadTooLarge beyond kMaxImportRows
//    (or the XLSX limits); other codes as Ledger::Import returns them.
Result<ImportSummary> ImportFile(ledger::Ledger& ledger, const model::RecordType& type, const std::string& path,
                                 ImportFormat format, const ledger::Actor& actor,
                                 const ledger::ProgressFn& progress = {});

// Imports `content`, the bytes of a file held in memory (an HTTP upload), exactly as
// ImportFile does. `format` kAuto looks at the content: a zip archive is XLSX, text
// whose first non-blank character is '[' is JSON, anything else CSV.
Result<ImportSummary> ImportContent(ledger::Ledger& ledger, const model::RecordType& type, std::string_view content,
                                    ImportFormat format, const ledger::Actor& actor,
                                    const ledger::ProgressFn& progress = {});

}  // namespace shanhai::ingest

#endif  // SHANHAI_INGEST_IMPORTER_H_
