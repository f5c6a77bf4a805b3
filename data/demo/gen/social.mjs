// Social help: donations (cash vs in-kind, with item counts) and micro-wishes (posted →
// claimed → fulfilled). The 2018 first batch of 16 wishes from 王坪村 and the 2022
// anti-epidemic donations to 临夏 follow reports 002 and 001; contents are synthetic.
import { P, ORG, DOCS } from '../curated.mjs';
import { SYN, prov } from './places.mjs';
import { addDays, fen } from './rng.mjs';

const R0 = '报道：' + DOCS.r000.title, R1 = '报道：' + DOCS.r001.title, R2 = '报道：' + DOCS.r002.title;

// [pairing, date, donor key|null, donor name|null, recipient unit, household?, kind, 元, items, count, source, note]
const DONATIONS = [
  [P.hx_jm, '2022-07-20', 'haixia_fund', null, '640424', false, 'cash', 200000, null, null, R1, '“链接爱心资源55万多元”之部分（集美村）'],
  [P.hx_ht, '2022-07-20', 'haixia_fund', null, '640424', false, 'cash', 180000, null, null, R1, '同上（红土村）'],
  [P.hx_jm, '2022-10-12', 'haixia_fund', null, '640424', false, 'inkind', 172000, '图书、文体器材', 1300, R1, '同上；合计55.2万元'],
  [P.xm_lxz_friend, '2022-03-15', 'xm_taiban', null, '622900', false, 'inkind', 1200000, '口罩、防护服、消杀用品', 52000, R1,
    '报道：厦门市台办、湖里区、火炬高新区、厦临集团、拓奇实业共捐赠抗疫物资502万余元；分捐赠方为演示'],
  [P.xm_lxz_friend, '2022-03-18', null, '厦门市湖里区', '622900', false, 'inkind', 1300000, '防疫物资', 60000, R1, '同上'],
  [P.xm_lxz_friend, '2022-03-22', null, '厦门火炬高新区', '622900', false, 'inkind', 950000, '防疫物资', 41000, R1, '同上'],
  [P.xm_lxz_friend, '2022-03-25', 'xialin', null, '622901', false, 'inkind', 1030000, '防疫物资、生活物资', 38000, R1, '同上'],
  [P.xm_lxz_friend, '2022-04-02', 'tuoqi', null, '622901', false, 'inkind', 550000, '防疫物资', 20000, R1, '同上；五方合计503万元'],
  [P.xm_lxz_friend, '2022-11-28', null, '厦门市爱心人士', '622901', false, 'inkind', 16800, '爱心衣物', 210, R1, '“捐赠爱心衣物200余件”；折价为演示'],
  [P.st_ww, '2024-03-12', 'shentu_cc', null, '640522202', false, 'cash', 100000, null, null, SYN, null],
  [P.cq_gw, '2024-04-09', 'changqiao_cc', null, '640522206', false, 'cash', 80000, null, null, SYN, null],
  [P.fy_xm, '2024-05-16', 'fuyang', null, '640522206', false, 'inkind', 45000, '皮革制品、劳保用品', 600, SYN, null],
  [P.lyd_tz, '2024-06-18', 'liyuanda', null, '640522101', false, 'cash', 120000, null, null, SYN, null],
  [P.ds_tj, '2024-09-10', 'dingsheng', null, '640522211', false, 'cash', 150000, null, null, SYN, null],
  [P.ds_tj, '2024-12-05', 'dingsheng', null, '640522211', true, 'inkind', 6000, '冬衣、棉被', 40, SYN, '助学助困到户'],
  [P.jf_mn, '2022-09-28', 'jianfa', null, '640121104', false, 'cash', 500000, null, null, SYN, null],
  [P.xy_wh, '2023-01-10', 'xiangyu', null, '640121104', false, 'inkind', 88000, '米面油', 1100, SYN, null],
  [P.tf_yh, '2023-06-01', 'tefang', null, '640121104', false, 'cash', 300000, null, null, SYN, null],
  [P.zs_hosp, '2023-08-08', 'zhongshan', null, '640522', false, 'inkind', 680000, '医疗设备', 12, SYN, '医院间捐赠设备'],
  [P.lh_hy, '2023-05-20', 'lh_mfg1', null, '630123', false, 'cash', 200000, null, null, SYN, null],
  [P.lh_hy, '2024-01-15', null, '六合区慈善总会（演示）', '630123201', true, 'inkind', 9000, '棉被、冬衣', 60, SYN, null],
  [P.sm_lxs, '2019-01-25', null, '思明区爱心企业家庭（“一家一”认亲结对）', '622901', true, 'cash', 8000, null, null, R2, '8户“一家一”认亲式结对之一；金额为演示'],
  [P.sm_lxs, '2019-09-01', null, '思明区爱心企业家庭（“一家一”认亲结对）', '622901', true, 'inkind', 3500, '助学物品', 12, R2, '同上'],
  [P.sm_lxs, '2020-02-14', null, '思明区中华街道（演示）', '622901101', false, 'inkind', 42000, '防疫物资', 3000, SYN, '原结对期内'],
  [P.hc_jss, '2020-11-05', 'hc_mfg', null, '622927211204', false, 'cash', 60000, null, null, SYN, '原结对期内（上庄村）'],
];

function donations(rng) {
  return DONATIONS.map(([pairing, date, key, name, unit, hh, kind, yuan, items, count, source, note], i) => {
    const r = { id: i + 1, pairing_id: pairing, ...prov(rng), date };
    if (key) r.donor_org_id = ORG[key];
    if (name) r.donor_name = name;
    r.recipient_unit = unit;
    if (hh) r.recipient_household = rng.maskedName(rng.chance(0.5) ? 'm' : 'f') + '户';
    Object.assign(r, { kind, amount_fen: fen(yuan) });
    if (items) r.items = items;
    if (count) r.item_count = count;
    r.source = source;
    if (source !== SYN) r.status = 'approved';
    if (note) r.note = note;
    return r;
  });
}

const WISHES = ['冬季棉衣', '电暖器', '孩子的书包和文具', '轮椅', '学习用台灯', '棉被两床', '电饭煲', '孩子的课外书', '助听器', '一台洗衣机',
  '新鞋子', '儿童自行车', '羊羔两只', '鸡苗五十只', '老人保暖鞋', '一辆三轮车'];

function wishes(rng, ids) {
  const out = [];
  const add = (pairing, f) => out.push({ id: out.length + 1, pairing_id: pairing, ...prov(rng), ...f });
  // 002: end of Dec 2018, the first 16 wishes of 王坪村 went to 思明区, claimed quickly.
  for (let i = 0; i < 16; i++) {
    const claimed = addDays('2018-12-28', rng.int(2, 12));
    add(P.zh_bh, { status: 'approved', posted_date: '2018-12-28', unit: '622901101', household: rng.maskedName(rng.chance(0.5) ? 'm' : 'f') + '户',
      description: WISHES[i], value_fen: fen(rng.amount(100, 800, 10)), claimed_by: rng.pick(['思明区中华街道', '中华街道中山社区', '思明区爱心企业']),
      claimed_date: claimed, fulfilled_date: addDays(claimed, rng.int(7, 30)), wish_status: 'fulfilled', source: R2,
      note: '“第一批16户贫困户‘微心愿’…很快得到…认领”；心愿内容与金额为演示' });
  }
  // Current: 海原 villages (2024) and 泾源 (2023), in every state.
  const current = [[P.st_ww, '640522202', '2024'], [P.cq_gw, '640522206', '2024'], [P.ds_tj, '640522211', '2024'], [P.hx_jm, '640424', '2023'], [P.hx_ht, '640424', '2023']];
  for (const [pairing, unit, y] of current)
    for (let i = 0; i < 3; i++) {
      const posted = rng.date(`${y}-03-01`, `${y}-10-31`);
      const status = ['posted', 'claimed', 'fulfilled'][i];
      const f = { posted_date: posted, unit, household: rng.maskedName(rng.chance(0.5) ? 'm' : 'f') + '户', description: rng.pick(WISHES),
        value_fen: fen(rng.amount(100, 1500, 10)), wish_status: status };
      if (status !== 'posted') { f.claimed_by = rng.pick(['结对企业员工', '商会会员', '厦门爱心人士']); f.claimed_date = addDays(posted, rng.int(3, 30)); }
      if (status === 'fulfilled') f.fulfilled_date = addDays(f.claimed_date, rng.int(5, 40));
      add(pairing, f);
    }
  // Old pairing 海沧区—积石山县, the one 12-digit village code of the demo (上庄村).
  for (let i = 0; i < 3; i++) {
    const posted = rng.date('2020-04-01', '2021-06-30');
    const claimed = addDays(posted, rng.int(5, 20));
    add(P.hc_jss, { posted_date: posted, unit: '622927211204', household: rng.maskedName('f') + '户', description: rng.pick(WISHES),
      value_fen: fen(rng.amount(100, 600, 10)), claimed_by: '海沧区爱心企业', claimed_date: claimed, fulfilled_date: addDays(claimed, rng.int(7, 30)),
      wish_status: 'fulfilled', note: '原结对期内' });
  }
  void ids;
  return out;
}

export function generateSocial({ rng, ids }) {
  return { donations: donations(rng), wishes: wishes(rng, ids) };
}
