/** Menu grouping of record types by channel of the cooperation. */
export interface Channel {
  key: string; // i18n key under menu.
  icon: string;
  types: string[];
}

export const CHANNELS: Channel[] = [
  { key: "ch_funds", icon: "Money", types: ["projects", "fund_transfers", "project_beneficiaries"] },
  { key: "ch_talent", icon: "User", types: ["secondments", "training_events", "training_participants", "visits"] },
  { key: "ch_industry", icon: "OfficeBuilding", types: ["industrial_parks", "investments", "workshops"] },
  {
    key: "ch_labour",
    icon: "Van",
    types: ["transport_trips", "trip_passengers", "employment_records", "subsidies", "job_fairs", "labour_service_providers"],
  },
  { key: "ch_consumption", icon: "ShoppingCart", types: ["sales_outlets", "consumption_txns"] },
  { key: "ch_social", icon: "Present", types: ["donations", "wishes"] },
  { key: "ch_rural", icon: "House", types: ["demo_sites"] },
  {
    key: "ch_base",
    icon: "Files",
    types: ["admin_units", "organizations", "agreements", "targets", "persons", "outcomes", "reported_figures"],
  },
];
