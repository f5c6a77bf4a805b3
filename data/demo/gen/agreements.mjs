// Annual agreements (年度帮扶协议) 2022–2024 and their targets (任务指标) for the main
// current pairings, plus the real 2021 framework agreement of 厦门—临夏州 after the
// pairing adjustment. Target values are synthetic but sized against the 2022 actuals of
// report 001 (厦门日报) and the 2024 actuals of report 000 (海原), so that completion
// rates come out plausible (most 90–125%).
import { P, DOCS } from '../curated.mjs';
import { SYN } from './places.mjs';

const UNIT = {
  fund_fiscal_aid: '元', lab_rural_helped: '人', lab_pe_helped: '人', csm_total: '元', ws_count: '个',
  ind_enterprises_landed: '家', ind_investment_actual: '元', tal_cadres_e2w: '人', tal_prof_e2w: '人',
  trn_prof_persontimes: '人次', lab_training_persontimes: '人次', rv_demo_villages: '个',
};

// pairing → [title parties, base (2022) targets]
const PLAN = [
  [P.xm_nx, '厦门市—宁夏回族自治区（“两县一镇”）', {
    fund_fiscal_aid: 150e6, lab_rural_helped: 12000, lab_pe_helped: 5000, csm_total: 800e6, ws_count: 25,
    ind_enterprises_landed: 40, ind_investment_actual: 600e6, tal_cadres_e2w: 6, tal_prof_e2w: 200,
    trn_prof_persontimes: 3000, lab_training_persontimes: 2500, rv_demo_villages: 10 }],
  [P.xm_gy, '厦门市—固原市', {
    fund_fiscal_aid: 100e6, lab_rural_helped: 8000, lab_pe_helped: 3500, csm_total: 500e6, ws_count: 18,
    ind_enterprises_landed: 25, ind_investment_actual: 350e6, tal_cadres_e2w: 4, tal_prof_e2w: 130,
    trn_prof_persontimes: 2000, lab_training_persontimes: 1600, rv_demo_villages: 6 }],
  [P.xm_py, '厦门市—彭阳县', {
    fund_fiscal_aid: 17e6, lab_rural_helped: 3500, lab_pe_helped: 1500, csm_total: 160e6, ws_count: 10,
    ind_enterprises_landed: 12, ind_investment_actual: 150e6, tal_cadres_e2w: 2, tal_prof_e2w: 60,
    trn_prof_persontimes: 900, lab_training_persontimes: 400, rv_demo_villages: 2 }],
  [P.hc_jy, '海沧区—泾源县', {
    fund_fiscal_aid: 45e6, lab_rural_helped: 3000, lab_pe_helped: 1300, csm_total: 120e6, ws_count: 6,
    ind_enterprises_landed: 8, ind_investment_actual: 100e6, tal_cadres_e2w: 2, tal_prof_e2w: 50,
    trn_prof_persontimes: 800, lab_training_persontimes: 600, rv_demo_villages: 3 }],
  [P.hl_mn, '湖里区—闽宁镇', {
    fund_fiscal_aid: 12e6, lab_rural_helped: 1500, lab_pe_helped: 600, csm_total: 50e6, ws_count: 3,
    ind_enterprises_landed: 6, ind_investment_actual: 120e6, rv_demo_villages: 2 }],
  [P.sm_mn, '思明区—闽宁镇', {
    fund_fiscal_aid: 10e6, lab_rural_helped: 1200, lab_pe_helped: 500, csm_total: 40e6, ws_count: 2,
    ind_enterprises_landed: 4, ind_investment_actual: 80e6, rv_demo_villages: 2 }],
  [P.zz_hy, '漳州市—海原县', {
    fund_fiscal_aid: 8e6, tal_prof_e2w: 20, trn_prof_persontimes: 600 }],
  [P.zp_hy, '漳浦县—海原县', {
    fund_fiscal_aid: 78e6, lab_rural_helped: 1800, lab_pe_helped: 800, csm_total: 25e6, ws_count: 3,
    ind_enterprises_landed: 3, ind_investment_actual: 60e6, tal_cadres_e2w: 2, tal_prof_e2w: 15,
    lab_training_persontimes: 500, rv_demo_villages: 2 }],
  [P.lh_hy, '六合区—湟源县', {
    fund_fiscal_aid: 22e6, lab_rural_helped: 1000, lab_pe_helped: 450, csm_total: 30e6, ws_count: 3,
    ind_enterprises_landed: 3, ind_investment_actual: 40e6, tal_cadres_e2w: 2, tal_prof_e2w: 25,
    trn_prof_persontimes: 400, lab_training_persontimes: 300, rv_demo_villages: 1 }],
];

// Targets given as a range (min–max) instead of one value: [pairing, year, code, lo, hi].
const RANGES = [
  [P.lh_hy, 2023, 'lab_rural_helped', 1000, 1200],
  [P.hc_jy, 2024, 'csm_total', 120e6, 140e6],
  [P.zz_hy, 2022, 'tal_prof_e2w', 15, 25],
  [P.xm_py, 2024, 'ws_count', 10, 12],
  [P.zp_hy, 2023, 'lab_training_persontimes', 450, 600],
];

const YEARS = [2022, 2023, 2024];
const GROWTH = { 2022: 1, 2023: 1.05, 2024: 1.1 };

function roundTarget(v, code) {
  if (UNIT[code] === '元') return v >= 1e8 ? Math.round(v / 1e6) * 1e6 : Math.round(v / 1e5) * 1e5;
  if (v >= 1000) return Math.round(v / 50) * 50;
  if (v >= 100) return Math.round(v / 10) * 10;
  return Math.max(1, Math.round(v));
}

export function generateAgreements({ rng }) {
  const agreements = [], targets = [];
  // The real framework agreement after the 2021 adjustment (report 001).
  agreements.push({
    id: 1, pairing_id: P.xm_lxz_friend, year: 2021, kind: 'framework',
    title: '持续开展两地友好交流合作框架协议', source: '报道：' + DOCS.r001.title,
    note: '协议名称见报道；签订日期未列明（“随即签订”），故不填；年度取结对调整当年',
  });
  for (const [pairing, parties, base] of PLAN) {
    for (const year of YEARS) {
      const agreement = {
        id: agreements.length + 1, pairing_id: pairing, year, kind: 'annual',
        title: `${parties}${year}年东西部协作帮扶协议（演示）`,
        signed_date: rng.date(`${year}-02-15`, `${year}-04-30`), source: SYN,
      };
      agreements.push(agreement);
      for (const [code, v] of Object.entries(base)) {
        const t = { id: targets.length + 1, pairing_id: pairing, agreement_id: agreement.id, year, indicator_code: code };
        const range = RANGES.find(([p, y, c]) => p === pairing && y === year && c === code);
        if (range) { t.min_value = range[3]; t.max_value = range[4]; t.note = '任务以区间下达（演示）'; }
        else t.target_value = roundTarget(v * GROWTH[year], code);
        t.unit = UNIT[code];
        t.source = SYN;
        targets.push(t);
      }
    }
  }
  return { agreements, targets };
}
