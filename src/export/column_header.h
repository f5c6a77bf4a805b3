// export/column_header.h
//
// The header cells export/ writes, chosen so that ingest/ reads them back to the same
// fields (ingest/column_map.h; export_test checks every type).

#ifndef SHANHAI_EXPORT_COLUMN_HEADER_H_
#define SHANHAI_EXPORT_COLUMN_HEADER_H_

#include <cstddef>
#include <string>

#include "model/record_type.h"

namespace shanhai::exports {  // "export" is a C++ keyword

// The header of field `index` of `type` in files for machines (CSV): its file column
// name, model::FileColumnName ("amount_yuan"). REQUIRES: index < type.fields.size().
std::string MachineColumnHeader(const model::RecordType& type, size_t index);

// The header of field `index` of `type` in files for people (XLSX): its Chinese label,
// model::FileColumnLabel ("金额（元）"), or its file column name when another field of
// the type has the same label (状态 is both status and activity in some types), since
// the importer refuses an ambiguous label. REQUIRES: index < type.fields.size().
std::string LabelColumnHeader(const model::RecordType& type, size_t index);

}  // namespace shanhai::exports

#endif  // SHANHAI_EXPORT_COLUMN_HEADER_H_
