// model/record_type.h
//
// RecordType: a kind of row in the ledger (an administrative unit, a pairing, a fund
// transfer, an employment spell…), described as data: its fields and the roles some of
// them play. The registry AllTypes() holds every type of design/indicators.md §3.
//
// Two classes of type:
//  - reference types (admin_units, organizations, pairings, agreements, targets): small
//    tables every node needs; Citus would replicate them.
//  - records: the ledger proper. Each carries the common fields (id, west_code,
//    east_code, pairing_id, status, provenance…) and is keyed by (west_code, id) so that
//    Citus can distribute it by western county.
//
// Apart from the registry, SystemTypes() describes shanhai's own tables (accounts,
// sessions, the audit and login logs) the same way, so the stores read and write them
// like any other; they are not ledger data, never reachable through FindType(), the
// record API, import or export.
//
// Thread-safety: the registry is built once on first use and immutable afterwards.

#ifndef SHANHAI_MODEL_RECORD_TYPE_H_
#define SHANHAI_MODEL_RECORD_TYPE_H_

#include <string_view>
#include <vector>

#include "model/field.h"

namespace shanhai::model {

enum class TypeClass { kReference, kRecord, kSystem };

struct RecordType {
  std::string_view name;      // table name, URL segment and file stem: "fund_transfers"
  std::string_view zh;        // "资金拨付"
  std::string_view en;        // "Fund transfers"
  TypeClass type_class = TypeClass::kRecord;
  std::vector<FieldDef> fields;  // in column order, common fields included
  // The field that places a row in time: the year filter and the pairing-active check
  // use it. Empty for types without one.
  std::string_view date_field;
  // For spells (employment, secondment…): the end of the span; must not precede
  // date_field. A row is "in year Y" when its span overlaps Y.
  std::string_view end_date_field;
  // A field naming a western unit (kRef admin_units) that, when set, is more precise
  // than the pairing's western party for west_code.
  std::string_view west_unit_field;
  // For child rows (participants, beneficiaries, passengers): the kRef field naming the
  // parent record, whose pairing and codes the child inherits when it names none.
  std::string_view parent_field;
  // False for types that need not belong to a pairing (persons, reported figures).
  bool pairing_required = true;
  // For types that identify a person (persons, secondments): the system field holding
  // the salted hash of the ID number. Input gives "id_number"; only the hash is kept.
  std::string_view id_hash_field;

  // Index of the field called `name` in `fields`, or -1.
  int FieldIndex(std::string_view field_name) const;
  // The field called `name`, or nullptr.
  const FieldDef* Field(std::string_view field_name) const;
  bool is_record() const { return type_class == TypeClass::kRecord; }
};

// Every type, reference types first (in dependency order), then records. The order is
// also the order in which a full export is written and re-imported.
const std::vector<RecordType>& AllTypes();

// The type called `name`, or nullptr.
const RecordType* FindType(std::string_view name);

// shanhai's own tables: users, api_tokens (console sessions and API tokens), audit_log,
// login_log (see system_types.cc). Stores create them by migration like the others.
const std::vector<RecordType>& SystemTypes();
// The system type called `name`, or nullptr.
const RecordType* FindSystemType(std::string_view name);

// The roles of users (auth/role.h gives what each may do), in order of power.
const std::vector<Choice>& RoleChoices();

// The status values every record goes through (design: draft → submitted → confirmed
// by the counterpart → approved → locked).
const std::vector<Choice>& RecordStatusChoices();

}  // namespace shanhai::model

#endif  // SHANHAI_MODEL_RECORD_TYPE_H_
