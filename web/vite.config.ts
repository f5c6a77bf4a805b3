import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  base: "/",
  plugins: [vue()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    // The API the dev server forwards to: `SHANHAI_API=http://127.0.0.1:8091 npx vite`.
    proxy: { "/api": { target: process.env.SHANHAI_API ?? "http://127.0.0.1:8090", changeOrigin: true } },
  },
});
