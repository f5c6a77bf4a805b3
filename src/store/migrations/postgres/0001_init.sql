-- 0001_init: the ledger's tables, one per model record type (src/model/record_types.cc).
-- Reference tables are keyed by id. Record tables are keyed by (west_code, id) and hold
-- no foreign keys, so that Citus can distribute them by western county
-- (DESIGN.md §2, Storage and scale); the ledger checks references instead.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE admin_units (
  id BIGINT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent_code TEXT,
  side TEXT NOT NULL,
  key_county BOOLEAN,
  exited_poverty BOOLEAN,
  relocation_site BOOLEAN,
  source TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id),
  UNIQUE (code)
);
CREATE INDEX admin_units_parent_idx ON admin_units (parent_code);
CREATE SEQUENCE admin_units_id_seq;

CREATE TABLE organizations (
  id BIGINT NOT NULL,
  name TEXT NOT NULL,
  org_type TEXT NOT NULL,
  side TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  uscc TEXT,
  source TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id)
);
CREATE INDEX organizations_unit_idx ON organizations (unit_code);
CREATE SEQUENCE organizations_id_seq;

CREATE TABLE pairings (
  id BIGINT NOT NULL,
  name TEXT,
  level TEXT NOT NULL,
  programme TEXT NOT NULL,
  east_unit TEXT,
  east_org_id BIGINT,
  west_unit TEXT,
  west_org_id BIGINT,
  start_date DATE NOT NULL,
  end_date DATE,
  end_reason TEXT,
  parent_id BIGINT,
  west_code TEXT,
  east_code TEXT,
  source TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id)
);
CREATE INDEX pairings_west_idx ON pairings (west_code);
CREATE INDEX pairings_east_idx ON pairings (east_code);
CREATE SEQUENCE pairings_id_seq;

CREATE TABLE agreements (
  id BIGINT NOT NULL,
  pairing_id BIGINT NOT NULL,
  year BIGINT NOT NULL CHECK (year >= 0),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  signed_date DATE,
  source TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id)
);
CREATE INDEX agreements_pairing_idx ON agreements (pairing_id);
CREATE SEQUENCE agreements_id_seq;

CREATE TABLE targets (
  id BIGINT NOT NULL,
  pairing_id BIGINT NOT NULL,
  agreement_id BIGINT,
  year BIGINT NOT NULL CHECK (year >= 0),
  indicator_code TEXT NOT NULL,
  target_value DOUBLE PRECISION,
  min_value DOUBLE PRECISION,
  max_value DOUBLE PRECISION,
  unit TEXT,
  source TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id)
);
CREATE INDEX targets_pairing_idx ON targets (pairing_id);
CREATE INDEX targets_year_idx ON targets (pairing_id, year, indicator_code);
CREATE SEQUENCE targets_id_seq;

CREATE TABLE demo_sites (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  site_type TEXT NOT NULL,
  unit TEXT NOT NULL,
  designation_date DATE NOT NULL,
  east_partner_unit TEXT,
  activity TEXT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX demo_sites_id_idx ON demo_sites (id);
CREATE INDEX demo_sites_pairing_idx ON demo_sites (pairing_id);
CREATE INDEX demo_sites_date_idx ON demo_sites (designation_date);
CREATE INDEX demo_sites_east_idx ON demo_sites (east_code);
CREATE SEQUENCE demo_sites_id_seq;

CREATE TABLE projects (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  funding TEXT NOT NULL,
  west_unit TEXT,
  start_date DATE NOT NULL,
  end_date DATE,
  fiscal_amount_fen BIGINT CHECK (fiscal_amount_fen >= 0),
  other_amount_fen BIGINT CHECK (other_amount_fen >= 0),
  progress TEXT,
  demo_site_id BIGINT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX projects_id_idx ON projects (id);
CREATE INDEX projects_pairing_idx ON projects (pairing_id);
CREATE INDEX projects_date_idx ON projects (start_date);
CREATE INDEX projects_east_idx ON projects (east_code);
CREATE SEQUENCE projects_id_seq;

CREATE TABLE fund_transfers (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  date DATE NOT NULL,
  source_kind TEXT NOT NULL,
  stage TEXT NOT NULL,
  amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
  payer TEXT,
  recipient_unit TEXT,
  project_id BIGINT,
  purpose TEXT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX fund_transfers_id_idx ON fund_transfers (id);
CREATE INDEX fund_transfers_pairing_idx ON fund_transfers (pairing_id);
CREATE INDEX fund_transfers_date_idx ON fund_transfers (date);
CREATE INDEX fund_transfers_east_idx ON fund_transfers (east_code);
CREATE SEQUENCE fund_transfers_id_seq;

CREATE TABLE persons (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  id_hash TEXT,
  name TEXT,
  hukou_unit TEXT NOT NULL,
  household_type TEXT NOT NULL,
  gender TEXT,
  birth_year BIGINT CHECK (birth_year >= 0),
  labour_ability TEXT,
  snapshot_date DATE NOT NULL,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX persons_id_idx ON persons (id);
CREATE INDEX persons_pairing_idx ON persons (pairing_id);
CREATE INDEX persons_date_idx ON persons (snapshot_date);
CREATE INDEX persons_east_idx ON persons (east_code);
CREATE SEQUENCE persons_id_seq;

CREATE TABLE project_beneficiaries (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  project_id BIGINT NOT NULL,
  person_id BIGINT,
  household_ref TEXT,
  link_type TEXT NOT NULL,
  date DATE NOT NULL,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX project_beneficiaries_id_idx ON project_beneficiaries (id);
CREATE INDEX project_beneficiaries_pairing_idx ON project_beneficiaries (pairing_id);
CREATE INDEX project_beneficiaries_date_idx ON project_beneficiaries (date);
CREATE INDEX project_beneficiaries_east_idx ON project_beneficiaries (east_code);
CREATE SEQUENCE project_beneficiaries_id_seq;

CREATE TABLE industrial_parks (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  west_unit TEXT NOT NULL,
  east_partner_unit TEXT,
  co_built_date DATE NOT NULL,
  area_m2 DOUBLE PRECISION,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX industrial_parks_id_idx ON industrial_parks (id);
CREATE INDEX industrial_parks_pairing_idx ON industrial_parks (pairing_id);
CREATE INDEX industrial_parks_date_idx ON industrial_parks (co_built_date);
CREATE INDEX industrial_parks_east_idx ON industrial_parks (east_code);
CREATE SEQUENCE industrial_parks_id_seq;

CREATE TABLE investments (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  enterprise_id BIGINT NOT NULL,
  west_unit TEXT,
  park_id BIGINT,
  project_name TEXT,
  stage TEXT NOT NULL,
  contract_amount_fen BIGINT CHECK (contract_amount_fen >= 0),
  paid_in_amount_fen BIGINT CHECK (paid_in_amount_fen >= 0),
  date DATE NOT NULL,
  is_new_landing BOOLEAN,
  is_capital_increase BOOLEAN,
  jobs_planned BIGINT CHECK (jobs_planned >= 0),
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX investments_id_idx ON investments (id);
CREATE INDEX investments_pairing_idx ON investments (pairing_id);
CREATE INDEX investments_date_idx ON investments (date);
CREATE INDEX investments_east_idx ON investments (east_code);
CREATE SEQUENCE investments_id_seq;

CREATE TABLE workshops (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  workshop_type TEXT NOT NULL,
  west_unit TEXT NOT NULL,
  operator_org_id BIGINT,
  recognised_date DATE NOT NULL,
  operating TEXT,
  east_aided BOOLEAN,
  aided_amount_fen BIGINT CHECK (aided_amount_fen >= 0),
  jobs_provided BIGINT CHECK (jobs_provided >= 0),
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX workshops_id_idx ON workshops (id);
CREATE INDEX workshops_pairing_idx ON workshops (pairing_id);
CREATE INDEX workshops_date_idx ON workshops (recognised_date);
CREATE INDEX workshops_east_idx ON workshops (east_code);
CREATE SEQUENCE workshops_id_seq;

CREATE TABLE transport_trips (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  date DATE NOT NULL,
  mode TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  destination_unit TEXT NOT NULL,
  organiser TEXT,
  persons_count BIGINT CHECK (persons_count >= 0),
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX transport_trips_id_idx ON transport_trips (id);
CREATE INDEX transport_trips_pairing_idx ON transport_trips (pairing_id);
CREATE INDEX transport_trips_date_idx ON transport_trips (date);
CREATE INDEX transport_trips_east_idx ON transport_trips (east_code);
CREATE SEQUENCE transport_trips_id_seq;

CREATE TABLE trip_passengers (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  trip_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  date DATE NOT NULL,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX trip_passengers_id_idx ON trip_passengers (id);
CREATE INDEX trip_passengers_pairing_idx ON trip_passengers (pairing_id);
CREATE INDEX trip_passengers_date_idx ON trip_passengers (date);
CREATE INDEX trip_passengers_east_idx ON trip_passengers (east_code);
CREATE SEQUENCE trip_passengers_id_seq;

CREATE TABLE employment_records (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  person_id BIGINT NOT NULL,
  employer_org_id BIGINT,
  workshop_id BIGINT,
  work_unit TEXT NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE,
  channel TEXT NOT NULL,
  helped_by_cooperation BOOLEAN,
  helped_by_unit TEXT,
  transport_trip_id BIGINT,
  evidence TEXT,
  monthly_wage_fen BIGINT CHECK (monthly_wage_fen >= 0),
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX employment_records_id_idx ON employment_records (id);
CREATE INDEX employment_records_pairing_idx ON employment_records (pairing_id);
CREATE INDEX employment_records_date_idx ON employment_records (start_date);
CREATE INDEX employment_records_east_idx ON employment_records (east_code);
CREATE SEQUENCE employment_records_id_seq;

CREATE TABLE subsidies (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  person_id BIGINT NOT NULL,
  subsidy_type TEXT NOT NULL,
  amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
  payer_side TEXT NOT NULL,
  paid_date DATE NOT NULL,
  period TEXT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX subsidies_id_idx ON subsidies (id);
CREATE INDEX subsidies_pairing_idx ON subsidies (pairing_id);
CREATE INDEX subsidies_date_idx ON subsidies (paid_date);
CREATE INDEX subsidies_east_idx ON subsidies (east_code);
CREATE SEQUENCE subsidies_id_seq;

CREATE TABLE job_fairs (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  date DATE NOT NULL,
  mode TEXT NOT NULL,
  organiser TEXT,
  location_unit TEXT,
  employers BIGINT CHECK (employers >= 0),
  positions_offered BIGINT CHECK (positions_offered >= 0),
  planned_hires BIGINT CHECK (planned_hires >= 0),
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX job_fairs_id_idx ON job_fairs (id);
CREATE INDEX job_fairs_pairing_idx ON job_fairs (pairing_id);
CREATE INDEX job_fairs_date_idx ON job_fairs (date);
CREATE INDEX job_fairs_east_idx ON job_fairs (east_code);
CREATE SEQUENCE job_fairs_id_seq;

CREATE TABLE labour_service_providers (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  provider_type TEXT NOT NULL,
  unit TEXT NOT NULL,
  since_date DATE NOT NULL,
  activity TEXT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX labour_service_providers_id_idx ON labour_service_providers (id);
CREATE INDEX labour_service_providers_pairing_idx ON labour_service_providers (pairing_id);
CREATE INDEX labour_service_providers_date_idx ON labour_service_providers (since_date);
CREATE INDEX labour_service_providers_east_idx ON labour_service_providers (east_code);
CREATE SEQUENCE labour_service_providers_id_seq;

CREATE TABLE secondments (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  person_hash TEXT,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  field TEXT,
  direction TEXT NOT NULL,
  sending_org_id BIGINT,
  host_org_id BIGINT,
  host_unit TEXT,
  post TEXT,
  start_date DATE NOT NULL,
  end_date DATE,
  batch_no BIGINT CHECK (batch_no >= 0),
  team_type TEXT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX secondments_id_idx ON secondments (id);
CREATE INDEX secondments_pairing_idx ON secondments (pairing_id);
CREATE INDEX secondments_date_idx ON secondments (start_date);
CREATE INDEX secondments_east_idx ON secondments (east_code);
CREATE SEQUENCE secondments_id_seq;

CREATE TABLE training_events (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  title TEXT NOT NULL,
  training_type TEXT NOT NULL,
  organiser TEXT,
  location_unit TEXT,
  start_date DATE NOT NULL,
  end_date DATE,
  sessions BIGINT CHECK (sessions >= 0),
  attendees BIGINT CHECK (attendees >= 0),
  funded_by_cooperation BOOLEAN,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX training_events_id_idx ON training_events (id);
CREATE INDEX training_events_pairing_idx ON training_events (pairing_id);
CREATE INDEX training_events_date_idx ON training_events (start_date);
CREATE INDEX training_events_east_idx ON training_events (east_code);
CREATE SEQUENCE training_events_id_seq;

CREATE TABLE training_participants (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  event_id BIGINT NOT NULL,
  person_id BIGINT,
  name TEXT,
  person_times BIGINT CHECK (person_times >= 0),
  completed BOOLEAN,
  date DATE NOT NULL,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX training_participants_id_idx ON training_participants (id);
CREATE INDEX training_participants_pairing_idx ON training_participants (pairing_id);
CREATE INDEX training_participants_date_idx ON training_participants (date);
CREATE INDEX training_participants_east_idx ON training_participants (east_code);
CREATE SEQUENCE training_participants_id_seq;

CREATE TABLE sales_outlets (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  outlet_type TEXT NOT NULL,
  east_unit TEXT NOT NULL,
  opened_date DATE NOT NULL,
  activity TEXT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX sales_outlets_id_idx ON sales_outlets (id);
CREATE INDEX sales_outlets_pairing_idx ON sales_outlets (pairing_id);
CREATE INDEX sales_outlets_date_idx ON sales_outlets (opened_date);
CREATE INDEX sales_outlets_east_idx ON sales_outlets (east_code);
CREATE SEQUENCE sales_outlets_id_seq;

CREATE TABLE consumption_txns (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  date DATE NOT NULL,
  buyer_org_id BIGINT,
  buyer_type TEXT NOT NULL,
  seller_org_id BIGINT,
  product TEXT NOT NULL,
  product_recognised BOOLEAN,
  origin_unit TEXT NOT NULL,
  mode TEXT NOT NULL,
  channel TEXT NOT NULL,
  outlet_id BIGINT,
  stage TEXT NOT NULL,
  amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
  quantity DOUBLE PRECISION,
  quantity_unit TEXT,
  invoice_no TEXT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX consumption_txns_id_idx ON consumption_txns (id);
CREATE INDEX consumption_txns_pairing_idx ON consumption_txns (pairing_id);
CREATE INDEX consumption_txns_date_idx ON consumption_txns (date);
CREATE INDEX consumption_txns_east_idx ON consumption_txns (east_code);
CREATE SEQUENCE consumption_txns_id_seq;

CREATE TABLE donations (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  date DATE NOT NULL,
  donor_org_id BIGINT,
  donor_name TEXT,
  recipient_unit TEXT,
  recipient_household TEXT,
  kind TEXT NOT NULL,
  amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
  items TEXT,
  item_count BIGINT CHECK (item_count >= 0),
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX donations_id_idx ON donations (id);
CREATE INDEX donations_pairing_idx ON donations (pairing_id);
CREATE INDEX donations_date_idx ON donations (date);
CREATE INDEX donations_east_idx ON donations (east_code);
CREATE SEQUENCE donations_id_seq;

CREATE TABLE wishes (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  posted_date DATE NOT NULL,
  unit TEXT NOT NULL,
  household TEXT,
  description TEXT NOT NULL,
  value_fen BIGINT CHECK (value_fen >= 0),
  claimed_by TEXT,
  claimed_date DATE,
  fulfilled_date DATE,
  wish_status TEXT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX wishes_id_idx ON wishes (id);
CREATE INDEX wishes_pairing_idx ON wishes (pairing_id);
CREATE INDEX wishes_date_idx ON wishes (posted_date);
CREATE INDEX wishes_east_idx ON wishes (east_code);
CREATE SEQUENCE wishes_id_seq;

CREATE TABLE visits (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  title TEXT NOT NULL,
  date DATE NOT NULL,
  end_date DATE,
  direction TEXT NOT NULL,
  lead_level TEXT NOT NULL,
  visit_type TEXT NOT NULL,
  participants BIGINT CHECK (participants >= 0),
  enterprise_participants BIGINT CHECK (enterprise_participants >= 0),
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX visits_id_idx ON visits (id);
CREATE INDEX visits_pairing_idx ON visits (pairing_id);
CREATE INDEX visits_date_idx ON visits (date);
CREATE INDEX visits_east_idx ON visits (east_code);
CREATE SEQUENCE visits_id_seq;

CREATE TABLE outcomes (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  subject TEXT NOT NULL,
  subject_org_id BIGINT,
  metric TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  unit TEXT,
  baseline DOUBLE PRECISION,
  period_start DATE NOT NULL,
  period_end DATE,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX outcomes_id_idx ON outcomes (id);
CREATE INDEX outcomes_pairing_idx ON outcomes (pairing_id);
CREATE INDEX outcomes_date_idx ON outcomes (period_start);
CREATE INDEX outcomes_east_idx ON outcomes (east_code);
CREATE SEQUENCE outcomes_id_seq;

CREATE TABLE reported_figures (
  id BIGINT NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id BIGINT,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  source_doc TEXT NOT NULL,
  source_date DATE,
  quote TEXT NOT NULL,
  indicator_code TEXT,
  value DOUBLE PRECISION NOT NULL,
  value_max DOUBLE PRECISION,
  unit TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  period_start DATE NOT NULL,
  period_end DATE NOT NULL,
  is_cumulative BOOLEAN,
  scope_unit TEXT,
  review TEXT,
  source TEXT,
  recorded_by TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (west_code, id)
);
CREATE INDEX reported_figures_id_idx ON reported_figures (id);
CREATE INDEX reported_figures_pairing_idx ON reported_figures (pairing_id);
CREATE INDEX reported_figures_date_idx ON reported_figures (period_start);
CREATE INDEX reported_figures_east_idx ON reported_figures (east_code);
CREATE SEQUENCE reported_figures_id_seq;

