// export/csv_writer.h
//
// CsvWriter: writes rows of text as RFC 4180 CSV, the form ingest/csv_reader.h reads.
// The file starts with a UTF-8 byte-order mark: without it Excel (the tool most of our
// users open CSV with) decodes the file in the system code page (GBK on Chinese
// Windows) and shows every Chinese character as mojibake. Lines end in CRLF, as RFC 4180
// specifies. A field is quoted when it holds a comma, a quote, a line break or
// surrounding spaces; a quote inside is doubled.
//
// Thread-safety: a CsvWriter is used by one thread at a time.

#ifndef SHANHAI_EXPORT_CSV_WRITER_H_
#define SHANHAI_EXPORT_CSV_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace shanhai::exports {

class CsvWriter {
 public:
  // Writes the byte-order mark to `out`, which must outlive the writer.
  explicit CsvWriter(std::ostream& out);

  // Writes one row. Write errors show in the stream's state; the writer does not check.
  void WriteRow(const std::vector<std::string>& cells);

  // `field` as it appears in the file: as is, or quoted.
  static std::string Escape(std::string_view field);

 private:
  std::ostream& out_;
};

}  // namespace shanhai::exports

#endif  // SHANHAI_EXPORT_CSV_WRITER_H_
