/** Catalog lookups and indicator formatting shared by the dashboard's cards. */
import { ref, type Ref } from "vue";
import { useI18n } from "vue-i18n";
import type { IndicatorDef } from "../../../api/indicators";
import { useAppStore } from "../../../store/modules/app";
import { formatIndicator, formatNumber } from "../../../utils/format";
import { loadCatalogDefs } from "./loaders";

const catalog = ref<IndicatorDef[]>([]);

/** The indicator catalog, also kept for useIndicators (one request per dashboard visit). */
export async function loadCatalog(): Promise<IndicatorDef[]> {
  const c = await loadCatalogDefs();
  catalog.value = c;
  return c;
}

/** Names, units and formatting of indicators in the current language. */
export function useIndicators(): {
  catalog: Ref<IndicatorDef[]>;
  def: (code: string) => IndicatorDef | undefined;
  name: (code: string, fallback?: string) => string;
  fmt: (v: number | null | undefined, code: string) => string;
  axisUnit: (code: string, unit?: string) => string;
  scaled: (v: number | null, unit: string | undefined) => number | null;
} {
  const app = useAppStore();
  const { t } = useI18n();
  const def = (code: string) => catalog.value.find((d) => d.code === code);
  function name(code: string, fallback = ""): string {
    const d = def(code);
    return d ? app.label(d) : fallback || code;
  }
  /** A value in the indicator's unit: money as 元/万元/亿元, others with their unit. */
  function fmt(v: number | null | undefined, code: string): string {
    const d = def(code);
    const u = d?.unit ?? "";
    if (app.isEn && u !== "元" && u !== "%") return `${formatNumber(v ?? null)} ${d?.unit_en ?? ""}`.trim();
    return formatIndicator(v ?? null, u, app.locale);
  }
  /** Axis unit for a chart: money axes are drawn in 万元 (see `scaled`). */
  function axisUnit(code: string, unit?: string): string {
    const d = def(code);
    const u = unit ?? d?.unit ?? "";
    if (u === "元") return t("dashboard.tenThousandYuan");
    return app.isEn ? d?.unit_en ?? u : u;
  }
  /** Chart value: 元 become 万元 so axis labels stay short. */
  function scaled(v: number | null, unit: string | undefined): number | null {
    if (v === null || v === undefined) return null;
    return unit === "元" ? +(v / 1e4).toFixed(2) : v;
  }
  return { catalog, def, name, fmt, axisUnit, scaled };
}
