// Labour services: cross-province transport subsidies (paid after ≥3 months of stable
// work), job fairs / job-sourcing visits, and labour brokers, agencies and stations.
import { P } from '../curated.mjs';
import { COUNTIES, OLD, CUR, prov, SYN } from './places.mjs';
import { addDays, daysBetween, fen } from './rng.mjs';

const R0 = '报道：《海原:深化闽宁协作 共享山海荣光》（发布媒体未在文本中注明）';
const isEast = (u) => u.startsWith('35') || u.startsWith('32');

function subsidies(rng, ids) {
  const out = [];
  const person = Object.fromEntries(ids.persons.map((p) => [p.id, p]));
  for (const j of ids.jobs) {
    const p = person[j.person];
    if (!isEast(j.unit) || !j.helped || j.outside || p.type === 'ordinary') continue;
    const we = p.era === 'old' ? OLD[1] : CUR[1];
    const months3 = addDays(j.start, 91);
    if ((j.end && j.end < months3) || months3 > we) continue; // not stable ≥3 months within the window
    const paid = addDays(months3, rng.int(5, 60));
    if (paid > we || rng.chance(0.15)) continue; // some eligible workers never applied
    const haiyuan = p.ck === 'haiyuan';
    const s = { id: out.length + 1, pairing_id: j.pairing, ...prov(rng), person_id: p.id, subsidy_type: 'transport',
      amount_fen: fen(haiyuan ? rng.amount(8800, 10400, 100) : rng.pick([500, 800, 1000, 1200])),
      payer_side: haiyuan ? 'east' : rng.pick(['east', 'west']), paid_date: paid, period: `${j.start} 至 ${months3}` };
    if (haiyuan) s.note = '金额与报道“184名脱贫劳动力…176.4万元”（人均约9587元，福建支付）同量级（演示）';
    out.push(s);
    if (daysBetween(j.start, j.end || we) > 300 && rng.chance(0.2) && addDays(paid, 200) <= we)
      out.push({ id: out.length + 1, pairing_id: j.pairing, ...prov(rng), person_id: p.id, subsidy_type: 'job_stabilisation',
        amount_fen: fen(rng.pick([1000, 1500, 2000])), payer_side: 'east', paid_date: addDays(paid, rng.int(150, 200)),
        period: `${j.start} 起满6个月` });
  }
  return out;
}

// [pairing, name, date, mode, organiser, location, employers, positions, hires, source, note]
const FAIRS = [
  [P.zp_hy, '海原县赴福建省重点企业访企拓岗活动', '2024-08-12', 'sourcing', '海原县人力资源和社会保障局', '350000', 20, 2000, null, R0,
    '“组织45名劳务经纪人…到20家福建省重点企业访企拓岗…挖掘岗位2000余个”；具体日期未列明（演示取8月中旬）'],
  [P.zp_hy, '海原县2022年春风行动闽宁协作专场招聘会', '2022-02-11', 'offline', '海原县人力资源和社会保障局', '640522', 46, 1800, 520, SYN, null],
  [P.zp_hy, '漳浦—海原2023年网络招聘会', '2023-03-15', 'online', '漳浦县人力资源和社会保障局', '640522', 60, 2400, 310, SYN, null],
  [P.zp_hy, '“闽宁协作”直播带岗（海原专场）', '2024-02-26', 'livestream', '海原县人力资源和社会保障局', '640522', 18, 900, 140, SYN, null],
  [P.zp_hy, '漳浦县企业赴海原招聘会', '2024-10-18', 'offline', '漳浦县人力资源和社会保障局', '640522', 25, 700, 95, SYN, null],
  [P.xm_py, '厦门—彭阳2022年劳务协作招聘会', '2022-02-09', 'offline', '厦门市人力资源和社会保障局', '640425', 52, 2600, 460, SYN, null],
  [P.xm_py, '厦门企业彭阳直播带岗', '2023-03-02', 'livestream', '厦门市人力资源和社会保障局', '640425', 15, 800, 120, SYN, null],
  [P.xm_py, '彭阳县赴厦门访企拓岗', '2024-05-20', 'sourcing', '彭阳县人社局', '350200', 12, 650, null, SYN, null],
  [P.hc_jy, '海沧—泾源2022年春季招聘会', '2022-02-24', 'offline', '海沧区人力资源和社会保障局', '640424', 30, 1200, 210, SYN, null],
  [P.hc_jy, '海沧—泾源网络招聘会', '2023-09-07', 'online', '海沧区人力资源和社会保障局', '640424', 40, 1500, 130, SYN, null],
  [P.hl_mn, '湖里—闽宁镇就业招聘会', '2023-02-16', 'offline', '湖里区人力资源和社会保障局', '640121104', 22, 750, 150, SYN, null],
  [P.lh_hy, '六合—湟源劳务协作招聘会', '2022-03-03', 'offline', '六合区人力资源和社会保障局', '630123', 28, 900, 160, SYN, null],
  [P.lh_hy, '六合区企业湟源直播带岗', '2024-03-12', 'livestream', '六合区人力资源和社会保障局', '630123', 10, 420, 60, SYN, null],
  [P.sm_lxs, '思明—临夏市2019年东西部扶贫协作专场招聘会', '2019-02-13', 'offline', '思明区人力资源和社会保障局', '622901', 35, 1500, 280, SYN, '原结对期内'],
  [P.sm_lxs, '思明—临夏市2020年网络招聘会', '2020-02-27', 'online', '思明区人力资源和社会保障局', '622901', 48, 2100, 190, SYN, '原结对期内（疫情期间改为线上）'],
  [P.xm_lxz_friend, '厦门—临夏2022年劳务协作网络招聘会', '2022-02-08', 'online', '厦门市人力资源和社会保障局', '622900', 55, 3000, 400, SYN,
    '结对调整后的友好交流合作'],
];

function jobFairs(rng) {
  return FAIRS.map(([pairing, name, date, mode, organiser, loc, employers, positions, hires, source, note], i) => {
    const r = { id: i + 1, pairing_id: pairing, ...prov(rng), name, date, mode, organiser, location_unit: loc, employers, positions_offered: positions };
    if (hires != null) r.planned_hires = hires;
    r.source = source;
    if (source !== SYN) r.status = 'approved';
    if (note) r.note = note;
    return r;
  });
}

// [county key, pairing, brokers, agencies, station name|null, since range]
const PROVIDERS = [
  ['haiyuan', P.zp_hy, 10, 2, '海原县驻泉州劳务工作站（演示）', ['2017-03-01', '2024-09-30']],
  ['pengyang', P.xm_py, 4, 1, '彭阳县驻厦门劳务工作站（演示）', ['2021-03-01', '2024-06-30']],
  ['jingyuan', P.hc_jy, 3, 0, '泾源县驻海沧劳务工作站（演示）', ['2021-03-01', '2024-06-30']],
  ['huangyuan', P.lh_hy, 3, 1, null, ['2018-03-01', '2024-06-30']],
  ['linxiashi', P.sm_lxs, 3, 1, '临夏市驻思明劳务工作站（演示）', ['2018-01-01', '2021-06-30']],
];

function providers(rng) {
  const out = [];
  const add = (pairing, f) => out.push({ id: out.length + 1, pairing_id: pairing, ...prov(rng), ...f });
  add(P.zp_hy, { name: '宁夏海原凯睿劳务有限责任公司', provider_type: 'agency', unit: '640522', since_date: '2022-03-01', status: 'approved',
    source: R0, note: '名称见报道（“已组织80余名乡亲到福建省务工”）；认定日期为演示' });
  for (const [ck, pairing, nb, na, station, [from, to]] of PROVIDERS) {
    const c = COUNTIES[ck];
    for (let i = 0; i < nb; i++)
      add(pairing, { name: `${rng.maskedName(rng.chance(0.8) ? 'm' : 'f')}（劳务经纪人）`, provider_type: 'broker', unit: rng.pick(c.townships),
        since_date: rng.date(from, to), activity: rng.chance(0.85) ? 'active' : 'inactive' });
    for (let i = 0; i < na; i++)
      add(pairing, { name: `${c.name}第${i + 1}劳务服务公司（演示）`, provider_type: 'agency', unit: c.code, since_date: rng.date(from, to) });
    if (station)
      add(pairing, { name: station, provider_type: 'station', unit: c.code, since_date: rng.date(from, to),
        note: '驻外工作站，所在地按派出县登记（台账按西部县归属）' });
  }
  return out;
}

export function generateLabourServices({ rng, ids }) {
  return { subsidies: subsidies(rng, ids), job_fairs: jobFairs(rng), labour_service_providers: providers(rng) };
}
