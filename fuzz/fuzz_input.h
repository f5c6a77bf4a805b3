// fuzz/fuzz_input.h
//
// The input layout shared by the fuzz targets that need a record type: the type's name
// on the first line, then the payload (a JSON body, a CSV file). Seeds name real types,
// so a corpus stays readable; a mutated or unknown name still picks some type (by a hash
// of the name), so that every input reaches the parsers instead of stopping at the name.

#ifndef SHANHAI_FUZZ_FUZZ_INPUT_H_
#define SHANHAI_FUZZ_FUZZ_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

#include "model/record_type.h"

namespace shanhai::fuzz {

struct TypedInput {
  const model::RecordType* type = nullptr;  // never null: a type of model::AllTypes()
  std::string_view payload;                 // the bytes after the first line break
};

// Splits `data` (libFuzzer's buffer, which must outlive the result) as described above.
// Input without a line break is all name and an empty payload.
inline TypedInput SplitTypeLine(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t eol = in.find('\n');
  std::string_view name = in.substr(0, eol);
  TypedInput out;
  out.payload = eol == std::string_view::npos ? std::string_view() : in.substr(eol + 1);
  out.type = model::FindType(name);
  if (out.type == nullptr) {
    const auto& all = model::AllTypes();
    out.type = &all[std::hash<std::string_view>{}(name) % all.size()];
  }
  return out;
}

}  // namespace shanhai::fuzz

#endif  // SHANHAI_FUZZ_FUZZ_INPUT_H_
