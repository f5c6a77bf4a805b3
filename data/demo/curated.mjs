// Curated (hand-checked) part of the demo dataset: administrative units with their
// real GB/T 2260 / statistical codes, organisations and pairings named in the three
// sample reports (shared/reports/000, 001, 002), agreements, and the published figures
// of those reports. Imported by generate.mjs; see README.md for what is real and what
// is synthetic.

// ---- Sources -----------------------------------------------------------------------

export const DOCS = {
  r000: {
    file: '000_28de61343368c9d4.txt',
    title: '《海原:深化闽宁协作 共享山海荣光》（发布媒体未在文本中注明）',
    date: null, // the text carries no date; "今年" is 2024 (see design/indicators.md §4.1)
  },
  r001: {
    file: '001_e63bd188ed18b9c8.txt',
    title: '《山海一家亲 逐梦振兴路——五个关键字解读我市探索推动的东西部协作新模式和取得的新成果》，厦门日报',
    date: '2022-12-30',
  },
  r002: {
    file: '002_5831ecf365ee58fc.txt',
    title: '《山海牵手共绘发展蓝图——厦门市临夏市2018年东西部扶贫协作工作纪实》，民族日报',
    date: '2019-01-20',
  },
};

const SRC_CODES = 'GB/T 2260 / 国家统计局统计用区划代码（核对来源：modood/Administrative-divisions-of-China dist/streets.csv，adyliu/china_area area_code_2023.json）';

// ---- Administrative units ------------------------------------------------------------
// [code, name, level, parent_code, side, extra]
const UNITS = [
  ['110000', '北京市', 'province', null, 'east'],
  ['110111', '房山区', 'county', '110000', 'east'],
  ['320000', '江苏省', 'province', null, 'east'],
  ['320100', '南京市', 'city', '320000', 'east'],
  ['320116', '六合区', 'county', '320100', 'east'],
  ['350000', '福建省', 'province', null, 'east'],
  ['350200', '厦门市', 'city', '350000', 'east'],
  ['350203', '思明区', 'county', '350200', 'east'],
  ['350203003', '中华街道', 'township', '350203', 'east'],
  ['350205', '海沧区', 'county', '350200', 'east'],
  ['350206', '湖里区', 'county', '350200', 'east'],
  ['350500', '泉州市', 'city', '350000', 'east'],
  ['350600', '漳州市', 'city', '350000', 'east'],
  ['350623', '漳浦县', 'county', '350600', 'east'],
  ['620000', '甘肃省', 'province', null, 'west'],
  ['622900', '临夏回族自治州', 'city', '620000', 'west'],
  ['622901', '临夏市', 'county', '622900', 'west'],
  ['622901100', '城郊镇', 'township', '622901', 'west'],
  ['622901101', '枹罕镇', 'township', '622901', 'west'],
  ['622901102', '南龙镇', 'township', '622901', 'west'],
  ['622901103', '折桥镇', 'township', '622901', 'west'],
  ['622927', '积石山保安族东乡族撒拉族自治县', 'county', '622900', 'west',
    { key_county: true, exited_poverty: true }],
  ['622927100', '吹麻滩镇', 'township', '622927', 'west'],
  ['622927101', '大河家镇', 'township', '622927', 'west'],
  ['622927102', '居集镇', 'township', '622927', 'west'],
  ['622927211', '铺川乡', 'township', '622927', 'west'],
  ['622927211204', '上庄村', 'village', '622927211', 'west',
    { note: '村级代码核对来源：公开地名网页“甘肃省临夏州积石山县铺川乡上庄村，区划代码622927211204”' }],
  ['630000', '青海省', 'province', null, 'west'],
  ['630100', '西宁市', 'city', '630000', 'west'],
  ['630123', '湟源县', 'county', '630100', 'west'],
  ['630123100', '城关镇', 'township', '630123', 'west'],
  ['630123101', '大华镇', 'township', '630123', 'west'],
  ['630123200', '东峡乡', 'township', '630123', 'west'],
  ['630123201', '日月藏族乡', 'township', '630123', 'west'],
  ['630123202', '和平乡', 'township', '630123', 'west'],
  ['640000', '宁夏回族自治区', 'province', null, 'west'],
  ['640100', '银川市', 'city', '640000', 'west'],
  ['640121', '永宁县', 'county', '640100', 'west'],
  ['640121104', '闽宁镇', 'township', '640121', 'west',
    { relocation_site: true, note: '生态移民安置镇' }],
  ['640400', '固原市', 'city', '640000', 'west'],
  ['640424', '泾源县', 'county', '640400', 'west', { exited_poverty: true }],
  ['640424100', '香水镇', 'township', '640424', 'west'],
  ['640424101', '泾河源镇', 'township', '640424', 'west'],
  ['640424102', '六盘山镇', 'township', '640424', 'west'],
  ['640424200', '新民乡', 'township', '640424', 'west'],
  ['640424201', '兴盛乡', 'township', '640424', 'west'],
  ['640425', '彭阳县', 'county', '640400', 'west', { exited_poverty: true }],
  ['640425100', '白阳镇', 'township', '640425', 'west'],
  ['640425101', '王洼镇', 'township', '640425', 'west'],
  ['640425102', '古城镇', 'township', '640425', 'west'],
  ['640425103', '红河镇', 'township', '640425', 'west'],
  ['640425200', '新集乡', 'township', '640425', 'west'],
  ['640425201', '城阳乡', 'township', '640425', 'west'],
  ['640500', '中卫市', 'city', '640000', 'west'],
  ['640522', '海原县', 'county', '640500', 'west', { key_county: true, exited_poverty: true }],
  ['640522100', '海城镇', 'township', '640522', 'west'],
  ['640522101', '李旺镇', 'township', '640522', 'west'],
  ['640522103', '西安镇', 'township', '640522', 'west'],
  ['640522104', '三河镇', 'township', '640522', 'west'],
  ['640522105', '七营镇', 'township', '640522', 'west'],
  ['640522202', '关桥乡', 'township', '640522', 'west'],
  ['640522206', '高崖乡', 'township', '640522', 'west'],
  ['640522208', '贾塘乡', 'township', '640522', 'west'],
  ['640522209', '曹洼乡', 'township', '640522', 'west'],
  ['640522211', '李俊乡', 'township', '640522', 'west'],
];

export function adminUnits() {
  return UNITS.map(([code, name, level, parent, side, extra = {}], i) => {
    const row = { id: i + 1, code, name, level };
    if (parent) row.parent_code = parent;
    row.side = side;
    if (extra.key_county !== undefined) row.key_county = extra.key_county;
    if (extra.exited_poverty !== undefined) row.exited_poverty = extra.exited_poverty;
    if (extra.relocation_site !== undefined) row.relocation_site = extra.relocation_site;
    row.source = SRC_CODES;
    if (extra.note) row.note = extra.note;
    return row;
  });
}

// ---- Organisations --------------------------------------------------------------------
// [key, name, org_type, side, unit_code, note]
// Names as printed in the reports; "（演示）" marks a synthetic organisation needed only to
// give the generated records an employer or partner. Village committees stand in for
// villages whose 12-digit codes could not be verified (see README.md).
const ORGS = [
  // report 001 (厦门)
  ['xm_agri', '厦门市农业农村局', 'government', 'east', '350200', 'r001'],
  ['xm_hrss', '厦门市人力资源和社会保障局', 'government', 'east', '350200', null, '真实机构，三篇报道均未提及（原误记为报道000来源）；演示中作劳务协作活动的主办方'],
  ['jianfa', '建发集团', 'soe', 'east', '350200', 'r001'],
  ['itg', '国贸控股集团', 'soe', 'east', '350200', 'r001'],
  ['xiangyu', '象屿集团', 'soe', 'east', '350200', 'r001'],
  ['shizheng', '市政集团', 'soe', 'east', '350200', 'r001'],
  ['xiashang', '夏商集团', 'soe', 'east', '350200', 'r001'],
  ['zhuzhai', '住宅集团', 'soe', 'east', '350200', 'r001'],
  ['tefang', '特房集团', 'soe', 'east', '350200', 'r001'],
  ['hexing', '厦门合兴包装印刷股份有限公司', 'enterprise', 'east', '350200', 'r001'],
  ['haixia_fund', '厦门市海沧区海峡城乡发展基金会', 'social_org', 'east', '350205', 'r001'],
  ['xinglin', '厦门杏林服装厂', 'enterprise', 'east', '350200', 'r001'],
  ['xm_taiban', '厦门市台办', 'government', 'east', '350200', 'r001'],
  ['tuoqi', '拓奇实业有限公司', 'enterprise', 'east', '350200', 'r001'],
  ['xialin', '厦临集团', 'enterprise', 'east', '350200', 'r001', '厦门引导投资、在临夏生产经营的企业集团；注册地报道未列明，演示记为厦门'],
  ['lvbaihe', '绿百合公司', 'enterprise', 'east', '350200', 'r001', '注册地报道未列明，演示记为厦门'],
  ['xm_jishi', '厦门技师学院', 'school', 'east', '350200', 'r001'],
  ['zhongshan', '厦门大学附属中山医院', 'hospital', 'east', '350203', 'r000'],
  ['xinxueguan', '厦门大学附属心血管病医院', 'hospital', 'east', '350200', 'r002'],
  ['jianxing', '宁夏建兴环保科技公司', 'enterprise', 'west', '640000', 'r001', '建发集团与合兴包装合资；具体县区报道未列明'],
  ['maoning', '宁夏贸宁物资有限公司', 'enterprise', 'west', '640000', 'r001'],
  ['xy_energy', '宁夏象屿新能源有限公司', 'enterprise', 'west', '640000', 'r001'],
  ['mn_park_co', '宁夏闽宁产业园发展有限公司', 'enterprise', 'west', '640121104', 'r001'],
  ['delong', '德龙酒庄', 'enterprise', 'west', '640121104', 'r001', '原隆村'],
  ['xixiawang', '西夏王酒庄', 'enterprise', 'west', '640000', 'r001'],
  ['linxia_hxz', '临夏回香斋食品公司', 'enterprise', 'west', '622900', 'r001'],
  ['linxia_voc', '临夏现代职业学院', 'school', 'west', '622900', 'r001'],
  ['linxia_tcm', '临夏州中医院', 'hospital', 'west', '622900', 'r001'],
  // village committees (villages named in the reports whose codes are not verified)
  ['vc_yuanlong', '原隆村村民委员会', 'government', 'west', '640121104', 'r001', '村民委员会；村级统计代码未核实，以所在镇代码定位'],
  ['vc_wuhe', '武河村村民委员会', 'government', 'west', '640121104', 'r001', '同上'],
  ['vc_funing', '福宁村村民委员会', 'government', 'west', '640121104', 'r001', '同上'],
  ['vc_yuanyi', '园艺村村民委员会', 'government', 'west', '640121104', 'r001', '同上'],
  ['vc_mulan', '木兰村村民委员会', 'government', 'west', '640121104', 'r001', '同上'],
  ['vc_yuhai', '玉海村村民委员会', 'government', 'west', '640121104', 'r001', '同上'],
  ['vc_jimei', '集美村村民委员会', 'government', 'west', '640424', 'r001', '泾源县；所属乡镇与村级代码未核实，以县代码定位'],
  ['vc_hongtu', '红土村村民委员会', 'government', 'west', '640424', 'r001', '同上'],
  // report 000 (漳州/漳浦 → 海原)
  ['hy_gov', '海原县人民政府', 'government', 'west', '640522', 'r000'],
  ['hy_hrss', '海原县人力资源和社会保障局', 'government', 'west', '640522', 'r000', '报道称“海原县人社部门”'],
  ['hy_team', '海原援宁工作组', 'government', 'east', '350600', 'r000', '福建（漳州）派驻海原的帮扶工作组'],
  ['hy_textile', '海原县闽宁纺织制品有限公司', 'enterprise', 'west', '640522', 'r000'],
  ['hy_embroidery', '海原县闽宁电脑刺绣有限公司', 'enterprise', 'west', '640522', 'r000'],
  ['hy_kalifang', '海原县卡立方智能科技有限公司', 'enterprise', 'west', '640522', 'r000'],
  ['weiqi', '中卫卫杞食品有限公司', 'enterprise', 'west', '640500', 'r000', '闽籍企业'],
  ['xinyan', '宁夏鑫焱食品加工有限责任公司', 'enterprise', 'west', '640000', 'r000'],
  ['yiheng', '宁夏艺恒农业发展有限公司', 'enterprise', 'west', '640000', 'r000'],
  ['shentu_cc', '县深土商会', 'chamber', 'east', '350623', 'r000', '报道原文作“县深土商会”，演示记于漳浦县'],
  ['changqiao_cc', '漳浦县长桥商会', 'chamber', 'east', '350623', 'r000'],
  ['fuyang', '漳州富洋皮业有限公司', 'enterprise', 'east', '350600', 'r000'],
  ['liyuanda', '福建利源达工贸有限公司', 'enterprise', 'east', '350000', 'r000', '所在市县报道未列明'],
  ['dingsheng', '漳浦县鼎盛石材工艺制造有限公司', 'enterprise', 'east', '350623', 'r000'],
  ['hy_hospital', '海原县人民医院', 'hospital', 'west', '640522', 'r000'],
  ['fs_hospital', '北京市房山区人民医院', 'hospital', 'east', '110111', 'r000'],
  ['hy_no1', '海原县第一中学', 'school', 'west', '640522', 'r000'],
  ['hy_xinghai', '海原县兴海中学', 'school', 'west', '640522', 'r000'],
  ['hy_voc', '海原县职业技术学校', 'school', 'west', '640522', 'r000'],
  ['zp_no1', '漳浦第一中学', 'school', 'east', '350623', 'r000'],
  ['zz_voc', '漳州市高新职业技术学校', 'school', 'east', '350600', 'r000'],
  ['tongda', '福建泉州通达集团', 'enterprise', 'east', '350500', 'r000'],
  ['tianfu', '漳州天福茶业有限公司', 'enterprise', 'east', '350600', 'r000'],
  ['zishan', '福建紫山集团有限公司', 'enterprise', 'east', '350000', 'r000', '所在市县报道未列明'],
  ['hongqi', '厦门鸿绮实业有限公司', 'enterprise', 'east', '350200', 'r000'],
  ['kairui', '宁夏海原凯睿劳务有限责任公司', 'labour_agency', 'west', '640522', 'r000'],
  ['vc_wangwan', '王湾村村民委员会', 'government', 'west', '640522202', 'r000', '关桥乡；村级代码未核实，以乡代码定位'],
  ['vc_gaowan', '高湾村村民委员会', 'government', 'west', '640522206', 'r000', '高崖乡；同上'],
  ['vc_xinmin', '新民村村民委员会', 'government', 'west', '640522206', 'r000', '高崖乡；同上'],
  ['vc_tuanzhuang', '团庄村村民委员会', 'government', 'west', '640522101', 'r000', '李旺镇；同上'],
  ['vc_tuanjie', '团结村村民委员会', 'government', 'west', '640522211', 'r000', '李俊乡；同上'],
  // report 002 (思明 → 临夏市)
  ['sm_huaqiao_kg', '厦门市思明区华侨幼儿园', 'school', 'east', '350203', 'r002'],
  ['lx_shiyan_kg', '临夏市实验幼儿园', 'school', 'west', '622901', 'r002'],
  ['sm_yanwu', '厦门市演武小学', 'school', 'east', '350203', 'r002'],
  ['lx_xinhua', '临夏市新华小学教育集团', 'school', 'west', '622901', 'r002'],
  ['lx_hospital', '临夏市医院', 'hospital', 'west', '622901', 'r002'],
  ['lx_hongyuan', '红园社区卫生服务中心', 'hospital', 'west', '622901', 'r002'],
  ['wangping_coop', '王坪村油用紫斑牡丹合作社', 'cooperative', 'west', '622901101', 'r002', '枹罕镇王坪村'],
  ['lx_fupin', '临夏市扶贫办', 'government', 'west', '622901', 'r002'],
  // synthetic partners for the pairings not covered by the reports
  ['lh_gov', '南京市六合区人民政府', 'government', 'east', '320116', null],
  ['hyuan_gov', '湟源县人民政府', 'government', 'west', '630123', null],
  ['lh_mfg1', '六合区示范电子制造有限公司（演示）', 'enterprise', 'east', '320116', 'synthetic'],
  ['lh_mfg2', '六合区示范食品有限公司（演示）', 'enterprise', 'east', '320116', 'synthetic'],
  ['hyuan_coop', '湟源县示范牦牛养殖合作社（演示）', 'cooperative', 'west', '630123', 'synthetic'],
  ['hyuan_hospital', '湟源县示范医院（演示）', 'hospital', 'west', '630123', 'synthetic'],
  ['lh_hospital', '六合区示范医院（演示）', 'hospital', 'east', '320116', 'synthetic'],
  ['jy_coop', '泾源县示范肉牛合作社（演示）', 'cooperative', 'west', '640424', 'synthetic'],
  ['py_coop', '彭阳县示范肉牛养殖合作社（演示）', 'cooperative', 'west', '640425', 'synthetic'],
  ['py_pepper', '彭阳县示范辣椒加工厂（演示）', 'enterprise', 'west', '640425', 'synthetic'],
  ['jss_coop', '积石山县示范花椒合作社（演示）', 'cooperative', 'west', '622927', 'synthetic'],
  ['hc_mfg', '海沧区示范电子厂（演示）', 'enterprise', 'east', '350205', 'synthetic'],
];

export const ORG = {}; // key → id
export function organizations() {
  return ORGS.map(([key, name, org_type, side, unit_code, src, note], i) => {
    ORG[key] = i + 1;
    const row = { id: i + 1, name, org_type, side, unit_code };
    if (src === 'synthetic') row.source = '演示数据（合成）';
    else if (src) row.source = '报道：' + DOCS[src].title;
    if (note) row.note = note;
    return row;
  });
}
organizations(); // fill ORG

// ---- Pairings -------------------------------------------------------------------------
// Ids are fixed here because generate.mjs refers to them.
export const P = {
  fj_nx: 1, xm_nx: 2, xm_gy: 3, hc_jy: 4, xm_py: 5, hl_mn: 6, sm_mn: 7,
  xm_lxz: 8, sm_lxs: 9, hc_jss: 10, zh_bh: 11, kg_school: 12,
  zz_hy: 13, zp_hy: 14, zs_hosp: 15, fs_hosp: 16,
  jf_mn: 17, itg_yl: 18, xy_wh: 19, sz_fn: 20, xs_yy: 21, zz_ml: 22, tf_yh: 23,
  hx_jm: 24, hx_ht: 25, st_ww: 26, cq_gw: 27, fy_xm: 28, lyd_tz: 29, ds_tj: 30,
  js_qh: 31, lh_hy: 32, xm_lxz_friend: 33, zp_school: 34, zz_school: 35, jishi_school: 36,
};

const R0 = '报道：' + DOCS.r000.title, R1 = '报道：' + DOCS.r001.title, R2 = '报道：' + DOCS.r002.title;
const ADJ = '2021年东西部结对关系调整，厦门市不再与甘肃省临夏州结对；两地随即签订《持续开展两地友好交流合作框架协议》，延续友好交流合作（见厦门日报2022-12-30）';

export function pairings() {
  const u = (c) => ({ unit: c }), o = (k) => ({ org: ORG[k] });
  const rows = [
    [P.fj_nx, '福建省—宁夏回族自治区（闽宁协作）', 'province', 'east_west', u('350000'), u('640000'), '1996-01-01', null, null, null,
      '公开资料', '1996年中央确定福建对口帮扶宁夏；具体起始日报道未列明，取年初'],
    [P.xm_nx, '厦门市—宁夏回族自治区（“两县一镇”）', 'city', 'east_west', u('350200'), u('640000'), '2021-01-01', null, null, P.fj_nx,
      R1, '2021年结对调整后厦门帮扶宁夏泾源县、彭阳县和永宁县闽宁镇；具体日期未列明，取年初'],
    [P.xm_gy, '厦门市—固原市', 'city', 'east_west', u('350200'), u('640400'), '2021-01-01', null, null, P.xm_nx,
      R1, '泾源、彭阳两县所在市；日期同上'],
    [P.hc_jy, '海沧区—泾源县', 'county', 'east_west', u('350205'), u('640424'), '2021-01-01', null, null, P.xm_gy,
      '项目任务书', '日期取2021年初（演示设定）'],
    [P.xm_py, '厦门市—彭阳县', 'city', 'east_west', u('350200'), u('640425'), '2021-01-01', null, null, P.xm_gy,
      R1, '报道以市级口径表述对彭阳县的帮扶；区级结对方未列明'],
    [P.hl_mn, '湖里区—闽宁镇', 'township', 'east_west', u('350206'), u('640121104'), '2021-01-01', null, null, P.xm_nx,
      R1, '闽宁产业园“是我市湖里区、思明区助力闽宁镇的强力引擎”；起始日期演示设定'],
    [P.sm_mn, '思明区—闽宁镇', 'township', 'east_west', u('350203'), u('640121104'), '2021-01-01', null, null, P.xm_nx,
      R1, '同上'],
    [P.xm_lxz, '厦门市—临夏回族自治州', 'city', 'east_west', u('350200'), u('622900'), '2017-01-01', '2021-12-31', ADJ, null,
      R1, '2016年底结对调整后开始（具体日期未列明，取2017年初）；2021年结对调整后结束'],
    [P.sm_lxs, '思明区—临夏市', 'county', 'east_west', u('350203'), u('622901'), '2017-08-01', '2021-12-31',
      '2021年东西部结对关系调整，厦门市（含思明区）不再与甘肃省临夏州结对，思明—临夏市结对随之结束', P.xm_lxz,
      R2, '“2017年8月，经过5次调研对接，临夏市与厦门市思明区成功达成东西扶贫协作协议”'],
    [P.hc_jss, '海沧区—积石山县', 'county', 'east_west', u('350205'), u('622927'), '2017-01-01', '2021-12-31',
      '2021年东西部结对关系调整，厦门市不再与临夏州结对', P.xm_lxz, '项目任务书', '起始日期演示设定（取2017年初）'],
    [P.zh_bh, '中华街道—枹罕镇', 'township', 'east_west', u('350203003'), u('622901101'), '2017-08-01', '2021-12-31',
      '随思明—临夏市结对结束', P.sm_lxs, R2, '报道：思明区中华街道中山社区与枹罕镇王坪村结村帮扶（5个街道结对3个镇）；起止日期演示设定'],
    [P.kg_school, '思明区华侨幼儿园—临夏市实验幼儿园（“手拉手”姊妹园）', 'school', 'east_west', o('sm_huaqiao_kg'), o('lx_shiyan_kg'),
      '2018-03-01', '2021-12-31', '随思明—临夏市结对结束（演示设定）', P.sm_lxs, R2, '“去年3月初…结成‘手拉手’姊妹园”（即2018年3月）'],
    [P.zz_hy, '漳州市—海原县', 'city', 'east_west', u('350600'), u('640522'), '2016-01-01', null, null, P.fj_nx,
      R0, '“从2016年福建省漳州市漳浦县对口帮扶海原县以来”；具体日期未列明，取年初'],
    [P.zp_hy, '漳浦县—海原县', 'county', 'east_west', u('350623'), u('640522'), '2016-01-01', null, null, P.zz_hy, R0, '同上'],
    [P.zs_hosp, '厦门大学附属中山医院—海原县人民医院', 'hospital', 'east_west', o('zhongshan'), o('hy_hospital'), '2016-01-01', null, null, P.fj_nx,
      R0, '2022年6月升级为“组团式”帮扶；开始帮扶的日期报道未列明，演示取闽宁县级结对起始年'],
    [P.fs_hosp, '北京市房山区人民医院—海原县人民医院（心内介入团队）', 'hospital', 'other', o('fs_hospital'), o('hy_hospital'), '2024-01-01', null, null, null,
      R0, '“柔性引进北京市房山区人民医院心内介入团队”，不属闽宁协作；日期未列明（演示设定）'],
    [P.jf_mn, '建发集团—闽宁镇（“1+6”之“1”）', 'enterprise_village', 'east_west', o('jianfa'), u('640121104'), '2022-01-01', null, null, P.xm_nx,
      R1, '国企结对乡镇；结对层级无“企业—乡镇”，记为企村结对。日期取2022年初（“我市今年创新‘1+6’结对模式”）'],
    [P.itg_yl, '国贸控股集团—原隆村', 'enterprise_village', 'east_west', o('itg'), o('vc_yuanlong'), '2022-01-01', null, null, P.xm_nx, R1, '村级代码未核实，西部方记为村民委员会'],
    [P.xy_wh, '象屿集团—武河村', 'enterprise_village', 'east_west', o('xiangyu'), o('vc_wuhe'), '2022-01-01', null, null, P.xm_nx, R1, '同上'],
    [P.sz_fn, '市政集团—福宁村', 'enterprise_village', 'east_west', o('shizheng'), o('vc_funing'), '2022-01-01', null, null, P.xm_nx, R1, '同上'],
    [P.xs_yy, '夏商集团—园艺村', 'enterprise_village', 'east_west', o('xiashang'), o('vc_yuanyi'), '2022-01-01', null, null, P.xm_nx, R1, '同上'],
    [P.zz_ml, '住宅集团—木兰村', 'enterprise_village', 'east_west', o('zhuzhai'), o('vc_mulan'), '2022-01-01', null, null, P.xm_nx, R1, '同上'],
    [P.tf_yh, '特房集团—玉海村', 'enterprise_village', 'east_west', o('tefang'), o('vc_yuhai'), '2022-01-01', null, null, P.xm_nx, R1, '同上'],
    [P.hx_jm, '海峡城乡发展基金会—集美村', 'socorg_village', 'east_west', o('haixia_fund'), o('vc_jimei'), '2022-07-01', null, null, P.hc_jy,
      R1, '“今年7月…‘培力列车’驶入泾源县集美村、红土村，建立‘西部培力工作站’”'],
    [P.hx_ht, '海峡城乡发展基金会—红土村', 'socorg_village', 'east_west', o('haixia_fund'), o('vc_hongtu'), '2022-07-01', null, null, P.hc_jy, R1, '同上'],
    [P.st_ww, '县深土商会—王湾村', 'socorg_village', 'east_west', o('shentu_cc'), o('vc_wangwan'), '2024-01-01', null, null, P.zp_hy,
      R0, '报道列举16家社会组织与8个村结对但未给出一一对应；演示按列举顺序配对，日期演示设定'],
    [P.cq_gw, '漳浦县长桥商会—高湾村', 'socorg_village', 'east_west', o('changqiao_cc'), o('vc_gaowan'), '2024-01-01', null, null, P.zp_hy, R0, '同上'],
    [P.fy_xm, '漳州富洋皮业有限公司—新民村', 'enterprise_village', 'east_west', o('fuyang'), o('vc_xinmin'), '2024-01-01', null, null, P.zp_hy,
      R0, '报道列举8家企业与8个村结对但未给出一一对应；演示按列举顺序配对，日期演示设定'],
    [P.lyd_tz, '福建利源达工贸有限公司—团庄村', 'enterprise_village', 'east_west', o('liyuanda'), o('vc_tuanzhuang'), '2024-01-01', null, null, P.zp_hy, R0, '同上'],
    [P.ds_tj, '漳浦县鼎盛石材工艺制造有限公司—团结村', 'enterprise_village', 'east_west', o('dingsheng'), o('vc_tuanjie'), '2024-01-01', null, null, P.zp_hy, R0, '同上'],
    [P.js_qh, '江苏省—青海省', 'province', 'east_west', u('320000'), u('630000'), '2017-01-01', null, null, null,
      '项目任务书', '起始日期演示设定'],
    [P.lh_hy, '六合区—湟源县', 'county', 'east_west', u('320116'), u('630123'), '2017-01-01', null, null, P.js_qh, '项目任务书', null],
    [P.jishi_school, '厦门技师学院—临夏现代职业学院（合作办学）', 'school', 'other', o('xm_jishi'), o('linxia_voc'), '2022-01-01', null, null, P.xm_lxz_friend,
      R1, '结对调整后的友好交流合作，不属东西部协作；日期演示设定'],
    [P.zp_school, '漳浦第一中学—海原县第一中学（联合教学教研共同体）', 'school', 'east_west', o('zp_no1'), o('hy_no1'), '2024-01-01', null, null, P.zp_hy,
      R0, '日期演示设定'],
    [P.zz_school, '漳州市高新职业技术学校—海原县职业技术学校', 'school', 'east_west', o('zz_voc'), o('hy_voc'), '2022-07-01', null, null, P.zp_hy,
      R0, '“2022年7月，漳州市高新职业技术学校副校长…到海原县职业技术学校开展教育帮扶”'],
    [P.xm_lxz_friend, '厦门市—临夏回族自治州（友好交流合作）', 'other', 'other', u('350200'), u('622900'), '2021-07-01', null, null, null,
      R1, '结对调整后“厦门、临夏两地随即签订《持续开展两地友好交流合作框架协议》”；不属东西部协作考核口径；起始日期未列明（演示设定）'],
  ];
  return rows.map(([id, name, level, programme, east, west, start, end, endReason, parent, source, note]) => {
    const row = { id, name, level, programme };
    if (east.unit) row.east_unit = east.unit; else row.east_org_id = east.org;
    if (west.unit) row.west_unit = west.unit; else row.west_org_id = west.org;
    row.start_date = start;
    if (end) row.end_date = end;
    if (endReason) row.end_reason = endReason;
    if (parent) row.parent_id = parent;
    if (source) row.source = source;
    if (note) row.note = note;
    return row;
  }).sort((a, b) => a.id - b.id);
}

// ---- Reported figures ------------------------------------------------------------------
// [doc, quote, indicator_code|null, value, unit, qualifier, period_start, period_end,
//  cumulative, scope_unit|null, pairing|null, value_max|null, note|null, outside_reason|null]
const Y24 = ['2024-01-01', '2024-12-31'], Y22 = ['2022-01-01', '2022-12-31'], Y18 = ['2018-01-01', '2018-12-31'];
const SINCE16 = ['2016-01-01', '2024-12-31'], SINCE22 = ['2022-01-01', '2024-12-31'];
const F = (doc, quote, code, value, unit, q, period, cum, scope, pairing, extra = {}) =>
  ({ doc, quote, code, value, unit, q, period, cum, scope, pairing, ...extra });

const HY = '640522';
const FIGS = [
  // ---- 000 海原 (今年 = 2024) ----
  F('r000', '筹资1.47亿元建立闽宁科技园', 'ind_park_investment', 147000000, '元', 'exact', SINCE16, true, HY, P.zp_hy, { note: '资金构成未说明（“筹资”）' }),
  F('r000', '等7家企业落户园区', 'ind_park_enterprises', 7, '家', 'exact', SINCE16, true, HY, P.zp_hy),
  F('r000', '提供800多个岗位', 'ind_jobs_provided', 800, '个', 'at_least', SINCE16, true, HY, P.zp_hy),
  F('r000', '每年劳务收入2800余万元', 'ind_beneficiary_income', 28000000, '元/年', 'at_least', Y24, false, HY, P.zp_hy, { note: '园区企业年工资总额' }),
  F('r000', '建成纺织扶贫车间16个', 'ws_count', 16, '个', 'exact', SINCE16, true, HY, P.zp_hy),
  F('r000', '解决妇女就业1000余人', 'ws_rural_employed', 1000, '人', 'at_least', SINCE16, true, HY, P.zp_hy, { note: '仅妇女；其中脱贫劳动力未说明' }),
  F('r000', '人均月工资3000多元', 'ind_beneficiary_income', 3000, '元/人·月', 'at_least', Y24, false, HY, P.zp_hy),
  F('r000', '每年带动300人就业', 'ind_rural_employed', 300, '人', 'exact', Y24, false, HY, P.zp_hy, { note: '“南果北种”、中药材、花卉种植基地' }),
  F('r000', '人均年收入5万元', 'ind_beneficiary_income', 50000, '元/人·年', 'exact', Y24, false, HY, P.zp_hy),
  F('r000', '培训种植户20期1577余人次', 'trn_sessions', 20, '期', 'exact', SINCE22, true, HY, P.zp_hy, { note: '食用菌种植技术培训（农技）' }),
  F('r000', '培训种植户20期1577余人次', 'lab_training_persontimes', 1577, '人次', 'at_least', SINCE22, true, HY, P.zp_hy),
  F('r000', '牛舍改造菌棚296户', 'prj_pe_benefited', 296, '户', 'exact', SINCE22, true, HY, P.zp_hy),
  F('r000', '扩大到高崖乡、七营镇、贾塘乡等9个乡镇', null, 9, '个乡镇', 'exact', SINCE22, true, HY, P.zp_hy, { note: '项目覆盖乡镇数；目录无对应指标' }),
  F('r000', '食用菌种植户约701户次', 'prj_pe_benefited', 701, '户次', 'about', SINCE22, true, HY, P.zp_hy),
  F('r000', '总补贴棒数约300万棒', null, 3000000, '棒', 'about', SINCE22, true, HY, P.zp_hy, { note: '项目产出（Outcome）' }),
  F('r000', '累计投入闽宁资金2736万元', 'prj_fiscal_aid', 27360000, '元', 'exact', SINCE22, true, HY, P.zp_hy, { note: '食用菌项目，2022年以来累计' }),
  F('r000', '食用菌种植总收入达783万余元', 'ind_beneficiary_income', 7830000, '元', 'at_least', SINCE22, true, HY, P.zp_hy),
  F('r000', '户均收入1.1万元', 'ind_beneficiary_income', 11000, '元/户', 'exact', SINCE22, true, HY, P.zp_hy),
  F('r000', '优选29个帮扶项目', 'prj_count', 29, '个', 'exact', Y24, false, HY, P.zp_hy),
  F('r000', '投入闽宁资金8600万元', 'fund_fiscal_aid', 86000000, '元', 'exact', Y24, false, HY, P.zp_hy, { note: '海原援宁工作组，2024年' }),
  F('r000', '共签约招商引资项目4个', 'ind_projects_signed', 4, '个', 'exact', ['2023-04-14', '2023-04-14'], false, HY, P.zp_hy, { note: '“去年4月14日”在厦门举行的推介会暨签约仪式' }),
  F('r000', '签约金额1.14亿元', 'ind_investment_contract', 114000000, '元', 'exact', ['2023-04-14', '2023-04-14'], false, HY, P.zp_hy),
  F('r000', '现场零售和签约金额达3178万元', null, 31780000, '元', 'exact', Y24, false, HY, P.zp_hy, { note: '零售（帮助销售）与签约（意向）合计，无法拆分；不计入 csm_total' }),
  F('r000', '县深土商会、漳浦县长桥商会等16家社会组织', 'soc_socorgs_paired', 16, '个', 'exact', Y24, false, HY, P.zp_hy),
  F('r000', '曹洼乡曹洼村等8个村', 'pair_socorg_village', 8, '个村', 'exact', Y24, false, HY, P.zp_hy, { note: '社会组织结对的村数' }),
  F('r000', '鼎盛石材工艺制造有限公司等8家企业', 'soc_enterprises_paired', 8, '家', 'exact', Y24, false, HY, P.zp_hy),
  F('r000', '李俊乡团结村等8个村建立结对帮扶关系', 'pair_enterprise_village', 8, '个村', 'exact', Y24, false, HY, P.zp_hy),
  F('r000', '截至目前共销售海原县农特产品1.79亿元', 'csm_total', 179000000, '元', 'exact', SINCE16, true, HY, P.zp_hy),
  F('r000', '共派出13批医疗队共计70人次', 'tal_team_batches', 13, '批', 'exact', SINCE16, true, HY, P.zs_hosp, { note: '累计起点报道未列明，取结对起始' }),
  F('r000', '共派出13批医疗队共计70人次', 'tal_prof_e2w_med', 70, '人次', 'exact', SINCE16, true, HY, P.zs_hosp),
  F('r000', '累计诊疗患者1万多人次', 'out_med_services', 10000, '人次', 'at_least', SINCE16, true, HY, P.zs_hosp),
  F('r000', '开展手术近千台', 'out_med_services', 1000, '台', 'about', SINCE16, true, HY, P.zs_hosp),
  F('r000', '投入闽宁资金308万元实施女性盆底康复及产后康复中心', 'prj_fiscal_aid', 3080000, '元', 'exact', SINCE16, true, HY, P.zp_hy, { note: '投入时间未列明' }),
  F('r000', '首批共有11名专家进驻海原县人民医院', 'tal_prof_e2w_med', 11, '人', 'exact', ['2022-06-01', '2022-06-30'], false, HY, P.zs_hosp),
  F('r000', '第7批对口帮扶海原县医疗队', 'tal_team_batches', 7, '批', 'exact', ['2024-07-01', '2024-07-31'], false, HY, P.zs_hosp, { note: '批次序号，不是批数' }),
  F('r000', '六大中心建设', null, 6, '个', 'exact', Y24, false, HY, P.zs_hosp, { note: '成效（Outcome）' }),
  F('r000', '门诊接待量同比增长13.5%', null, 13.5, '%', 'exact', ['2024-01-01', '2024-10-31'], false, HY, P.zs_hosp, { note: '医院同比（Outcome）' }),
  F('r000', '病床使用率同比提高8.6%', null, 8.6, '%', 'exact', ['2024-01-01', '2024-10-31'], false, HY, P.zs_hosp, { note: '同上' }),
  F('r000', '住院人数同比增长22.8%', null, 22.8, '%', 'exact', ['2024-01-01', '2024-10-31'], false, HY, P.zs_hosp, { note: '同上' }),
  F('r000', '医院总收入同比增长22.85%', null, 22.85, '%', 'exact', ['2024-01-01', '2024-10-31'], false, HY, P.zs_hosp, { note: '同上' }),
  F('r000', '35项新技术及新业务', 'out_med_new_techniques', 35, '项', 'exact', SINCE16, true, HY, P.zs_hosp),
  F('r000', '接受71名海原县医护人员赴厦门市', 'tal_prof_w2e', 71, '人', 'exact', SINCE16, true, HY, P.zs_hosp),
  F('r000', '心血管造影和取栓手术186例', 'out_med_services', 186, '例', 'exact', Y24, false, HY, P.fs_hosp, { note: '北京房山区团队，不属闽宁协作（programme=other）' }),
  F('r000', '争取闽宁资金35万元购置健康体检系统', 'prj_fiscal_aid', 350000, '元', 'exact', SINCE16, true, HY, P.zp_hy, { note: '时间未列明' }),
  F('r000', '投入闽宁资金250万元用于高压氧舱建设', 'prj_fiscal_aid', 2500000, '元', 'exact', SINCE16, true, HY, P.zp_hy, { note: '时间未列明' }),
  F('r000', '先后有17名帮扶人才精准帮带58名年轻教师', 'tal_prof_e2w_edu', 17, '人', 'exact', ['2022-07-01', '2024-12-31'], true, HY, P.zz_school),
  F('r000', '先后有17名帮扶人才精准帮带58名年轻教师', 'out_local_staff_mentored', 58, '人', 'exact', ['2022-07-01', '2024-12-31'], true, HY, P.zz_school),
  F('r000', '共培养出50名“双师型”教师', null, 50, '人', 'exact', ['2022-07-01', '2024-12-31'], true, HY, P.zz_school, { note: '成效（Outcome）' }),
  F('r000', '组织骨干教师和学生91人次赴福建省学习', 'tal_prof_w2e', 91, '人次', 'exact', ['2022-07-01', '2024-12-31'], true, HY, P.zz_school, { note: '含学生' }),
  F('r000', '共获区、市、县各级奖项168个', null, 168, '个', 'exact', SINCE22, true, HY, P.zp_hy, { note: '成效（Outcome），海原县兴海中学' }),
  F('r000', '获奖人数221人次', null, 221, '人次', 'exact', SINCE22, true, HY, P.zp_hy, { note: '同上' }),
  F('r000', '2023年至今,漳州市先后投入闽宁资金1550万元', 'prj_fiscal_aid', 15500000, '元', 'exact', ['2023-01-01', '2024-12-31'], true, HY, P.zz_hy, { note: '教育基础设施' }),
  F('r000', '投入闽宁协作专项资金近200万元', 'prj_fiscal_aid', 2000000, '元', 'about', ['2023-01-01', '2024-12-31'], true, HY, P.zz_hy),
  F('r000', '受益学生8万人', null, 80000, '人', 'exact', ['2023-01-01', '2024-12-31'], true, HY, P.zz_hy, { note: '项目受益学生（非脱贫人口口径）' }),
  F('r000', '投入闽宁资金201万元', 'prj_fiscal_aid', 2010000, '元', 'exact', ['2023-01-01', '2024-12-31'], true, HY, P.zz_hy),
  F('r000', '投入闽宁资金100万元', 'prj_fiscal_aid', 1000000, '元', 'exact', ['2023-01-01', '2024-12-31'], true, HY, P.zz_hy),
  F('r000', '交流学习6批42人次', 'tal_prof_w2e', 42, '人次', 'exact', ['2023-01-01', '2024-12-31'], true, HY, P.zz_hy),
  F('r000', '交流学习6批42人次', null, 6, '批', 'exact', ['2023-01-01', '2024-12-31'], true, HY, P.zz_hy, { note: '交流学习批次（西部→东部）' }),
  F('r000', '2023年以来,漳州市先后选派47名专技人才', 'tal_prof_e2w', 47, '人', 'exact', ['2023-01-01', '2024-12-31'], true, HY, P.zz_hy),
  F('r000', '组织45名劳务经纪人', null, 45, '名', 'exact', Y24, false, HY, P.zp_hy, { note: '参加访企拓岗的劳务经纪人、人力资源服务机构负责人' }),
  F('r000', '挖掘岗位2000余个', 'lab_jobs_offered', 2000, '个', 'at_least', Y24, false, HY, P.zp_hy),
  F('r000', '输送手机壳制造工1206人', 'lab_organised_transfer', 1206, '人', 'exact', Y24, false, HY, P.zp_hy, { note: '输往福建泉州通达集团' }),
  F('r000', '20家福建省重点企业访企拓岗', null, 20, '家', 'exact', ['2024-08-01', '2024-08-31'], false, HY, P.zp_hy, { note: '访企拓岗走访企业数' }),
  F('r000', '已组织80余名乡亲到福建省务工', 'lab_to_east', 80, '人', 'at_least', Y24, false, HY, P.zp_hy, { note: '经劳务公司组织，属2024年总数的一部分' }),
  F('r000', '累计培育劳务经纪人1002名', 'lab_brokers', 1002, '名', 'exact', SINCE16, true, HY, P.zp_hy),
  F('r000', '培育劳务中介组织23家', 'lab_agencies', 23, '家', 'exact', SINCE16, true, HY, P.zp_hy),
  F('r000', '向福建输送务工人员572人', 'lab_organised_transfer', 572, '人', 'exact', Y22, false, HY, P.zp_hy, { note: '通过包车、乘机等“点对点”' }),
  F('r000', '福建省共为海原县184名脱贫劳动力', 'lab_transport_subsidy_persons', 184, '人', 'exact', Y22, false, HY, P.zp_hy, { note: '支付方：福建' }),
  F('r000', '兑付交通跨省就业补贴176.4万元', 'lab_transport_subsidy_amount', 1764000, '元', 'exact', Y22, false, HY, P.zp_hy, { note: '支付方：福建' }),
  F('r000', '向福建输送务工人员908人', 'lab_to_east', 908, '人', 'exact', ['2023-01-01', '2023-12-31'], false, HY, P.zp_hy),
  F('r000', '今年已累计向福建输送海原籍务工人员1510人', 'lab_to_east', 1510, '人', 'exact', Y24, false, HY, P.zp_hy),
  F('r000', '其中“点对点”输送1335人', 'lab_organised_transfer', 1335, '人', 'exact', Y24, false, HY, P.zp_hy),
  F('r000', '同比增长185.26%', null, 185.26, '%', 'exact', Y24, false, HY, P.zp_hy, { note: '“点对点”输送人数同比；隐含2023年约468人' }),
  F('r000', '互访交流、考察学习、招商引资等活动23批次200余人次', 'org_exchange_batches', 23, '批次', 'exact', Y24, false, HY, P.zp_hy),
  F('r000', '互访交流、考察学习、招商引资等活动23批次200余人次', 'org_exchange_persontimes', 200, '人次', 'at_least', Y24, false, HY, P.zp_hy),

  // ---- 001 厦门日报 2022-12-30 (今年 = 2022) ----
  F('r001', '与“1镇6村”开展一一对应的结对模式', 'pair_enterprise_village', 6, '对', 'exact', Y22, false, '640121104', P.xm_nx, { note: '6家国企—6个村' }),
  F('r001', '建发集团结对闽宁镇', null, 1, '对', 'exact', Y22, false, '640121104', P.jf_mn, { note: '国企—乡镇结对，目录无对应指标' }),
  F('r001', '年产值预计达1.5亿元', null, 150000000, '元', 'exact', Y22, false, '640000', P.xm_nx, { note: '预计年产值，非实际' }),
  F('r001', '可提供150个就业岗位', 'ind_jobs_provided', 150, '个', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '联合斥资1亿元成立宁夏贸宁物资有限公司', 'ind_investment_actual', 100000000, '元', 'exact', Y22, false, '640000', P.xm_nx, { note: '注册资本，未必实际到位' }),
  F('r001', '象屿集团注册1亿元成立宁夏象屿新能源有限公司', 'ind_investment_actual', 100000000, '元', 'exact', Y22, false, '640000', P.xm_nx, { note: '注册资本，未必实际到位' }),
  F('r001', '今年采购果蔬79.6吨、销售额超300万元', 'csm_purchase', 3000000, '元', 'at_least', Y22, false, '640121104', P.xs_yy),
  F('r001', '今年采购果蔬79.6吨、销售额超300万元', 'csm_quantity', 79.6, '吨', 'exact', Y22, false, '640121104', P.xs_yy),
  F('r001', '年销量30万瓶', 'csm_quantity', 300000, '瓶', 'exact', Y22, false, '640121104', P.jf_mn),
  F('r001', '销售额约1亿元', 'csm_helped_sales', 100000000, '元', 'about', Y22, false, '640121104', P.jf_mn),
  F('r001', '每年带动原隆村就业300余人', 'ind_rural_employed', 300, '人', 'at_least', Y22, false, '640121104', P.itg_yl),
  F('r001', '实现人均增收3万余元', 'ind_beneficiary_income', 30000, '元/人', 'at_least', Y22, false, '640121104', P.itg_yl),
  F('r001', '达成销售意向3000余万元', 'csm_signed_intent', 30000000, '元', 'at_least', Y22, false, '640121104', P.xm_nx, { note: '意向，不计入 csm_total' }),
  F('r001', '等8个项目', 'soc_projects', 8, '个', 'exact', Y22, false, '640424', P.hc_jy, { note: '社区营造项目' }),
  F('r001', '协助厦门11家社会组织结对泾源县11个村庄', 'soc_socorgs_paired', 11, '个', 'exact', Y22, false, '640424', P.hc_jy),
  F('r001', '协助厦门11家社会组织结对泾源县11个村庄', 'pair_socorg_village', 11, '个村', 'exact', Y22, false, '640424', P.hc_jy),
  F('r001', '链接爱心资源55万多元', 'soc_donation_total', 550000, '元', 'at_least', Y22, false, '640424', P.hc_jy),
  F('r001', '与固原市4家社会组织结为伙伴关系', null, 4, '家', 'exact', Y22, false, '640400', P.xm_gy, { note: '社会组织—社会组织结对' }),
  F('r001', '总规划面积近96万平方米', null, 960000, 'm²', 'about', Y22, false, '640121104', P.xm_nx, { note: '闽宁产业园规划面积' }),
  F('r001', '共同出资注册资本金1亿元', 'ind_park_investment', 100000000, '元', 'exact', Y22, false, '640121104', P.xm_nx, { note: '园区运营平台公司注册资本' }),
  F('r001', '提出了8项含金量高', null, 8, '项', 'exact', Y22, false, '640121', P.xm_nx, { note: '政策条数，非指标' }),
  F('r001', '今年共安排帮扶专项资金1800余万元', 'fund_fiscal_aid', 18000000, '元', 'at_least', Y22, false, '640425', P.xm_py),
  F('r001', '覆盖脱贫户354户', 'prj_pe_benefited', 354, '户', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '短平快产业项目5个', 'prj_count', 5, '个', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '援建帮扶车间12个', 'ws_count', 12, '个', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '落实农村劳动力就业3732人', 'lab_rural_helped', 3732, '人', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '消费帮扶1.8亿元', 'csm_total', 180000000, '元', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '举办劳务协作培训班9期', 'lab_training_sessions', 9, '期', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '开展专技人才培训30期', 'trn_sessions', 30, '期', 'exact', Y22, false, '640425', P.xm_py, { note: '专技' }),
  F('r001', '组织乡村振兴干部培训3期', 'trn_sessions', 3, '期', 'exact', Y22, false, '640425', P.xm_py, { note: '干部' }),
  F('r001', '培育了68个农村致富带头人', 'trn_rural_leaders', 68, '人', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '肉牛“出户入园”养殖示范基地2个', 'rv_demo_bases', 2, '个', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '打造肉牛养殖示范村2个', 'rv_demo_villages', 2, '个', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '与5个闽宁乡村振兴示范村结对帮扶', 'rv_demo_villages_paired', 5, '个', 'exact', Y22, false, '640425', P.xm_py),
  F('r001', '“点对点”输转临籍来厦务工3个航班包机近400人', 'lab_organised_transfer', 400, '人', 'about', Y22, false, '622900', P.xm_lxz_friend, { note: '临夏（原结对地区）' }),
  F('r001', '实现临籍劳动力在厦就业5573人', 'lab_stable_in_east', 5573, '人', 'exact', Y22, true, '622900', P.xm_lxz_friend, { note: '截至2022年底的存量' }),
  F('r001', '共销售6570吨高原夏菜', 'csm_quantity', 6570, '吨', 'exact', Y22, false, '622900', P.xm_lxz_friend, { note: '未给金额' }),
  F('r001', '厦临集团等30多家企业持续在临生产经营', 'ind_enterprises_landed', 30, '家', 'at_least', Y22, true, '622900', P.xm_lxz_friend, { note: '存量：落地后仍在生产经营的企业' }),
  F('r001', '接收18名临夏州的医护人员来厦进修', 'tal_prof_w2e', 18, '人', 'exact', Y22, false, '622900', P.xm_lxz_friend),
  F('r001', '招收临夏学生12人', 'lab_vocational_students', 12, '人', 'exact', Y22, false, '622900', P.xm_lxz_friend),
  F('r001', '捐赠爱心衣物200余件', 'soc_donation_inkind', 200, '件', 'at_least', Y22, false, '622900', P.xm_lxz_friend, { note: '件数，未给折价' }),
  F('r001', '捐赠抗疫物资502万余元', 'soc_donation_inkind', 5020000, '元', 'at_least', Y22, false, '622900', P.xm_lxz_friend),
  ...[['pair_school', 60, '所'], ['pair_hospital', 8, '家'], ['pair_township', 27, '个'], ['pair_village', 44, '个'],
    ['pair_enterprise_village', 37, '家'], ['pair_socorg_village', 38, '个']].map(([code, v, unit]) =>
    F('r001', '我市60所学校、8家医院、27个镇街、44个村社、37家企业、38个社会组织与帮扶地对应结对', code, v, unit, 'exact', Y22, false, '640000', P.xm_nx, { note: '2022年末存量' })),
  F('r001', '累计向宁夏投入财政帮扶资金1.615亿元', 'fund_fiscal_aid', 161500000, '元', 'exact', Y22, false, '640000', P.xm_nx, { note: '“一年来…累计”，即2022年' }),
  F('r001', '社会力量投入帮扶资金3063.65万元', 'fund_social', 30636500, '元', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '实施帮扶项目72个', 'prj_count', 72, '个', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '引导企业赴宁考察113家', 'ind_enterprises_visited', 113, '家', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '实际在“两县一镇”落地投资企业52家', 'ind_enterprises_landed', 52, '家', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '实际到资额7.77亿元', 'ind_investment_actual', 777000000, '元', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '吸纳农村劳动力就业2452人,其中脱贫劳动力683人', 'ind_rural_employed', 2452, '人', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '吸纳农村劳动力就业2452人,其中脱贫劳动力683人', 'ind_pe_employed', 683, '人', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '援建帮扶车间30个', 'ws_count', 30, '个', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '吸纳农村劳动力就业数1472人,其中脱贫劳动力588人', 'ws_rural_employed', 1472, '人', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '吸纳农村劳动力就业数1472人,其中脱贫劳动力588人', 'ws_pe_employed', 588, '人', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '在我市稳定就业三个月以上的22个中西部省份农村劳动力79528人', 'lab_stable_in_east', 79528, '人', 'exact', Y22, false, '350200', null,
    { note: '东部（厦门市）存量口径，来自22个中西部省份，无单一西部范围，故不填结对关系；范围区划填厦门市（台账要求无结对的报道数据必须有范围区划，见 README“模式问题”）' }),
  F('r001', '帮助“两县一镇”实现农村劳动力就业13138人,其中脱贫劳动力5922人', 'lab_rural_helped', 13138, '人', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '帮助“两县一镇”实现农村劳动力就业13138人,其中脱贫劳动力5922人', 'lab_pe_helped', 5922, '人', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '举办劳务协作培训班68期,培训农村劳动力2910人次', 'lab_training_sessions', 68, '期', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '举办劳务协作培训班68期,培训农村劳动力2910人次', 'lab_training_persontimes', 2910, '人次', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '我市建成100个专柜、10个专馆、30个专区', 'csm_outlets', 100, '个', 'exact', Y22, true, '640000', P.xm_nx, { note: '专柜' }),
  F('r001', '我市建成100个专柜、10个专馆、30个专区', 'csm_outlets', 10, '个', 'exact', Y22, true, '640000', P.xm_nx, { note: '专馆' }),
  F('r001', '我市建成100个专柜、10个专馆、30个专区', 'csm_outlets', 30, '个', 'exact', Y22, true, '640000', P.xm_nx, { note: '专区' }),
  F('r001', '销售宁夏产品5670万元', 'csm_outlet_sales', 56700000, '元', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '全年累计采购、帮助销售“两县一镇”农产品金额8.86亿元', 'csm_total', 886000000, '元', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '选派6名挂职干部、213名专技人才赴宁', 'tal_cadres_e2w', 6, '人', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '选派6名挂职干部、213名专技人才赴宁', 'tal_prof_e2w', 213, '人', 'exact', Y22, false, '640000', P.xm_nx),
  F('r001', '全年开展专技培训76期、培训3348人次', 'trn_sessions', 76, '期', 'exact', Y22, false, '640000', P.xm_nx, { note: '专技' }),
  F('r001', '全年开展专技培训76期、培训3348人次', 'trn_prof_persontimes', 3348, '人次', 'exact', Y22, false, '640000', P.xm_nx),

  // ---- 002 民族日报 2019-01-20 (去年 = 2018) ----
  F('r002', '经过5次调研对接', 'org_exchange_batches', 5, '次', 'exact', ['2017-01-01', '2017-08-31'], false, '622901', P.sm_lxs,
    { note: '达成协议前的调研对接', outside: '结对协议（2017年8月）达成前的调研对接，期间早于结对开始日期' }),
  F('r002', '思明区共派出专家型教师2批8人次', 'tal_prof_e2w_edu', 8, '人次', 'exact', Y18, false, '622901', P.sm_lxs),
  F('r002', '思明区共派出专家型教师2批8人次', 'tal_team_batches', 2, '批', 'exact', Y18, false, '622901', P.sm_lxs),
  F('r002', '到临夏市32所中小学、幼儿园开展巡回教育帮扶', null, 32, '所', 'exact', Y18, false, '622901', P.sm_lxs, { note: '覆盖学校数，非结对数' }),
  F('r002', '对800多名教师开展培训', 'trn_prof_persontimes', 800, '人', 'at_least', Y18, false, '622901', P.sm_lxs, { note: '原文计“名”' }),
  F('r002', '厦门市派出支医专家7人次', 'tal_prof_e2w_med', 7, '人次', 'exact', Y18, false, '622901', P.xm_lxz),
  F('r002', '临夏市共派出教师179人、医生6人到思明区跟班学习培训', 'tal_prof_w2e', 179, '人', 'exact', Y18, false, '622901', P.sm_lxs, { note: '教师' }),
  F('r002', '临夏市共派出教师179人、医生6人到思明区跟班学习培训', 'tal_prof_w2e', 6, '人', 'exact', Y18, false, '622901', P.sm_lxs, { note: '医生' }),
  F('r002', '注资枹罕镇王坪村村集体经济34万元', 'prj_fiscal_aid', 340000, '元', 'exact', Y18, false, '622901101', P.sm_lxs),
  F('r002', '入社成员已达到43人', 'prj_pe_benefited', 43, '人', 'exact', Y18, false, '622901101', P.sm_lxs),
  F('r002', '辐射带动王坪村200多户群众种植牡丹', 'prj_pe_benefited', 200, '户', 'at_least', Y18, false, '622901101', P.sm_lxs),
  F('r002', '思明区共投入帮扶资金984万元', 'fund_fiscal_aid', 9840000, '元', 'exact', ['2017-08-01', '2018-12-31'], true, '622901', P.sm_lxs, { note: '用于扶贫车间（村集体经济注资分红）' }),
  F('r002', '扶持建成20个扶贫车间', 'ws_count', 20, '个', 'exact', ['2017-08-01', '2018-12-31'], true, '622901', P.sm_lxs),
  F('r002', '带动贫困群众近900人实现就地就近就业', 'ws_pe_employed', 900, '人', 'about', ['2017-08-01', '2018-12-31'], true, '622901', P.sm_lxs, { note: '时代口径：贫困人口' }),
  F('r002', '思明区5个街道、1个国企向临夏市3个镇6个结对村投入帮扶资金324万元', 'pair_township', 3, '个', 'exact', Y18, false, '622901', P.sm_lxs, { note: '5个街道结对3个镇' }),
  F('r002', '思明区5个街道、1个国企向临夏市3个镇6个结对村投入帮扶资金324万元', 'pair_village', 6, '个', 'exact', Y18, false, '622901', P.sm_lxs),
  F('r002', '思明区5个街道、1个国企向临夏市3个镇6个结对村投入帮扶资金324万元', 'pair_enterprise_village', 1, '家', 'exact', Y18, false, '622901', P.sm_lxs),
  F('r002', '思明区5个街道、1个国企向临夏市3个镇6个结对村投入帮扶资金324万元', 'fund_fiscal_aid', 3240000, '元', 'exact', Y18, false, '622901', P.sm_lxs, { note: '携手奔小康结对资金' }),
  F('r002', '临夏市枹罕镇王坪村17户特困户', 'soc_households_helped', 17, '户', 'exact', Y18, false, '622901101', P.zh_bh),
  F('r002', '思明区8家爱心企业家庭与临夏市单子庄村8户贫困户', 'pair_household', 8, '对', 'exact', Y18, false, '622901', P.sm_lxs, { note: '“一家一”认亲式结对' }),
  F('r002', '第一批16户贫困户“微心愿”', 'soc_households_helped', 16, '户', 'exact', Y18, false, '622901101', P.zh_bh),
  F('r002', '分两批选派了23名骨干教师前往厦门市华侨幼儿园', 'tal_prof_w2e', 23, '人', 'exact', ['2018-10-01', '2018-12-31'], false, '622901', P.kg_school, { note: '“10月底，实验幼儿园分两批选派…”（2018年10月起）' }),
  F('r002', '临夏市实验幼儿园与厦门市思明区华侨幼儿园结成“手拉手”姊妹园', 'pair_school', 1, '对', 'exact', ['2018-03-01', '2018-12-31'], false, '622901', P.kg_school, { note: '“去年3月初…结成”，期间自结对起算' }),
  F('r002', '思明区共争取财政帮扶资金和社会捐赠资金2210.2万元', 'fund_total_aid', 22102000, '元', 'exact', Y18, false, '622901', P.sm_lxs, { note: '财政与社会合计，无法拆分' }),
  F('r002', '共培育临夏市贫困村创业致富带头人135人', 'trn_rural_leaders', 135, '人', 'exact', Y18, false, '622901', P.sm_lxs),
];

export function reportedFigures() {
  return FIGS.map((f, i) => {
    const d = DOCS[f.doc];
    const row = { id: i + 1 };
    if (f.pairing) row.pairing_id = f.pairing;
    row.status = 'approved';
    if (f.outside) row.outside_pairing_reason = f.outside;
    row.source_doc = d.title;
    if (d.date) row.source_date = d.date;
    row.quote = f.quote;
    if (f.code) row.indicator_code = f.code;
    row.value = f.value;
    row.unit = f.unit;
    row.qualifier = f.q;
    row.period_start = f.period[0];
    row.period_end = f.period[1];
    row.is_cumulative = f.cum;
    if (f.scope) row.scope_unit = f.scope;
    row.review = 'accepted';
    row.source = 'shared/reports/' + d.file;
    row.recorded_by = '演示数据整理';
    if (f.note) row.note = f.note;
    return row;
  });
}
