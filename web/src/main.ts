import { createApp } from "vue";
import "element-plus/dist/index.css";
import * as Icons from "@element-plus/icons-vue";
import App from "./App.vue";
import { router } from "./router";
import { pinia } from "./store";
import { i18n } from "./locales";
import "./styles.css";

const app = createApp(App);
// Icons are registered globally because menus name them by string (router/channels.ts).
for (const [name, comp] of Object.entries(Icons)) app.component(name, comp);
app.use(pinia).use(i18n).use(router);
app.mount("#app");
