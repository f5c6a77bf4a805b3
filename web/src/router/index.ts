import { createRouter, createWebHistory } from "vue-router";
import Layout from "../layout/index.vue";

export const router = createRouter({
  history: createWebHistory("/"),
  routes: [
    {
      path: "/",
      component: Layout,
      children: [
        { path: "", name: "dashboard", component: () => import("../views/dashboard/index.vue") },
        { path: "records/:type", name: "records", component: () => import("../views/records/index.vue"), props: true },
        { path: "reports/annual", name: "report", component: () => import("../views/report/index.vue") },
        { path: ":pathMatch(.*)*", redirect: "/" },
      ],
    },
  ],
});
