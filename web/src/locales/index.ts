import { createI18n } from "vue-i18n";
import type { Lang } from "../utils/format";

export const LANGS: { code: Lang; label: string }[] = [
  { code: "zh-CN", label: "简体中文" },
  { code: "zh-TW", label: "繁體中文" },
  { code: "en", label: "English" },
];

// Messages live in one file per language and namespace, `<lang>/<namespace>.json`, so
// each page owns its own strings; the file name is the first part of the key
// ("report.title" is in `<lang>/report.json`).
const files = import.meta.glob<Record<string, unknown>>("./*/*.json", { eager: true, import: "default" });
type Messages = Record<string, Record<string, unknown>>;
const messages: Record<Lang, Messages> = { "zh-CN": {}, "zh-TW": {}, en: {} };
for (const [path, content] of Object.entries(files)) {
  const m = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!m || !(m[1] in messages)) continue;
  messages[m[1] as Lang][m[2]] = content;
}

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
  messages,
});
