#include "indicators/indexer.h"

#include <algorithm>
#include <map>
#include <functional>
#include <set>

#include "indicators/derive.h"

namespace shanhai::indicators {
namespace {

using model::Record;
using model::RecordType;
using model::Value;

// The sort order of ListFacts: (record_type, record_id, indicator).
bool FactLess(const store::Fact& a, const store::Fact& b) {
  if (a.record_type != b.record_type) return a.record_type < b.record_type;
  if (a.record_id != b.record_id) return a.record_id < b.record_id;
  return a.indicator < b.indicator;
}

// FNV-1a over the rule-relevant parts of the catalog.
std::string Fingerprint(const Catalog& catalog) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  };
  // The version of DeriveFacts' rules: bump it when facts of the same catalog change
  // (2: a stock ending inside a month is not active at that month's end; distinct keys
  // kept as 64-bit hashes).
  mix("derive/2");
  for (const Indicator& i : catalog.indicators()) {
    if (i.derived()) continue;
    mix(i.code);
    mix(i.record->name);
    mix(i.field);
    mix(i.key_fallback);
    mix(i.date_field);
    mix(i.end_field);
    mix(std::to_string(static_cast<int>(i.measure)) + "/" + std::to_string(static_cast<int>(i.timing)) + "/" +
        std::to_string(i.min_months));
    std::function<void(const std::vector<Condition>&)> conds = [&](const std::vector<Condition>& cs) {
      for (const Condition& c : cs) {
        mix(c.path);
        mix(std::to_string(static_cast<int>(c.op)) + (c.present ? "+" : "-") + c.code_field + c.exists_field);
        if (c.exists_type) mix(c.exists_type->name);
        for (const Value& v : c.values)
          mix(std::visit(
              [](const auto& x) -> std::string {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, std::monostate>) return "null";
                else if constexpr (std::is_same_v<T, std::string>) return "s" + x;
                else return std::to_string(x);
              },
              v));
        conds(c.exists_where);
      }
    };
    conds(i.where);
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

Indexer::Indexer(std::shared_ptr<const Catalog> catalog) : catalog_(std::move(catalog)) {
  std::set<std::tuple<std::string_view, std::string, std::string_view, std::string>> seen;
  auto add = [&](const RecordType* dependent, const std::string& field, const RecordType* source,
                 const std::string& source_field, bool exists_in) {
    if (seen.emplace(dependent->name, field, source->name, source_field).second)
      dependencies_.push_back({dependent, field, source, source_field, exists_in});
  };
  // A path with a hop reads the row at the other end.
  auto hop = [&](const RecordType* type, const std::string& path) {
    size_t dot = path.find('.');
    if (dot == std::string::npos) return;
    std::string head = path.substr(0, dot);
    const model::FieldDef* f = type->Field(head);
    if (!f) return;
    if (f->kind == model::FieldKind::kRef) add(type, head, model::FindType(f->ref), "id", false);
    if (f->kind == model::FieldKind::kUnitCode) add(type, head, model::FindType("admin_units"), "code", false);
  };
  for (const Indicator& ind : catalog_->indicators()) {
    if (ind.derived()) continue;
    if (std::find(rule_types_.begin(), rule_types_.end(), ind.record) == rule_types_.end())
      rule_types_.push_back(ind.record);
    hop(ind.record, ind.field);
    hop(ind.record, ind.key_fallback);
    for (const Condition& c : ind.where) {
      hop(ind.record, c.path);
      if (c.op == Condition::Op::kExistsIn) {
        std::string head = c.path.substr(0, c.path.find('.'));
        add(ind.record, head, c.exists_type, c.exists_field, true);
      }
    }
  }
  fingerprint_ = Fingerprint(*catalog_);
}

Status Indexer::OnWrite(Lookup& lookup, const Record* before, const Record* after) const {
  const Record& row = after ? *after : *before;
  lookup.Forget(row.type(), row.id());
  if (row.type().name == "admin_units") {
    if (before) lookup.ForgetUnit(before->GetString("code").value_or(""));
    if (after) lookup.ForgetUnit(after->GetString("code").value_or(""));
  }
  std::vector<store::Fact> facts;
  if (after) {
    SHANHAI_ASSIGN_OR_RETURN(facts, DeriveFacts(*catalog_, *after, lookup));
  }
  SHANHAI_RETURN_IF_ERROR(lookup.txn().ReplaceFacts(row.type().name, row.id(), facts));
  return RecomputeDependents(lookup, before, after, before == nullptr);
}

Status Indexer::OnInsertBatch(Lookup& lookup, const std::vector<Record>& rows) const {
  std::vector<store::Fact> facts;
  for (const Record& r : rows) {
    SHANHAI_ASSIGN_OR_RETURN(auto more, DeriveFacts(*catalog_, r, lookup));
    for (auto& f : more) facts.push_back(std::move(f));
  }
  SHANHAI_RETURN_IF_ERROR(lookup.txn().InsertFacts(facts));
  for (const Record& r : rows) SHANHAI_RETURN_IF_ERROR(RecomputeDependents(lookup, nullptr, &r, true));
  return Status::Ok();
}

Status Indexer::RecomputeDependents(Lookup& lookup, const Record* before, const Record* after, bool created) const {
  const RecordType& type = (after ? after : before)->type();
  std::set<std::pair<const RecordType*, int64_t>> done;
  for (const Dependency& d : dependencies_) {
    if (d.source != &type) continue;
    // Nothing can refer by id to a row that did not exist; only "some row exists" rules
    // care. Codes are another matter: a record's west_code names its county whether or
    // not the county's row was entered yet (a township may hang under the city).
    if (created && !d.exists_in && d.source_field == "id") continue;
    std::vector<Value> keys;
    for (const Record* r : {before, after}) {
      if (!r) continue;
      Value key = r->Get(d.source_field);
      if (!model::IsAbsent(key) && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
    for (const Value& key : keys) {
      SHANHAI_ASSIGN_OR_RETURN(auto rows, lookup.FindBy(*d.dependent, d.field, key));
      for (const Record& dependent : rows) {
        if (!done.emplace(d.dependent, dependent.id()).second) continue;
        SHANHAI_ASSIGN_OR_RETURN(auto facts, DeriveFacts(*catalog_, dependent, lookup));
        SHANHAI_RETURN_IF_ERROR(lookup.txn().ReplaceFacts(d.dependent->name, dependent.id(), facts));
      }
    }
  }
  return Status::Ok();
}

Result<std::vector<store::Fact>> Indexer::DeriveAll(store::Txn& txn, int64_t* records) const {
  Lookup lookup(txn);
  std::vector<store::Fact> all;
  for (const RecordType* type : rule_types_) {
    constexpr int64_t kPage = 5000;
    for (int64_t offset = 0;; offset += kPage) {
      store::ListQuery q;
      q.type = type;
      q.offset = offset;
      q.limit = kPage;
      SHANHAI_ASSIGN_OR_RETURN(store::Page page, txn.List(q));
      for (const Record& r : page.rows) {
        ++*records;
        SHANHAI_ASSIGN_OR_RETURN(auto facts, DeriveFacts(*catalog_, r, lookup));
        for (auto& f : facts) all.push_back(std::move(f));
      }
      if (static_cast<int64_t>(page.rows.size()) < kPage) break;
    }
  }
  std::sort(all.begin(), all.end(), FactLess);
  return all;
}

Result<CheckReport> Indexer::Check(store::Txn& txn) const {
  CheckReport report;
  SHANHAI_ASSIGN_OR_RETURN(std::vector<store::Fact> derived, DeriveAll(txn, &report.records));
  report.facts = static_cast<int64_t>(derived.size());
  SHANHAI_ASSIGN_OR_RETURN(std::vector<store::Fact> stored, txn.ListFacts());
  std::sort(stored.begin(), stored.end(), FactLess);
  size_t i = 0, j = 0;
  while (i < stored.size() || j < derived.size()) {
    if (j == derived.size() || (i < stored.size() && FactLess(stored[i], derived[j]))) {
      report.extra.push_back(stored[i++]);
    } else if (i == stored.size() || FactLess(derived[j], stored[i])) {
      report.missing.push_back(derived[j++]);
    } else {
      if (!(stored[i] == derived[j])) report.changed.emplace_back(stored[i], derived[j]);
      ++i;
      ++j;
    }
  }
  return report;
}

Result<CheckReport> Indexer::Rebuild(store::Txn& txn) const {
  SHANHAI_ASSIGN_OR_RETURN(CheckReport report, Check(txn));
  std::map<std::pair<std::string, int64_t>, bool> touched;
  for (const auto& f : report.extra) touched[{f.record_type, f.record_id}] = true;
  for (const auto& f : report.missing) touched[{f.record_type, f.record_id}] = true;
  for (const auto& [stored, derived] : report.changed) touched[{derived.record_type, derived.record_id}] = true;
  Lookup lookup(txn);
  for (const auto& [key, unused] : touched) {
    const RecordType* type = model::FindType(key.first);
    std::vector<store::Fact> facts;
    if (type) {
      SHANHAI_ASSIGN_OR_RETURN(auto row, txn.Get(*type, key.second));
      if (row) {
        SHANHAI_ASSIGN_OR_RETURN(facts, DeriveFacts(*catalog_, *row, lookup));
      }
    }
    SHANHAI_RETURN_IF_ERROR(txn.ReplaceFacts(key.first, key.second, facts));
  }
  return report;
}

Result<bool> Indexer::EnsureFresh(store::Store& store) const {
  bool rebuilt = false;
  SHANHAI_RETURN_IF_ERROR(store.Write([&](store::Txn& txn) -> Status {
    SHANHAI_ASSIGN_OR_RETURN(auto stored, txn.GetSetting("facts_fingerprint"));
    if (stored == fingerprint_) return Status::Ok();
    SHANHAI_ASSIGN_OR_RETURN(CheckReport report, Rebuild(txn));
    rebuilt = !report.clean();
    return txn.PutSetting("facts_fingerprint", fingerprint_);
  }));
  return rebuilt;
}

}  // namespace shanhai::indicators
