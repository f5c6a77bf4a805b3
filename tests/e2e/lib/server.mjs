// The shanhai server under test: a fresh demo database in a temporary directory, served on
// a free loopback port, stopped on exit (also on failures and signals).
import { spawn, execFile } from "node:child_process";
import { mkdtempSync, rmSync, existsSync, openSync, closeSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A free TCP port on 127.0.0.1 (asked from the kernel, then released). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Creates the demo database and serves it with the console from `webDir`.
 * Returns { url, stop(), logPath }. `stop` is idempotent and synchronous-safe, so it can
 * also run from a process 'exit' handler.
 */
export async function startServer({ bin, webDir, logDir }) {
  if (!bin || !existsSync(bin)) throw new Error(`SHANHAI_BIN not found: ${bin || "(unset)"}`);
  if (!existsSync(join(webDir, "index.html"))) {
    throw new Error(`no built console in ${webDir} (set SHANHAI_WEB_DIR or build web/dist)`);
  }
  const dir = mkdtempSync(join(tmpdir(), "shanhai-e2e-"));
  const db = join(dir, "demo.db");
  await run(bin, ["demo", "--db", db], { timeout: 60_000, maxBuffer: 16 << 20 });

  const port = await freePort();
  const logPath = join(logDir, "server.log");
  const fd = openSync(logPath, "w");
  const child = spawn(bin, ["serve", "--db", db, "--host", "127.0.0.1", "--port", String(port), "--web", webDir, "--quiet"], {
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  let exited = false;
  child.on("exit", () => (exited = true));

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      try {
        child.kill("SIGTERM");
      } catch {
        /* already gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  /** Waits for the child to be gone (SIGKILL after 3 s), for an orderly shutdown. */
  const stopAndWait = async () => {
    const gone = exited ? Promise.resolve() : new Promise((r) => child.once("exit", r));
    stop();
    const t = setTimeout(() => !exited && child.kill("SIGKILL"), 3000);
    await gone;
    clearTimeout(t);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited) {
      stop();
      throw new Error(`server exited during start-up; see ${logPath}`);
    }
    try {
      const r = await fetch(`${url}/api/v1/health`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`server not healthy after 20 s; see ${logPath}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop, stopAndWait, logPath };
}
