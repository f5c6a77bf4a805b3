#include "model/field.h"

namespace shanhai::model {

std::string_view KindNameZh(FieldKind kind) {
  switch (kind) {
    case FieldKind::kId: return "编号";
    case FieldKind::kText: return "文本";
    case FieldKind::kInt: return "非负整数";
    case FieldKind::kReal: return "数值";
    case FieldKind::kMoney: return "金额（整数，单位分）";
    case FieldKind::kDate: return "日期（YYYY-MM-DD）";
    case FieldKind::kTimestamp: return "时间";
    case FieldKind::kBool: return "是/否";
    case FieldKind::kEnum: return "枚举值";
    case FieldKind::kRef: return "编号引用";
    case FieldKind::kUnitCode: return "行政区划代码";
  }
  return "";
}

std::string_view KindNameEn(FieldKind kind) {
  switch (kind) {
    case FieldKind::kId: return "id";
    case FieldKind::kText: return "text";
    case FieldKind::kInt: return "non-negative integer";
    case FieldKind::kReal: return "number";
    case FieldKind::kMoney: return "amount (integer fen)";
    case FieldKind::kDate: return "date (YYYY-MM-DD)";
    case FieldKind::kTimestamp: return "timestamp";
    case FieldKind::kBool: return "boolean";
    case FieldKind::kEnum: return "enumerated value";
    case FieldKind::kRef: return "id reference";
    case FieldKind::kUnitCode: return "administrative code";
  }
  return "";
}

}  // namespace shanhai::model
