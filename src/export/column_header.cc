#include "export/column_header.h"

#include "model/field_text.h"

namespace shanhai::exports {

std::string MachineColumnHeader(const model::RecordType& type, size_t index) {
  return model::FileColumnName(type.fields[index]);
}

std::string LabelColumnHeader(const model::RecordType& type, size_t index) {
  const model::FieldDef& f = type.fields[index];
  const std::string label = model::FileColumnLabel(f);
  for (size_t i = 0; i < type.fields.size(); ++i) {
    if (i == index) continue;
    const model::FieldDef& other = type.fields[i];
    if (model::FileColumnLabel(other) == label || other.zh == label) return model::FileColumnName(f);
  }
  return label;
}

}  // namespace shanhai::exports
