import { defineStore } from "pinia";
import { computed, ref } from "vue";
import zhCn from "element-plus/es/locale/lang/zh-cn";
import zhTw from "element-plus/es/locale/lang/zh-tw";
import enEp from "element-plus/es/locale/lang/en";
import { i18n } from "../../locales";
import type { Lang } from "../../utils/format";

export const useAppStore = defineStore("app", () => {
  const locale = ref<Lang>(i18n.global.locale.value as Lang);
  const sidebarCollapsed = ref(localStorage.getItem("shanhai.sidebar") === "1");

  const elementLocale = computed(() => (locale.value === "en" ? enEp : locale.value === "zh-TW" ? zhTw : zhCn));
  const isEn = computed(() => locale.value === "en");
  document.documentElement.lang = locale.value;

  function setLocale(l: Lang) {
    locale.value = l;
    i18n.global.locale.value = l;
    localStorage.setItem("shanhai.lang", l);
    document.documentElement.lang = l;
  }
  function toggleSidebar() {
    sidebarCollapsed.value = !sidebarCollapsed.value;
    localStorage.setItem("shanhai.sidebar", sidebarCollapsed.value ? "1" : "0");
  }
  /**
   * The label of a bilingual object in the current language: `en`, `zh`, or for zh-TW
   * the server's OpenCC twin `zh_tw` (falling back to `zh`).
   */
  function label(o: { zh?: string; en?: string; zh_tw?: string } | undefined | null): string {
    if (!o) return "";
    if (isEn.value) return o.en || o.zh || "";
    if (locale.value === "zh-TW") return o.zh_tw || o.zh || o.en || "";
    return o.zh || o.en || "";
  }
  /**
   * A labelled value of a server document in the current language: `key` with its
   * twins `<key>_en` and `<key>_zh_tw` (e.g. a report row's name, name_en, name_zh_tw).
   */
  function pick(o: object | undefined | null, key: string): string {
    if (!o) return "";
    const r = o as Record<string, unknown>;
    const get = (k: string) => (typeof r[k] === "string" ? (r[k] as string) : "");
    if (isEn.value) return get(key + "_en") || get(key);
    if (locale.value === "zh-TW") return get(key + "_zh_tw") || get(key);
    return get(key);
  }
  return { locale, sidebarCollapsed, elementLocale, isEn, setLocale, toggleSidebar, label, pick };
});
