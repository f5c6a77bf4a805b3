import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";
import Components from "unplugin-vue-components/vite";
import { ElementPlusResolver } from "unplugin-vue-components/resolvers";

export default defineConfig({
  base: "/",
  plugins: [
    vue(),
    // Element Plus components and directives are imported where a template uses them, so
    // the first page does not carry the whole library (docs/decisions/0006). The styles
    // stay one stylesheet (main.ts): ElMessage and friends called from scripts need them.
    Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: false }),
  ],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    // The API the dev server forwards to: `SHANHAI_API=http://127.0.0.1:8091 npx vite`.
    proxy: { "/api": { target: process.env.SHANHAI_API ?? "http://127.0.0.1:8090", changeOrigin: true } },
  },
});
