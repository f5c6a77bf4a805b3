-- 0002_indicator_facts: each record's contribution to each indicator of the catalog,
-- written in the same transaction as the record (store/fact.h). Keyed by west_code
-- first like the record tables, so Citus can co-locate facts with their records.
CREATE TABLE indicator_facts (
  west_code TEXT NOT NULL,
  indicator TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  pairing_id INTEGER,
  east_code TEXT,
  from_month INTEGER NOT NULL,
  to_month INTEGER,
  value REAL NOT NULL,
  distinct_key TEXT,
  PRIMARY KEY (west_code, indicator, record_type, record_id)
);
-- One index per kind of scope, each led by the indicator: a value is one range scan.
CREATE INDEX indicator_facts_pairing_idx ON indicator_facts (indicator, pairing_id, from_month);
CREATE INDEX indicator_facts_west_idx ON indicator_facts (indicator, west_code, from_month, to_month, distinct_key, value);
CREATE INDEX indicator_facts_east_idx ON indicator_facts (indicator, east_code, from_month, to_month, distinct_key, value);
CREATE INDEX indicator_facts_record_idx ON indicator_facts (record_type, record_id);
