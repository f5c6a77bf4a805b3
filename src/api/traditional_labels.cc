#include "api/traditional_labels.h"

#include <string>
#include <vector>

namespace shanhai::api {

void AddTraditionalLabels(nlohmann::json& doc, const text::ScriptConverter& converter) {
  if (doc.is_array()) {
    for (nlohmann::json& e : doc) AddTraditionalLabels(e, converter);
    return;
  }
  if (!doc.is_object()) return;
  std::vector<std::pair<std::string, std::string>> added;
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    if (it.value().is_structured()) {
      AddTraditionalLabels(it.value(), converter);
      continue;
    }
    if (!it.value().is_string()) continue;
    const std::string& key = it.key();
    std::string twin;
    if (key == "zh") {
      twin = "zh_tw";
    } else if (doc.contains(key + "_en")) {
      twin = key + "_zh_tw";
    } else {
      continue;
    }
    if (!doc.contains(twin)) added.emplace_back(twin, converter.Convert(it.value().get_ref<const std::string&>()));
  }
  // Added after the walk: inserting into an object while iterating it is undefined.
  for (auto& [k, v] : added) doc[k] = std::move(v);
}

RouteHandler WithTraditionalLabels(RouteHandler handler, std::shared_ptr<const text::ScriptConverter> converter) {
  return [handler = std::move(handler), converter = std::move(converter)](const http::Request& rq,
                                                                          const PathParams& params) {
    http::Response r = handler(rq, params);
    if (r.status != 200 || r.content_type.rfind("application/json", 0) != 0) return r;
    nlohmann::json doc = nlohmann::json::parse(r.body, nullptr, false);
    if (doc.is_discarded()) return r;
    AddTraditionalLabels(doc, *converter);
    r.body = doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
  };
}

}  // namespace shanhai::api
