// Talent: secondments of cadres and professionals (east→west and west→east, group-aid
// medical/education teams in batches) and training events with their participants.
// Person-times (人次) vs persons (人): some experts serve in two batches, some trainees
// attend several sessions of one event (person_times 2) or several events.
import { P, ORG, DOCS } from '../curated.mjs';
import { COUNTIES, SYN, prov } from './places.mjs';
import { addDays, idNumber } from './rng.mjs';

const R0 = '报道：' + DOCS.r000.title, R1 = '报道：' + DOCS.r001.title, R2 = '报道：' + DOCS.r002.title;
let serial = 5000; // ID-number serials of secondees (persons use 1…)

function secondee(rng, east) {
  const gender = rng.chance(0.6) ? 'm' : 'f';
  const birth = rng.birthDate(1968, 1995);
  return { name: rng.maskedName(gender, east), id_number: idNumber(serial++, birth, rng.int(0, 999), gender) };
}

// [pairing, category, field, direction, sending, host, host unit, post, starts, n per start, months, team, source, note]
const GROUPS = [
  [P.xm_py, 'cadre', 'other', 'e2w', null, null, '640425', '彭阳县委常委、副县长（挂职）', ['2022-07-18'], 2, 24, 'none', R1, '2022年厦门选派6名挂职干部赴宁（报道），分配到县为演示'],
  [P.hc_jy, 'cadre', 'other', 'e2w', null, null, '640424', '泾源县副县长（挂职）', ['2022-07-18'], 2, 24, 'none', R1, '同上'],
  [P.hl_mn, 'cadre', 'other', 'e2w', null, null, '640121104', '闽宁镇党委副书记（挂职）', ['2022-07-18'], 1, 24, 'none', R1, '同上'],
  [P.sm_mn, 'cadre', 'other', 'e2w', null, null, '640121104', '闽宁镇副镇长（挂职）', ['2022-07-18'], 1, 24, 'none', R1, '同上'],
  [P.xm_py, 'cadre', 'other', 'e2w', null, null, '640425', '彭阳县副县长（挂职）', ['2024-07-22'], 2, 24, 'none', SYN, '轮换'],
  [P.zp_hy, 'cadre', 'other', 'e2w', 'hy_team', 'hy_gov', '640522', '海原县副县长、海原援宁工作组成员', ['2022-08-01'], 2, 24, 'none', SYN, null],
  [P.lh_hy, 'cadre', 'other', 'e2w', 'lh_gov', 'hyuan_gov', '630123', '湟源县副县长（挂职）', ['2022-06-20', '2024-06-24'], 1, 24, 'none', SYN, null],
  [P.xm_py, 'cadre', 'other', 'w2e', null, null, '350200', '厦门市直部门挂职', ['2023-03-06'], 1, 6, 'none', SYN, null],
  [P.zp_hy, 'cadre', 'other', 'w2e', 'hy_gov', null, '350623', '漳浦县直部门挂职', ['2023-04-03', '2024-04-08'], 1, 6, 'none', SYN, null],
  [P.lh_hy, 'cadre', 'other', 'w2e', 'hyuan_gov', 'lh_gov', '320116', '六合区直部门挂职', ['2023-05-08'], 1, 6, 'none', SYN, null],
  [P.zs_hosp, 'professional', 'health', 'e2w', 'zhongshan', 'hy_hospital', '640522', '组团式医疗帮扶专家',
    ['2022-06-15', '2022-10-17', '2023-02-20', '2023-06-19', '2023-10-16', '2024-03-04', '2024-07-08'], [11, 4, 4, 4, 5, 4, 5], 4, 'medical', R0,
    '“首批共有11名专家进驻”（2022年6月）与“第7批”（2024年7月）见报道；其余批次人数与日期为演示'],
  [P.zz_school, 'professional', 'education', 'e2w', 'zz_voc', 'hy_voc', '640522', '职业教育帮扶教师', ['2022-07-04', '2023-08-21', '2024-08-19'], [5, 6, 6], 12, 'education', R0,
    '“先后有17名帮扶人才”（2022年7月起）；分批为演示'],
  [P.zp_school, 'professional', 'education', 'e2w', 'zp_no1', 'hy_no1', '640522', '联合教研支教教师', ['2024-02-26'], 4, 10, 'education', SYN, null],
  [P.xm_py, 'professional', 'agriculture', 'e2w', 'xm_agri', 'py_coop', '640425', '肉牛养殖技术指导', ['2022-04-11', '2023-04-10', '2024-04-08'], 2, 6, 'none', SYN, null],
  [P.hc_jy, 'professional', 'health', 'e2w', null, null, '640424', '支医医生', ['2022-09-05', '2023-09-04', '2024-09-02'], 2, 6, 'none', SYN, null],
  [P.lh_hy, 'professional', 'education', 'e2w', null, null, '630123', '支教教师', ['2022-09-01', '2023-09-01', '2024-09-02'], 2, 12, 'none', SYN, null],
  [P.lh_hy, 'professional', 'health', 'e2w', 'lh_hospital', 'hyuan_hospital', '630123', '支医医生', ['2023-03-13'], 2, 6, 'none', SYN, null],
  [P.zs_hosp, 'professional', 'health', 'w2e', 'hy_hospital', 'zhongshan', '350203', '进修医护人员', ['2022-09-01', '2023-03-01', '2024-03-01'], [3, 3, 2], 6, 'none', R0,
    '“接受71名海原县医护人员赴厦门市”（累计）；演示为其中部分'],
  [P.zz_hy, 'professional', 'education', 'w2e', 'hy_xinghai', null, '350600', '青年教师交流学习', ['2023-11-06', '2024-05-13'], 3, 1, 'none', R0, '“交流学习6批42人次”之部分'],
  [P.sm_lxs, 'professional', 'education', 'e2w', 'sm_yanwu', 'lx_xinhua', '622901', '专家型教师巡回教育帮扶', ['2019-03-11', '2019-10-14', '2020-10-12'], 3, 1, 'none', SYN, '原结对期内'],
  [P.kg_school, 'professional', 'education', 'w2e', 'lx_shiyan_kg', 'sm_huaqiao_kg', '350203', '跟岗学习教师', ['2019-04-08', '2019-10-21'], 3, 1, 'none', SYN, '原结对期内（“手拉手”姊妹园）'],
  [P.xm_lxz, 'professional', 'health', 'e2w', 'xinxueguan', 'lx_hospital', '622901', '支医专家', ['2019-05-06', '2020-09-07', '2021-05-10'], 2, 3, 'none', SYN, '原结对期内'],
  [P.xm_lxz, 'professional', 'health', 'w2e', 'lx_hospital', 'xinxueguan', '350200', '进修医生', ['2019-09-02', '2021-03-01'], 2, 6, 'none', SYN, '原结对期内'],
];

function secondments(rng, ids) {
  const out = [];
  for (const [pairing, category, field, dir, sending, host, unit, post, starts, n, months, team, source, note] of GROUPS) {
    const pool = []; // earlier secondees of the group, some come back in a later batch
    starts.forEach((start, b) => {
      const count = Array.isArray(n) ? n[b] : n;
      for (let i = 0; i < count; i++) {
        const back = team !== 'none' && b >= 3 && i === 0 && pool.length ? pool[b - 3] : null;
        const who = back || secondee(rng, dir === 'e2w');
        if (!back) pool.push(who);
        const r = { id: out.length + 1, pairing_id: pairing, ...prov(rng), name: who.name, id_number: who.id_number, category, field, direction: dir };
        if (sending) r.sending_org_id = ORG[sending];
        if (host) r.host_org_id = ORG[host];
        Object.assign(r, { host_unit: unit, post, start_date: addDays(start, i % 3), end_date: addDays(start, Math.round(months * 30.4)) });
        if (starts.length > 1 || team !== 'none') r.batch_no = b + 1;
        r.team_type = team;
        r.source = source;
        if (note || back) r.note = [note, back ? '难例：同一专家第二次入选（人次≠人）' : null].filter(Boolean).join('；');
        if (back) ids.hard.push(`secondments #${r.id}: 与 #${out.find((x) => x.id_number === who.id_number).id} 为同一人（同一身份证号）第二次选派，人次2、人数1`);
        out.push(r);
      }
    });
  }
  return out;
}

// [pairing, title, type, organiser, location, start, days, sessions, county key|null, participants, source, note]
const EVENTS = [
  [P.zp_hy, '食用菌种植技术培训（2022年）', 'labour_skill', '海原县农业农村局、海原援宁工作组', '640522', '2022-04-12', 3, 3, 'haiyuan', 14, R0, '“培训种植户20期1577余人次”（2022年以来累计）之部分'],
  [P.zp_hy, '食用菌种植技术培训（2023年）', 'labour_skill', '海原县农业农村局、海原援宁工作组', '640522', '2023-04-10', 3, 3, 'haiyuan', 16, R0, '同上'],
  [P.zp_hy, '食用菌种植技术培训（2024年）', 'labour_skill', '海原县农业农村局、海原援宁工作组', '640522', '2024-04-08', 3, 3, 'haiyuan', 16, R0, '同上'],
  [P.zp_hy, '手机壳制造工岗前培训', 'labour_skill', '海原县人力资源和社会保障局', '640522', '2024-02-05', 5, 2, 'haiyuan', 14, SYN, '输往福建泉州通达集团前'],
  [P.zp_hy, '闽宁协作电商直播培训', 'ecommerce', '海原援宁工作组', '640522', '2023-06-12', 4, 1, 'haiyuan', 8, SYN, null],
  [P.xm_py, '劳务协作技能培训班（焊工、电工）', 'labour_skill', '彭阳县人社局', '640425', '2022-03-07', 10, 2, 'pengyang', 10, SYN, '报道：2022年“举办劳务协作培训班9期”，演示为其中部分'],
  [P.xm_py, '劳务协作技能培训班（家政、月嫂）', 'labour_skill', '彭阳县人社局', '640425', '2022-06-13', 10, 2, 'pengyang', 10, SYN, '同上'],
  [P.xm_py, '农村致富带头人培训班', 'rural_leader', '厦门市农业农村局', '350200', '2022-09-19', 7, 1, 'pengyang', 8, SYN, '报道：2022年“培育了68个农村致富带头人”'],
  [P.xm_py, '乡村振兴干部培训班', 'cadre', '厦门市委组织部', '350200', '2022-10-17', 6, 1, null, 45, SYN, '报道：2022年“组织乡村振兴干部培训3期”'],
  [P.xm_py, '基层医务人员专技培训', 'professional', '厦门市卫生健康委员会', '640425', '2023-05-15', 5, 2, null, 120, SYN, null],
  [P.hc_jy, '肉牛养殖实用技术培训', 'labour_skill', '泾源县农业农村局', '640424', '2022-05-09', 4, 2, 'jingyuan', 12, SYN, null],
  [P.hc_jy, '泾源县电商人才培训', 'ecommerce', '海沧区商务局', '640424', '2023-07-10', 5, 1, 'jingyuan', 8, SYN, null],
  [P.hc_jy, '中小学教师能力提升培训', 'professional', '海沧区教育局', '640424', '2024-07-15', 5, 1, null, 160, SYN, null],
  [P.hl_mn, '闽宁镇技能培训（葡萄酒庄服务）', 'labour_skill', '闽宁镇人民政府', '640121104', '2023-03-20', 5, 2, 'minning', 10, SYN, null],
  [P.sm_mn, '闽宁镇农村致富带头人培训', 'rural_leader', '思明区农业农村局', '350203', '2024-05-20', 6, 1, 'minning', 6, SYN, null],
  [P.lh_hy, '湟源县劳务品牌技能培训', 'labour_skill', '湟源县人社局', '630123', '2022-04-18', 7, 2, 'huangyuan', 10, SYN, null],
  [P.lh_hy, '湟源县乡村振兴干部赴六合培训', 'cadre', '六合区委组织部', '320116', '2023-09-11', 5, 1, null, 40, SYN, null],
  [P.zs_hosp, '组团式医疗帮扶业务培训', 'professional', '厦门大学附属中山医院', '640522', '2023-03-06', 3, 4, null, 260, SYN, '专家驻点期间的院内培训'],
  [P.zz_school, '“双师型”教师培养培训', 'professional', '漳州市高新职业技术学校', '640522', '2023-07-10', 10, 2, null, 58, SYN, '报道：“帮带58名年轻教师”'],
  [P.sm_lxs, '临夏市中小学教师培训', 'professional', '思明区教育局', '622901', '2019-07-08', 5, 2, null, 300, SYN, '原结对期内'],
  [P.sm_lxs, '贫困村创业致富带头人培训', 'rural_leader', '思明区农业农村局', '622901', '2019-11-11', 7, 1, 'linxiashi', 8, SYN, '原结对期内'],
  [P.sm_lxs, '劳务输出技能培训', 'labour_skill', '临夏市人社局', '622901', '2020-06-15', 5, 2, 'linxiashi', 8, SYN, '原结对期内'],
  [P.xm_lxz_friend, '临夏籍务工人员赴厦岗前培训', 'labour_skill', '厦门市人力资源和社会保障局', '350200', '2023-02-13', 3, 1, 'linxiashi', 5, SYN, '结对调整后的友好交流合作'],
];

function training(rng, ids) {
  const events = [], parts = [];
  for (const [pairing, title, type, organiser, loc, start, days, sessions, ck, n, source, note] of EVENTS) {
    const e = { id: events.length + 1, pairing_id: pairing, ...prov(rng), title, training_type: type, organiser, location_unit: loc,
      start_date: start, end_date: addDays(start, days - 1), sessions, attendees: 0, funded_by_cooperation: source === R0 || rng.chance(0.85), source };
    if (note) e.note = note;
    events.push(e);
    if (ck) {
      const era = start < '2022' ? 'old' : 'new';
      const pool = ids.persons.filter((p) => p.ck === ck && p.era === era && p.ability !== 'none');
      for (const p of rng.sample(pool, n)) {
        const times = sessions > 1 && rng.chance(0.35) ? 2 : 1; // attended two sessions of the event
        p.trainings = (p.trainings || 0) + 1;
        parts.push({ id: parts.length + 1, ...prov(rng), event_id: e.id, person_id: p.id, person_times: times, completed: rng.chance(0.9), date: start });
        e.attendees += times;
      }
    } else {
      e.attendees = n;
      // A named list for a few of the professional events (no person rows: not rural workers).
      if (type === 'professional' && rng.chance(0.5))
        for (let i = 0; i < 5; i++)
          parts.push({ id: parts.length + 1, ...prov(rng), event_id: e.id, name: rng.maskedName(rng.chance(0.5) ? 'm' : 'f'), person_times: 1, completed: true, date: start,
            note: '专技人员学员（不在人员名单中）；名单仅列部分学员' });
    }
  }
  const multi = ids.persons.filter((p) => p.trainings > 1).length;
  const ev = events.find((e) => e.training_type === 'labour_skill' && parts.some((x) => x.event_id === e.id && x.person_times === 2));
  ids.hard.push(`training_events #${ev.id}: 培训人次 ${ev.attendees} > 学员人数 ${parts.filter((x) => x.event_id === ev.id).length}（部分学员 person_times=2）；另有 ${multi} 人参加两次以上培训`);
  return { training_events: events, training_participants: parts };
}

export function generateTalent({ rng, ids }) {
  return { secondments: secondments(rng, ids), ...training(rng, ids) };
}
