// Places and pairings shared by the generators: which western counties the demo data
// lives in, their townships (all present in curated admin_units), the pairing that a
// row dated on a given day belongs to, and the eastern partner.
import { P } from '../curated.mjs';

// Current pairings: records 2022-01-01..2024-12-31. Ended pairings (思明→临夏市,
// 海沧→积石山, 厦门→临夏州): records 2019-01-01..2021-12-31; afterwards the 临夏 side
// continues under the 厦门—临夏州 friendly-cooperation pairing (programme "other").
export const CUR = ['2022-01-01', '2024-12-31'];
export const OLD = ['2019-01-01', '2021-12-31'];

export const COUNTIES = {
  haiyuan: {
    code: '640522', name: '海原县', weight: 140, pairing: P.zp_hy, east: '350623', eastCity: '350600',
    townships: ['640522100', '640522101', '640522103', '640522104', '640522105', '640522202', '640522206', '640522208', '640522209', '640522211'],
  },
  pengyang: {
    code: '640425', name: '彭阳县', weight: 80, pairing: P.xm_py, east: '350200', eastCity: '350200',
    townships: ['640425100', '640425101', '640425102', '640425103', '640425200', '640425201'],
  },
  jingyuan: {
    code: '640424', name: '泾源县', weight: 60, pairing: P.hc_jy, east: '350205', eastCity: '350200',
    townships: ['640424100', '640424101', '640424102', '640424200', '640424201'],
  },
  minning: {
    code: '640121', name: '闽宁镇', weight: 40, pairing: P.hl_mn, east: '350206', eastCity: '350200',
    townships: ['640121104'],
  },
  huangyuan: {
    code: '630123', name: '湟源县', weight: 40, pairing: P.lh_hy, east: '320116', eastCity: '320116',
    townships: ['630123100', '630123101', '630123200', '630123201', '630123202'],
  },
  linxiashi: {
    code: '622901', name: '临夏市', weight: 30, pairing: P.sm_lxs, after: P.xm_lxz_friend, east: '350203', eastCity: '350200',
    townships: ['622901100', '622901101', '622901102', '622901103'], ended: true,
  },
  jishishan: {
    code: '622927', name: '积石山县', weight: 10, pairing: P.hc_jss, after: P.xm_lxz_friend, east: '350205', eastCity: '350200',
    townships: ['622927100', '622927101', '622927102', '622927211'], ended: true,
  },
};
export const COUNTY_KEYS = Object.keys(COUNTIES);

// The county record for a unit code (township or county).
export function countyOf(code) {
  const c6 = code.slice(0, 6);
  return Object.values(COUNTIES).find((c) => c.code === c6 || c.townships.includes(code));
}

// The pairing a row about `county` dated `date` belongs to.
export function pairingFor(county, date) {
  if (county.ended && date > '2021-12-31') return county.after;
  return county.pairing;
}

// The window in which rows of a county may be dated: [start, end]; ended pairings get
// their old window unless `after` is asked for.
export function windowFor(county, after = false) {
  if (county.ended) return after ? CUR : OLD;
  return CUR;
}

// Common provenance fields of synthetic rows.
export const SYN = '演示数据（合成）';
export const BY = '演示数据生成器';
export function prov(rng, extra = {}) {
  return {
    status: rng.weighted([['approved', 70], ['confirmed', 12], ['submitted', 10], ['draft', 8]]),
    source: SYN, recorded_by: BY, ...extra,
  };
}

// Serialise a row with keys in a stable, readable order (id first, pairing next).
export function row(id, pairing, fields, provenance) {
  const r = { id };
  if (pairing) r.pairing_id = pairing;
  return Object.assign(r, fields, provenance);
}
