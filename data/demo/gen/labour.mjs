// Labour cooperation: persons (see persons.mjs), employment spells (in the east, locally
// in the home county — enterprise, workshop, public-welfare post — and elsewhere), the
// organised "point-to-point" trips with their passenger lists, and (labour_services.mjs)
// subsidies, job fairs and labour brokers/agencies. The hard cases of the counting rules
// are written explicitly and listed in ids.hard.
import { ORG, P } from '../curated.mjs';
import { COUNTIES, CUR, OLD, SYN, BY, pairingFor, prov } from './places.mjs';
import { addDays, fen, minDate } from './rng.mjs';
import { generatePersons } from './persons.mjs';
import { generateLabourServices } from './labour_services.mjs';

const EAST_EMPLOYERS = {
  haiyuan: ['tongda', 'tongda', 'fuyang', 'dingsheng', 'liyuanda'],
  pengyang: ['xinglin', 'hexing', 'hc_mfg', 'hongqi'], jingyuan: ['hc_mfg', 'xinglin', 'hexing'],
  minning: ['xinglin', 'hongqi', 'hexing'], huangyuan: ['lh_mfg1', 'lh_mfg2'],
  linxiashi: ['xinglin', 'tuoqi', 'hexing', 'hongqi'], jishishan: ['hc_mfg', 'xinglin'],
};
const WELFARE_ORG = { haiyuan: 'hy_gov', huangyuan: 'hyuan_gov', linxiashi: 'lx_fupin', minning: 'vc_yuanlong' };
const ORG_UNIT = {}; // filled from curated organisations
const HY = '海原县人力资源和社会保障局';
// [county, era, date, mode, destination unit, organiser]
const TRIPS = [
  ['haiyuan', 'new', '2022-02-20', 'bus', '350500', HY], ['haiyuan', 'new', '2022-03-06', 'flight', '350600', HY],
  ['haiyuan', 'new', '2023-02-09', 'train', '350500', HY], ['haiyuan', 'new', '2023-08-22', 'bus', '350500', HY],
  ['haiyuan', 'new', '2024-02-18', 'flight', '350500', HY], ['haiyuan', 'new', '2024-03-02', 'bus', '350500', HY],
  ['haiyuan', 'new', '2024-08-26', 'bus', '350500', '宁夏海原凯睿劳务有限责任公司'],
  ['pengyang', 'new', '2022-02-14', 'train', '350200', '彭阳县人社局、厦门市人社局'], ['pengyang', 'new', '2023-02-07', 'flight', '350200', '彭阳县人社局'],
  ['pengyang', 'new', '2024-02-21', 'flight', '350200', '彭阳县人社局'],
  ['jingyuan', 'new', '2022-03-01', 'bus', '350205', '泾源县人社局、海沧区人社局'], ['jingyuan', 'new', '2024-02-22', 'flight', '350205', '泾源县人社局'],
  ['minning', 'new', '2023-02-25', 'flight', '350206', '闽宁镇人民政府'],
  ['huangyuan', 'new', '2022-03-08', 'train', '320116', '湟源县人社局、六合区人社局'], ['huangyuan', 'new', '2024-02-27', 'train', '320116', '湟源县人社局'],
  ['linxiashi', 'old', '2019-02-18', 'train', '350203', '临夏市人社局、思明区人社局'], ['linxiashi', 'old', '2020-03-03', 'flight', '350203', '临夏市人社局（疫情期间包机复工）'],
  ['linxiashi', 'new', '2022-02-16', 'flight', '350200', '临夏州人社局、厦门市人社局（2022年3个航班包机之一）'],
  ['linxiashi', 'new', '2022-02-23', 'flight', '350200', '临夏州人社局、厦门市人社局（2022年3个航班包机之一）'],
  ['jishishan', 'new', '2022-03-02', 'flight', '350200', '临夏州人社局、厦门市人社局（2022年3个航班包机之一）'],
];

export function generateLabour({ C, rng, ids }) {
  for (const o of C.organizations()) ORG_UNIT[o.id] = o.unit_code;
  const { persons, info } = generatePersons(rng);
  ids.persons = info;
  const trips = TRIPS.map(([ck, era, date, mode, dest, organiser], i) => ({
    id: i + 1, pairing_id: pairingFor(COUNTIES[ck], date), ...prov(rng), status: 'approved',
    date, mode, origin_unit: COUNTIES[ck].code, destination_unit: dest, organiser, persons_count: 0, ck, era,
  }));
  const passengers = [], jobs = [];

  function job(p, f) {
    const r = { id: jobs.length + 1, pairing_id: f.pairing || pairingFor(p.county, f.start_date), ...prov(rng), person_id: p.id };
    delete f.pairing;
    Object.assign(r, f);
    if (r.end_date === undefined) delete r.end_date;
    jobs.push(r);
    return r;
  }
  function eastJob(p, start, end, extra = {}, dest = null) {
    // On an organised trip the employer lies in the trip's destination city.
    const near = dest ? EAST_EMPLOYERS[p.ck].filter((k) => ORG_UNIT[ORG[k]].slice(0, 4) === dest.slice(0, 4)) : [];
    const key = rng.pick(near.length ? near : EAST_EMPLOYERS[p.ck]);
    return job(p, { employer_org_id: ORG[key], work_unit: ORG_UNIT[ORG[key]], start_date: start, end_date: end, channel: 'enterprise',
      helped_by_cooperation: true, helped_by_unit: p.county.ended && p.era === 'new' ? '350200' : p.county.east,
      evidence: rng.weighted([['contract', 60], ['wage_records', 30], ['employer_certificate', 10]]),
      monthly_wage_fen: fen(rng.amount(4200, 7800, 100)), ...extra });
  }
  // Put a person on one of the organised trips of the county/era that leave after `from`
  // (most trips leave after the Spring Festival); the job starts 2 days after departure.
  function onTrip(p, from, latest) {
    const t = rng.pick(trips.filter((x) => x.ck === p.ck && x.era === p.era && x.date >= from && x.date <= latest));
    if (!t) return null;
    passengers.push({ id: passengers.length + 1, ...prov(rng), status: 'approved', trip_id: t.id, person_id: p.id, date: t.date });
    t.persons_count++;
    return t;
  }

  // ---- Hard cases (explicit) -----------------------------------------------------------
  const pickP = (ck, era = 'new') => info.find((p) => p.ck === ck && p.era === era && p.ability !== 'none' && p.ability !== 'weak' && !p.used && (p.used = true));
  const hA = pickP('haiyuan'), hB = pickP('pengyang'), hC = pickP('jingyuan'), hD = pickP('jishishan', 'old');
  const a1 = eastJob(hA, '2023-03-01', '2023-06-30', { note: '难例：同一人同年两份工作（之一）' });
  const ws = ids.workshops.find((w) => w.county === hA.county.code && w.date <= '2023-07-20' && w.operating === 'operating');
  const a2 = job(hA, { employer_org_id: ws.operator, workshop_id: ws.id, work_unit: ws.town, start_date: '2023-07-20', end_date: '2023-12-31',
    channel: 'workshop', helped_by_cooperation: true, helped_by_unit: hA.county.east, evidence: 'wage_records', monthly_wage_fen: fen(2400),
    note: '难例：同一人同年两份工作（之二），按人数只计1人' });
  const b = eastJob(hB, '2023-10-16', '2024-03-31', { note: '难例：跨年就业，两个年度各不足3个月，合计约5.5个月' });
  const c = eastJob(hC, '2024-05-06', '2024-07-19', { note: '难例：就业不足3个月（74天），不计入稳定就业' });
  const d = eastJob(hD, '2022-02-21', '2023-01-20', { pairing: P.hc_jss,
    outside_pairing_reason: '2021年12月结对调整前经海沧区组织签约，2022年春节后到岗；按原结对关系登记以便与2021年任务衔接',
    note: '难例：日期在结对关系（海沧区—积石山县，2021-12-31结束）之后，附结对期外说明' });
  ids.hard.push(`employment_records #${a1.id}, #${a2.id}: person #${hA.id} 同一年（2023）两份工作（东部企业 + 本地帮扶车间）`,
    `employment_records #${b.id}: person #${hB.id} 跨年就业 2023-10-16—2024-03-31`,
    `employment_records #${c.id}: person #${hC.id} 不足3个月 2024-05-06—2024-07-19`,
    `employment_records #${d.id}: person #${hD.id} 结对结束后（2022-02-21）登记于已结束的海沧区—积石山县结对，附 outside_pairing_reason`);

  // ---- Everyone else -------------------------------------------------------------------------
  for (const p of info) {
    if (p.used || p.ability === 'none') continue;
    const [ws0, we] = p.era === 'old' ? OLD : CUR;
    const n = rng.weighted([[0, 5], [1, 40], [2, 38], [3, 17]]);
    let from = ws0;
    for (let k = 0; k < n; k++) {
      const start = rng.date(from, addDays(we, -120));
      if (start < from) break;
      const len = rng.weighted([[rng.int(150, 540), 55], [rng.int(91, 199), 33], [rng.int(20, 85), 12]]);
      const end0 = addDays(start, len);
      const end = end0 > we ? (rng.chance(0.7) ? undefined : we) : end0; // undefined = still employed
      const kind = p.ability === 'weak' ? rng.weighted([['welfare', 60], ['workshop', 40]])
        : rng.weighted([['east', p.county.ended && p.era === 'new' ? 150 : 42], ['workshop', 22], ['local', 10], ['welfare', 12], ['other', 7], ['flexible', 7]]);
      if (kind === 'east') {
        const t = rng.chance(0.6) ? onTrip(p, from, addDays(we, -120)) : null;
        if (t) eastJob(p, addDays(t.date, 2), end && end > t.date ? end : undefined, { transport_trip_id: t.id }, t.destination_unit);
        else eastJob(p, start, end, { helped_by_cooperation: rng.chance(0.75) });
      } else if (kind === 'workshop') {
        const w = rng.pick(ids.workshops.filter((x) => x.county === p.county.code && x.date <= start && x.operating !== 'closed') || []);
        if (!w) continue;
        job(p, { employer_org_id: w.operator, workshop_id: w.id, work_unit: w.town, start_date: start, end_date: end, channel: 'workshop',
          helped_by_cooperation: true, helped_by_unit: p.county.east, evidence: rng.pick(['wage_records', 'employer_certificate']),
          monthly_wage_fen: fen(rng.amount(1800, 3200, 100)) });
      } else if (kind === 'local') {
        const l = rng.pick(ids.landed.filter((x) => x.west === p.county.code && x.date <= start));
        if (!l) { k--; continue; }
        job(p, { employer_org_id: l.org, work_unit: p.county.code, start_date: start, end_date: end, channel: 'enterprise',
          helped_by_cooperation: true, helped_by_unit: p.county.east, evidence: 'contract', monthly_wage_fen: fen(rng.amount(2800, 4500, 100)) });
      } else if (kind === 'welfare') {
        const org = WELFARE_ORG[p.ck];
        job(p, { ...(org ? { employer_org_id: ORG[org] } : {}), work_unit: p.town, start_date: start, end_date: end ?? minDate(addDays(start, 364), we),
          channel: 'public_welfare', helped_by_cooperation: rng.chance(0.5), evidence: 'employer_certificate',
          monthly_wage_fen: fen(rng.pick([800, 1000, 1200, 1500])), note: '公益性岗位（协作资金支持与否见“协作帮助就业”）' });
      } else {
        job(p, { work_unit: kind === 'other' ? '640100' : p.town, start_date: start, end_date: end,
          channel: kind === 'other' ? 'enterprise' : rng.pick(['flexible', 'self_employed']), helped_by_cooperation: false,
          evidence: rng.pick(['none', 'wage_records']), monthly_wage_fen: fen(rng.amount(2500, 5500, 100)),
          ...(kind === 'other' ? { note: '到其他地区（银川市）就业' } : {}) });
      }
      const last = jobs[jobs.length - 1];
      if (!last.end_date) break;
      from = addDays(last.end_date, rng.int(10, 60));
      if (from > addDays(we, -120)) break;
    }
  }
  ids.jobs = jobs.map((j) => ({ id: j.id, person: j.person_id, start: j.start_date, end: j.end_date, unit: j.work_unit,
    pairing: j.pairing_id, channel: j.channel, helped: j.helped_by_cooperation, outside: !!j.outside_pairing_reason }));
  for (const t of trips) { delete t.ck; delete t.era; }
  const usedTrips = trips.filter((t) => t.persons_count > 0);
  const services = generateLabourServices({ C, rng, ids });
  return { persons, employment_records: jobs, transport_trips: usedTrips, trip_passengers: passengers, ...services };
}
