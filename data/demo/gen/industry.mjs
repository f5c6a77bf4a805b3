// Industrial cooperation: co-built parks, investments (signed contract amounts kept apart
// from paid-in amounts; new landings vs capital increases) and employment workshops.
// Names and facts from the reports are marked with their source; amounts the reports do
// not give are synthetic and say so in `note`.
import { P, ORG, DOCS } from '../curated.mjs';
import { COUNTIES, SYN, prov } from './places.mjs';
import { fen } from './rng.mjs';

const R0 = '报道：' + DOCS.r000.title, R1 = '报道：' + DOCS.r001.title, R2 = '报道：' + DOCS.r002.title;

function parks(rng) {
  const list = [
    ['闽宁产业园', '640121104', '350206', P.hl_mn, '2022-03-18', 960000, R1,
      '“项目总规划面积近96万平方米”；湖里区、思明区与永宁县共建。共建日期报道未列明（演示设定）'],
    ['海原县闽宁科技园', '640522', '350623', P.zp_hy, '2022-05-10', null, R0, '“筹资1.47亿元建立闽宁科技园”；建园日期报道未列明（演示设定）'],
    ['彭阳县闽宁协作产业园（演示）', '640425', '350200', P.xm_py, '2022-06-01', 320000, SYN, null],
    ['泾源县海沧协作产业园（演示）', '640424', '350205', P.hc_jy, '2023-03-15', 180000, SYN, null],
    ['湟源县六合协作产业园（演示）', '630123', '320116', P.lh_hy, '2022-09-20', 150000, SYN, null],
    ['临夏市思明协作产业园（演示）', '622901', '350203', P.sm_lxs, '2019-04-08', 120000, SYN, '原结对期内共建（2021年结对调整前）'],
  ];
  return list.map(([name, west, east, pairing, date, area, source, note], i) => {
    const r = { id: i + 1, pairing_id: pairing, ...prov(rng), name, west_unit: west, east_partner_unit: east, co_built_date: date };
    if (area) r.area_m2 = area;
    r.status = 'approved'; r.source = source;
    if (note) r.note = note;
    return r;
  });
}

// [enterprise key, west unit, park id|null, project, pairing, signed (date, 元)|null,
//  paid-in [[date, 元], …], jobs, source, note]
const INV = [
  ['jianfa', '640000', null, '宁夏建兴环保科技公司（与厦门合兴包装合资）', P.xm_nx, ['2022-02-22', 120e6], [['2022-08-16', 80e6]], 150, R1,
    '“今年8月…建成投产”“可提供150个就业岗位”；签约与到位金额报道未列明（演示）'],
  ['itg', '640000', null, '宁夏贸宁物资有限公司（石膏产业总部经济）', P.xm_nx, ['2022-04-12', 100e6], [['2022-07-05', 30e6], ['2022-11-28', 20e6]], 60, R1,
    '“联合斥资1亿元成立”按认缴（签约）记；实缴到位金额为演示'],
  ['xiangyu', '640000', null, '宁夏象屿新能源有限公司', P.xm_nx, ['2022-05-09', 100e6], [['2022-09-14', 40e6]], 40, R1,
    '“注册1亿元成立”按认缴（签约）记；实缴到位金额为演示'],
  ['hy_textile', '640522', 2, '纺织制品生产线入驻闽宁科技园', P.zp_hy, null, [['2022-06-20', 18e6], ['2024-03-11', 6e6]], 260, R0, '企业名称见报道；金额为演示'],
  ['hy_embroidery', '640522', 2, '电脑刺绣生产线入驻闽宁科技园', P.zp_hy, null, [['2022-08-02', 9e6]], 150, R0, '同上'],
  ['hy_kalifang', '640522', 2, '智能科技产品生产线入驻闽宁科技园', P.zp_hy, ['2022-09-01', 25e6], [['2023-02-18', 15e6]], 120, R0, '同上'],
  ['weiqi', '640522', null, '枸杞精深加工项目', P.zp_hy, ['2023-04-14', 42e6], [['2023-10-09', 20e6], ['2024-06-21', 12e6]], 80, R0,
    '闽籍企业（报道）；2023-04-14推介会签约4个项目1.14亿元，按4家企业分配为演示'],
  ['xinyan', '640522', null, '肉牛屠宰加工项目', P.zp_hy, ['2023-04-14', 30e6], [['2023-12-05', 18e6]], 70, R0, '同上'],
  ['tianfu', '640522', 2, '茶饮及农产品加工项目', P.zp_hy, ['2023-04-14', 25e6], [], 50, R0, '同上；签约后尚未到位'],
  ['yiheng', '640522', null, '“南果北种”设施农业项目', P.zp_hy, ['2023-04-14', 17e6], [['2024-04-02', 9e6]], 60, R0, '同上'],
  ['hc_mfg', '640424', 4, '电子元件组装线（演示）', P.hc_jy, ['2023-03-20', 30e6], [['2023-07-12', 12e6], ['2024-05-08', 8e6]], 120, SYN, null],
  ['hc_mfg', '640425', 3, '线束加工厂（演示）', P.xm_py, ['2022-06-28', 20e6], [['2022-10-17', 15e6]], 90, SYN, '同一企业在两县落地'],
  ['lh_mfg1', '630123', 5, '电子配件加工项目（演示）', P.lh_hy, ['2022-10-11', 35e6], [['2023-03-06', 20e6], ['2024-02-26', 10e6]], 150, SYN, null],
  ['lh_mfg2', '630123', 5, '牦牛肉制品加工项目（演示）', P.lh_hy, ['2023-05-18', 18e6], [['2023-09-25', 12e6]], 60, SYN, null],
  ['xialin', '622901', 6, '厦临集团回香斋食品加工车间扩建', P.xm_lxz, ['2019-03-15', 40e6], [['2019-08-20', 25e6], ['2020-09-03', 10e6]], 200, R1,
    '厦临集团、回香斋见报道；原结对期内，金额为演示'],
  ['lvbaihe', '622900', null, '高原夏菜种植基地', P.xm_lxz, null, [['2020-03-25', 8e6]], 100, R1, '“绿百合公司在临夏建设高原夏菜种植基地”；金额为演示'],
];

function investments(rng) {
  const out = [];
  const seen = new Set();
  const add = (f) => out.push({ id: out.length + 1, ...f });
  for (const [key, west, park, project, pairing, signed, paid, jobs, source, note] of INV) {
    const base = { pairing_id: pairing, ...prov(rng), status: 'approved', enterprise_id: ORG[key], west_unit: west };
    if (park) base.park_id = park;
    base.project_name = project;
    if (signed) add({ ...base, stage: 'signed', contract_amount_fen: fen(signed[1]), date: signed[0], jobs_planned: jobs, source, ...(note ? { note } : {}) });
    for (const [date, amount] of paid) {
      // First paid-in money of an enterprise in a county = new landing; later = capital increase.
      const k = key + '@' + west.slice(0, 6);
      const first = !seen.has(k);
      seen.add(k);
      add({ ...base, stage: 'paid_in', paid_in_amount_fen: fen(amount), date, is_new_landing: first, is_capital_increase: !first,
        ...(signed ? {} : { jobs_planned: jobs }), source, ...(note ? { note } : {}) });
    }
  }
  return out;
}

// [county key, pairing, operator key, name stem, type, count, date range, source]
const WS = [
  ['haiyuan', P.zp_hy, 'hy_textile', '纺织帮扶车间', 'factory', 6, ['2022-03-01', '2024-09-30'], R0],
  ['haiyuan', P.zp_hy, 'hy_embroidery', '刺绣居家帮扶车间', 'home', 3, ['2022-05-01', '2024-06-30'], R0],
  ['pengyang', P.xm_py, 'py_pepper', '辣椒加工帮扶车间', 'factory', 5, ['2022-02-01', '2022-12-15'], SYN],
  ['pengyang', P.xm_py, 'py_coop', '肉牛养殖帮扶车间', 'farming', 4, ['2022-03-01', '2024-10-31'], SYN],
  ['jingyuan', P.hc_jy, 'jy_coop', '肉牛养殖帮扶车间', 'farming', 3, ['2022-04-01', '2024-08-31'], SYN],
  ['jingyuan', P.hc_jy, 'hc_mfg', '电子元件帮扶车间', 'factory', 2, ['2023-08-01', '2024-11-30'], SYN],
  ['minning', P.hl_mn, 'delong', '葡萄酒庄文旅帮扶车间', 'culture_tourism', 2, ['2022-04-01', '2023-12-31'], SYN],
  ['minning', P.sm_mn, 'mn_park_co', '产业园通用厂房帮扶车间', 'factory', 2, ['2023-01-01', '2024-09-30'], SYN],
  ['huangyuan', P.lh_hy, 'hyuan_coop', '牦牛产品帮扶车间', 'farming', 3, ['2022-05-01', '2024-07-31'], SYN],
  ['linxiashi', P.sm_lxs, 'wangping_coop', '扶贫车间', 'farming', 2, ['2019-03-01', '2020-10-31'], R2],
  ['linxiashi', P.sm_lxs, 'linxia_hxz', '扶贫车间', 'factory', 3, ['2019-01-01', '2021-06-30'], R2],
];

function workshops(rng, ids) {
  const out = [];
  for (const [ck, pairing, op, stem, type, n, [from, to], source] of WS) {
    const county = COUNTIES[ck];
    for (let i = 0; i < n; i++) {
      const town = rng.pick(county.townships);
      const date = rng.date(from, to);
      const old = date < '2021-01-01';
      const w = {
        id: out.length + 1, pairing_id: pairing, ...prov(rng),
        name: `${county.name}${stem}${i + 1}号（演示）`, workshop_type: type, west_unit: town, operator_org_id: ORG[op],
        recognised_date: date,
        operating: rng.weighted([['operating', 85], ['suspended', 10], ['closed', 5]]),
        east_aided: rng.chance(0.85), jobs_provided: rng.int(15, type === 'factory' ? 90 : 40),
      };
      if (w.east_aided) w.aided_amount_fen = fen(rng.amount(200000, 1200000, 10000));
      if (source !== SYN) w.note = '运营主体见报道；车间名称、金额为演示' + (old ? '（原称“扶贫车间”）' : '');
      out.push(w);
    }
  }
  ids.workshops = out.map((w) => ({ id: w.id, county: w.west_unit.slice(0, 6), town: w.west_unit, pairing: w.pairing_id,
    date: w.recognised_date, operator: w.operator_org_id, operating: w.operating }));
  return out;
}

export function generateIndustry({ rng, ids }) {
  const industrial_parks = parks(rng);
  const inv = investments(rng);
  ids.landed = inv.filter((r) => r.stage === 'paid_in').map((r) => ({ org: r.enterprise_id, west: r.west_unit, date: r.date }));
  return { industrial_parks, investments: inv, workshops: workshops(rng, ids) };
}
