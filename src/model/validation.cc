#include "model/validation.h"

#include <cmath>
#include <string>
#include <vector>

#include "base/date.h"
#include "model/admin_code.h"

namespace shanhai::model {
namespace {

class Problems {
 public:
  void Add(std::string_view field, std::string en, std::string zh) {
    list_.push_back(FieldError{std::string(field), std::move(en), std::move(zh), 0});
  }
  bool empty() const { return list_.empty(); }
  bool Has(std::string_view field) const {
    for (const auto& p : list_)
      if (p.field == field) return true;
    return false;
  }
  Status ToStatus(const RecordType& type) const {
    if (list_.empty()) return Status::Ok();
    std::string en = std::string(type.en) + ": " + std::to_string(list_.size()) + " invalid field(s)";
    std::string zh = std::string(type.zh) + "：" + std::to_string(list_.size()) + " 个字段有误";
    for (const auto& p : list_) {
      en += "; " + p.field + ": " + p.message_en;
      zh += "；" + p.field + "：" + p.message_zh;
    }
    return Status::InvalidArgument(en, zh, list_);
  }

 private:
  std::vector<FieldError> list_;
};

void CheckValueShape(const FieldDef& f, const Value& v, Problems& out) {
  switch (f.kind) {
    case FieldKind::kInt:
      if (auto* p = std::get_if<int64_t>(&v); p && *p < 0)
        out.Add(f.name, "must not be negative", "不能为负数");
      break;
    case FieldKind::kMoney:
      if (auto* p = std::get_if<int64_t>(&v); p && *p < 0)
        out.Add(f.name, "an amount must not be negative", "金额不能为负数");
      break;
    case FieldKind::kRef:
    case FieldKind::kId:
      if (auto* p = std::get_if<int64_t>(&v); p && *p <= 0)
        out.Add(f.name, "an id must be a positive integer", "编号应为正整数");
      break;
    case FieldKind::kReal:
      if (auto* p = std::get_if<double>(&v); p && !std::isfinite(*p))
        out.Add(f.name, "must be a finite number", "应为有限数值");
      break;
    case FieldKind::kDate:
      if (auto* p = std::get_if<std::string>(&v); p && !Date::Parse(*p).ok())
        out.Add(f.name, "not a date in the form YYYY-MM-DD: '" + *p + "'", "日期格式应为 YYYY-MM-DD：'" + *p + "'");
      break;
    case FieldKind::kUnitCode:
      if (auto* p = std::get_if<std::string>(&v); p && !IsWellFormedUnitCode(*p))
        out.Add(f.name, "not an administrative code (6, 9 or 12 digits of GB/T 2260): '" + *p + "'",
                "行政区划代码应为6、9或12位 GB/T 2260 代码：'" + *p + "'");
      break;
    case FieldKind::kEnum:
      if (auto* p = std::get_if<std::string>(&v)) {
        bool known = false;
        for (const Choice& c : f.choices) known = known || c.code == *p;
        if (!known) {
          std::string allowed;
          for (const Choice& c : f.choices) allowed += (allowed.empty() ? "" : ", ") + std::string(c.code);
          out.Add(f.name, "'" + *p + "' is not one of: " + allowed, "'" + *p + "' 不是允许的取值：" + allowed);
        }
      }
      break;
    case FieldKind::kText:
      if (auto* p = std::get_if<std::string>(&v); p && f.required && p->find_first_not_of(" \t\r\n") == std::string::npos)
        out.Add(f.name, "must not be blank", "不能为空");
      break;
    case FieldKind::kBool:
    case FieldKind::kTimestamp:
      break;
  }
}

std::string DateOf(const Record& r, std::string_view field) {
  if (field.empty() || r.type().FieldIndex(field) < 0) return {};
  return r.GetString(field).value_or("");
}

// Both dates well-formed and `end` before `start` → a problem on the end field.
void CheckOrder(const Record& r, std::string_view start, std::string_view end, Problems& out) {
  std::string s = DateOf(r, start), e = DateOf(r, end);
  if (s.empty() || e.empty() || out.Has(start) || out.Has(end)) return;
  if (e < s)  // ISO dates order as strings
    out.Add(end, std::string(end) + " (" + e + ") is before " + std::string(start) + " (" + s + ")",
            "结束日期（" + e + "）早于开始日期（" + s + "）");
}

void CheckAdminUnit(const Record& r, Problems& out) {
  std::string code = r.GetString("code").value_or("");
  std::string level = r.GetString("level").value_or("");
  if (out.Has("code") || code.empty() || level.empty()) return;
  std::string_view shape = LevelOfCode(code);
  if (shape != level)
    out.Add("level", "code " + code + " is the code of a " + std::string(shape) + ", not a " + level,
            "代码 " + code + " 对应的层级与填写的层级（" + level + "）不一致");
  std::string parent = r.GetString("parent_code").value_or("");
  if (!parent.empty() && !out.Has("parent_code")) {
    if (parent == code || !IsWithin(code, parent))
      out.Add("parent_code", "parent " + parent + " does not contain " + code,
              "上级区划 " + parent + " 不包含 " + code);
  } else if (parent.empty() && level != "province" && level != "county" && !out.Has("level")) {
    // Counties may hang directly under a province (省直辖县级行政区), so only towns,
    // villages and cities must name their parent.
    out.Add("parent_code", "a " + level + " must name its parent unit", "该层级须填写上级区划");
  }
}

void CheckPairing(const Record& r, Problems& out) {
  bool east_unit = !IsAbsent(r.Get("east_unit")), east_org = !IsAbsent(r.Get("east_org_id"));
  bool west_unit = !IsAbsent(r.Get("west_unit")), west_org = !IsAbsent(r.Get("west_org_id"));
  if (east_unit == east_org)
    out.Add("east_unit", "name exactly one eastern party: east_unit or east_org_id",
            "东部结对方须且只能填写一个：东部区划或东部机构");
  if (west_unit == west_org)
    out.Add("west_unit", "name exactly one western party: west_unit or west_org_id",
            "西部结对方须且只能填写一个：西部区划或西部机构");
  if (east_unit && west_unit && r.GetString("east_unit") == r.GetString("west_unit"))
    out.Add("west_unit", "a unit cannot be paired with itself", "不能与自身结对");
  if (!IsAbsent(r.Get("parent_id")) && r.GetInt("parent_id") == r.GetInt("id") && r.id() != 0)
    out.Add("parent_id", "a pairing cannot be its own parent", "结对关系不能以自身为上级");
}

void CheckYear(const Record& r, Problems& out) {
  auto y = r.GetInt("year");
  if (y && (*y < 1996 || *y > 2100))
    out.Add("year", "year must be between 1996 and 2100", "年度应在1996至2100之间");
}

void CheckTarget(const Record& r, Problems& out) {
  CheckYear(r, out);
  auto v = r.GetReal("target_value"), lo = r.GetReal("min_value"), hi = r.GetReal("max_value");
  if (!v && !lo && !hi)
    out.Add("target_value", "give a target value or a min–max range", "须填写任务数或任务区间");
  if (v && (lo || hi))
    out.Add("target_value", "give either a single value or a range, not both", "任务数与任务区间只能填写其一");
  for (auto [name, x] : {std::pair{"target_value", v}, {"min_value", lo}, {"max_value", hi}})
    if (x && *x < 0) out.Add(name, "a target must not be negative", "任务数不能为负数");
  if (lo && hi && *hi < *lo) out.Add("max_value", "max is below min", "上限小于下限");
}

void CheckInvestment(const Record& r, Problems& out) {
  std::string stage = r.GetString("stage").value_or("");
  if (stage == "signed" && IsAbsent(r.Get("contract_amount_fen")))
    out.Add("contract_amount_fen", "a signed investment needs its contract amount", "签约投资须填写签约金额");
  if (stage == "paid_in" && IsAbsent(r.Get("paid_in_amount_fen")))
    out.Add("paid_in_amount_fen", "a paid-in investment needs its paid-in amount", "到位投资须填写到位金额");
}

void CheckReportedFigure(const Record& r, Problems& out) {
  auto v = r.GetReal("value"), hi = r.GetReal("value_max");
  std::string q = r.GetString("qualifier").value_or("");
  if (q == "range" && !hi) out.Add("value_max", "a range needs its upper value", "区间须填写上限");
  if (hi && v && *hi < *v) out.Add("value_max", "upper value is below the value", "上限小于数值");
}

void CheckBirthYear(const Record& r, Problems& out) {
  auto y = r.GetInt("birth_year");
  if (y && (*y < 1900 || *y > Date::Today().year()))
    out.Add("birth_year", "birth year must be between 1900 and this year", "出生年份应在1900年至今年之间");
}

}  // namespace

Status CheckCreditCode(std::string_view uscc) {
  static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  auto bad = [] {
    return Status::InvalidArgument("not a valid unified social credit code", "统一社会信用代码无效");
  };
  if (uscc.size() != 18) return bad();
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    size_t pos = kAlphabet.find(uscc[i]);
    if (pos == std::string_view::npos) return bad();
    sum += static_cast<int>(pos) * kWeights[i];
  }
  int check = (31 - sum % 31) % 31;
  if (uscc[17] != kAlphabet[static_cast<size_t>(check)]) return bad();
  return Status::Ok();
}

Status ValidateRecord(const Record& r) {
  const RecordType& type = r.type();
  Problems out;
  for (size_t i = 0; i < type.fields.size(); ++i) {
    const FieldDef& f = type.fields[i];
    if (f.system) continue;
    const Value& v = r.at(i);
    if (IsAbsent(v)) {
      if (f.required) out.Add(f.name, "is required", "必填");
      continue;
    }
    CheckValueShape(f, v, out);
  }
  if (type.pairing_required && type.is_record() && IsAbsent(r.Get("pairing_id")) && type.parent_field.empty())
    out.Add("pairing_id", "a record must name its pairing", "记录须指明所属结对关系");
  if (!type.date_field.empty() && !type.end_date_field.empty())
    CheckOrder(r, type.date_field, type.end_date_field, out);

  if (type.name == "admin_units") {
    CheckAdminUnit(r, out);
  } else if (type.name == "organizations") {
    if (auto u = r.GetString("uscc"); u && !u->empty() && !CheckCreditCode(*u).ok())
      out.Add("uscc", "not a valid unified social credit code (18 characters with a matching check character)",
              "统一社会信用代码无效（应为18位且校验位正确）");
  } else if (type.name == "pairings") {
    CheckPairing(r, out);
  } else if (type.name == "agreements") {
    CheckYear(r, out);
  } else if (type.name == "targets") {
    CheckTarget(r, out);
  } else if (type.name == "investments") {
    CheckInvestment(r, out);
  } else if (type.name == "reported_figures") {
    CheckReportedFigure(r, out);
  } else if (type.name == "persons") {
    CheckBirthYear(r, out);
  } else if (type.name == "wishes") {
    CheckOrder(r, "posted_date", "claimed_date", out);
    CheckOrder(r, "posted_date", "fulfilled_date", out);
  }
  return out.ToStatus(type);
}

}  // namespace shanhai::model
