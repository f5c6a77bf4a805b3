#include "text/chinese_script.h"

#include <opencc.h>

#include <mutex>
#include <unordered_map>

namespace shanhai::text {
namespace {

// Labels number in the thousands; a cap keeps a caller that converts data from growing
// the cache without bound (it is then cleared and refilled).
constexpr size_t kMaxCached = 100'000;

const char* ConfigFile(ScriptConversion c) {
  switch (c) {
    case ScriptConversion::kToTraditionalTaiwan: return "s2twp.json";
    case ScriptConversion::kToSimplified: return "t2s.json";
  }
  return "t2s.json";
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

struct ScriptConverter::Impl {
  explicit Impl(const char* config) : converter(config) {}
  opencc::SimpleConverter converter;
  std::mutex mu;
  std::unordered_map<std::string, std::string> cache;  // guarded by mu
};

ScriptConverter::ScriptConverter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ScriptConverter::~ScriptConverter() = default;

Result<std::unique_ptr<ScriptConverter>> ScriptConverter::Open(ScriptConversion conversion) {
  const char* config = ConfigFile(conversion);
  try {
    auto impl = std::make_unique<Impl>(config);
    return std::unique_ptr<ScriptConverter>(new ScriptConverter(std::move(impl)));
  } catch (const std::exception& e) {
    return Status::Unavailable(std::string("cannot load OpenCC configuration ") + config + ": " + e.what(),
                               std::string("无法加载 OpenCC 配置 ") + config + "：" + e.what());
  }
}

std::string ScriptConverter::Convert(std::string_view utf8) const {
  if (utf8.empty() || IsAscii(utf8)) return std::string(utf8);
  std::string key(utf8);
  std::lock_guard<std::mutex> lock(impl_->mu);
  if (auto it = impl_->cache.find(key); it != impl_->cache.end()) return it->second;
  std::string out;
  try {
    out = impl_->converter.Convert(key);
  } catch (const std::exception&) {
    out = key;  // OpenCC throws only on malformed input; keep the text as it was
  }
  if (impl_->cache.size() >= kMaxCached) impl_->cache.clear();
  impl_->cache.emplace(std::move(key), out);
  return out;
}

}  // namespace shanhai::text
