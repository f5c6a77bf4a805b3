// api/traditional_labels.h
//
// Traditional Chinese (Taiwan) labels in JSON documents, for the console's zh-TW. The
// server's labels are Simplified; rather than keeping a third copy of every label by
// hand, each bilingual label gets its zh-TW form from OpenCC (text/chinese_script.h):
//   {"zh": "财政援助资金", "en": …}      → adds "zh_tw": "財政援助資金"
//   {"name": "…", "name_en": "…"}         → adds "name_zh_tw" (likewise title, label…)
// Only labels change: a key is a label when it is "zh" or has an "_en" twin, so data
// values (a pairing's name, a quote) are never converted.
//
// Thread-safety: as the converter (safe to share).

#ifndef SHANHAI_API_TRADITIONAL_LABELS_H_
#define SHANHAI_API_TRADITIONAL_LABELS_H_

#include <memory>
#include <nlohmann/json.hpp>

#include "api/router.h"
#include "text/chinese_script.h"

namespace shanhai::api {

// Adds the zh-TW twin of every label in `doc`, recursively. Existing twins are kept.
void AddTraditionalLabels(nlohmann::json& doc, const text::ScriptConverter& converter);

// `handler` with AddTraditionalLabels applied to its successful JSON answers; other
// answers (errors, HTML, XLSX) pass unchanged. `converter` is shared and must be non-null.
RouteHandler WithTraditionalLabels(RouteHandler handler, std::shared_ptr<const text::ScriptConverter> converter);

}  // namespace shanhai::api

#endif  // SHANHAI_API_TRADITIONAL_LABELS_H_
