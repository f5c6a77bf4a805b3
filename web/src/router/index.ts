import { createRouter, createWebHistory } from "vue-router";
import Layout from "../layout/index.vue";
import { setUnauthenticatedHandler } from "../api/http";
import { pinia } from "../store";
import { useAuthStore } from "../store/modules/auth";
import { LOGIN_PATH, loginLocation, safeRedirect } from "./redirect";

// Every page is its own chunk, loaded when first visited. `meta.title` is the i18n key
// of the page's name in the breadcrumb; `meta.public` pages need no sign-in.
export const router = createRouter({
  history: createWebHistory("/"),
  routes: [
    { path: LOGIN_PATH, name: "login", component: () => import("../views/login/index.vue"), meta: { public: true, title: "login.title" } },
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

// The first navigation waits for the session (its request usually started in the
// prefetch and has arrived by now); a page that needs it is never set up without it, so
// none of its requests can fail with 401 and show an error first.
router.beforeEach(async (to) => {
  const auth = useAuthStore(pinia);
  await auth.load();
  if (to.meta.public) return to.name === "login" && auth.signedIn ? safeRedirect(to.query.redirect) : true;
  return auth.signedIn ? true : loginLocation(to.fullPath);
});

// A session that ends while the console is open (expired, signed out elsewhere): back to
// the sign-in page, once, returning to this page afterwards.
setUnauthenticatedHandler(() => {
  if (!useAuthStore(pinia).expire()) return;
  const here = router.currentRoute.value;
  if (!here.meta.public) void router.replace(loginLocation(here.fullPath));
});
