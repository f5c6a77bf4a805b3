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

// Adds <link rel="modulepreload"> for the chunk of `entry` (the page at "/") and the chunks
// it imports, and a preload of its stylesheets. Without it the browser asks for them only
// once the main script has been parsed and run (about 300 ms on the test machine); with
// it they arrive meanwhile. Other pages still load their chunks on demand.
function preloadLanding(entry: string): Plugin {
  return {
    name: "shanhai-preload-landing",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
        const landing = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!landing) throw new Error(`preloadLanding: no chunk for ${entry}`);
        // What the entry chunk imports statically is preloaded by Vite already.
        const main = chunks.find((c) => c.isEntry);
        const have = new Set([main?.fileName, ...(main?.imports ?? [])]);
        const js: string[] = [];
        const css = new Set<string>();
        const visit = (file: string) => {
          if (have.has(file)) return;
          have.add(file);
          const c = bundle[file];
          if (c?.type !== "chunk") return;
          js.push(file);
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          c.imports.forEach(visit);
        };
        visit(landing.fileName);
        return [
          ...js.map((f) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: "", href: `/${f}` }, injectTo: "head" as const })),
          // A preload, not a stylesheet: a second render-blocking stylesheet held the
          // scripts back (measured: about 150 ms later on the test machine).
          ...[...css].map((f) => ({ tag: "link", attrs: { rel: "preload", as: "style", href: `/${f}` }, injectTo: "head" as const })),
        ];
      },
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
    preloadLanding("/src/views/dashboard/index.vue"),
    precompress(),
  ],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    // The API the dev server forwards to: `SHANHAI_API=http://127.0.0.1:8091 npx vite`.
    proxy: { "/api": { target: process.env.SHANHAI_API ?? "http://127.0.0.1:8090", changeOrigin: true } },
  },
});
