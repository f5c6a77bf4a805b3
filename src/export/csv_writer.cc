#include "export/csv_writer.h"

namespace shanhai::exports {

CsvWriter::CsvWriter(std::ostream& out) : out_(out) { out_ << "\xEF\xBB\xBF"; }

void CsvWriter::WriteRow(const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out_ << ',';
    out_ << Escape(cells[i]);
  }
  out_ << "\r\n";
}

std::string CsvWriter::Escape(std::string_view field) {
  const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' ' || field.front() == '\t' ||
                                         field.back() == '\t'));
  if (!quote) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace shanhai::exports
