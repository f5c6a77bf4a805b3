// fuzz/admin_code_fuzzer.cc
//
// Administrative division codes (model/admin_code.h) on arbitrary text: the input is
// split at its first line break into a code and a would-be ancestor.
//
// Properties: every function is defined on any text (no out-of-range substr); a
// well-formed code has a level, its significant prefix is a prefix of it, it lies
// within itself, and its county part is its first six digits.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "model/admin_code.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace model = shanhai::model;
  using shanhai::fuzz::Require;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t eol = in.find('\n');
  const std::string_view code = in.substr(0, eol);
  const std::string_view ancestor = eol == std::string_view::npos ? std::string_view() : in.substr(eol + 1);

  for (std::string_view c : {code, ancestor}) {
    const bool well_formed = model::IsWellFormedUnitCode(c);
    const std::string_view level = model::LevelOfCode(c);
    const std::string_view prefix = model::SignificantPrefix(c);
    const std::string county = model::CountyPart(c);
    Require(c.starts_with(prefix), "SignificantPrefix is not a prefix of the code");
    Require(c.starts_with(county), "CountyPart is not a prefix of the code");
    if (well_formed) {
      Require(!level.empty(), "a well-formed code has no level");
      Require(county.size() == 6, "a well-formed code's county part is not 6 digits");
      Require(model::IsWithin(c, c), "a well-formed code is not within itself");
    }
  }
  const bool within = model::IsWithin(code, ancestor);
  if (within) Require(code.starts_with(model::SignificantPrefix(ancestor)), "IsWithin without the ancestor's prefix");
  return 0;
}
