/**
 * A damaged last LevelDB write and a full disk, on a real node process: the node
 * either continues from a whole earlier committed state and says so, or refuses to start with a
 * message naming the database and what to do; it never serves a state that does not match the
 * app hash it committed.
 */
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { toBech32 } from "@cosmjs/encoding";
import { StargateClient } from "@cosmjs/stargate";
import { DEV_ACCOUNTS } from "../../node/cli/devAccounts.ts";
import { appDbPath } from "../../node/paths.ts";
import { CLEAN_CLOSE_FILE } from "../../node/store/cleanClose.ts";
import { DAMAGED_MARKER } from "../../node/store/stateStore.ts";
import { type NodeLife, startLife } from "./soloProcess.ts";
import { checkOffline } from "./soloVerify.ts";
import { balance, fileSize, flipBytes, newestFile, offsetOf, quietHome, sendAndConfirm } from "./storageFaults.ts";

const DAVE = DEV_ACCOUNTS[3].address;
const homes: string[] = [];
const lives: NodeLife[] = [];

afterAll(async () => {
  for (const l of lives) l.kill("SIGKILL");
  await Promise.all(lives.map((l) => l.exited));
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});

function life(home: string): NodeLife {
  const l = startLife(home, undefined);
  lives.push(l);
  return l;
}

/** Starts a node that must refuse; returns its stderr. */
async function refused(home: string): Promise<string> {
  const l = life(home);
  const outcome = await l.ready.then(
    () => "started",
    () => "refused",
  );
  const { code } = await l.exited;
  expect(outcome, l.stderrTail()).toBe("refused");
  expect(code).toBe(1);
  expect(l.lines.some((x) => x.msg === "node started")).toBe(false);
  return l.stderrTail();
}

async function stop(l: NodeLife, signal: NodeJS.Signals): Promise<void> {
  l.kill(signal);
  await l.exited;
}

async function txsPresent(url: string, hashes: string[]): Promise<void> {
  const c = await StargateClient.connect(url);
  try {
    for (const h of hashes) expect((await c.getTx(h))?.code, `tx ${h}`).toBe(0);
  } finally {
    c.disconnect();
  }
}

describe("damaged last write of the state DB", { timeout: 180_000 }, () => {
  it("a damaged record in the middle of LevelDB's log: refused naming the DB and the log file, refused again, rebuilt from the block store once moved aside", async () => {
    const home = quietHome();
    homes.push(home);
    const db = appDbPath(home);
    const fresh = new Uint8Array(20).map((_, i) => 0xa0 + i);
    const freshAddr = toBech32("trib", fresh);
    let l = life(home);
    const url = await l.ready;
    const mine = await sendAndConfirm(url, freshAddr, 2);
    // Later blocks: their records follow the damaged one in the log, and LevelDB keeps them.
    const later = await sendAndConfirm(url, DAVE, 6);
    await stop(l, "SIGKILL");

    const log = newestFile(db, ".log");
    const at = offsetOf(log, fresh);
    expect(at, "the new account's key is in the log").toBeGreaterThan(0);
    expect(at).toBeLessThan(fileSize(log) - 10_000);
    flipBytes(log, [at]);

    const first = await refused(home);
    expect(first).toContain(`the state database ${db} is damaged`);
    expect(first).toMatch(/\d+\.log: dropping \d+ bytes; Corruption/);
    expect(first).toContain("move");
    expect(first.trim().split("\n").filter((x) => x.startsWith("Error:"))).toHaveLength(1);
    // LevelDB has rewritten its log by now: the marker keeps the refusal.
    expect(existsSync(join(db, DAMAGED_MARKER))).toBe(true);
    expect(await refused(home)).toContain(`the state database ${db} is damaged`);

    renameSync(db, `${db}.damaged`);
    l = life(home);
    const rebuilt = await l.ready;
    const handshake = l.lines.find((x) => x.msg === "solo handshake done");
    expect(Number(handshake?.replayed)).toBeGreaterThanOrEqual(8);
    expect(await balance(rebuilt, freshAddr)).toBe(14n);
    await txsPresent(rebuilt, [...mine, ...later].map((t) => t.transactionHash));
    await stop(l, "SIGTERM");
    expect((await checkOffline(home)).problems).toEqual([]);
  });

  it("a torn last write (log cut inside its last record): the node continues from the version before, replays the block and serves the same txs", async () => {
    const home = quietHome();
    homes.push(home);
    let l = life(home);
    const sent = await sendAndConfirm(await l.ready, DAVE, 4);
    await stop(l, "SIGKILL");
    const log = newestFile(appDbPath(home), ".log");
    writeFileSync(log, readFileSync(log).subarray(0, fileSize(log) - 7));

    l = life(home);
    const url = await l.ready;
    expect(Number(l.lines.find((x) => x.msg === "solo handshake done")?.replayed)).toBeGreaterThanOrEqual(1);
    await txsPresent(url, sent.map((t) => t.transactionHash));
    await stop(l, "SIGTERM");
    expect((await checkOffline(home)).problems).toEqual([]);
  });

  it("a damaged last record (checksum fails): LevelDB drops it, the node says so, verifies the version before and replays", async () => {
    const home = quietHome();
    homes.push(home);
    let l = life(home);
    const sent = await sendAndConfirm(await l.ready, DAVE, 4);
    await stop(l, "SIGKILL");
    const log = newestFile(appDbPath(home), ".log");
    flipBytes(log, [fileSize(log) - 20]);

    l = life(home);
    const url = await l.ready;
    const warned = l.lines.find((x) => x.msg.startsWith("state DB: LevelDB dropped damaged log records"));
    expect(warned, JSON.stringify(l.lines.slice(0, 5))).toBeDefined();
    expect(String(warned!.dropped)).toMatch(/\.log: dropping \d+ bytes; Corruption: checksum mismatch/);
    expect(Number(l.lines.find((x) => x.msg === "solo handshake done")?.replayed)).toBeGreaterThanOrEqual(1);
    await txsPresent(url, sent.map((t) => t.transactionHash));
    await stop(l, "SIGTERM");
    expect((await checkOffline(home)).problems).toEqual([]);
  });

  it("damaged bytes in the newest table file (.ldb): refused, naming the DB", async () => {
    const home = quietHome();
    homes.push(home);
    let l = life(home);
    await sendAndConfirm(await l.ready, DAVE, 3);
    await stop(l, "SIGTERM");
    // The next open turns the log into a table; more blocks go to a new log. Files as a clean
    // close left them need no whole-state check.
    l = life(home);
    await sendAndConfirm(await l.ready, DAVE, 2);
    expect(l.lines.some((x) => x.msg.startsWith("state DB unchanged since its clean close"))).toBe(true);
    await stop(l, "SIGTERM");
    expect(existsSync(join(appDbPath(home), CLEAN_CLOSE_FILE))).toBe(true);
    // Damaged after that close: the files differ from the record, so the state is checked.
    const table = newestFile(appDbPath(home), ".ldb");
    const size = fileSize(table);
    flipBytes(table, Array.from({ length: Math.floor(size / 4096) + 1 }, (_, i) => Math.min(size - 60, 100 + i * 4096)));
    const err = await refused(home);
    expect(err).toContain(`the state database ${appDbPath(home)} is damaged`);
  });
});

/** The node under RLIMIT_FSIZE (prlimit): a write past the limit fails with EFBIG (Node ignores SIGXFSZ). */
async function fileSizeLimited(): Promise<void> {
  const home = quietHome();
  homes.push(home);
  let l = life(home);
  const before = await sendAndConfirm(await l.ready, DAVE, 2);
  await stop(l, "SIGTERM");
  // A little above the largest file now: the next log growth of some database crosses it.
  const largest = Math.max(...readdirSync(join(home, "data"), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => statSync(join(d.parentPath, d.name)).size));
  const wrap = ["prlimit", `--fsize=${largest + 48 * 1024}`, "--"];
  l = startLife(home, undefined, undefined, wrap);
  lives.push(l);
  const during: Awaited<ReturnType<typeof sendAndConfirm>> = [];
  await sendAndConfirm(await l.ready, DAVE, 200, "7", (tx) => during.push(tx)).catch(() => undefined);
  expect((await l.exited).code).toBe(1);
  expect(l.stderrTail()).toMatch(/Error: block production stopped: .*File too large — a file size limit \(ulimit -f\) stopped a write/);

  l = life(home);
  const url = await l.ready;
  await txsPresent(url, [...before, ...during].map((t) => t.transactionHash));
  await sendAndConfirm(url, DAVE, 1);
  await stop(l, "SIGTERM");
  expect((await checkOffline(home)).problems).toEqual([]);
}

describe("a file size limit", { timeout: 180_000 }, () => {
  it("a write the limit refuses (EFBIG) stops the node with a clear message; without the limit it resumes from a whole state with every confirmed tx", async () => {
    await fileSizeLimited();
  });
});

/** Writes `file` until the filesystem is full (1 MiB, then 4 KiB, then 1-byte writes). */
function fillDisk(file: string): void {
  const fd = openSync(file, "w");
  try {
    for (const chunk of [1 << 20, 4096, 1]) {
      const buf = Buffer.alloc(chunk);
      for (;;) {
        try {
          writeSync(fd, buf);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === "ENOSPC") break;
          throw e;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** A tmpfs of `mb` MiB at a new directory, or the reason it cannot be mounted. */
function mountTmpfs(mb: number): { dir: string } | { reason: string } {
  const dir = mkdtempSync(join(tmpdir(), "trib-diskfull-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${mb}m`, "tmpfs", dir], { stdio: "pipe" });
    return { dir };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { reason: String((e as { stderr?: Buffer }).stderr ?? e) };
  }
}

describe("disk full", { timeout: 180_000 }, () => {
  it("the node stops committing when its disk fills, refuses to start on the full disk with a clear message, and continues from a whole state once space is freed", async () => {
    const mounted = mountTmpfs(48);
    // No skip: without root (no mount), the write limit below is the disk-full mechanism.
    if ("reason" in mounted) {
      console.warn(`cannot mount a tmpfs (${mounted.reason.trim()}): a file size limit stands in for the full disk`);
      await fileSizeLimited();
      return;
    }
    const home = join(mounted.dir, "home");
    try {
      mkdirSync(home);
      const made = quietHome();
      cpSync(made, home, { recursive: true });
      rmSync(made, { recursive: true, force: true });
      let l = life(home);
      const url = await l.ready;
      const before = await sendAndConfirm(url, DAVE, 3);
      // Nothing left free: the node's next writes (state, blocks, tx index) fail with ENOSPC.
      fillDisk(join(mounted.dir, "filler"));
      expect(statfsSync(mounted.dir).bavail).toBe(0);
      // Txs confirmed before the write that failed must survive it.
      const during: Awaited<ReturnType<typeof sendAndConfirm>> = [];
      await sendAndConfirm(url, DAVE, 40, "7", (tx) => during.push(tx)).catch(() => undefined);
      // The node does not go on serving a chain that stopped: it says why and exits 1.
      expect((await l.exited).code).toBe(1);
      expect(l.stderrTail()).toMatch(/Error: block production stopped: .*No space left on device — the disk is full: free space and start again/);

      const err = await refused(home);
      expect(err).toMatch(/is full \(No space left on device\)/);
      expect(err).toContain(home);

      rmSync(join(mounted.dir, "filler"));
      l = life(home);
      const again = await l.ready;
      await txsPresent(again, [...before, ...during].map((t) => t.transactionHash));
      await sendAndConfirm(again, DAVE, 1);
      await stop(l, "SIGTERM");
      expect((await checkOffline(home)).problems).toEqual([]);
    } finally {
      execFileSync("umount", ["-l", mounted.dir]);
      rmSync(mounted.dir, { recursive: true, force: true });
    }
  });
});
