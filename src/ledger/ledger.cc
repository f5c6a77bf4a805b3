#include "ledger/ledger.h"

#include "ledger/audit.h"

#include <sodium.h>

#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/clock.h"
#include "indicators/catalog.h"
#include "indicators/indexer.h"
#include "indicators/lookup.h"
#include "model/admin_code.h"
#include "model/id_number.h"
#include "model/validation.h"

namespace shanhai::ledger {
namespace {

using model::FieldDef;
using model::FieldKind;
using model::Record;
using model::RecordType;
using model::Value;

constexpr size_t kImportBatch = 2000;
constexpr size_t kMaxReportedErrors = 1000;

std::string Label(const RecordType& t) { return "“" + std::string(t.zh) + "”"; }

// The database's secret for hashing ID numbers, created on first use.
Result<std::string> IdSalt(store::Txn& txn) {
  SHANHAI_ASSIGN_OR_RETURN(auto salt, txn.GetSetting("id_salt"));
  if (salt) return *salt;
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  std::string hex;
  for (unsigned char c : raw) {
    static constexpr char kHex[] = "0123456789abcdef";
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  SHANHAI_RETURN_IF_ERROR(txn.PutSetting("id_salt", hex));
  return hex;
}

// Look-ups made while checking rows, cached for the length of one write, and the rows
// of the batch being imported (which the store does not hold yet).
using Context = indicators::Lookup;

class Problems {
 public:
  void Add(std::string_view field, std::string en, std::string zh) {
    list.push_back({std::string(field), std::move(en), std::move(zh), 0});
  }
  void AddAll(const Status& s) {
    for (const auto& f : s.fields()) list.push_back(f);
    if (s.fields().empty()) Add("", s.message_en(), s.message_zh());
  }
  bool Has(std::string_view field) const {
    for (const auto& p : list)
      if (p.field == field) return true;
    return false;
  }
  std::vector<FieldError> list;
};

// Date `d` inside pairing `p`'s active period?
bool PairingActiveOn(const Record& p, const std::string& d) {
  std::string start = p.GetString("start_date").value_or("");
  std::string end = p.GetString("end_date").value_or("");
  return start <= d && (end.empty() || d <= end);
}

std::string PairingPeriod(const Record& p) {
  return p.GetString("start_date").value_or("") + " – " + p.GetString("end_date").value_or("");
}

// The pairing's code on one side: its unit party's code, or its organisation's unit.
Result<std::optional<std::string>> PartyCode(Context& ctx, const Record& pairing, std::string_view side) {
  std::string unit_field = std::string(side) + "_unit", org_field = std::string(side) + "_org_id";
  if (auto u = pairing.GetString(unit_field)) return std::optional<std::string>(model::CountyPart(*u));
  if (auto org_id = pairing.GetInt(org_field)) {
    SHANHAI_ASSIGN_OR_RETURN(auto org, ctx.Find(*model::FindType("organizations"), *org_id));
    if (org) return std::optional<std::string>(model::CountyPart(org->GetString("unit_code").value_or("")));
  }
  return std::optional<std::string>();
}

// Checks that a pairing's parties sit on the sides they are named for.
Status CheckPairingSides(Context& ctx, const Record& r, Problems& out) {
  if (r.GetString("programme").value_or("") != "east_west") return Status::Ok();
  for (std::string_view side : {"east", "west"}) {
    std::string unit_field = std::string(side) + "_unit", org_field = std::string(side) + "_org_id";
    std::optional<Record> party;
    std::string field;
    if (auto u = r.GetString(unit_field)) {
      SHANHAI_ASSIGN_OR_RETURN(party, ctx.FindUnit(*u));
      field = unit_field;
    } else if (auto o = r.GetInt(org_field)) {
      SHANHAI_ASSIGN_OR_RETURN(party, ctx.Find(*model::FindType("organizations"), *o));
      field = org_field;
    }
    if (party && party->GetString("side").value_or("") != side && !out.Has(field))
      out.Add(field, "the " + std::string(side) + "ern party of an East–West pairing is on the other side",
              side == "east" ? "东西部协作结对的东部方不在东部" : "东西部协作结对的西部方不在西部");
  }
  return Status::Ok();
}

// Targets and published figures name an indicator of the catalog; a target's unit is the
// indicator's (filled in when left out), and a pairing has one target per indicator and
// year. Without a catalog (a ledger with no indexer) only the shape is checked.
Status CheckIndicatorCode(Context& ctx, const indicators::Catalog* catalog, Record& r, Problems& out) {
  const RecordType& type = r.type();
  if (!catalog || (type.name != "targets" && type.name != "reported_figures") || out.Has("indicator_code"))
    return Status::Ok();
  auto code = r.GetString("indicator_code");
  if (!code || code->empty()) return Status::Ok();
  const indicators::Indicator* ind = catalog->Find(*code);
  if (!ind) {
    out.Add("indicator_code", "no indicator '" + *code + "' in the catalog", "指标目录中没有指标“" + *code + "”");
    return Status::Ok();
  }
  if (type.name != "targets") return Status::Ok();
  auto unit = r.GetString("unit");
  if (!unit || unit->empty()) {
    r.Set("unit", ind->unit);
  } else if (*unit != ind->unit && !out.Has("unit")) {
    out.Add("unit", "the unit of " + *code + " is " + ind->unit + ", not " + *unit,
            "指标“" + ind->zh + "”的单位是" + ind->unit + "，不是" + *unit);
  }
  auto pairing = r.GetInt("pairing_id");
  auto year = r.GetInt("year");
  if (!pairing || !year || out.Has("pairing_id") || out.Has("year")) return Status::Ok();
  store::ListQuery q;
  q.type = &type;
  q.equals = {{"pairing_id", Value{*pairing}}, {"year", Value{*year}}, {"indicator_code", Value{*code}}};
  q.limit = 2;
  SHANHAI_ASSIGN_OR_RETURN(store::Page same, ctx.txn().List(q));
  for (const Record& other : same.rows)
    if (other.id() != r.id()) {
      out.Add("indicator_code",
              "pairing " + std::to_string(*pairing) + " already has a " + std::to_string(*year) + " target for " + *code +
                  " (id " + std::to_string(other.id()) + "); change that one",
              "结对关系 " + std::to_string(*pairing) + " 已有 " + std::to_string(*year) + " 年“" + ind->zh +
                  "”的目标（编号 " + std::to_string(other.id()) + "），请修改该条");
      break;
    }
  return Status::Ok();
}

// Runs every check on `r` and fills in what the ledger derives. Problems with the row
// go to `out`; a non-OK return is a failure of the store itself.
Status Prepare(Context& ctx, const indicators::Catalog* catalog, Record& r, const std::optional<std::string>& id_number,
               bool creating, Problems& out) {
  const RecordType& type = r.type();
  Status valid = model::ValidateRecord(r);
  if (!valid.ok()) out.AddAll(valid);
  SHANHAI_RETURN_IF_ERROR(CheckIndicatorCode(ctx, catalog, r, out));

  // References to other rows.
  for (size_t i = 0; i < type.fields.size(); ++i) {
    const FieldDef& f = type.fields[i];
    if (f.system || model::IsAbsent(r.at(i)) || out.Has(f.name)) continue;
    if (f.kind == FieldKind::kRef) {
      const RecordType* target = model::FindType(f.ref);
      int64_t id = std::get<int64_t>(r.at(i));
      SHANHAI_ASSIGN_OR_RETURN(auto row, ctx.Find(*target, id));
      if (!row)
        out.Add(f.name, "no " + std::string(target->en) + " with id " + std::to_string(id),
                Label(*target) + "中没有编号 " + std::to_string(id));
    } else if (f.kind == FieldKind::kUnitCode && f.ref == "admin_units") {
      const std::string& code = std::get<std::string>(r.at(i));
      SHANHAI_ASSIGN_OR_RETURN(auto row, ctx.FindUnit(code));
      if (!row) out.Add(f.name, "no administrative unit with code " + code, "没有行政区划代码为 " + code + " 的区划");
    }
  }

  // A child row takes its parent's pairing when it names none.
  std::optional<Record> parent;
  if (!type.parent_field.empty() && !out.Has(type.parent_field)) {
    if (auto pid = r.GetInt(type.parent_field)) {
      SHANHAI_ASSIGN_OR_RETURN(parent, ctx.Find(*model::FindType(type.Field(type.parent_field)->ref), *pid));
      if (parent && model::IsAbsent(r.Get("pairing_id")) && parent->GetInt("pairing_id"))
        r.Set("pairing_id", *parent->GetInt("pairing_id"));
    }
  }

  // The pairing must be active on the row's date, or the row must say why not.
  std::optional<Record> pairing;
  if (type.FieldIndex("pairing_id") >= 0 && type.name != "pairings" && !out.Has("pairing_id")) {
    if (auto pid = r.GetInt("pairing_id")) {
      SHANHAI_ASSIGN_OR_RETURN(pairing, ctx.Find(*model::FindType("pairings"), *pid));
    } else if (type.pairing_required && !out.Has("pairing_id")) {
      out.Add("pairing_id", "a " + std::string(type.en) + " row must name its pairing", Label(type) + "须指明所属结对关系");
    }
  }
  if (pairing) {
    std::string reason = r.GetString("outside_pairing_reason").value_or("");
    bool explained = reason.find_first_not_of(" \t") != std::string::npos;
    if (!type.date_field.empty() && !out.Has(type.date_field)) {
      std::string d = r.GetString(type.date_field).value_or("");
      if (!d.empty() && !PairingActiveOn(*pairing, d) && !explained)
        out.Add(type.date_field,
                "date " + d + " is outside pairing " + std::to_string(pairing->id()) + " (" + PairingPeriod(*pairing) +
                    "); give outside_pairing_reason to record it anyway",
                "日期 " + d + " 不在结对关系 " + std::to_string(pairing->id()) + " 的有效期（" + PairingPeriod(*pairing) +
                    "）内；如确需录入，请填写“结对期外说明”");
    } else if (auto year = r.GetInt("year"); year && !out.Has("year")) {
      std::string start = pairing->GetString("start_date").value_or("");
      std::string end = pairing->GetString("end_date").value_or("9999");
      std::string y = std::to_string(*year);
      if (y < start.substr(0, 4) || y > end.substr(0, 4))
        out.Add("year", "year " + y + " is outside pairing " + std::to_string(pairing->id()) + " (" +
                            PairingPeriod(*pairing) + ")",
                "年度 " + y + " 不在结对关系 " + std::to_string(pairing->id()) + " 的有效期（" + PairingPeriod(*pairing) + "）内");
    }
  }

  // Derived codes.
  if (type.name == "pairings" && out.list.empty()) {
    SHANHAI_RETURN_IF_ERROR(CheckPairingSides(ctx, r, out));
    SHANHAI_ASSIGN_OR_RETURN(auto west, PartyCode(ctx, r, "west"));
    SHANHAI_ASSIGN_OR_RETURN(auto east, PartyCode(ctx, r, "east"));
    r.Set("west_code", west ? Value{*west} : Value{});
    r.Set("east_code", east ? Value{*east} : Value{});
  } else if (type.is_record() && out.list.empty()) {
    std::optional<std::string> west;
    if (!type.west_unit_field.empty()) {
      if (auto u = r.GetString(type.west_unit_field)) west = model::CountyPart(*u);
    }
    // Rows about a person live with the person, in the person's home county, so that a
    // distributed database keeps them on one shard.
    if (!west && type.FieldIndex("person_id") >= 0) {
      if (auto pid = r.GetInt("person_id")) {
        SHANHAI_ASSIGN_OR_RETURN(auto person, ctx.Find(*model::FindType("persons"), *pid));
        if (person) west = person->GetString("west_code");
      }
    }
    if (!west && parent) west = parent->GetString("west_code");
    if (!west && pairing) west = pairing->GetString("west_code");
    if (!west) {
      out.Add(type.west_unit_field.empty() ? "pairing_id" : type.west_unit_field,
              "cannot tell which western county this row belongs to: give its pairing or its western unit",
              "无法确定所属西部县：请填写结对关系或西部区划");
    } else {
      r.Set("west_code", *west);
    }
    std::optional<std::string> east = pairing ? pairing->GetString("east_code") : std::nullopt;
    if (!east && parent) east = parent->GetString("east_code");
    r.Set("east_code", east ? Value{*east} : Value{});
  }

  // ID numbers: checked, hashed with the database's salt, never stored.
  if (!type.id_hash_field.empty()) {
    if (id_number) {
      Status ok = model::CheckIdNumber(*id_number);
      if (!ok.ok()) {
        out.Add("id_number", ok.message_en(), ok.message_zh());
      } else {
        SHANHAI_ASSIGN_OR_RETURN(std::string salt, IdSalt(ctx.txn()));
        r.Set(type.id_hash_field, model::HashIdNumber(*id_number, salt));
      }
    } else if (creating && type.name == "persons") {
      out.Add("id_number", "a person needs an ID number (only its salted hash is kept)",
              "人员须填写身份证号（系统仅保存加盐哈希）");
    }
  }
  return Status::Ok();
}

Status RowProblems(const RecordType& type, std::vector<FieldError> problems) {
  std::string en = "invalid " + std::string(type.en) + " row", zh = Label(type) + "数据有误";
  for (const auto& p : problems) {
    en += "; " + p.field + ": " + p.message_en;
    zh += "；" + p.field + "：" + p.message_zh;
  }
  return Status::InvalidArgument(en, zh, std::move(problems));
}

Status Locked(const RecordType& type, int64_t id) {
  return Status::FailedPrecondition(
      std::string(type.en) + " " + std::to_string(id) + " is locked and cannot change",
      Label(type) + "编号 " + std::to_string(id) + " 已锁定，不能修改或删除");
}

Status NotFound(const RecordType& type, int64_t id) {
  return Status::NotFound(std::string(type.en) + " " + std::to_string(id) + " not found",
                          Label(type) + "编号 " + std::to_string(id) + " 不存在");
}

void Stamp(Record& r, const Actor& actor, bool creating) {
  std::string now = NowUtcIso();
  if (creating) r.Set("recorded_at", now);
  r.Set("updated_at", now);
  if (r.type().FieldIndex("recorded_by") >= 0 && model::IsAbsent(r.Get("recorded_by")))
    r.Set("recorded_by", actor.name);
}

}  // namespace

const indicators::Catalog* Ledger::Catalog() const { return indexer_ ? &indexer_->catalog() : nullptr; }

Result<Record> Ledger::Create(const RecordType& type, const nlohmann::json& body, const Actor& actor) {
  SHANHAI_ASSIGN_OR_RETURN(model::ParsedRecord parsed, model::RecordFromJson(type, body));
  Record record = std::move(parsed.record);
  Status s = store_.Write([&](store::Txn& txn) -> Status {
    Context ctx(txn);
    Problems problems;
    SHANHAI_RETURN_IF_ERROR(Prepare(ctx, Catalog(), record, parsed.id_number, true, problems));
    if (!problems.list.empty()) return RowProblems(type, std::move(problems.list));
    Stamp(record, actor, true);
    if (actor.guard) SHANHAI_RETURN_IF_ERROR(actor.guard(nullptr, &record));
    SHANHAI_RETURN_IF_ERROR(txn.Insert(record));
    SHANHAI_RETURN_IF_ERROR(AppendAudit(txn, actor, "create", nullptr, &record));
    return indexer_ ? indexer_->OnWrite(ctx, nullptr, &record) : Status::Ok();
  });
  if (!s.ok()) return s;
  return record;
}

Result<Record> Ledger::Update(const RecordType& type, int64_t id, const nlohmann::json& patch, const Actor& actor) {
  SHANHAI_ASSIGN_OR_RETURN(model::ParsedRecord parsed, model::RecordFromJson(type, patch, false));
  if (auto given = parsed.record.GetInt("id"); given && *given != id)
    return Status::InvalidArgument("the id of a row cannot change", "编号不能修改",
                                   {{"id", "the id of a row cannot change", "编号不能修改", 0}});
  std::optional<Record> result;
  Status s = store_.Write([&](store::Txn& txn) -> Status {
    SHANHAI_ASSIGN_OR_RETURN(auto existing, txn.Get(type, id));
    if (!existing) return NotFound(type, id);
    if (existing->GetString("status") == "locked") return Locked(type, id);
    Record record = *existing;
    for (const std::string& name : parsed.present) {
      size_t i = static_cast<size_t>(type.FieldIndex(name));
      record.at(i) = parsed.record.at(i);
    }
    // Derived codes are recomputed from the new values.
    if (type.FieldIndex("west_code") >= 0) record.Set("west_code", Value{});
    Context ctx(txn);
    Problems problems;
    SHANHAI_RETURN_IF_ERROR(Prepare(ctx, Catalog(), record, parsed.id_number, false, problems));
    if (!problems.list.empty()) return RowProblems(type, std::move(problems.list));
    Stamp(record, actor, false);
    if (actor.guard) SHANHAI_RETURN_IF_ERROR(actor.guard(&*existing, &record));
    SHANHAI_RETURN_IF_ERROR(txn.Update(record));
    SHANHAI_RETURN_IF_ERROR(AppendAudit(txn, actor, "update", &*existing, &record));
    if (indexer_) SHANHAI_RETURN_IF_ERROR(indexer_->OnWrite(ctx, &*existing, &record));
    result = std::move(record);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return std::move(*result);
}

Status Ledger::Delete(const RecordType& type, int64_t id, const Actor& actor) {
  return store_.Write([&](store::Txn& txn) -> Status {
    SHANHAI_ASSIGN_OR_RETURN(auto existing, txn.Get(type, id));
    if (!existing) return NotFound(type, id);
    if (existing->GetString("status") == "locked") return Locked(type, id);
    if (actor.guard) SHANHAI_RETURN_IF_ERROR(actor.guard(&*existing, nullptr));
    // Rows that point at this one would dangle: refuse, and say which.
    for (const RecordType& other : model::AllTypes()) {
      for (const FieldDef& f : other.fields) {
        Value key;
        if (f.kind == FieldKind::kRef && f.ref == type.name) {
          key = id;
        } else if (f.kind == FieldKind::kUnitCode && f.ref == "admin_units" && type.name == "admin_units" &&
                   !f.system) {
          key = existing->GetString("code").value_or("");
        } else {
          continue;
        }
        store::ListQuery q;
        q.type = &other;
        q.equals.emplace_back(std::string(f.name), key);
        q.limit = 0;
        SHANHAI_ASSIGN_OR_RETURN(store::Page page, txn.List(q));
        if (page.total > 0)
          return Status::FailedPrecondition(
              std::string(type.en) + " " + std::to_string(id) + " is still referenced by " +
                  std::to_string(page.total) + " " + std::string(other.en) + " row(s) (" + std::string(f.name) + ")",
              Label(type) + "编号 " + std::to_string(id) + " 仍被 " + std::to_string(page.total) + " 条" + Label(other) +
                  "引用（" + std::string(f.name) + "），不能删除");
      }
    }
    SHANHAI_RETURN_IF_ERROR(txn.Delete(type, id));
    SHANHAI_RETURN_IF_ERROR(AppendAudit(txn, actor, "delete", &*existing, nullptr));
    if (!indexer_) return Status::Ok();
    Context ctx(txn);
    return indexer_->OnWrite(ctx, &*existing, nullptr);
  });
}

Result<Record> Ledger::Get(const RecordType& type, int64_t id) {
  std::optional<Record> row;
  SHANHAI_RETURN_IF_ERROR(store_.Read([&](store::Txn& txn) -> Status {
    SHANHAI_ASSIGN_OR_RETURN(row, txn.Get(type, id));
    return Status::Ok();
  }));
  if (!row) return NotFound(type, id);
  return std::move(*row);
}

Result<store::Page> Ledger::List(const store::ListQuery& query) {
  store::Page page;
  SHANHAI_RETURN_IF_ERROR(store_.Read([&](store::Txn& txn) -> Status {
    SHANHAI_ASSIGN_OR_RETURN(page, txn.List(query));
    return Status::Ok();
  }));
  return page;
}

Result<int64_t> Ledger::Import(const RecordType& type, std::vector<ImportRow> rows, const Actor& actor,
                               const ProgressFn& progress) {
  const int64_t total = static_cast<int64_t>(rows.size());
  int64_t written = 0;
  std::vector<FieldError> errors;
  size_t bad_rows = 0;
  Status s = store_.Write([&](store::Txn& txn) -> Status {
    Context ctx(txn);
    std::vector<Record> batch;
    std::vector<int64_t> batch_lines;
    std::set<int64_t> ids_in_file;
    auto add_error = [&](FieldError e) {
      if (errors.size() < kMaxReportedErrors) errors.push_back(std::move(e));
    };
    // Explicit ids are checked against the table only when the bulk insert refuses the
    // batch: one look-up per row would halve the speed of re-importing an export.
    auto flush = [&]() -> Status {
      if (batch.empty() || !errors.empty()) {
        batch.clear();
        batch_lines.clear();
        return Status::Ok();
      }
      Status inserted = txn.InsertMany(batch);
      if (inserted.code() == StatusCode::kAlreadyExists) {
        for (size_t i = 0; i < batch.size(); ++i) {
          if (batch[i].id() == 0) continue;
          SHANHAI_ASSIGN_OR_RETURN(auto existing, txn.Get(type, batch[i].id()));
          if (!existing) continue;
          ++bad_rows;
          add_error({"id", "id " + std::to_string(batch[i].id()) + " already exists",
                     "编号 " + std::to_string(batch[i].id()) + " 已存在", batch_lines[i]});
        }
        if (errors.empty()) return inserted;
      } else if (!inserted.ok()) {
        return inserted;
      } else {
        written += static_cast<int64_t>(batch.size());
        // One audit row per imported row, through the same bulk path as the rows.
        const std::string at = NowUtcIso();
        std::vector<Record> audit;
        audit.reserve(batch.size());
        for (const Record& r : batch) audit.push_back(AuditRow(actor, "import", nullptr, &r, at));
        SHANHAI_RETURN_IF_ERROR(txn.InsertMany(audit));
        if (indexer_) SHANHAI_RETURN_IF_ERROR(indexer_->OnInsertBatch(ctx, batch));
      }
      batch.clear();
      batch_lines.clear();
      return Status::Ok();
    };
    if (progress) progress(0, total);
    for (int64_t done = 0; done < total; ++done) {
      ImportRow& row = rows[static_cast<size_t>(done)];
      Record record = std::move(row.parsed.record);
      Problems problems;
      if (int64_t id = record.id(); id > 0 && !ids_in_file.insert(id).second)
        problems.Add("id", "id " + std::to_string(id) + " appears twice in the file",
                     "编号 " + std::to_string(id) + " 在文件中重复出现");
      SHANHAI_RETURN_IF_ERROR(Prepare(ctx, Catalog(), record, row.parsed.id_number, true, problems));
      if (problems.list.empty() && actor.guard) {
        // The caller's guard (data scope, permission) refuses a row like any other error.
        Stamp(record, actor, true);
        if (Status g = actor.guard(nullptr, &record); !g.ok()) problems.Add("", g.message_en(), g.message_zh());
      }
      if (!problems.list.empty()) {
        ++bad_rows;
        for (FieldError& e : problems.list) {
          e.row = row.line;
          add_error(std::move(e));
        }
      } else {
        Stamp(record, actor, true);
        ctx.AddPending(record);
        batch_lines.push_back(row.line);
        batch.push_back(std::move(record));
        if (batch.size() >= kImportBatch) SHANHAI_RETURN_IF_ERROR(flush());
      }
      if (progress && ((done + 1) % 500 == 0 || done + 1 == total)) progress(done + 1, total);
    }
    SHANHAI_RETURN_IF_ERROR(flush());
    if (!errors.empty()) {
      std::string en = std::to_string(bad_rows) + " of " + std::to_string(total) + " " + std::string(type.en) +
                       " rows are invalid; nothing was written";
      std::string zh = Label(type) + "共 " + std::to_string(total) + " 行，其中 " + std::to_string(bad_rows) +
                       " 行有误，未写入任何数据";
      for (size_t i = 0; i < errors.size() && i < 20; ++i) {
        en += "\n  line " + std::to_string(errors[i].row) + ", " + errors[i].field + ": " + errors[i].message_en;
        zh += "\n  第 " + std::to_string(errors[i].row) + " 行，" + errors[i].field + "：" + errors[i].message_zh;
      }
      return Status::InvalidArgument(en, zh, errors);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return written;
}

}  // namespace shanhai::ledger
