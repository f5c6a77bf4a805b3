// The reference types of the ledger: administrative units, organisations, pairings,
// agreements and targets (design/indicators.md §3).

#include "model/type_builder.h"

namespace shanhai::model::internal {

void AddReferenceTypes(std::vector<RecordType>& types) {
  // ---- Reference types ----------------------------------------------------------
  types.push_back(Reference(
      "admin_units", "行政区划", "Administrative units",
      {Req(F("code", K::kUnitCode, "行政区划代码", "GB/T 2260 code")),
       Req(Text("name", "名称", "Name")),
       Req(Enum("level", "层级", "Level",
                {{"province", "省级", "province"},
                 {"city", "市级", "city"},
                 {"county", "县级", "county"},
                 {"township", "乡镇级", "township"},
                 {"village", "村级", "village"}})),
       Unit("parent_code", "上级区划", "Parent unit"),
       Req(Enum("side", "东西部", "Side", kSide)),
       Bool("key_county", "国家乡村振兴重点帮扶县", "National key assisted county"),
       Bool("exited_poverty", "脱贫县/脱贫村", "Exited-poverty county or village"),
       Bool("relocation_site", "易地搬迁安置区", "Relocation resettlement site")}));

  types.push_back(Reference(
      "organizations", "组织机构", "Organisations",
      {Req(Text("name", "名称", "Name")),
       Req(Enum("org_type", "类型", "Type",
                {{"government", "党政机关", "government body"},
                 {"soe", "国有企业", "state-owned enterprise"},
                 {"enterprise", "企业", "enterprise"},
                 {"school", "学校", "school"},
                 {"hospital", "医院", "hospital"},
                 {"social_org", "社会组织", "social organisation"},
                 {"chamber", "商会", "chamber of commerce"},
                 {"cooperative", "合作社", "cooperative"},
                 {"labour_agency", "劳务机构", "labour agency"}})),
       Req(Enum("side", "东西部", "Side", kSide)),
       Req(Unit("unit_code", "所在区划", "Located in")),
       Text("uscc", "统一社会信用代码", "Unified social credit code")}));

  {
    RecordType t = Reference(
        "pairings", "结对关系", "Pairings",
        {Text("name", "名称", "Name"),
         Req(Enum("level", "结对层级", "Level",
                  {{"province", "省级结对", "province"},
                   {"city", "市级结对", "city"},
                   {"county", "县县结对", "county"},
                   {"township", "镇镇结对", "township"},
                   {"village", "村村结对", "village"},
                   {"school", "学校结对", "school"},
                   {"hospital", "医院结对", "hospital"},
                   {"enterprise_village", "企村结对", "enterprise–village"},
                   {"socorg_village", "社会组织结对村", "social organisation–village"},
                   {"socorg_socorg", "社会组织结对", "social organisation–social organisation"},
                   {"household", "结对帮扶户", "household"},
                   {"other", "其他", "other"}})),
         Req(Enum("programme", "协作类型", "Programme",
                  {{"east_west", "东西部协作", "East–West cooperation"},
                   {"counterpart", "对口支援", "counterpart support"},
                   {"intra_province", "省内山海协作", "intra-provincial cooperation"},
                   {"other", "其他", "other"}},
                  "east_west")),
         Unit("east_unit", "东部区划", "Eastern unit"),
         Ref("east_org_id", "organizations", "东部机构", "Eastern organisation"),
         Unit("west_unit", "西部区划", "Western unit"),
         Ref("west_org_id", "organizations", "西部机构", "Western organisation"),
         Req(Day("start_date", "开始日期", "Start date")),
         Day("end_date", "结束日期", "End date"),
         Text("end_reason", "结束原因", "Why it ended"),
         Ref("parent_id", "pairings", "上级结对", "Parent pairing"),
         System(F("west_code", K::kUnitCode, "西部县级代码", "Western county code")),
         System(F("east_code", K::kUnitCode, "东部代码", "Eastern code"))});
    t.date_field = "start_date";
    t.end_date_field = "end_date";
    types.push_back(std::move(t));
  }

  {
    RecordType t = Reference("agreements", "帮扶协议", "Agreements",
                             {Req(Ref("pairing_id", "pairings", "结对关系", "Pairing")),
                              Req(Int("year", "年度", "Year")),
                              Req(Enum("kind", "协议类型", "Kind",
                                       {{"framework", "框架协议", "framework"},
                                        {"annual", "年度协议", "annual"}},
                                       "annual")),
                              Req(Text("title", "标题", "Title")),
                              Day("signed_date", "签订日期", "Signed on")});
    t.pairing_required = true;
    types.push_back(std::move(t));
  }

  {
    RecordType t = Reference("targets", "任务指标", "Targets",
                             {Req(Ref("pairing_id", "pairings", "结对关系", "Pairing")),
                              Ref("agreement_id", "agreements", "帮扶协议", "Agreement"),
                              Req(Int("year", "年度", "Year")),
                              Req(Text("indicator_code", "指标代码", "Indicator code")),
                              Real("target_value", "任务数", "Target value"),
                              Real("min_value", "任务数下限", "Target minimum"),
                              Real("max_value", "任务数上限", "Target maximum"),
                              Text("unit", "计量单位", "Unit")});
    t.pairing_required = true;
    types.push_back(std::move(t));
  }

}

}  // namespace shanhai::model::internal
