import { createI18n } from "vue-i18n";
import zhCN from "./zh-CN.json";
import zhTW from "./zh-TW.json";
import en from "./en.json";
import type { Lang } from "../utils/format";

export const LANGS: { code: Lang; label: string }[] = [
  { code: "zh-CN", label: "简体中文" },
  { code: "zh-TW", label: "繁體中文" },
  { code: "en", label: "English" },
];

function initial(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get("lang");
  if (fromUrl === "en" || fromUrl === "zh-TW" || fromUrl === "zh-CN") localStorage.setItem("shanhai.lang", fromUrl);
  const s = localStorage.getItem("shanhai.lang");
  return s === "en" || s === "zh-TW" || s === "zh-CN" ? s : "zh-CN";
}

export const i18n = createI18n({
  legacy: false,
  locale: initial(),
  fallbackLocale: "zh-CN",
  messages: { "zh-CN": zhCN, "zh-TW": zhTW, en },
});
