// fuzz/xlsx_reader_fuzzer.cc
//
// ingest::ReadXlsx on arbitrary bytes: the zip container (libzip), the workbook, its
// relationships, shared strings, styles and the first worksheet (pugixml), cell
// references, numbers, dates and the _xHHHH_ escapes.
//
// Two kinds of input, so that mutations reach the XML and not only the zip around it
// (a byte changed inside a deflated or checksummed entry rarely makes a new workbook):
//  - bytes starting "PK": read as they are, as an uploaded file;
//  - anything else: a list of parts, each a line "--part NAME" followed by its content,
//    which this target zips (stored, with correct checksums) before reading. The seeds
//    of this kind are the exporter's own workbooks unpacked.
//
// Properties: nothing escapes as an exception; a refusal is kInvalidArgument or
// kPayloadTooLarge; rows come in sheet order with lines in Excel's grid, and no row ends
// in a blank cell (xlsx_reader.h's contract).

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz/fuzz_check.h"
#include "ingest/xlsx_reader.h"

namespace {

constexpr std::string_view kPartMarker = "--part ";

// The parts named in `in` (see the header), as (name, content) pairs.
std::vector<std::pair<std::string, std::string_view>> SplitParts(std::string_view in) {
  std::vector<std::pair<std::string, std::string_view>> parts;
  size_t at = in.starts_with(kPartMarker) ? 0 : in.find(std::string("\n").append(kPartMarker));
  while (at != std::string_view::npos) {
    if (in[at] == '\n') ++at;
    const size_t name_start = at + kPartMarker.size();
    const size_t name_end = in.find('\n', name_start);
    if (name_end == std::string_view::npos) break;
    const size_t next = in.find(std::string("\n").append(kPartMarker), name_end);
    const size_t content_end = next == std::string_view::npos ? in.size() : next;
    parts.emplace_back(std::string(in.substr(name_start, name_end - name_start)),
                       in.substr(name_end + 1, content_end - name_end - 1));
    at = next;
  }
  return parts;
}

// A zip archive holding `parts` uncompressed, or an empty string when libzip refuses
// (a name it cannot take).
std::string Zip(const std::vector<std::pair<std::string, std::string_view>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_error_fini(&error);
  if (buffer == nullptr) return {};
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
  std::string out;
  if (archive != nullptr) {
    bool ok = true;
    for (const auto& [name, content] : parts) {
      zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
      const zip_int64_t index =
          source == nullptr ? -1 : zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
      if (index < 0) {
        if (source != nullptr) zip_source_free(source);
        ok = false;
        break;
      }
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    if (ok && zip_close(archive) == 0) {
      zip_stat_t stat;
      if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
        out.resize(stat.size);
        if (zip_source_read(buffer, out.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) out.clear();
        zip_source_close(buffer);
      }
    } else {
      zip_discard(archive);
    }
  }
  zip_source_free(buffer);
  return out;
}

void Check(std::string_view data) {
  using shanhai::StatusCode;
  using shanhai::fuzz::Require;
  auto rows = shanhai::ingest::ReadXlsx(data);
  if (!rows.ok()) {
    const StatusCode code = rows.status().code();
    Require(code == StatusCode::kInvalidArgument || code == StatusCode::kPayloadTooLarge,
            "ReadXlsx failed with another code");
    return;
  }
  int64_t line = 0;
  for (const shanhai::ingest::TableRow& row : *rows) {
    Require(row.line > line && row.line <= 1'048'576, "XLSX row numbers out of order or off the grid");
    Require(!row.cells.empty() && !row.cells.back().empty(), "an XLSX row ends in a blank cell");
    line = row.line;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (in.starts_with("PK")) {
    Check(in);
    return 0;
  }
  const auto parts = SplitParts(in);
  if (parts.empty()) {
    Check(in);
    return 0;
  }
  const std::string zipped = Zip(parts);
  if (!zipped.empty()) Check(zipped);
  return 0;
}
