#include "api/list_query.h"

#include <algorithm>
#include <charconv>

#include "model/field_text.h"

namespace shanhai::api {

Result<const model::RecordType*> TypeOf(const PathParams& params) {
  const std::string& name = params.at("type");
  const model::RecordType* type = model::FindType(name);
  if (!type) return Status::NotFound("no record type '" + name + "'", "没有数据类型“" + name + "”");
  return type;
}

Status UnknownQueryParameter(const std::string& key) {
  return Status::InvalidArgument("unknown query parameter '" + key + "'", "未知的查询参数“" + key + "”",
                                 {{key, "unknown query parameter", "未知的查询参数", 0}});
}

Result<int64_t> ParseInt(std::string_view text, std::string_view name, int64_t min, int64_t max) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < min || v > max)
    return Status::InvalidArgument(
        std::string(name) + " must be an integer between " + std::to_string(min) + " and " + std::to_string(max),
        std::string(name) + " 应为 " + std::to_string(min) + " 至 " + std::to_string(max) + " 之间的整数",
        {{std::string(name), "not an integer in range", "不是有效范围内的整数", 0}});
  return v;
}

Result<store::ListQuery> ParseListQuery(const model::RecordType& type, const http::Request& request,
                                        int64_t& page, int64_t& page_size,
                                        std::initializer_list<std::string_view> ignore) {
  store::ListQuery q;
  q.type = &type;
  page = 1;
  page_size = 50;
  for (const auto& [key, value] : request.query) {
    if (std::find(ignore.begin(), ignore.end(), key) != ignore.end()) continue;
    if (key == "pairing") {
      SHANHAI_ASSIGN_OR_RETURN(q.pairing_id, ParseInt(value, key, 1, INT64_MAX));
    } else if (key == "unit") {
      q.unit_code = value;
    } else if (key == "year") {
      SHANHAI_ASSIGN_OR_RETURN(int64_t y, ParseInt(value, key, 1900, 2999));
      q.year = static_cast<int>(y);
    } else if (key == "status") {
      q.status = value;
    } else if (key == "q") {
      // Free text in any text field (store/store.h, ListQuery::text); blank searches nothing.
      q.text = value;
    } else if (key == "sort") {
      q.sort_field = value;
      if (!value.empty() && value.front() == '-') {
        q.sort_field = value.substr(1);
        q.descending = true;
      }
    } else if (key == "page") {
      SHANHAI_ASSIGN_OR_RETURN(page, ParseInt(value, key, 1, 1'000'000'000));
    } else if (key == "page_size") {
      SHANHAI_ASSIGN_OR_RETURN(page_size, ParseInt(value, key, 1, kMaxPageSize));
    } else if (const model::FieldDef* f = type.Field(key); f && f->kind == model::FieldKind::kMoney) {
      // Money in the API is fen everywhere, filters included.
      SHANHAI_ASSIGN_OR_RETURN(int64_t fen, ParseInt(value, key, 0, INT64_MAX));
      q.equals.emplace_back(key, fen);
    } else if (f) {
      SHANHAI_ASSIGN_OR_RETURN(model::Value v, model::ParseFieldText(*f, value));
      q.equals.emplace_back(key, std::move(v));
    } else {
      return UnknownQueryParameter(key);
    }
  }
  q.limit = page_size;
  q.offset = (page - 1) * page_size;
  return q;
}

}  // namespace shanhai::api
