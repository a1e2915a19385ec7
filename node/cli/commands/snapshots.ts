import { Command } from "commander";
import { addHomeOption } from "../common.ts";
import { UserError } from "../errors.ts";
import { addOutputOption, outputFormat, printJson, printLine } from "../output.ts";
import { homePaths } from "../../home.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex").toUpperCase();

/** `tributary snapshots list|export|delete`: the home's state sync snapshots, as the SDK's `snapshots` command. */
export function snapshotsCommand(): Command {
  const root = new Command("snapshots").description("state sync snapshots under <home>/data/snapshots (taken every state_sync.snapshot_interval heights)");

  const list = new Command("list").description("the snapshots this node serves, newest first");
  addHomeOption(list);
  addOutputOption(list);
  list.action(async (o: { home: string; output: string }) => {
    const { SnapshotStore } = await import("../../snapshots/store.ts");
    const all = SnapshotStore.forHome(homePaths(o.home).home).list();
    const rows = all.map((s) => ({ height: s.height.toString(), format: s.format, chunks: s.chunks, bytes: s.bytes, state_keys: s.stateKeys, content_bodies: s.contentBodies, hash: hex(s.hash), app_hash: hex(s.appHash) }));
    if (outputFormat(o.output) === "json") return printJson({ snapshots: rows });
    if (rows.length === 0) return printLine("no snapshots (set state_sync.snapshot_interval in config.json, or `start --state-sync.snapshot-interval N`)");
    for (const r of rows) printLine(`height: ${r.height}  format: ${r.format}  chunks: ${r.chunks}  bytes: ${r.bytes}  app_hash: ${r.app_hash}`);
  });

  const exp = new Command("export").description("take a snapshot of the latest committed height now (the node must be stopped)");
  addHomeOption(exp);
  addOutputOption(exp);
  exp.action(async (o: { home: string; output: string }) => {
    const home = homePaths(o.home).home;
    const { loadNodeConfig } = await import("../../config.ts");
    const { openHomeDb, HomeLockedError } = await import("../../store/homeLock.ts");
    const { CommitStore } = await import("../../../chain/store/commitStore.ts");
    const { appDbPath } = await import("../../paths.ts");
    const { ContentStore } = await import("../../content/store.ts");
    const { SnapshotStore } = await import("../../snapshots/store.ts");
    const { SnapshotManager } = await import("../../snapshots/manager.ts");
    const config = loadNodeConfig(home);
    let store: Awaited<ReturnType<typeof CommitStore.open>>;
    try {
      store = await openHomeDb(home, () => CommitStore.open(appDbPath(home)));
    } catch (e) {
      // Its message already says to stop the node.
      if (e instanceof HomeLockedError) throw new UserError(e.message, { cause: e });
      throw e;
    }
    try {
      const manager = new SnapshotManager({ store, snapshots: SnapshotStore.forHome(home), content: ContentStore.forHome(home), interval: 0, keepRecent: config.state_sync.snapshot_keep_recent });
      if (store.version === 0n) throw new UserError("nothing to snapshot: no block has been committed yet");
      const s = await manager.takeNow();
      if (outputFormat(o.output) === "json") return printJson({ height: s.height.toString(), format: s.format, chunks: s.chunks, bytes: s.bytes, app_hash: hex(s.appHash) });
      printLine(`snapshot at height ${s.height} (format ${s.format}): ${s.chunks} chunks, ${s.bytes} bytes, app hash ${hex(s.appHash)}`);
    } finally {
      await store.close();
    }
  });

  const del = new Command("delete").description("delete one snapshot").argument("<height>").argument("<format>");
  addHomeOption(del);
  del.action(async (height: string, format: string, o: { home: string }) => {
    if (!/^[0-9]{1,18}$/.test(height) || !/^[0-9]{1,9}$/.test(format)) throw new UserError(`expected <height> <format> as integers, got ${JSON.stringify(height)} ${JSON.stringify(format)}`);
    const { SnapshotStore } = await import("../../snapshots/store.ts");
    if (!SnapshotStore.forHome(homePaths(o.home).home).delete(BigInt(height), Number(format))) throw new UserError(`no snapshot at height ${height} format ${format}`);
    printLine(`deleted snapshot ${height}-${format}`);
  });

  return root.addCommand(list).addCommand(exp).addCommand(del);
}
