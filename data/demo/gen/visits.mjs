// Visits and meetings (east→west and west→east; top-leader joint meetings, surveys,
// study visits, investment promotion, promotion fairs) and outcomes (hospital and school
// metrics, mostly the figures report 000 gives for 海原).
import { P, ORG, DOCS } from '../curated.mjs';
import { SYN, prov } from './places.mjs';
import { addDays } from './rng.mjs';

const R0 = '报道：' + DOCS.r000.title, R1 = '报道：' + DOCS.r001.title, R2 = '报道：' + DOCS.r002.title;

// [pairing, title, date, days, direction, lead, type, participants, enterprises, source, note, outside reason]
const VISITS = [
  [P.xm_nx, '闽宁协作第二十六次联席会议（演示）', '2022-04-21', 2, 'w2e', 'top_leader', 'joint_meeting', 60, null, SYN, null],
  [P.xm_nx, '厦门—宁夏东西部协作联席会议（2023年，演示）', '2023-07-12', 2, 'e2w', 'top_leader', 'joint_meeting', 55, null, SYN, null],
  [P.xm_nx, '厦门—宁夏东西部协作联席会议（2024年，演示）', '2024-06-18', 2, 'w2e', 'top_leader', 'joint_meeting', 58, null, SYN, null],
  [P.xm_nx, '厦门企业赴宁考察对接（第一批）', '2022-05-16', 4, 'e2w', 'department', 'investment_promotion', 70, 35, R1, '2022年“引导企业赴宁考察113家”，三批合计113家，分批为演示'],
  [P.xm_nx, '厦门企业赴宁考察对接（第二批）', '2022-08-22', 4, 'e2w', 'deputy', 'investment_promotion', 82, 40, R1, '同上'],
  [P.xm_nx, '厦门企业赴宁考察对接（第三批）', '2022-10-24', 4, 'e2w', 'department', 'investment_promotion', 76, 38, R1, '同上'],
  [P.xm_nx, '宁夏“两县一镇”农特产品厦门展销会', '2022-11-18', 3, 'w2e', 'deputy', 'promotion_fair', 120, 60, R1, '“达成销售意向3000余万元”（见消费帮扶交易）；日期为演示'],
  [P.xm_py, '厦门市党政代表团赴彭阳县调研', '2022-05-10', 3, 'e2w', 'top_leader', 'survey', 25, null, SYN, null],
  [P.xm_py, '彭阳县党政代表团赴厦门考察学习', '2023-06-05', 4, 'w2e', 'top_leader', 'study', 20, null, SYN, null],
  [P.xm_py, '厦门市农业农村局赴彭阳对接肉牛产业', '2024-04-16', 3, 'e2w', 'department', 'survey', 8, null, SYN, null],
  [P.hc_jy, '海沧区党政代表团赴泾源县调研', '2022-06-14', 3, 'e2w', 'top_leader', 'survey', 22, 6, SYN, null],
  [P.hc_jy, '海沧—泾源联席会议', '2023-05-23', 2, 'w2e', 'top_leader', 'joint_meeting', 30, null, SYN, null],
  [P.hc_jy, '泾源县招商推介会（海沧）', '2024-05-28', 2, 'w2e', 'deputy', 'investment_promotion', 35, 18, SYN, null],
  [P.hl_mn, '湖里区党政代表团赴闽宁镇调研', '2022-03-29', 2, 'e2w', 'top_leader', 'survey', 18, null, SYN, '闽宁产业园共建对接'],
  [P.sm_mn, '思明区赴闽宁镇调研产业园建设', '2023-04-11', 2, 'e2w', 'top_leader', 'survey', 15, 4, SYN, null],
  [P.zp_hy, '海原县“一主四特”产业推介会暨项目签约仪式', '2023-04-14', 1, 'w2e', 'top_leader', 'promotion_fair', 80, 30, R0,
    '“去年4月14日…在福建省厦门市举行，共签约招商引资项目4个，签约金额1.14亿元”（见招商投资）；人数为演示'],
  [P.zp_hy, '宁夏“六特”暨海原县农特产品产销对接会（漳浦）', '2024-09-20', 2, 'w2e', 'deputy', 'promotion_fair', 40, 25, R0,
    '“现场零售和签约金额达3178万元”（见消费帮扶交易）；日期为演示'],
  [P.zp_hy, '海原县考察团赴福建访企拓岗', '2024-08-12', 6, 'w2e', 'deputy', 'survey', 50, 20, R0,
    '“组织45名劳务经纪人…到20家福建省重点企业访企拓岗”；日期为演示（见招聘会与访企拓岗）'],
  [P.zp_school, '海原县高中教研团队赴漳浦第一中学考察学习', '2024-05-13', 5, 'w2e', 'department', 'study', 12, null, R0, '人数与日期为演示'],
  [P.zp_hy, '漳浦县党政代表团赴海原县对接', '2024-03-26', 3, 'e2w', 'top_leader', 'joint_meeting', 28, 8, SYN, '2024年“23批次200余人次”之一'],
  [P.zp_hy, '漳浦县商会赴海原考察', '2024-06-04', 3, 'e2w', 'department', 'investment_promotion', 22, 12, SYN, '同上'],
  [P.zp_hy, '漳州—海原联席会议（2022年）', '2022-06-28', 2, 'e2w', 'top_leader', 'joint_meeting', 30, null, SYN, null],
  [P.zp_hy, '海原县党政代表团赴漳浦考察', '2023-09-19', 4, 'w2e', 'top_leader', 'study', 18, null, SYN, null],
  [P.lh_hy, '六合—湟源联席会议（2022年）', '2022-08-16', 2, 'e2w', 'top_leader', 'joint_meeting', 26, null, SYN, null],
  [P.lh_hy, '湟源县党政代表团赴六合考察学习', '2023-10-17', 3, 'w2e', 'top_leader', 'study', 16, null, SYN, null],
  [P.lh_hy, '六合区企业赴湟源招商考察', '2024-05-21', 3, 'e2w', 'department', 'investment_promotion', 20, 9, SYN, null],
  [P.sm_lxs, '思明区—临夏市结对前调研对接', '2017-05-16', 3, 'e2w', 'deputy', 'survey', 12, null, R2, '“经过5次调研对接”之一；日期为演示',
    '结对协议（2017年8月）达成前的调研对接，日期早于结对开始'],
  [P.sm_lxs, '思明区—临夏市高层联席会议（2019年）', '2019-04-23', 2, 'e2w', 'top_leader', 'joint_meeting', 35, null, R2, '“多次召开高层联席会议”；日期为演示'],
  [P.sm_lxs, '思明区—临夏市高层联席会议（2020年）', '2020-09-15', 2, 'w2e', 'top_leader', 'joint_meeting', 30, null, R2, '同上'],
  [P.sm_lxs, '思明区—临夏市高层联席会议（2021年）', '2021-06-08', 2, 'e2w', 'top_leader', 'joint_meeting', 32, null, R2, '同上'],
  [P.sm_lxs, '思明区赴临夏市结对工作交接回访', '2022-05-17', 3, 'e2w', 'department', 'survey', 8, null, SYN, '难例：结对结束后的回访',
    '原结对关系（2021-12-31结束）收尾：项目移交与档案归集，按原结对登记'],
  [P.xm_lxz_friend, '厦门—临夏友好交流合作座谈', '2022-08-09', 2, 'e2w', 'deputy', 'survey', 20, 5, SYN, '结对调整后的友好交流合作'],
];

function visits(rng, ids) {
  return VISITS.map(([pairing, title, date, days, dir, lead, type, n, ent, source, note, outside], i) => {
    const r = { id: i + 1, pairing_id: pairing, ...prov(rng), status: 'approved' };
    if (outside) {
      r.outside_pairing_reason = outside;
      ids.hard.push(`visits #${i + 1}: ${date} 在结对关系（思明区—临夏市，2017-08-01—2021-12-31）${date < '2017-08-01' ? '开始前' : '结束后'}，附 outside_pairing_reason`);
    }
    Object.assign(r, { title, date, end_date: addDays(date, days - 1), direction: dir, lead_level: lead, visit_type: type, participants: n });
    if (ent) r.enterprise_participants = ent;
    r.source = source;
    if (note) r.note = note;
    return r;
  });
}

// [pairing, subject, org key, metric, value, unit, baseline, start, end, source, note]
const OUTCOMES = [
  [P.zs_hosp, '海原县人民医院', 'hy_hospital', '门诊接待量同比增长', 13.5, '%', null, '2024-01-01', '2024-10-31', R0, '期间按报道“今年1—10月”口径（演示推定）'],
  [P.zs_hosp, '海原县人民医院', 'hy_hospital', '病床使用率同比提高', 8.6, '%', null, '2024-01-01', '2024-10-31', R0, '同上'],
  [P.zs_hosp, '海原县人民医院', 'hy_hospital', '住院人数同比增长', 22.8, '%', null, '2024-01-01', '2024-10-31', R0, '同上'],
  [P.zs_hosp, '海原县人民医院', 'hy_hospital', '医院总收入同比增长', 22.85, '%', null, '2024-01-01', '2024-10-31', R0, '同上'],
  [P.zs_hosp, '海原县人民医院', 'hy_hospital', '开展新技术及新业务', 35, '项', null, '2016-01-01', '2024-12-31', R0, '累计'],
  [P.zs_hosp, '海原县人民医院', 'hy_hospital', '医疗队累计诊疗患者', 10000, '人次', null, '2016-01-01', '2024-12-31', R0, '报道“1万多人次”（下限）'],
  [P.zs_hosp, '海原县人民医院', 'hy_hospital', '医疗队开展手术', 1000, '台', null, '2016-01-01', '2024-12-31', R0, '报道“近千台”（约数）'],
  [P.fs_hosp, '海原县人民医院', 'hy_hospital', '心血管造影和取栓手术', 186, '例', null, '2024-01-01', '2024-12-31', R0, '北京房山区团队，不属闽宁协作'],
  [P.zp_hy, '海原县兴海中学', 'hy_xinghai', '获区、市、县各级奖项', 168, '个', null, '2022-01-01', '2024-12-31', R0, null],
  [P.zp_hy, '海原县兴海中学', 'hy_xinghai', '获奖人数', 221, '人次', null, '2022-01-01', '2024-12-31', R0, null],
  [P.zz_school, '海原县职业技术学校', 'hy_voc', '培养“双师型”教师', 50, '人', null, '2022-07-01', '2024-12-31', R0, null],
  [P.zz_school, '海原县职业技术学校', 'hy_voc', '帮带年轻教师', 58, '人', null, '2022-07-01', '2024-12-31', R0, null],
  [P.zp_hy, '海原县食用菌种植户', null, '食用菌种植总收入', 7830000, '元', null, '2022-01-01', '2024-12-31', R0, '报道“783万余元”（下限）'],
  [P.zp_hy, '海原县食用菌种植户', null, '户均收入', 11000, '元/户', null, '2022-01-01', '2024-12-31', R0, null],
  [P.zp_hy, '海原县闽宁科技园', null, '园区企业年劳务收入', 28000000, '元/年', null, '2024-01-01', '2024-12-31', R0, '报道“2800余万元”（下限）'],
  [P.itg_yl, '原隆村', 'vc_yuanlong', '带动就业人均增收', 30000, '元/人', null, '2022-01-01', '2022-12-31', R1, '报道“3万余元”（下限）'],
  [P.lh_hy, '湟源县示范医院（演示）', 'hyuan_hospital', '门诊人次', 86500, '人次', 78200, '2023-01-01', '2023-12-31', SYN, null],
  [P.lh_hy, '湟源县示范医院（演示）', 'hyuan_hospital', '三四级手术占比', 18.4, '%', 14.9, '2024-01-01', '2024-12-31', SYN, null],
  [P.xm_py, '红河镇肉牛养殖示范村（演示）', null, '村集体经济收入', 420000, '元', 260000, '2022-01-01', '2022-12-31', SYN, null],
  [P.xm_py, '红河镇肉牛养殖示范村（演示）', null, '村集体经济收入', 510000, '元', 420000, '2023-01-01', '2023-12-31', SYN, null],
  [P.xm_lxz, '临夏市医院', 'lx_hospital', '门诊人次', 312000, '人次', 285000, '2019-01-01', '2019-12-31', SYN, '原结对期内'],
  [P.xm_lxz, '临夏市医院', 'lx_hospital', '填补技术空白', 12, '项', null, '2019-01-01', '2021-12-31', SYN, '原结对期内'],
  [P.sm_lxs, '临夏市新华小学教育集团', 'lx_xinhua', '教师参加跟岗培训', 64, '人次', null, '2019-01-01', '2021-12-31', SYN, '原结对期内'],
];

function outcomes(rng) {
  return OUTCOMES.map(([pairing, subject, org, metric, value, unit, base, start, end, source, note], i) => {
    const r = { id: i + 1, pairing_id: pairing, ...prov(rng), subject };
    if (org) r.subject_org_id = ORG[org];
    Object.assign(r, { metric, value, unit });
    if (base != null) r.baseline = base;
    Object.assign(r, { period_start: start, period_end: end, source });
    if (source !== SYN) r.status = 'approved';
    if (note) r.note = note;
    return r;
  });
}

export function generateVisits({ rng, ids }) {
  return { visits: visits(rng, ids), outcomes: outcomes(rng) };
}
