// The registry of record types: design/indicators.md §3 as data. Labels are what users
// read in forms and file headers, so they follow the wording of the official reports.

#include "model/record_type.h"
#include "model/type_builder.h"

namespace shanhai::model {
namespace internal {

void AddReferenceTypes(std::vector<RecordType>& types);

namespace {

std::vector<RecordType> BuildTypes() {
  std::vector<RecordType> types;
  AddReferenceTypes(types);
  // Demonstration sites come first among records because projects refer to them; the
  // registry order is the import order of a full export.
  types.push_back(Rec("demo_sites", "乡村振兴示范点", "Demonstration sites",
                      {Req(Text("name", "名称", "Name")),
                       Req(Enum("site_type", "类型", "Type",
                                {{"village", "示范村", "village"},
                                 {"base", "示范基地", "base"},
                                 {"county", "示范县", "county"}})),
                       Req(Unit("unit", "所在地", "Where")),
                       Req(Day("designation_date", "命名日期", "Designated on")),
                       Unit("east_partner_unit", "东部结对方", "Eastern partner"),
                       Enum("activity", "状态", "Status", kActive, "active")},
                      "designation_date", {}, "unit"));

  // ---- Records: funds and projects ---------------------------------------------
  types.push_back(Rec("projects", "帮扶项目", "Projects",
                      {Req(Text("name", "项目名称", "Name")),
                       Req(Enum("category", "项目类别", "Category",
                                {{"industry", "产业发展", "industry"},
                                 {"infrastructure", "基础设施", "infrastructure"},
                                 {"education", "教育", "education"},
                                 {"health", "医疗卫生", "health"},
                                 {"employment", "就业", "employment"},
                                 {"rural_construction", "乡村建设", "rural construction"},
                                 {"demo_village", "示范村创建", "demonstration village"},
                                 {"social", "社会帮扶", "social help"},
                                 {"other", "其他", "other"}})),
                       Req(Enum("funding", "资金性质", "Funding",
                                {{"fiscal", "财政援助资金", "fiscal"},
                                 {"social", "社会帮扶资金", "social"},
                                 {"mixed", "混合", "mixed"}},
                                "fiscal")),
                       Unit("west_unit", "实施地", "Where"),
                       Req(Day("start_date", "开工日期", "Start date")),
                       Day("end_date", "完工日期", "End date"),
                       Money("fiscal_amount_fen", "财政援助资金", "Fiscal amount (fen)"),
                       Money("other_amount_fen", "其他资金", "Other amount (fen)"),
                       Enum("progress", "进展", "Progress",
                            {{"planned", "计划", "planned"},
                             {"in_progress", "在建", "in progress"},
                             {"completed", "已完工", "completed"}},
                            "planned"),
                       Ref("demo_site_id", "demo_sites", "示范点", "Demonstration site")},
                      "start_date", "end_date", "west_unit"));

  types.push_back(Rec("fund_transfers", "资金拨付", "Fund transfers",
                      {Req(Day("date", "日期", "Date")),
                       Req(Enum("source_kind", "资金来源", "Source of money",
                                {{"fiscal", "财政援助资金", "fiscal aid"},
                                 {"social_cash", "社会帮扶资金", "social money"},
                                 {"enterprise", "企业资金", "enterprise money"}})),
                       Req(Enum("stage", "阶段", "Stage",
                                {{"planned", "计划", "planned"},
                                 {"allocated", "下达", "allocated"},
                                 {"received", "到位", "received"},
                                 {"disbursed", "拨付", "disbursed"}})),
                       Req(Money("amount_fen", "金额", "Amount (fen)")),
                       Text("payer", "拨付单位", "Payer"),
                       Unit("recipient_unit", "接收地", "Recipient unit"),
                       Ref("project_id", "projects", "项目", "Project"),
                       Text("purpose", "用途", "Purpose")},
                      "date", {}, "recipient_unit"));

  {
    RecordType t = Rec("persons", "人员", "Persons",
                       {System(Text("id_hash", "身份证号（加盐哈希）", "ID number (salted hash)")),
                        Text("name", "姓名", "Name"),
                        Req(Unit("hukou_unit", "户籍地", "Registered residence")),
                        Req(Enum("household_type", "户类型", "Household type",
                                 {{"lifted", "脱贫户", "lifted out of poverty"},
                                  {"monitored_unstable", "脱贫不稳定户", "monitored: unstable"},
                                  {"monitored_marginal", "边缘易致贫户", "monitored: marginal"},
                                  {"monitored_sudden", "突发严重困难户", "monitored: sudden hardship"},
                                  {"ordinary", "一般农户", "ordinary rural household"}})),
                        Enum("gender", "性别", "Gender", {{"f", "女", "female"}, {"m", "男", "male"}}),
                        Int("birth_year", "出生年份", "Birth year"),
                        Enum("labour_ability", "劳动技能", "Labour ability",
                             {{"skilled", "技能劳动力", "skilled"},
                              {"ordinary", "普通劳动力", "ordinary"},
                              {"weak", "弱劳动力或半劳动力", "weak or partial"},
                              {"none", "丧失劳动力或无劳动能力", "none"}}),
                        Req(Day("snapshot_date", "名单日期", "Roster date"))},
                       "snapshot_date", {}, "hukou_unit");
    t.pairing_required = false;
    t.id_hash_field = "id_hash";
    types.push_back(std::move(t));
  }

  {
    RecordType t = Rec("project_beneficiaries", "项目受益人", "Project beneficiaries",
                       {Req(Ref("project_id", "projects", "项目", "Project")),
                        Ref("person_id", "persons", "人员", "Person"),
                        Text("household_ref", "户编号", "Household reference"),
                        Req(Enum("link_type", "联结方式", "Link",
                                 {{"employment", "就业", "employment"},
                                  {"dividend", "分红", "dividend"},
                                  {"order", "订单", "order farming"},
                                  {"equity", "入股", "equity"},
                                  {"other", "其他", "other"}})),
                        Req(Day("date", "受益日期", "Date"))},
                       "date");
    t.parent_field = "project_id";
    types.push_back(std::move(t));
  }

  // ---- Industrial cooperation -----------------------------------------------------
  types.push_back(Rec("industrial_parks", "共建产业园区", "Co-built industrial parks",
                      {Req(Text("name", "园区名称", "Name")),
                       Req(Unit("west_unit", "所在地", "Where")),
                       Unit("east_partner_unit", "东部共建方", "Eastern partner"),
                       Req(Day("co_built_date", "共建日期", "Co-built on")),
                       Real("area_m2", "规划面积（平方米）", "Planned area (m²)")},
                      "co_built_date", {}, "west_unit"));

  types.push_back(Rec("investments", "招商投资", "Investments",
                      {Req(Ref("enterprise_id", "organizations", "投资企业", "Enterprise")),
                       Unit("west_unit", "落地地", "Where"),
                       Ref("park_id", "industrial_parks", "入驻园区", "Park"),
                       Text("project_name", "项目名称", "Project"),
                       Req(Enum("stage", "阶段", "Stage",
                                {{"signed", "签约", "signed"}, {"paid_in", "到位", "paid in"}})),
                       Money("contract_amount_fen", "签约（合同）金额", "Contract amount (fen)"),
                       Money("paid_in_amount_fen", "实际到位金额", "Paid-in amount (fen)"),
                       Req(Day("date", "日期", "Date")),
                       Bool("is_new_landing", "新增落地企业", "Newly landed enterprise"),
                       Bool("is_capital_increase", "新增资", "Capital increase"),
                       Int("jobs_planned", "提供就业岗位", "Jobs planned")},
                      "date", {}, "west_unit"));

  types.push_back(Rec("workshops", "帮扶车间", "Employment workshops",
                      {Req(Text("name", "车间名称", "Name")),
                       Req(Enum("workshop_type", "车间类型", "Type",
                                {{"factory", "厂房式", "factory"},
                                 {"home", "居家式", "home-based"},
                                 {"farming", "种养式", "farming"},
                                 {"trade", "贸易流通式", "trade"},
                                 {"culture_tourism", "文化旅游式", "culture and tourism"}})),
                       Req(Unit("west_unit", "所在地", "Where")),
                       Ref("operator_org_id", "organizations", "经营主体", "Operator"),
                       Req(Day("recognised_date", "认定日期", "Recognised on")),
                       Enum("operating", "运营状态", "Operating status",
                            {{"operating", "正常运营", "operating"},
                             {"suspended", "停产", "suspended"},
                             {"closed", "关闭", "closed"}},
                            "operating"),
                       Bool("east_aided", "东部援建", "Aided by the east"),
                       Money("aided_amount_fen", "援建资金", "Aid amount (fen)"),
                       Int("jobs_provided", "提供岗位", "Jobs provided")},
                      "recognised_date", {}, "west_unit"));

  // ---- Labour cooperation --------------------------------------------------------
  types.push_back(Rec("transport_trips", "点对点输送", "Organised transport trips",
                      {Req(Day("date", "出发日期", "Date")),
                       Req(Enum("mode", "方式", "Mode",
                                {{"bus", "包车", "chartered bus"},
                                 {"train", "专列", "special train"},
                                 {"flight", "包机", "chartered flight"}})),
                       Req(Unit("origin_unit", "出发地", "From")),
                       Req(Unit("destination_unit", "目的地", "To")),
                       Text("organiser", "组织单位", "Organiser"),
                       Int("persons_count", "输送人数", "Persons carried")},
                      "date", {}, "origin_unit"));

  {
    RecordType t = Rec("trip_passengers", "输送人员", "Trip passengers",
                       {Req(Ref("trip_id", "transport_trips", "输送批次", "Trip")),
                        Req(Ref("person_id", "persons", "人员", "Person")),
                        Req(Day("date", "日期", "Date"))},
                       "date");
    t.parent_field = "trip_id";
    types.push_back(std::move(t));
  }

  types.push_back(Rec("employment_records", "就业记录", "Employment spells",
                      {Req(Ref("person_id", "persons", "人员", "Person")),
                       Ref("employer_org_id", "organizations", "用工单位", "Employer"),
                       Ref("workshop_id", "workshops", "帮扶车间", "Workshop"),
                       Req(Unit("work_unit", "就业地", "Where employed")),
                       Req(Day("start_date", "开始日期", "Start date")),
                       Day("end_date", "结束日期", "End date"),
                       Req(Enum("channel", "就业渠道", "Channel",
                                {{"enterprise", "企业就业", "enterprise"},
                                 {"workshop", "帮扶车间", "workshop"},
                                 {"public_welfare", "公益性岗位", "public-welfare post"},
                                 {"flexible", "灵活就业", "flexible"},
                                 {"self_employed", "自主创业", "self-employed"}})),
                       Bool("helped_by_cooperation", "协作帮助就业", "Helped by the cooperation"),
                       Unit("helped_by_unit", "帮扶方", "Helped by"),
                       Ref("transport_trip_id", "transport_trips", "点对点输送", "Organised trip"),
                       Enum("evidence", "佐证材料", "Evidence",
                            {{"contract", "劳动合同", "labour contract"},
                             {"wage_records", "工资流水", "wage records"},
                             {"employer_certificate", "用工证明", "employer certificate"},
                             {"none", "无", "none"}},
                            "none"),
                       Money("monthly_wage_fen", "月工资", "Monthly wage (fen)")},
                      "start_date", "end_date"));

  types.push_back(Rec("subsidies", "就业补贴", "Subsidies",
                      {Req(Ref("person_id", "persons", "人员", "Person")),
                       Req(Enum("subsidy_type", "补贴类型", "Type",
                                {{"transport", "跨省就业交通补贴", "cross-province transport"},
                                 {"job_stabilisation", "稳岗补贴", "job stabilisation"},
                                 {"employment_reward", "吸纳就业奖补", "hiring reward"}})),
                       Req(Money("amount_fen", "金额", "Amount (fen)")),
                       Req(Enum("payer_side", "支付方", "Paid by", kSide)),
                       Req(Day("paid_date", "兑付日期", "Paid on")),
                       Text("period", "补贴期间", "Period covered")},
                      "paid_date"));

  types.push_back(Rec("job_fairs", "招聘会与访企拓岗", "Job fairs and job sourcing",
                      {Req(Text("name", "名称", "Name")),
                       Req(Day("date", "日期", "Date")),
                       Req(Enum("mode", "形式", "Mode",
                                {{"offline", "线下招聘会", "on-site fair"},
                                 {"online", "网络招聘会", "online fair"},
                                 {"livestream", "直播带岗", "livestream"},
                                 {"sourcing", "访企拓岗", "job sourcing visit"}})),
                       Text("organiser", "主办单位", "Organiser"),
                       Unit("location_unit", "举办地", "Where"),
                       Int("employers", "参会企业", "Employers"),
                       Int("positions_offered", "提供岗位", "Positions offered"),
                       Int("planned_hires", "达成意向", "Planned hires")},
                      "date"));

  types.push_back(Rec("labour_service_providers", "劳务经纪人与中介", "Labour brokers and agencies",
                      {Req(Text("name", "名称", "Name")),
                       Req(Enum("provider_type", "类型", "Type",
                                {{"broker", "劳务经纪人", "labour broker"},
                                 {"agency", "劳务中介组织", "labour agency"},
                                 {"station", "驻外劳务工作站", "labour service station"}})),
                       Req(Unit("unit", "所在地", "Where")),
                       Req(Day("since_date", "认定日期", "Since")),
                       Enum("activity", "状态", "Status", kActive, "active")},
                      "since_date", {}, "unit"));

  // ---- Talent ---------------------------------------------------------------------
  {
    RecordType t = Rec("secondments", "干部人才选派", "Secondments",
                      {System(Text("person_hash", "身份证号（加盐哈希）", "ID number (salted hash)")),
                       Req(Text("name", "姓名", "Name")),
                       Req(Enum("category", "类别", "Category",
                                {{"cadre", "党政干部", "Party/government cadre"},
                                 {"professional", "专业技术人才", "professional"}})),
                       Enum("field", "领域", "Field",
                            {{"education", "教育", "education"},
                             {"health", "医疗", "health"},
                             {"agriculture", "农业", "agriculture"},
                             {"science", "科技", "science"},
                             {"other", "其他", "other"}},
                            "other"),
                       Req(Enum("direction", "方向", "Direction", kDirection)),
                       Ref("sending_org_id", "organizations", "派出单位", "Sending organisation"),
                       Ref("host_org_id", "organizations", "接收单位", "Host organisation"),
                       Unit("host_unit", "挂职地", "Where"),
                       Text("post", "挂职岗位", "Post"),
                       Req(Day("start_date", "开始日期", "Start date")),
                       Day("end_date", "结束日期", "End date"),
                       Int("batch_no", "批次", "Batch"),
                       Enum("team_type", "组团式", "Group-aid team",
                            {{"none", "否", "none"},
                             {"medical", "组团式医疗", "medical team"},
                             {"education", "组团式教育", "education team"}},
                            "none")},
                      "start_date", "end_date");
    t.id_hash_field = "person_hash";
    types.push_back(std::move(t));
  }

  types.push_back(Rec("training_events", "培训", "Training events",
                      {Req(Text("title", "培训名称", "Title")),
                       Req(Enum("training_type", "培训类型", "Type",
                                {{"cadre", "党政干部培训", "cadres"},
                                 {"professional", "专业技术人才培训", "professionals"},
                                 {"labour_skill", "劳务技能培训", "labour skills"},
                                 {"rural_leader", "致富带头人培训", "rural leaders"},
                                 {"ecommerce", "电商培训", "e-commerce"},
                                 {"other", "其他", "other"}})),
                       Text("organiser", "主办单位", "Organiser"),
                       Unit("location_unit", "举办地", "Where"),
                       Req(Day("start_date", "开始日期", "Start date")),
                       Day("end_date", "结束日期", "End date"),
                       Int("sessions", "期数", "Sessions"),
                       Int("attendees", "培训人次", "Person-times"),
                       Bool("funded_by_cooperation", "协作资金支持", "Funded by the cooperation")},
                      "start_date", "end_date"));

  {
    RecordType t = Rec("training_participants", "培训学员", "Training participants",
                       {Req(Ref("event_id", "training_events", "培训", "Training event")),
                        Ref("person_id", "persons", "人员", "Person"),
                        Text("name", "姓名", "Name"),
                        Int("person_times", "人次", "Person-times"),
                        Bool("completed", "结业", "Completed"),
                        Req(Day("date", "日期", "Date"))},
                       "date");
    t.parent_field = "event_id";
    types.push_back(std::move(t));
  }

  // ---- Consumption assistance -----------------------------------------------------
  types.push_back(Rec("sales_outlets", "消费帮扶专柜专馆专区", "Sales outlets",
                      {Req(Text("name", "名称", "Name")),
                       Req(Enum("outlet_type", "类型", "Type",
                                {{"counter", "专柜", "counter"},
                                 {"hall", "专馆", "hall"},
                                 {"zone", "专区", "zone"},
                                 {"experience_store", "体验店", "experience store"}})),
                       Req(Unit("east_unit", "所在地", "Where")),
                       Req(Day("opened_date", "开设日期", "Opened on")),
                       Enum("activity", "状态", "Status", kActive, "active")},
                      "opened_date"));

  types.push_back(Rec("consumption_txns", "消费帮扶交易", "Consumption transactions",
                      {Req(Day("date", "日期", "Date")),
                       Ref("buyer_org_id", "organizations", "采购方", "Buyer"),
                       Req(Enum("buyer_type", "采购方类型", "Buyer type",
                                {{"government", "机关事业单位", "government"},
                                 {"soe", "国有企业", "state-owned enterprise"},
                                 {"school", "学校", "school"},
                                 {"union", "工会", "trade union"},
                                 {"retailer", "商超", "retailer"},
                                 {"canteen", "食堂", "canteen"},
                                 {"individual", "个人", "individual"},
                                 {"other", "其他", "other"}})),
                       Ref("seller_org_id", "organizations", "供货方", "Seller"),
                       Req(Text("product", "产品", "Product")),
                       Bool("product_recognised", "认定帮扶产品", "Recognised assistance product"),
                       Req(Unit("origin_unit", "产地", "Origin")),
                       Req(Enum("mode", "方式", "Mode",
                                {{"purchase", "直接采购", "direct purchase"},
                                 {"helped_sale", "帮助销售", "helped sale"}})),
                       Req(Enum("channel", "渠道", "Channel",
                                {{"outlet", "专柜专馆专区", "outlet"},
                                 {"ecommerce", "电商", "e-commerce"},
                                 {"fair", "展销会", "fair"},
                                 {"canteen", "食堂", "canteen"},
                                 {"other", "其他", "other"}})),
                       Ref("outlet_id", "sales_outlets", "专柜专馆专区", "Outlet"),
                       Req(Enum("stage", "阶段", "Stage",
                                {{"intent", "意向/签约", "intent or signed"},
                                 {"realised", "已实现", "realised"}})),
                       Req(Money("amount_fen", "金额", "Amount (fen)")),
                       Real("quantity", "数量", "Quantity"),
                       Text("quantity_unit", "数量单位", "Quantity unit"),
                       Text("invoice_no", "发票号", "Invoice number")},
                      "date", {}, "origin_unit"));

  // ---- Social help ----------------------------------------------------------------
  types.push_back(Rec("donations", "社会捐赠", "Donations",
                      {Req(Day("date", "日期", "Date")),
                       Ref("donor_org_id", "organizations", "捐赠方", "Donor"),
                       Text("donor_name", "捐赠方名称", "Donor name"),
                       Unit("recipient_unit", "受赠地", "Recipient unit"),
                       Text("recipient_household", "受赠户", "Recipient household"),
                       Req(Enum("kind", "形式", "Kind",
                                {{"cash", "捐款", "cash"}, {"inkind", "捐物", "in kind"}})),
                       Req(Money("amount_fen", "金额或折价", "Amount or value (fen)")),
                       Text("items", "物资", "Items"),
                       Int("item_count", "件数", "Item count")},
                      "date", {}, "recipient_unit"));

  types.push_back(Rec("wishes", "微心愿", "Micro-wishes",
                      {Req(Day("posted_date", "发布日期", "Posted on")),
                       Req(Unit("unit", "所在村", "Village")),
                       Text("household", "心愿户", "Household"),
                       Req(Text("description", "心愿内容", "Wish")),
                       Money("value_fen", "价值", "Value (fen)"),
                       Text("claimed_by", "认领方", "Claimed by"),
                       Day("claimed_date", "认领日期", "Claimed on"),
                       Day("fulfilled_date", "实现日期", "Fulfilled on"),
                       Enum("wish_status", "心愿状态", "Wish status",
                            {{"posted", "待认领", "posted"},
                             {"claimed", "已认领", "claimed"},
                             {"fulfilled", "已实现", "fulfilled"}},
                            "posted")},
                      "posted_date", {}, "unit"));

  // ---- Rural revitalisation, organisation, outcomes ---------------------------
  types.push_back(Rec("visits", "互访交流", "Visits and meetings",
                      {Req(Text("title", "事由", "Title")),
                       Req(Day("date", "日期", "Date")),
                       Day("end_date", "结束日期", "End date"),
                       Req(Enum("direction", "方向", "Direction", kDirection)),
                       Req(Enum("lead_level", "带队层级", "Led by",
                                {{"top_leader", "党政主要负责同志", "top Party/government leader"},
                                 {"deputy", "分管负责同志", "deputy leader"},
                                 {"department", "部门", "department"}})),
                       Req(Enum("visit_type", "类型", "Type",
                                {{"survey", "调研对接", "survey"},
                                 {"joint_meeting", "联席会议", "joint meeting"},
                                 {"study", "考察学习", "study visit"},
                                 {"investment_promotion", "招商引资", "investment promotion"},
                                 {"promotion_fair", "推介会", "promotion fair"}})),
                       Int("participants", "人数", "Participants"),
                       Int("enterprise_participants", "参加企业", "Enterprises")},
                      "date", "end_date"));

  types.push_back(Rec("outcomes", "成效数据", "Outcomes",
                      {Req(Text("subject", "对象", "Subject")),
                       Ref("subject_org_id", "organizations", "对象机构", "Subject organisation"),
                       Req(Text("metric", "指标", "Metric")),
                       Req(Real("value", "数值", "Value")),
                       Text("unit", "计量单位", "Unit"),
                       Real("baseline", "基期值", "Baseline"),
                       Req(Day("period_start", "期间开始", "Period start")),
                       Day("period_end", "期间结束", "Period end")},
                      "period_start", "period_end"));

  {
    RecordType t = Rec("reported_figures", "公开报道数据", "Reported figures",
                       {Req(Text("source_doc", "来源文献", "Source document")),
                        Day("source_date", "发布日期", "Published on"),
                        Req(Text("quote", "原文", "Quote")),
                        Text("indicator_code", "指标代码", "Indicator code"),
                        Req(Real("value", "数值", "Value")),
                        Real("value_max", "数值上限", "Upper value"),
                        Req(Text("unit", "计量单位", "Unit")),
                        Req(Enum("qualifier", "限定", "Qualifier",
                                 {{"exact", "确数", "exact"},
                                  {"at_least", "余/多/超（下限）", "at least"},
                                  {"about", "近/约", "about"},
                                  {"range", "区间", "range"},
                                  {"at_most", "不超过", "at most"}},
                                 "exact")),
                        Req(Day("period_start", "期间开始", "Period start")),
                        Req(Day("period_end", "期间结束", "Period end")),
                        Bool("is_cumulative", "累计数", "Cumulative"),
                        Unit("scope_unit", "范围区划", "Scope unit"),
                        Enum("review", "审核", "Review",
                             {{"proposed", "待审核", "proposed"},
                              {"accepted", "已采纳", "accepted"},
                              {"rejected", "已驳回", "rejected"}},
                             "accepted")},
                       "period_start", "period_end", "scope_unit");
    t.pairing_required = false;
    types.push_back(std::move(t));
  }
  return types;
}

}  // namespace
}  // namespace internal

const std::vector<Choice>& RecordStatusChoices() {
  static const std::vector<Choice> kChoices = {{"draft", "草稿", "draft"},
                                               {"submitted", "已提交", "submitted"},
                                               {"confirmed", "双方确认", "confirmed by the counterpart"},
                                               {"approved", "已审核", "approved"},
                                               {"locked", "已锁定", "locked"}};
  return kChoices;
}

const std::vector<RecordType>& AllTypes() {
  static const std::vector<RecordType> kTypes = internal::BuildTypes();
  return kTypes;
}

const RecordType* FindType(std::string_view name) {
  for (const RecordType& t : AllTypes()) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

int RecordType::FieldIndex(std::string_view field_name) const {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == field_name) return static_cast<int>(i);
  }
  return -1;
}

const FieldDef* RecordType::Field(std::string_view field_name) const {
  int i = FieldIndex(field_name);
  return i < 0 ? nullptr : &fields[static_cast<size_t>(i)];
}

}  // namespace shanhai::model
