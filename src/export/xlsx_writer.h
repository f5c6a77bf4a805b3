// export/xlsx_writer.h (internal to export/)
//
// XlsxRecordWriter: writes rows of one record type as an .xlsx workbook with
// libxlsxwriter, laid out so that people can work with it and ingest/ can read it back
// unchanged:
//  - one worksheet named after the type (its Chinese name); row 1 is the header of
//    Chinese labels (LabelColumnHeader), bold, frozen, with an autofilter; no title row,
//    so the file re-imports as it is;
//  - money as numbers in yuan shown "#,##0.00"; ids, counts, references and reals as
//    numbers; dates and timestamps as text "YYYY-MM-DD" (text, not date serials, so they
//    come back exactly and no time zone or 1900/1904 question arises); booleans as
//    是/否; enums as their Chinese label when it is unique within the field, else the
//    code; everything else as text;
//  - column widths fitted to the header and the values (CJK characters count double);
//    text-like columns formatted "@", so that what a person types into them later stays
//    text (Excel would turn "3-12" into a date and a long code into 1.1E+11).
//
// Rows stream to disk (libxlsxwriter's constant_memory mode), so a large export needs
// little memory; the library keeps its temporary files in the system temp directory.
//
// Thread-safety: an XlsxRecordWriter is used by one thread at a time.

#ifndef SHANHAI_EXPORT_XLSX_WRITER_H_
#define SHANHAI_EXPORT_XLSX_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "model/record.h"

namespace shanhai::exports::internal {

class XlsxRecordWriter {
 public:
  // Starts a workbook for rows of `type` (which must outlive the writer) that
  // Finish() writes to `path`. Errors: kInternal if libxlsxwriter fails to start.
  static Result<std::unique_ptr<XlsxRecordWriter>> Create(const std::string& path, const model::RecordType& type);

  // Closes the workbook without the caller's Finish(); the file may then be partial, and
  // the caller removes it.
  ~XlsxRecordWriter();
  XlsxRecordWriter(const XlsxRecordWriter&) = delete;
  XlsxRecordWriter& operator=(const XlsxRecordWriter&) = delete;

  // Appends one row. Errors: kPayloadTooLarge past Excel's 1,048,576 rows;
  // kFailedPrecondition for a text longer than Excel's 32,767 characters.
  Status Add(const model::Record& record);

  // Sets widths, the autofilter and the frozen header, then writes the file.
  // Errors: kUnavailable when the file cannot be written. Call at most once.
  Status Finish();

 private:
  struct Impl;
  explicit XlsxRecordWriter(std::unique_ptr<Impl> impl);

  std::unique_ptr<Impl> impl_;
};

}  // namespace shanhai::exports::internal

#endif  // SHANHAI_EXPORT_XLSX_WRITER_H_
