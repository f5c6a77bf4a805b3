// fuzz/csv_import_fuzzer.cc
//
// CSV import, as an upload reaches it: ingest::ReadCsv on the whole input, then
// ingest::ImportContent (format CSV) of the payload as rows of the type named on the
// first line (fuzz_input.h): header matching (column_map.h), every cell through
// model::ParseFieldText, model::ValidateRecord, and, for a file that passes all that,
// ledger::Ledger::Import into a SQLite database.
//
// The database is made once per process in a fresh directory under $TMPDIR, holding two
// units (浙江省上城区 east, 贵州省黎平县 west) and pairing 1 between them, so rows that
// name them can get all the way to a write. Rows written by one input stay for the next:
// a crash that only shows after others is reproduced by running the inputs in order.
//
// Properties: nothing escapes as an exception; a refused file leaves the row count as it
// was; ReadCsv's rows all have the header's width and lines that go up.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_input.h"
#include "ingest/csv_reader.h"
#include "ingest/importer.h"
#include "ledger/ledger.h"
#include "store/store.h"

namespace {

using shanhai::fuzz::Require;
namespace ingest = shanhai::ingest;

std::filesystem::path g_dir;
std::unique_ptr<shanhai::store::Store> g_store;
std::unique_ptr<shanhai::ledger::Ledger> g_ledger;

constexpr char kUnits[] =
    "code,name,level,parent_code,side\n"
    "330000,浙江省,province,,east\n"
    "330100,杭州市,city,330000,east\n"
    "330102,上城区,county,330100,east\n"
    "520000,贵州省,province,,west\n"
    "522600,黔东南苗族侗族自治州,city,520000,west\n"
    "522631,黎平县,county,522600,west\n";
constexpr char kPairings[] =
    "id,level,east_unit,west_unit,start_date\n"
    "1,county,330102,522631,2021-01-01\n";

void Die(const std::string& what) {
  std::fprintf(stderr, "csv_import_fuzzer: %s\n", what.c_str());
  std::abort();
}

void RemoveDatabase() {
  g_ledger.reset();
  g_store.reset();
  std::error_code ignored;
  std::filesystem::remove_all(g_dir, ignored);
}

void OpenDatabase() {
  std::string pattern = (std::filesystem::temp_directory_path() / "shanhai-fuzz-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) Die("cannot make a temp dir");
  g_dir = pattern;
  auto store = shanhai::store::Store::Open((g_dir / "fuzz.db").string());
  if (!store.ok()) Die(store.status().ToString());
  g_store = std::move(*store);
  g_ledger = std::make_unique<shanhai::ledger::Ledger>(*g_store);
  std::atexit(RemoveDatabase);
  for (auto [type, csv] : {std::pair{"admin_units", kUnits}, std::pair{"pairings", kPairings}}) {
    auto done = ingest::ImportContent(*g_ledger, *shanhai::model::FindType(type), csv, ingest::ImportFormat::kCsv, {});
    if (!done.ok()) Die(done.status().ToString());
  }
}

int64_t RowCount(const shanhai::model::RecordType& type) {
  shanhai::store::ListQuery q;
  q.type = &type;
  q.limit = 0;
  auto page = g_ledger->List(q);
  Require(page.ok(), "listing rows failed");
  return page->total;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  OpenDatabase();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto rows = ingest::ReadCsv(std::string_view(reinterpret_cast<const char*>(data), size));
  if (rows.ok() && !rows->empty()) {
    int64_t line = 0;
    for (const ingest::TableRow& row : *rows) {
      Require(row.cells.size() == rows->front().cells.size(), "a CSV row is not as wide as the header");
      Require(row.line > line, "CSV row lines do not go up");
      line = row.line;
    }
  }

  const shanhai::fuzz::TypedInput in = shanhai::fuzz::SplitTypeLine(data, size);
  const int64_t before = RowCount(*in.type);
  auto imported = ingest::ImportContent(*g_ledger, *in.type, in.payload, ingest::ImportFormat::kCsv,
                                        shanhai::ledger::Actor{"fuzz"});
  if (!imported.ok()) Require(RowCount(*in.type) == before, "a refused import wrote rows");
  return 0;
}
