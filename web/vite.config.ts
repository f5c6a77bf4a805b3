import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";
import vue from "@vitejs/plugin-vue";
import Components from "unplugin-vue-components/vite";
import { ElementPlusResolver } from "unplugin-vue-components/resolvers";

// Writes foo.js.gz beside every text file of the build, once, at the highest level; the
// server sends it to browsers that take gzip (src/api/static_site.h), so serving costs no
// compression work and the first page moves about a third of the bytes.
function precompress(): Plugin {
  return {
    name: "shanhai-precompress",
    apply: "build",
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(file) || !options.dir) continue;
        const path = join(options.dir, file);
        const data = readFileSync(path);
        if (data.length < 1024) continue; // not worth a second file
        writeFileSync(path + ".gz", gzipSync(data, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [
    vue(),
    // Element Plus components and directives are imported where a template uses them, so
    // the first page does not carry the whole library (docs/decisions/0006). The styles
    // stay one stylesheet (main.ts): ElMessage and friends called from scripts need them.
    Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: false }),
    precompress(),
  ],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    // The API the dev server forwards to: `SHANHAI_API=http://127.0.0.1:8091 npx vite`.
    proxy: { "/api": { target: process.env.SHANHAI_API ?? "http://127.0.0.1:8090", changeOrigin: true } },
  },
});
