#include "http/request.h"

#include <string>

namespace shanhai::http {

std::optional<std::string_view> Request::Query(std::string_view key) const {
  auto it = query.find(std::string(key));
  if (it == query.end()) return std::nullopt;
  return std::string_view(it->second);
}

std::optional<std::string_view> Request::Header(std::string_view lower_name) const {
  // Lower-case anyway, so that Header("Content-Type") is not a silent miss.
  std::string name(lower_name);
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  auto it = headers.find(name);
  if (it == headers.end()) return std::nullopt;
  return std::string_view(it->second);
}

}  // namespace shanhai::http
