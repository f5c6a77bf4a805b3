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
  /** zh / en label of a bilingual object; zh-TW falls back to zh. */
  function label(o: { zh?: string; en?: string } | undefined | null): string {
    if (!o) return "";
    return (isEn.value ? o.en || o.zh : o.zh || o.en) ?? "";
  }
  return { locale, sidebarCollapsed, elementLocale, isEn, setLocale, toggleSidebar, label };
});
