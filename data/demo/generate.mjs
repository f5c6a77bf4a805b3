// Skeleton (work in progress): writes curated types and empty arrays for the others.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as C from './curated.mjs';
const OUT = path.dirname(fileURLToPath(import.meta.url));
const TYPES = ['admin_units', 'organizations', 'pairings', 'agreements', 'targets', 'demo_sites', 'projects',
  'fund_transfers', 'persons', 'project_beneficiaries', 'industrial_parks', 'investments', 'workshops',
  'transport_trips', 'trip_passengers', 'employment_records', 'subsidies', 'job_fairs',
  'labour_service_providers', 'secondments', 'training_events', 'training_participants', 'sales_outlets',
  'consumption_txns', 'donations', 'wishes', 'visits', 'outcomes', 'reported_figures'];
const T = Object.fromEntries(TYPES.map((t) => [t, []]));
T.admin_units = C.adminUnits(); T.organizations = C.organizations(); T.pairings = C.pairings();
T.reported_figures = C.reportedFigures();
for (const t of TYPES) writeFileSync(path.join(OUT, t + '.json'), '[\n' + T[t].map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
