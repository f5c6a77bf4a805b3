import { createRouter, createWebHistory } from "vue-router";
import Layout from "../layout/index.vue";

// Every page is its own chunk, loaded when first visited. `meta.title` is the i18n key
// of the page's name in the breadcrumb.
export const router = createRouter({
  history: createWebHistory("/"),
  routes: [
    {
      path: "/",
      component: Layout,
      children: [
        { path: "", name: "dashboard", component: () => import("../views/dashboard/index.vue"), meta: { title: "menu.dashboard" } },
        { path: "pairings", name: "pairings", component: () => import("../views/pairings/index.vue"), meta: { title: "menu.pairings" } },
        {
          path: "pairings/:id(\\d+)",
          name: "pairing",
          component: () => import("../views/pairings/detail.vue"),
          props: true,
          meta: { title: "menu.pairings" },
        },
        { path: "records/:type", name: "records", component: () => import("../views/records/index.vue"), props: true },
        { path: "targets", name: "targets", component: () => import("../views/targets/index.vue"), meta: { title: "menu.targets" } },
        { path: "figures", name: "figures", component: () => import("../views/figures/index.vue"), meta: { title: "menu.figures" } },
        { path: "reports/annual", name: "report", component: () => import("../views/report/index.vue"), meta: { title: "menu.report" } },
        { path: ":pathMatch(.*)*", redirect: "/" },
      ],
    },
  ],
});
