#include "store/sql_builder.h"

#include <cstdint>
#include <string_view>

#include "model/admin_code.h"

namespace shanhai::store::internal {
namespace {

using model::FieldKind;
using model::RecordType;

// The columns that place a row of `type` inside an administrative unit.
std::vector<std::string> UnitScopeColumns(const RecordType& type) {
  if (type.name == "admin_units") return {"code"};
  if (type.name == "organizations") return {"unit_code"};
  if (type.FieldIndex("west_code") >= 0) return {"west_code", "east_code"};
  return {};
}

class Builder {
 public:
  explicit Builder(Dialect d) : dialect_(d) {}
  std::string Param(model::Value v) {
    params_.push_back(std::move(v));
    return Placeholder(dialect_, static_cast<int>(params_.size()));
  }
  std::vector<model::Value> TakeParams() { return std::move(params_); }

 private:
  Dialect dialect_;
  std::vector<model::Value> params_;
};

// `text` without white space at either end: ASCII white space and the ideographic
// space U+3000 (what a Chinese input method types).
std::string_view TrimSearchText(std::string_view text) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  auto ascii_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (true) {
    if (!text.empty() && ascii_space(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(kIdeographicSpace)) {
      text.remove_prefix(kIdeographicSpace.size());
    } else if (!text.empty() && ascii_space(text.back())) {
      text.remove_suffix(1);
    } else if (text.ends_with(kIdeographicSpace)) {
      text.remove_suffix(kIdeographicSpace.size());
    } else {
      return text;
    }
  }
}

// Whether `text` is well-formed UTF-8 (no overlong forms, surrogates or code points above
// U+10FFFF) without NUL: PostgreSQL refuses anything else (and libpq would cut a
// parameter at NUL), where SQLite would quietly match nothing.
bool IsSearchableUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) return false;
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t more = 0;
    uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      more = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      more = 2;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      more = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (text.size() - i <= more) return false;
    for (size_t k = 1; k <= more; ++k) {
      const auto b = static_cast<unsigned char>(text[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (more == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return false;
    if (more == 3 && (cp < 0x10000 || cp > 0x10FFFF)) return false;
    i += more + 1;
  }
  return true;
}

// A LIKE pattern (with ESCAPE '\') matching any text that contains `text` literally.
std::string ContainsPattern(std::string_view text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  pattern += '%';
  return pattern;
}

Status UnknownField(const RecordType& type, const std::string& field, std::string_view what_en,
                    std::string_view what_zh) {
  return Status::InvalidArgument(
      std::string(what_en) + ": " + std::string(type.en) + " has no field '" + field + "'",
      std::string(what_zh) + "：“" + std::string(type.zh) + "”没有字段 '" + field + "'");
}

}  // namespace

std::string Placeholder(Dialect dialect, int n) {
  return dialect == Dialect::kSqlite ? "?" + std::to_string(n) : "$" + std::to_string(n);
}

std::string ColumnList(const RecordType& type) {
  std::string out;
  for (const auto& f : type.fields) {
    if (!out.empty()) out += ", ";
    out += f.name;
  }
  return out;
}

std::string InsertSql(const RecordType& type, Dialect dialect) {
  std::string values;
  for (size_t i = 0; i < type.fields.size(); ++i) {
    if (i) values += ", ";
    values += Placeholder(dialect, static_cast<int>(i + 1));
  }
  return "INSERT INTO " + std::string(type.name) + " (" + ColumnList(type) + ") VALUES (" + values + ")";
}

std::string UpdateSql(const RecordType& type, Dialect dialect) {
  std::string sets;
  int n = 0;
  for (const auto& f : type.fields) {
    if (f.name == "id") continue;
    if (!sets.empty()) sets += ", ";
    sets += std::string(f.name) + " = " + Placeholder(dialect, ++n);
  }
  return "UPDATE " + std::string(type.name) + " SET " + sets + " WHERE id = " + Placeholder(dialect, n + 1);
}

Result<Sql> BuildList(const ListQuery& q, Dialect dialect, bool count_only) {
  const RecordType& type = *q.type;
  Builder b(dialect);
  std::vector<std::string> where;

  if (q.pairing_id) {
    // The pairing and every pairing below it, as the indicator scopes count them. UNION
    // (not UNION ALL) ends the recursion even if parent links ever formed a cycle.
    std::string subtree = "(WITH RECURSIVE sub(id) AS (SELECT id FROM pairings WHERE id = " + b.Param(*q.pairing_id) +
                          " UNION SELECT p.id FROM pairings p JOIN sub ON p.parent_id = sub.id) SELECT id FROM sub)";
    if (type.name == "pairings") {
      where.push_back("id IN " + subtree);
    } else if (type.FieldIndex("pairing_id") >= 0) {
      where.push_back("pairing_id IN " + subtree);
    } else {
      return Status::InvalidArgument(std::string(type.en) + " cannot be filtered by pairing",
                                     "“" + std::string(type.zh) + "”不能按结对关系筛选");
    }
  }
  if (q.unit_code) {
    if (!model::IsWellFormedUnitCode(*q.unit_code))
      return Status::InvalidArgument("unit must be an administrative code: '" + *q.unit_code + "'",
                                     "unit 应为行政区划代码：'" + *q.unit_code + "'");
    std::vector<std::string> cols = UnitScopeColumns(type);
    if (cols.empty())
      return Status::InvalidArgument(std::string(type.en) + " cannot be filtered by unit",
                                     "“" + std::string(type.zh) + "”不能按区划筛选");
    std::string pattern = std::string(model::SignificantPrefix(*q.unit_code)) + "%";
    std::string any;
    for (const auto& c : cols) {
      if (!any.empty()) any += " OR ";
      any += c + " LIKE " + b.Param(pattern);
    }
    where.push_back("(" + any + ")");
  }
  if (q.year) {
    if (type.FieldIndex("year") >= 0 && type.FieldIndex("year") < static_cast<int>(type.fields.size()) &&
        type.Field("year")->kind == FieldKind::kInt) {
      where.push_back("year = " + b.Param(static_cast<int64_t>(*q.year)));
    } else if (!type.date_field.empty()) {
      std::string first = std::to_string(*q.year) + "-01-01", last = std::to_string(*q.year) + "-12-31";
      std::string start(type.date_field);
      if (!type.end_date_field.empty()) {
        std::string end(type.end_date_field);
        where.push_back(start + " <= " + b.Param(last) + " AND (" + end + " IS NULL OR " + end +
                        " >= " + b.Param(first) + ")");
      } else {
        where.push_back(start + " >= " + b.Param(first) + " AND " + start + " <= " + b.Param(last));
      }
    } else {
      return Status::InvalidArgument(std::string(type.en) + " cannot be filtered by year",
                                     "“" + std::string(type.zh) + "”不能按年度筛选");
    }
  }
  if (q.status) {
    if (type.FieldIndex("status") < 0)
      return Status::InvalidArgument(std::string(type.en) + " has no workflow status",
                                     "“" + std::string(type.zh) + "”没有审核状态");
    where.push_back("status = " + b.Param(*q.status));
  }
  for (const auto& [field, value] : q.equals) {
    if (type.FieldIndex(field) < 0) return UnknownField(type, field, "filter", "筛选");
    if (model::IsAbsent(value)) {
      where.push_back(field + " IS NULL");
    } else {
      where.push_back(field + " = " + b.Param(value));
    }
  }
  if (q.text) {
    std::string_view text = TrimSearchText(*q.text);
    if (!IsSearchableUtf8(text))
      return Status::InvalidArgument("the search text must be UTF-8 without NUL characters",
                                     "搜索文本须为 UTF-8 编码且不含 NUL 字符");
    if (!text.empty()) {
      // One parameter for every column. SQLite's LIKE folds ASCII case only. PostgreSQL's
      // LIKE folds nothing and its ILIKE folds by the collation (Unicode-wide under
      // zh_CN.UTF-8 or en_US.UTF-8); under "C" ILIKE folds ASCII only, as SQLite does.
      std::vector<std::string_view> columns;
      for (const auto& f : type.fields)
        if (f.kind == FieldKind::kText && !f.system) columns.push_back(f.name);
      if (columns.empty()) {
        where.push_back("1 = 0");  // no text to search in (no type is like this today)
      } else {
        const std::string pattern = b.Param(ContainsPattern(text));
        const std::string op = dialect == Dialect::kPostgres ? " COLLATE \"C\" ILIKE " : " LIKE ";
        std::string any;
        for (std::string_view c : columns) {
          if (!any.empty()) any += " OR ";
          any += std::string(c) + op + pattern + " ESCAPE '\\'";
        }
        where.push_back("(" + any + ")");
      }
    }
  }
  if (q.offset < 0 || q.limit < 0)
    return Status::InvalidArgument("offset and limit must not be negative", "偏移量和条数不能为负数");

  Sql sql;
  sql.text = count_only ? "SELECT COUNT(*) FROM " : "SELECT " + ColumnList(type) + " FROM ";
  sql.text += type.name;
  for (size_t i = 0; i < where.size(); ++i) sql.text += (i == 0 ? " WHERE " : " AND ") + where[i];
  if (!count_only) {
    if (type.FieldIndex(q.sort_field) < 0) return UnknownField(type, q.sort_field, "sort", "排序");
    sql.text += " ORDER BY " + q.sort_field;
    // SQLite compares text byte by byte; PostgreSQL would use the database's collation
    // (pinyin under zh-CN, case-folded under en-US). Pin byte order so pages agree. Dates
    // are DATE columns in PostgreSQL (no collation) and sort the same either way.
    FieldKind kind = type.Field(q.sort_field)->kind;
    if (dialect == Dialect::kPostgres && (kind == FieldKind::kText || kind == FieldKind::kEnum ||
                                          kind == FieldKind::kUnitCode || kind == FieldKind::kTimestamp))
      sql.text += " COLLATE \"C\"";
    sql.text += q.descending ? " DESC" : " ASC";
    // NULLs sort differently in the two engines; pin them last so pages agree.
    sql.text += " NULLS LAST";
    if (q.sort_field != "id") sql.text += ", id ASC";
    sql.text += " LIMIT " + b.Param(q.limit) + " OFFSET " + b.Param(q.offset);
  }
  sql.params = b.TakeParams();
  return sql;
}

std::string FactInsertSql(Dialect dialect, size_t rows) {
  std::string sql = std::string("INSERT INTO indicator_facts (") + kFactColumns + ") VALUES ";
  int n = 0;
  for (size_t r = 0; r < rows; ++r) {
    sql += r ? ", (" : "(";
    for (int c = 0; c < kFactColumnCount; ++c) sql += (c ? ", " : "") + Placeholder(dialect, ++n);
    sql += ")";
  }
  return sql;
}

void AppendFactParams(const Fact& f, std::vector<model::Value>& params) {
  using model::Value;
  // emplace_back with the alternative named: g++ 12 sees a maybe-uninitialized variant
  // in push_back(Value{…}) at -O2 (a false positive, but CI builds with -Werror).
  auto text = [&](const std::string& s) {
    if (s.empty()) {
      params.emplace_back();
    } else {
      params.emplace_back(std::in_place_type<std::string>, s);
    }
  };
  auto integer = [&](std::optional<int64_t> v) {
    if (v) {
      params.emplace_back(std::in_place_type<int64_t>, *v);
    } else {
      params.emplace_back();
    }
  };
  params.emplace_back(std::in_place_type<std::string>, f.west_code);
  params.emplace_back(std::in_place_type<std::string>, f.indicator);
  params.emplace_back(std::in_place_type<std::string>, f.record_type);
  integer(f.record_id);
  integer(f.pairing_id);
  text(f.east_code);
  integer(int64_t{f.from_month});
  integer(f.to_month ? std::optional<int64_t>(*f.to_month) : std::nullopt);
  params.emplace_back(std::in_place_type<double>, f.value);
  text(f.distinct_key);
}

Result<Sql> BuildFactAggregate(const FactQuery& q, Dialect dialect) {
  if (q.indicator.empty() == q.indicators.empty())
    return Status::InvalidArgument("give one indicator or a list of them", "须指定一个指标或一组指标");
  if (q.to_month < q.from_month)
    return Status::InvalidArgument("the period ends before it starts", "统计期间的结束早于开始");
  if (!q.indicators.empty() && q.group_by_pairing)
    return Status::InvalidArgument("a ranking takes one indicator", "排名只能针对一个指标");
  Builder b(dialect);
  std::string where;
  if (q.indicators.empty()) {
    where = "indicator = " + b.Param(q.indicator);
  } else {
    std::string list;
    for (const std::string& code : q.indicators) list += (list.empty() ? "" : ", ") + b.Param(code);
    where = "indicator IN (" + list + ")";
  }
  // Each bound parameter must appear in the text: PostgreSQL cannot type an unused one.
  switch (q.timing) {
    case FactQuery::Timing::kEvent:
      where += " AND from_month >= " + b.Param(int64_t{q.from_month}) + " AND from_month <= " +
               b.Param(int64_t{q.to_month});
      break;
    case FactQuery::Timing::kSpan:
      where += " AND from_month <= " + b.Param(int64_t{q.to_month});
      where += " AND (to_month IS NULL OR to_month >= " + b.Param(int64_t{q.from_month}) + ")";
      break;
    case FactQuery::Timing::kStock: {
      const std::string end = b.Param(int64_t{q.to_month});
      where += " AND from_month <= " + end + " AND (to_month IS NULL OR to_month >= " + end + ")";
      break;
    }
  }
  if (!q.pairing_ids.empty()) {
    std::string list;
    for (int64_t id : q.pairing_ids) list += (list.empty() ? "" : ", ") + b.Param(id);
    where += " AND pairing_id IN (" + list + ")";
  }
  // Prefixes as ranges, which both engines answer from an index (LIKE is not, in
  // SQLite, without case-sensitive LIKE); codes are digits and ':' sorts after '9'.
  if (q.west_prefix)
    where += " AND west_code >= " + b.Param(*q.west_prefix) + " AND west_code < " + b.Param(*q.west_prefix + ":");
  if (q.east_prefix)
    where += " AND east_code >= " + b.Param(*q.east_prefix) + " AND east_code < " + b.Param(*q.east_prefix + ":");
  std::string measure;
  switch (q.measure) {
    case FactQuery::Measure::kSum: measure = "COALESCE(SUM(value), 0)"; break;
    case FactQuery::Measure::kCount: measure = "COUNT(*)"; break;
    case FactQuery::Measure::kCountDistinct: measure = "COUNT(DISTINCT distinct_key)"; break;
  }
  Sql sql;
  if (q.group_by_pairing) {
    sql.text = "SELECT NULL, pairing_id, " + measure + " FROM indicator_facts WHERE " + where +
               " AND pairing_id IS NOT NULL GROUP BY pairing_id ORDER BY pairing_id";
  } else if (!q.indicators.empty()) {
    sql.text = "SELECT indicator, NULL, " + measure + " FROM indicator_facts WHERE " + where + " GROUP BY indicator";
  } else {
    sql.text = "SELECT NULL, NULL, " + measure + " FROM indicator_facts WHERE " + where;
  }
  sql.params = b.TakeParams();
  return sql;
}

}  // namespace shanhai::store::internal

namespace shanhai::store {

bool CanFilterByPairing(const model::RecordType& type) {
  return type.name == "pairings" || type.FieldIndex("pairing_id") >= 0;
}

bool CanFilterByUnit(const model::RecordType& type) { return !internal::UnitScopeColumns(type).empty(); }

}  // namespace shanhai::store
