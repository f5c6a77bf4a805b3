import { createApp } from "vue";
import "element-plus/dist/index.css";
import App from "./App.vue";
import { router } from "./router";
import { pinia } from "./store";
import { i18n } from "./locales";
import "./styles.css";
import { registerIcons } from "./icons";

const app = createApp(App);
registerIcons(app);
app.use(pinia).use(i18n).use(router);
app.mount("#app");
