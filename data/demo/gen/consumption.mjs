// Consumption assistance: sales outlets (专柜/专馆/专区 in eastern units) and transactions
// — direct purchases vs helped sales, intentions (never counted in csm_total) vs realised
// sales, channels, quantities with their units. Donations and micro-wishes: social.mjs.
import { P, ORG, DOCS } from '../curated.mjs';
import { SYN, prov } from './places.mjs';
import { fen } from './rng.mjs';
import { generateSocial } from './social.mjs';

const R0 = '报道：' + DOCS.r000.title, R1 = '报道：' + DOCS.r001.title;

// [pairing, name, type, east unit, opened, active]
const OUTLETS = [
  [P.xm_py, '厦门市思明区彭阳特色农产品专柜（演示）', 'counter', '350203', '2022-03-18', true],
  [P.xm_py, '厦门市湖里区彭阳特色农产品专柜（演示）', 'counter', '350206', '2022-04-02', true],
  [P.xm_py, '厦门市宁夏特色产品专馆（彭阳馆）（演示）', 'hall', '350200', '2022-05-20', true],
  [P.hc_jy, '海沧区泾源农特产品专柜（演示）', 'counter', '350205', '2022-03-25', true],
  [P.hc_jy, '海沧区泾源黄牛肉专区（演示）', 'zone', '350205', '2022-06-08', true],
  [P.hl_mn, '湖里区闽宁镇消费帮扶专区（演示）', 'zone', '350206', '2022-04-15', true],
  [P.sm_mn, '思明区闽宁葡萄酒体验店（演示）', 'experience_store', '350203', '2023-05-12', true],
  [P.hl_mn, '湖里区闽宁镇农产品专柜（演示）', 'counter', '350206', '2022-09-09', false],
  [P.zp_hy, '漳浦县海原特产专柜（演示）', 'counter', '350623', '2022-04-20', true],
  [P.zp_hy, '漳浦县海原牛羊肉专柜（演示）', 'counter', '350623', '2023-03-10', true],
  [P.zz_hy, '漳州市闽宁协作产品专馆（演示）', 'hall', '350600', '2022-07-01', true],
  [P.lh_hy, '六合区湟源农特产品专柜（演示）', 'counter', '320116', '2022-05-16', true],
  [P.lh_hy, '六合区青海特色产品专区（演示）', 'zone', '320116', '2023-04-21', true],
  [P.sm_lxs, '思明区临夏特色农产品专柜（演示）', 'counter', '350203', '2019-06-01', false],
];

// origin code → [products [name, unit, 元 per unit range]]
const PRODUCTS = {
  '640425': [['彭阳红梅杏', '吨', 8000, 12000], ['彭阳辣椒', '吨', 6000, 9000], ['彭阳杂粮', '公斤', 8, 15], ['彭阳牛肉', '公斤', 70, 95]],
  '640424': [['泾源黄牛肉', '公斤', 75, 100], ['泾源蜂蜜', '瓶', 45, 80], ['泾源菌菇', '公斤', 30, 60]],
  '640121104': [['闽宁镇葡萄酒', '瓶', 120, 260], ['闽宁镇菌菇', '公斤', 25, 50], ['闽宁镇果蔬', '吨', 3000, 5000]],
  '640522': [['海原硒砂瓜', '吨', 1800, 3000], ['海原牛肉', '公斤', 70, 95], ['海原小杂粮', '公斤', 8, 16], ['海原香菇', '公斤', 20, 40]],
  '630123': [['湟源牦牛肉', '公斤', 90, 130], ['湟源青稞', '公斤', 8, 14], ['湟源陈醋', '箱', 60, 120]],
  '622901': [['临夏高原夏菜', '吨', 2000, 3500], ['临夏牛羊肉', '公斤', 70, 100], ['临夏百合', '公斤', 30, 60]],
};
// pairing → [origin code, buyers [[org key|null, buyer_type]], window]
const FLOWS = [
  [P.xm_py, '640425', [['xiashang', 'soe'], [null, 'government'], [null, 'union'], [null, 'canteen'], [null, 'school']], ['2022-02-01', '2024-12-20'], 14],
  [P.hc_jy, '640424', [[null, 'government'], [null, 'union'], ['hc_mfg', 'canteen'], [null, 'retailer']], ['2022-02-01', '2024-12-20'], 10],
  [P.hl_mn, '640121104', [[null, 'government'], [null, 'union'], [null, 'retailer']], ['2022-03-01', '2024-12-20'], 8],
  [P.zp_hy, '640522', [[null, 'government'], [null, 'union'], ['dingsheng', 'canteen'], [null, 'retailer'], [null, 'school']], ['2022-02-01', '2024-12-20'], 14],
  [P.lh_hy, '630123', [[null, 'government'], [null, 'union'], [null, 'retailer'], ['lh_mfg2', 'canteen']], ['2022-03-01', '2024-12-20'], 9],
  [P.sm_lxs, '622901', [[null, 'government'], [null, 'union'], [null, 'canteen']], ['2019-03-01', '2021-12-20'], 8],
];

function txns(rng, outlets) {
  const out = [];
  const add = (pairing, f) => out.push({ id: out.length + 1, pairing_id: pairing, ...prov(rng), ...f });
  const inv = (date) => `DEMO-${date.slice(0, 4)}-${String(out.length + 1).padStart(5, '0')}`;
  // Real figures (001, 2022): 夏商集团 bought 79.6 t of fruit and vegetables, > 3 million yuan.
  [[18.2, 690000], [15.4, 585000], [21.0, 800000], [12.5, 470000], [12.5, 475000]].forEach(([t, y], i) => {
    const date = ['2022-04-12', '2022-06-08', '2022-07-20', '2022-09-15', '2022-11-03'][i];
    add(P.xs_yy, { status: 'approved', date, buyer_org_id: ORG.xiashang, buyer_type: 'soe', seller_org_id: ORG.vc_yuanyi, product: '园艺村果蔬',
      product_recognised: true, origin_unit: '640121104', mode: 'purchase', channel: 'other', stage: 'realised', amount_fen: fen(y), quantity: t,
      quantity_unit: '吨', invoice_no: inv(date), source: R1, note: '全年合计79.6吨、302万元，与报道“采购果蔬79.6吨、销售额超300万元”一致；分笔为演示' });
  });
  // 德龙酒庄: 300 000 bottles, about 100 million yuan (2022), helped sales by 建发集团.
  [[60000, 2e7, 'ecommerce'], [45000, 1.5e7, 'outlet'], [80000, 2.65e7, 'ecommerce'], [55000, 1.8e7, 'fair'], [60000, 2.05e7, 'ecommerce']].forEach(([q, y, ch], i) => {
    const date = ['2022-02-25', '2022-05-18', '2022-08-30', '2022-10-21', '2022-12-12'][i];
    const f = { status: 'approved', date, buyer_type: 'individual', seller_org_id: ORG.delong, product: '德龙酒庄葡萄酒', product_recognised: true,
      origin_unit: '640121104', mode: 'helped_sale', channel: ch, stage: 'realised', amount_fen: fen(y), quantity: q, quantity_unit: '瓶', invoice_no: inv(date),
      source: R1, note: '全年合计30万瓶、1.0亿元，与报道“年销量30万瓶，销售额约1亿元”一致；分笔为演示' };
    if (ch === 'outlet') f.outlet_id = outlets.find((o) => o.outlet_type === 'zone' && o.east_unit === '350206').id;
    add(P.jf_mn, f);
  });
  // Intentions signed at the 2022 fair (001: “达成销售意向3000余万元”): never in csm_total.
  [['640425', 1.2e7], ['640424', 0.9e7], ['640121104', 0.95e7]].forEach(([o, y]) =>
    add(P.xm_nx, { status: 'approved', date: '2022-11-18', buyer_type: 'retailer', product: '宁夏“两县一镇”特色农产品', product_recognised: true, origin_unit: o,
      mode: 'purchase', channel: 'fair', stage: 'intent', amount_fen: fen(y), source: R1, note: '合计3050万元，对应报道“达成销售意向3000余万元”；分县为演示' }));
  // 绿百合 高原夏菜 6570 t (2022, friendly cooperation); the report gives no amount.
  [[2300, '2022-06-20'], [2650, '2022-08-10'], [1620, '2022-09-28']].forEach(([q, date]) =>
    add(P.xm_lxz_friend, { status: 'approved', date, buyer_org_id: ORG.lvbaihe, buyer_type: 'other', product: '高原夏菜', product_recognised: true,
      origin_unit: '622901', mode: 'purchase', channel: 'other', stage: 'realised', amount_fen: fen(q * 2600), quantity: q, quantity_unit: '吨',
      invoice_no: inv(date), source: R1, note: '合计6570吨见报道；报道未给金额，按演示单价每吨2600元估算；产地记临夏市（报道仅称“在临夏”）' }));
  // 海原 promotion fair (000): retail and signed 3178万元 in total; split is synthetic.
  add(P.zp_hy, { status: 'approved', date: '2024-09-20', buyer_type: 'individual', product: '海原县农特产品', product_recognised: true, origin_unit: '640522',
    mode: 'helped_sale', channel: 'fair', stage: 'realised', amount_fen: fen(1.78e6), source: R0, note: '报道“现场零售和签约金额达3178万元”仅给合计；零售178万元为演示拆分' });
  add(P.zp_hy, { status: 'approved', date: '2024-09-20', buyer_type: 'retailer', product: '海原县农特产品', product_recognised: true, origin_unit: '640522',
    mode: 'purchase', channel: 'fair', stage: 'intent', amount_fen: fen(3.0e7), source: R0, note: '同上；签约3000万元为演示拆分，不计入消费帮扶金额' });
  // Synthetic flows.
  for (const [pairing, origin, buyers, [from, to], n] of FLOWS) {
    const own = outlets.filter((o) => o.pairing_id === pairing);
    for (let i = 0; i < n; i++) {
      const [name, unit, lo, hi] = rng.pick(PRODUCTS[origin]);
      const qty = unit === '吨' ? rng.int(2, 40) : unit === '箱' ? rng.int(100, 1500) : rng.int(200, 8000);
      const price = rng.real(lo, hi);
      const helped = own.length && rng.chance(0.45);
      const date = rng.date(from, to);
      const [bk, bt] = rng.pick(buyers);
      const intent = rng.chance(0.12);
      const f = { date, buyer_type: helped ? 'individual' : bt, product: name, product_recognised: rng.chance(0.9), origin_unit: origin,
        mode: helped ? 'helped_sale' : 'purchase', channel: helped ? rng.pick(['outlet', 'outlet', 'ecommerce']) : bt === 'canteen' ? 'canteen' : rng.pick(['other', 'ecommerce']),
        stage: intent ? 'intent' : 'realised', amount_fen: fen(Math.round(qty * price)), quantity: qty, quantity_unit: unit };
      if (!helped && bk && ORG[bk]) f.buyer_org_id = ORG[bk];
      if (f.channel === 'outlet') {
        const open = own.filter((o) => o.opened_date <= date);
        if (open.length) f.outlet_id = rng.pick(open).id; else f.channel = 'ecommerce';
      }
      if (!intent) f.invoice_no = inv(date);
      if (!f.product_recognised) f.note = '未认定为帮扶产品（按产地规则是否计入由统计口径决定）';
      add(pairing, f);
    }
  }
  return out;
}

export function generateConsumption({ rng, ids }) {
  const sales_outlets = OUTLETS.map(([pairing, name, type, unit, opened, active], i) => ({
    id: i + 1, pairing_id: pairing, ...prov(rng), name, outlet_type: type, east_unit: unit, opened_date: opened, activity: active ? 'active' : 'inactive',
    ...(pairing === P.xm_py || pairing === P.hl_mn ? { note: '报道：厦门2022年建成100个专柜、10个专馆、30个专区；演示仅列其中少数' } : {}),
  }));
  return { sales_outlets, consumption_txns: txns(rng, sales_outlets), ...generateSocial({ rng, ids }) };
}
