-- 0001_init: the ledger's tables, one per model record type (src/model/record_types.cc).
-- Reference tables are keyed by id. Record tables are keyed by (west_code, id) and hold
-- no foreign keys, so that Citus can distribute them by western county
-- (DESIGN.md §2, Storage and scale); the ledger checks references instead.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE admin_units (
  id INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent_code TEXT,
  side TEXT NOT NULL,
  key_county INTEGER CHECK (key_county IN (0, 1)),
  exited_poverty INTEGER CHECK (exited_poverty IN (0, 1)),
  relocation_site INTEGER CHECK (relocation_site IN (0, 1)),
  source TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id),
  UNIQUE (code)
);
CREATE INDEX admin_units_parent_idx ON admin_units (parent_code);

CREATE TABLE organizations (
  id INTEGER NOT NULL,
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

CREATE TABLE pairings (
  id INTEGER NOT NULL,
  name TEXT,
  level TEXT NOT NULL,
  programme TEXT NOT NULL,
  east_unit TEXT,
  east_org_id INTEGER,
  west_unit TEXT,
  west_org_id INTEGER,
  start_date TEXT NOT NULL,
  end_date TEXT,
  end_reason TEXT,
  parent_id INTEGER,
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

CREATE TABLE agreements (
  id INTEGER NOT NULL,
  pairing_id INTEGER NOT NULL,
  year INTEGER NOT NULL CHECK (year >= 0),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  signed_date TEXT,
  source TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id)
);
CREATE INDEX agreements_pairing_idx ON agreements (pairing_id);

CREATE TABLE targets (
  id INTEGER NOT NULL,
  pairing_id INTEGER NOT NULL,
  agreement_id INTEGER,
  year INTEGER NOT NULL CHECK (year >= 0),
  indicator_code TEXT NOT NULL,
  target_value REAL,
  min_value REAL,
  max_value REAL,
  unit TEXT,
  source TEXT,
  note TEXT,
  recorded_at TEXT,
  updated_at TEXT,
  PRIMARY KEY (id)
);
CREATE INDEX targets_pairing_idx ON targets (pairing_id);
CREATE INDEX targets_year_idx ON targets (pairing_id, year, indicator_code);

CREATE TABLE demo_sites (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  site_type TEXT NOT NULL,
  unit TEXT NOT NULL,
  designation_date TEXT NOT NULL,
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

CREATE TABLE projects (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  funding TEXT NOT NULL,
  west_unit TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT,
  fiscal_amount_fen INTEGER CHECK (fiscal_amount_fen >= 0),
  other_amount_fen INTEGER CHECK (other_amount_fen >= 0),
  progress TEXT,
  demo_site_id INTEGER,
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

CREATE TABLE fund_transfers (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  date TEXT NOT NULL,
  source_kind TEXT NOT NULL,
  stage TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  payer TEXT,
  recipient_unit TEXT,
  project_id INTEGER,
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

CREATE TABLE persons (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  id_hash TEXT,
  name TEXT,
  hukou_unit TEXT NOT NULL,
  household_type TEXT NOT NULL,
  gender TEXT,
  birth_year INTEGER CHECK (birth_year >= 0),
  labour_ability TEXT,
  snapshot_date TEXT NOT NULL,
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

CREATE TABLE project_beneficiaries (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  project_id INTEGER NOT NULL,
  person_id INTEGER,
  household_ref TEXT,
  link_type TEXT NOT NULL,
  date TEXT NOT NULL,
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

CREATE TABLE industrial_parks (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  west_unit TEXT NOT NULL,
  east_partner_unit TEXT,
  co_built_date TEXT NOT NULL,
  area_m2 REAL,
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

CREATE TABLE investments (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  enterprise_id INTEGER NOT NULL,
  west_unit TEXT,
  park_id INTEGER,
  project_name TEXT,
  stage TEXT NOT NULL,
  contract_amount_fen INTEGER CHECK (contract_amount_fen >= 0),
  paid_in_amount_fen INTEGER CHECK (paid_in_amount_fen >= 0),
  date TEXT NOT NULL,
  is_new_landing INTEGER CHECK (is_new_landing IN (0, 1)),
  is_capital_increase INTEGER CHECK (is_capital_increase IN (0, 1)),
  jobs_planned INTEGER CHECK (jobs_planned >= 0),
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

CREATE TABLE workshops (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  workshop_type TEXT NOT NULL,
  west_unit TEXT NOT NULL,
  operator_org_id INTEGER,
  recognised_date TEXT NOT NULL,
  operating TEXT,
  east_aided INTEGER CHECK (east_aided IN (0, 1)),
  aided_amount_fen INTEGER CHECK (aided_amount_fen >= 0),
  jobs_provided INTEGER CHECK (jobs_provided >= 0),
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

CREATE TABLE transport_trips (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  date TEXT NOT NULL,
  mode TEXT NOT NULL,
  origin_unit TEXT NOT NULL,
  destination_unit TEXT NOT NULL,
  organiser TEXT,
  persons_count INTEGER CHECK (persons_count >= 0),
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

CREATE TABLE trip_passengers (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  trip_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  date TEXT NOT NULL,
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

CREATE TABLE employment_records (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  person_id INTEGER NOT NULL,
  employer_org_id INTEGER,
  workshop_id INTEGER,
  work_unit TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  channel TEXT NOT NULL,
  helped_by_cooperation INTEGER CHECK (helped_by_cooperation IN (0, 1)),
  helped_by_unit TEXT,
  transport_trip_id INTEGER,
  evidence TEXT,
  monthly_wage_fen INTEGER CHECK (monthly_wage_fen >= 0),
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

CREATE TABLE subsidies (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  person_id INTEGER NOT NULL,
  subsidy_type TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  payer_side TEXT NOT NULL,
  paid_date TEXT NOT NULL,
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

CREATE TABLE job_fairs (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  date TEXT NOT NULL,
  mode TEXT NOT NULL,
  organiser TEXT,
  location_unit TEXT,
  employers INTEGER CHECK (employers >= 0),
  positions_offered INTEGER CHECK (positions_offered >= 0),
  planned_hires INTEGER CHECK (planned_hires >= 0),
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

CREATE TABLE labour_service_providers (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  provider_type TEXT NOT NULL,
  unit TEXT NOT NULL,
  since_date TEXT NOT NULL,
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

CREATE TABLE secondments (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  person_hash TEXT,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  field TEXT,
  direction TEXT NOT NULL,
  sending_org_id INTEGER,
  host_org_id INTEGER,
  host_unit TEXT,
  post TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT,
  batch_no INTEGER CHECK (batch_no >= 0),
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

CREATE TABLE training_events (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  title TEXT NOT NULL,
  training_type TEXT NOT NULL,
  organiser TEXT,
  location_unit TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT,
  sessions INTEGER CHECK (sessions >= 0),
  attendees INTEGER CHECK (attendees >= 0),
  funded_by_cooperation INTEGER CHECK (funded_by_cooperation IN (0, 1)),
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

CREATE TABLE training_participants (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  event_id INTEGER NOT NULL,
  person_id INTEGER,
  name TEXT,
  person_times INTEGER CHECK (person_times >= 0),
  completed INTEGER CHECK (completed IN (0, 1)),
  date TEXT NOT NULL,
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

CREATE TABLE sales_outlets (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  name TEXT NOT NULL,
  outlet_type TEXT NOT NULL,
  east_unit TEXT NOT NULL,
  opened_date TEXT NOT NULL,
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

CREATE TABLE consumption_txns (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  date TEXT NOT NULL,
  buyer_org_id INTEGER,
  buyer_type TEXT NOT NULL,
  seller_org_id INTEGER,
  product TEXT NOT NULL,
  product_recognised INTEGER CHECK (product_recognised IN (0, 1)),
  origin_unit TEXT NOT NULL,
  mode TEXT NOT NULL,
  channel TEXT NOT NULL,
  outlet_id INTEGER,
  stage TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  quantity REAL,
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

CREATE TABLE donations (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  date TEXT NOT NULL,
  donor_org_id INTEGER,
  donor_name TEXT,
  recipient_unit TEXT,
  recipient_household TEXT,
  kind TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  items TEXT,
  item_count INTEGER CHECK (item_count >= 0),
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

CREATE TABLE wishes (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  posted_date TEXT NOT NULL,
  unit TEXT NOT NULL,
  household TEXT,
  description TEXT NOT NULL,
  value_fen INTEGER CHECK (value_fen >= 0),
  claimed_by TEXT,
  claimed_date TEXT,
  fulfilled_date TEXT,
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

CREATE TABLE visits (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  end_date TEXT,
  direction TEXT NOT NULL,
  lead_level TEXT NOT NULL,
  visit_type TEXT NOT NULL,
  participants INTEGER CHECK (participants >= 0),
  enterprise_participants INTEGER CHECK (enterprise_participants >= 0),
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

CREATE TABLE outcomes (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  subject TEXT NOT NULL,
  subject_org_id INTEGER,
  metric TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT,
  baseline REAL,
  period_start TEXT NOT NULL,
  period_end TEXT,
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

CREATE TABLE reported_figures (
  id INTEGER NOT NULL,
  west_code TEXT NOT NULL,
  east_code TEXT,
  pairing_id INTEGER,
  status TEXT NOT NULL,
  outside_pairing_reason TEXT,
  source_doc TEXT NOT NULL,
  source_date TEXT,
  quote TEXT NOT NULL,
  indicator_code TEXT,
  value REAL NOT NULL,
  value_max REAL,
  unit TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  is_cumulative INTEGER CHECK (is_cumulative IN (0, 1)),
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

