// Funds and projects: demonstration sites, aid projects (with real amounts where a report
// gives them), fund transfers through the four stages planned → allocated → received →
// disbursed (fiscal, social cash and enterprise money), and project beneficiaries.
import { P, DOCS } from '../curated.mjs';
import { COUNTIES, countyOf, SYN, prov } from './places.mjs';
import { addDays, fen } from './rng.mjs';

const R0 = '报道：' + DOCS.r000.title, R1 = '报道：' + DOCS.r001.title, R2 = '报道：' + DOCS.r002.title;

// [key, pairing, name, type, unit, date, east partner, active]
const SITES = [
  ['py_v1', P.xm_py, '红河镇肉牛养殖示范村（演示）', 'village', '640425103', '2022-04-18', '350200', true],
  ['py_v2', P.xm_py, '古城镇肉牛养殖示范村（演示）', 'village', '640425102', '2022-04-18', '350200', true],
  ['py_b1', P.xm_py, '白阳镇肉牛“出户入园”养殖示范基地（演示）', 'base', '640425100', '2022-05-06', '350200', true],
  ['py_b2', P.xm_py, '王洼镇肉牛“出户入园”养殖示范基地（演示）', 'base', '640425101', '2022-05-06', '350200', true],
  ['jy_v1', P.hc_jy, '泾河源镇闽宁乡村振兴示范村（演示）', 'village', '640424101', '2022-06-10', '350205', true],
  ['jy_v2', P.hc_jy, '香水镇闽宁乡村振兴示范村（演示）', 'village', '640424100', '2023-05-12', '350205', true],
  ['mn_v1', P.hl_mn, '闽宁镇原隆村乡村振兴示范村（演示）', 'village', '640121104', '2022-03-30', '350206', true],
  ['hy_v1', P.zp_hy, '高崖乡闽宁示范村（演示）', 'village', '640522206', '2024-03-20', '350623', true],
  ['hy_v2', P.zp_hy, '三河镇闽宁示范村（演示）', 'village', '640522104', '2024-03-20', '350623', true],
  ['hy_c', P.zp_hy, '海原县乡村振兴示范县（演示）', 'county', '640522', '2024-01-10', '350623', true],
  ['hyuan_v1', P.lh_hy, '日月藏族乡牦牛产业示范村（演示）', 'village', '630123201', '2022-08-08', '320116', true],
  ['lx_v1', P.sm_lxs, '枹罕镇王坪村扶贫示范村（演示）', 'village', '622901101', '2019-05-15', '350203', false],
];

// [pairing, name, category, funding, west unit, start, end, fiscal 万元, other 万元, site key, source, note]
const PROJECTS = [
  [P.zp_hy, '海原县食用菌产业项目（2022年度）', 'industry', 'fiscal', '640522', '2022-03-15', '2022-12-20', 800, 0, null, R0, '2022年以来累计2736万元，分年度为演示'],
  [P.zp_hy, '海原县食用菌产业项目（2023年度）', 'industry', 'fiscal', '640522', '2023-03-10', '2023-12-15', 950, 0, null, R0, '同上；含牛舍改造菌棚'],
  [P.zp_hy, '海原县食用菌产业项目（2024年度）', 'industry', 'fiscal', '640522', '2024-03-05', '2024-12-10', 986, 0, null, R0, '同上'],
  [P.zp_hy, '女性盆底康复及产后康复中心等惠民项目', 'health', 'fiscal', '640522', '2023-05-08', '2024-04-30', 308, 0, null, R0, '金额见报道；起止日期为演示'],
  [P.zp_hy, '海原县人民医院健康体检系统', 'health', 'fiscal', '640522', '2023-06-01', '2023-10-31', 35, 0, null, R0, '同上'],
  [P.zp_hy, '海原县人民医院高压氧舱建设', 'health', 'fiscal', '640522', '2023-07-01', '2024-06-30', 250, 0, null, R0, '同上'],
  [P.zz_hy, '三河镇中学生公寓楼', 'education', 'fiscal', '640522104', '2023-04-01', '2024-08-31', 720, 0, null, R0, '2023年以来1550万元用于三项工程，分项为演示'],
  [P.zz_hy, '海原县闽宁教学楼', 'education', 'fiscal', '640522', '2023-05-15', null, 650, 0, null, R0, '同上'],
  [P.zz_hy, '移民村校舍维修', 'education', 'fiscal', '640522', '2023-06-01', '2023-11-30', 180, 0, null, R0, '同上'],
  [P.zz_hy, '学校电脑、直饮水机、路灯、防寒服采购捐赠', 'education', 'fiscal', '640522', '2023-09-01', '2024-01-31', 196, 0, null, R0, '“近200万元”，记为196万元（演示）'],
  [P.zz_hy, '教育突出贡献团队慰问及困难学生资助', 'education', 'fiscal', '640522', '2024-08-20', '2024-09-30', 201, 0, null, R0, '金额见报道'],
  [P.zz_hy, '帮扶学校青年优秀教师交流学习', 'education', 'fiscal', '640522', '2023-10-01', '2024-11-30', 100, 0, null, R0, '“交流学习6批42人次”'],
  [P.zp_hy, '高崖乡闽宁示范村创建', 'demo_village', 'fiscal', '640522206', '2024-04-01', null, 600, 80, 'hy_v1', SYN, null],
  [P.zp_hy, '三河镇闽宁示范村创建', 'demo_village', 'fiscal', '640522104', '2024-04-10', null, 550, 0, 'hy_v2', SYN, null],
  [P.zp_hy, '海原县乡村振兴示范县建设（2024年）', 'rural_construction', 'fiscal', '640522', '2024-05-01', null, 1200, 0, 'hy_c', SYN, null],
  [P.zp_hy, '硒砂瓜冷链仓储项目', 'industry', 'fiscal', '640522101', '2024-12-20', null, 300, 0, null, SYN, '年底前下达，尚未开工'],
  [P.xm_py, '彭阳县肉牛养殖短平快项目', 'industry', 'fiscal', '640425', '2022-03-20', '2022-11-30', 260, 0, null, SYN, '报道：2022年“短平快产业项目5个”，名称与金额为演示'],
  [P.xm_py, '彭阳县辣椒种植加工短平快项目', 'industry', 'fiscal', '640425', '2022-04-01', '2022-10-31', 220, 0, null, SYN, '同上'],
  [P.xm_py, '彭阳县中蜂养殖短平快项目', 'industry', 'fiscal', '640425', '2022-04-15', '2022-10-15', 150, 0, null, SYN, '同上'],
  [P.xm_py, '彭阳县杂粮加工短平快项目', 'industry', 'fiscal', '640425', '2022-05-01', '2022-12-15', 180, 0, null, SYN, '同上'],
  [P.xm_py, '彭阳县设施蔬菜短平快项目', 'industry', 'fiscal', '640425', '2022-05-10', '2022-12-20', 170, 0, null, SYN, '同上'],
  [P.xm_py, '红河镇肉牛养殖示范村建设', 'demo_village', 'fiscal', '640425103', '2022-05-01', '2022-12-31', 200, 0, 'py_v1', SYN, null],
  [P.xm_py, '古城镇肉牛养殖示范村建设', 'demo_village', 'fiscal', '640425102', '2022-05-01', '2022-12-31', 200, 0, 'py_v2', SYN, null],
  [P.xm_py, '白阳镇肉牛“出户入园”示范基地', 'industry', 'fiscal', '640425100', '2022-05-20', '2022-12-31', 220, 0, 'py_b1', SYN, null],
  [P.xm_py, '王洼镇肉牛“出户入园”示范基地', 'industry', 'fiscal', '640425101', '2022-05-20', '2023-03-31', 220, 0, 'py_b2', SYN, null],
  [P.xm_py, '彭阳县帮扶车间提升项目（2023年）', 'employment', 'fiscal', '640425', '2023-04-01', '2023-12-31', 480, 0, null, SYN, null],
  [P.hc_jy, '泾河源镇示范村人居环境整治', 'demo_village', 'fiscal', '640424101', '2022-07-01', '2023-06-30', 380, 0, 'jy_v1', SYN, null],
  [P.hc_jy, '香水镇示范村产业路', 'infrastructure', 'fiscal', '640424100', '2023-06-01', '2024-05-31', 420, 0, 'jy_v2', SYN, null],
  [P.hc_jy, '泾源县肉牛良种繁育项目', 'industry', 'mixed', '640424', '2024-03-01', null, 500, 120, null, SYN, null],
  [P.hx_jm, '“培力列车”西部培力工作站（集美村、红土村）', 'social', 'social', '640424', '2022-07-15', '2023-07-14', 0, 55, null, R1,
    '“链接爱心资源55万多元”；项目金额取55万元（演示）'],
  [P.hl_mn, '闽宁产业园通用厂房（一期）', 'infrastructure', 'fiscal', '640121104', '2022-04-01', '2023-09-30', 900, 0, null, SYN, null],
  [P.hl_mn, '原隆村乡村振兴示范村创建', 'demo_village', 'fiscal', '640121104', '2022-05-01', '2023-04-30', 300, 0, 'mn_v1', SYN, null],
  [P.sm_mn, '闽宁镇技能培训中心', 'employment', 'fiscal', '640121104', '2023-03-01', '2023-12-31', 260, 0, null, SYN, null],
  [P.jf_mn, '闽宁镇村集体经济帮扶项目（建发集团）', 'industry', 'social', '640121104', '2022-06-01', '2022-12-31', 0, 200, null, SYN, '企业帮扶资金'],
  [P.itg_yl, '原隆村产业帮扶项目（国贸控股集团）', 'industry', 'social', '640121104', '2023-03-01', '2023-12-31', 0, 150, null, SYN, '企业帮扶资金'],
  [P.lh_hy, '湟源县牦牛产业示范村建设', 'demo_village', 'fiscal', '630123201', '2022-09-01', '2023-08-31', 350, 0, 'hyuan_v1', SYN, null],
  [P.lh_hy, '湟源县乡村道路硬化', 'infrastructure', 'fiscal', '630123', '2023-04-01', '2023-11-30', 600, 0, null, SYN, null],
  [P.lh_hy, '湟源县职业技能实训基地', 'employment', 'fiscal', '630123', '2024-03-01', null, 450, 0, null, SYN, null],
  [P.sm_lxs, '王坪村油用紫斑牡丹合作社富民增收项目（村集体经济注资）', 'industry', 'fiscal', '622901101', '2018-04-10', '2018-12-31', 34, 0, null, R2,
    '“注资枹罕镇王坪村村集体经济34万元”；日期为演示'],
  [P.sm_lxs, '临夏市扶贫车间村集体经济注资分红项目（2019年）', 'employment', 'fiscal', '622901', '2019-03-01', '2019-12-31', 420, 0, 'lx_v1', SYN, '原结对期内'],
  [P.sm_lxs, '临夏市结对村基础设施项目（2020年）', 'infrastructure', 'fiscal', '622901', '2020-04-01', '2020-11-30', 380, 0, null, SYN, '原结对期内'],
  [P.sm_lxs, '临夏市村集体经济项目（2021年度）', 'industry', 'fiscal', '622901', '2021-06-01', '2022-03-31', 300, 0, null, SYN,
    '原结对期内立项；尾款在结对结束后拨付（见资金拨付）'],
  [P.xm_lxz, '临夏州中医院设备购置', 'health', 'fiscal', '622900', '2020-05-01', '2020-12-31', 260, 0, null, SYN, '原结对期内'],
];

export function generateFunds({ rng, ids }) {
  const siteId = {};
  const demo_sites = SITES.map(([key, pairing, name, type, unit, date, east, active], i) => {
    siteId[key] = i + 1;
    return { id: i + 1, pairing_id: pairing, ...prov(rng), name, site_type: type, unit, designation_date: date,
      east_partner_unit: east, activity: active ? 'active' : 'inactive', ...(active ? {} : { note: '结对调整后不再作为协作示范点' }) };
  });
  const projects = [], transfers = [], bens = [];
  const T = (pairing, f) => transfers.push({ id: transfers.length + 1, pairing_id: pairing, ...prov(rng), status: 'approved', ...f });
  PROJECTS.forEach(([pairing, name, cat, funding, west, start, end, fisc, other, site, source, note], i) => {
    const last = ['2018', '2019', '2020', '2021'].includes(start.slice(0, 4)) ? '2021-12-31' : '2024-12-31';
    const tail = pairing === P.sm_lxs && start.startsWith('2021'); // hard case: last tranche after the pairing ended
    const progress = start > '2024-12-01' ? 'planned' : tail || (end && end <= last) ? 'completed' : 'in_progress';
    const p = { id: i + 1, pairing_id: pairing, ...prov(rng), name, category: cat, funding, west_unit: west, start_date: start };
    if (end) p.end_date = end;
    if (fisc) p.fiscal_amount_fen = fen(fisc * 1e4);
    if (other) p.other_amount_fen = fen(other * 1e4);
    p.progress = progress;
    if (site) p.demo_site_id = siteId[site];
    p.source = source;
    if (source !== SYN) p.status = 'approved';
    if (note) p.note = note;
    projects.push(p);
    const payer = { 350200: '厦门市财政局', 350205: '海沧区财政局', 350206: '湖里区财政局', 350203: '思明区财政局', 350623: '漳浦县财政局',
      350600: '漳州市财政局', 320116: '六合区财政局' };
    const eastOf = { [P.zz_hy]: '350600', [P.xm_lxz]: '350200' };
    const c = countyOf(west);
    const payerName = payer[eastOf[pairing] || (c ? c.east : '350200')] || '厦门市财政局';
    if (fisc) {
      const amt = fen(fisc * 1e4);
      T(pairing, { date: addDays(start, -rng.int(50, 80)), source_kind: 'fiscal', stage: 'planned', amount_fen: amt, payer: payerName, recipient_unit: west, project_id: p.id, purpose: name });
      if (progress === 'planned') return;
      T(pairing, { date: addDays(start, -rng.int(25, 40)), source_kind: 'fiscal', stage: 'allocated', amount_fen: amt, payer: payerName, recipient_unit: west, project_id: p.id, purpose: name });
      T(pairing, { date: addDays(start, -rng.int(3, 15)), source_kind: 'fiscal', stage: 'received', amount_fen: amt, payer: payerName, recipient_unit: west, project_id: p.id, purpose: name });
      // Disbursed in tranches: all of it for completed projects, part for running ones.
      const share = progress === 'completed' ? 1 : rng.pick([0.4, 0.6, 0.7]);
      const tranches = progress === 'completed' ? [0.3, 0.4, 0.3] : [0.5, 0.5];
      let paidSoFar = 0;
      tranches.forEach((t, k) => {
        const a = k === tranches.length - 1 ? Math.round(amt * share) - paidSoFar : Math.round(amt * share * t);
        paidSoFar += a;
        let d = addDays(start, 30 + k * rng.int(60, 100));
        if (end && d > end) d = end;
        if (d > last) d = last;
        if (tail && k === tranches.length - 1) d = '2022-03-15';
        const f = { date: d, source_kind: 'fiscal', stage: 'disbursed', amount_fen: a, payer: west.slice(0, 6) + ' 县级财政（实施单位拨付）', recipient_unit: west, project_id: p.id, purpose: name };
        if (d > '2021-12-31' && pairing === P.sm_lxs) {
          f.outside_pairing_reason = '2021年度资金在结对关系结束前下达、到位，工程于2022年3月完工验收后拨付尾款';
          f.note = '难例：结对结束后发生的拨付，附结对期外说明';
        }
        T(pairing, f);
        if (f.outside_pairing_reason) ids.hard.push(`fund_transfers #${transfers.length}: 结对（思明区—临夏市）结束后 ${d} 拨付尾款，附 outside_pairing_reason`);
      });
    }
    if (other) {
      const kind = funding === 'social' && [P.jf_mn, P.itg_yl].includes(pairing) ? 'enterprise' : funding === 'mixed' ? 'enterprise' : 'social_cash';
      const who = { [P.jf_mn]: '建发集团', [P.itg_yl]: '国贸控股集团', [P.hx_jm]: '厦门市海沧区海峡城乡发展基金会' }[pairing] || '结对企业（演示）';
      T(pairing, { date: addDays(start, -rng.int(5, 20)), source_kind: kind, stage: 'received', amount_fen: fen(other * 1e4), payer: who, recipient_unit: west, project_id: p.id, purpose: name });
      T(pairing, { date: addDays(start, rng.int(20, 60)), source_kind: kind, stage: 'disbursed', amount_fen: fen(other * 1e4), payer: who, recipient_unit: west, project_id: p.id, purpose: name });
    }
    // Beneficiaries: persons of the project's county from the same pairing era.
    if (!['industry', 'demo_village', 'employment'].includes(cat) || progress === 'planned') return;
    const era = start < '2022' ? 'old' : 'new';
    const pool = ids.persons.filter((x) => x.county.code === west.slice(0, 6) && x.era === era && x.type !== 'ordinary');
    for (const x of rng.sample(pool, rng.int(3, 8))) {
      x.benefits = (x.benefits || 0) + 1;
      bens.push({ id: bens.length + 1, ...prov(rng), project_id: p.id, person_id: x.id,
        link_type: cat === 'employment' ? 'employment' : rng.weighted([['dividend', 40], ['employment', 25], ['order', 20], ['equity', 15]]),
        date: addDays(start, rng.int(10, 90)) });
    }
    for (let k = 0; k < rng.int(0, 2); k++)
      bens.push({ id: bens.length + 1, ...prov(rng), project_id: p.id, household_ref: `${west.slice(0, 6)}-户-${String(rng.int(1, 999)).padStart(4, '0')}（演示）`,
        link_type: 'dividend', date: addDays(start, rng.int(30, 120)), note: '仅有户编号（名单未关联到人员）' });
  });
  const twice = ids.persons.filter((x) => x.benefits > 1).map((x) => x.id);
  ids.hard.push(`project_beneficiaries: ${twice.length} 人受益于两个以上项目（如 person #${twice.slice(0, 3).join(', #')}），按人数去重计`);
  return { demo_sites, projects, fund_transfers: transfers, project_beneficiaries: bens };
}
