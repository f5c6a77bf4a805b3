// fuzz/id_number_fuzzer.cc
//
// Resident ID numbers (model/id_number.h): CheckIdNumber on arbitrary text, and
// HashIdNumber on the numbers it accepts.
//
// Properties: the check is defined on any text; an accepted number hashes to 64 hex
// digits, the same for its lower-case 'x' and upper-case 'X' spellings.

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "model/id_number.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace model = shanhai::model;
  using shanhai::fuzz::Require;
  const std::string_view id(reinterpret_cast<const char*>(data), size);
  if (!model::CheckIdNumber(id).ok()) return 0;
  constexpr std::string_view kSalt = "fuzz-salt-0123456789abcdef";
  const std::string hash = model::HashIdNumber(id, kSalt);
  Require(hash.size() == 64 && hash.find_first_not_of("0123456789abcdef") == std::string::npos,
          "HashIdNumber is not 64 lower-case hex digits");
  std::string lower(id);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  Require(model::CheckIdNumber(lower).ok(), "an accepted number is refused in lower case");
  Require(model::HashIdNumber(lower, kSalt) == hash, "the hash depends on the case of X");
  return 0;
}
