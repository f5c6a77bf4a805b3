// text/chinese_script.h
//
// ScriptConverter: Simplified ⇄ Traditional Chinese, by OpenCC (the only module that
// includes OpenCC; docs/decisions/0005-opencc.md). Two conversions are offered:
//  - kToTraditionalTaiwan (OpenCC s2twp): Traditional characters with Taiwan variants and
//    Taiwan vocabulary (数据 → 資料, 项目 → 專案), for the console's labels in zh-TW.
//  - kToSimplified (OpenCC t2s): characters only, no vocabulary rewriting, so proper
//    names survive (臺灣 → 台湾); for reading Traditional text into the ledger.
//
// Conversions are memoised: the strings converted are labels, a finite set, and the cache
// also keeps every call to OpenCC under one mutex, so the converter is safe to share
// without relying on OpenCC's own thread-safety, which it does not document.
//
// Thread-safety: Convert may be called from any number of threads at once.

#ifndef SHANHAI_TEXT_CHINESE_SCRIPT_H_
#define SHANHAI_TEXT_CHINESE_SCRIPT_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"

namespace shanhai::text {

enum class ScriptConversion {
  kToTraditionalTaiwan,  // s2twp
  kToSimplified,         // t2s
};

class ScriptConverter {
 public:
  // Opens OpenCC's configuration for `conversion` from the system's OpenCC data
  // (/usr/share/opencc). Errors: kUnavailable when the configuration or its dictionaries
  // cannot be loaded (package libopencc1.1 / libopencc-data missing).
  static Result<std::unique_ptr<ScriptConverter>> Open(ScriptConversion conversion);

  ~ScriptConverter();
  ScriptConverter(const ScriptConverter&) = delete;
  ScriptConverter& operator=(const ScriptConverter&) = delete;

  // `utf8` converted. Text with nothing to convert (ASCII, or already in the target
  // script) comes back unchanged. Never fails; invalid UTF-8 is passed through as OpenCC
  // returns it.
  std::string Convert(std::string_view utf8) const;

 private:
  struct Impl;
  explicit ScriptConverter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace shanhai::text

#endif  // SHANHAI_TEXT_CHINESE_SCRIPT_H_
