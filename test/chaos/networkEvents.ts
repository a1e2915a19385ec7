/**
 * The disruptions of the chaos run, each taking one validator (or two, for the deliberate halt)
 * out and bringing it back, with the monitor told which nodes are up: a node is marked down
 * before it is touched and up only once it has caught up with the network again.
 */
import { readFileSync } from "node:fs";
import type { BlockMonitor } from "./networkMonitor.ts";
import { heightInside, type Netns } from "./networkNetns.ts";
import type { ChaosNode } from "./networkProcesses.ts";
import { heightOf, rpcCall, status } from "./networkRpc.ts";

export interface ChaosEvent {
  kind: "kill" | "pause" | "app-restart" | "partition" | "two-down";
  nodes: string[];
  /** Seconds since the run started. */
  at: number;
  /** How long the node was out (ms), and how long it then took to catch up. */
  outMs: number;
  catchUpMs: number;
  heightBefore: string;
  heightAfter: string;
  note?: string;
  /** two-down: blocks the network made with half the power out; partition: blocks the cut-off node made (both must be 0). */
  blocksWhileOut?: number;
}

export interface EventContext {
  nodes: ChaosNode[];
  monitor: BlockMonitor;
  netns?: Netns;
  t0: number;
  catchUpTimeoutMs: number;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until node `n` is back in consensus: it reports at least the network's height at the
 * call, is not catching up, and its validator's signature is in the commit of a block after
 * that height. Height alone is not enough: a node that has synced blocks may not yet vote
 * (peers still reconnecting), and counting it as up would hide a real loss of quorum.
 */
export async function catchUp(ctx: EventContext, n: ChaosNode): Promise<number> {
  const start = Date.now();
  const target = ctx.monitor.height;
  const deadline = start + ctx.catchUpTimeoutMs;
  for (;;) {
    try {
      const s = await status(n.rpc, 2_000);
      if (s.height > target && !s.catchingUp && (await signedCommit(n.rpc, s.height, n.node.validatorAddress))) return Date.now() - start;
    } catch {
      // still starting
    }
    if (Date.now() > deadline) throw new Error(`${n.name} did not catch up past height ${target} and sign within ${ctx.catchUpTimeoutMs} ms (at ${await heightOf(n.rpc)}); logs: ${n.node.home}/app.log, ${n.node.cometHome}/cometbft.log`);
    await sleep(250);
  }
}

/** Whether the commit of block `height` (the node's own view) carries `validator`'s commit vote. */
async function signedCommit(rpc: string, height: bigint, validator: string): Promise<boolean> {
  const r = await rpcCall<{ signed_header: { commit: { signatures: { block_id_flag: number; validator_address: string }[] } } }>(rpc, "commit", { height: height.toString() }, 2_000);
  return r.signed_header.commit.signatures.some((sig) => sig.block_id_flag === 2 && sig.validator_address.toUpperCase() === validator.toUpperCase());
}

/** `out` takes the victims out, `back` brings them back; `extra` (read after both) adds to the event. */
async function around(
  ctx: EventContext,
  kind: ChaosEvent["kind"],
  victims: ChaosNode[],
  out: () => Promise<void>,
  back: () => Promise<void>,
  extra: () => Partial<ChaosEvent> = () => ({}),
): Promise<ChaosEvent> {
  const at = (Date.now() - ctx.t0) / 1000;
  const heightBefore = ctx.monitor.height;
  ctx.monitor.phase = `${kind} ${victims.map((v) => v.name).join("+")}`;
  for (const v of victims) ctx.monitor.setUp(v.index, false);
  const outStart = Date.now();
  await out();
  await back();
  const outMs = Date.now() - outStart;
  const catchUpMs = Math.max(...(await Promise.all(victims.map((v) => catchUp(ctx, v)))));
  for (const v of victims) ctx.monitor.setUp(v.index, true);
  const e: ChaosEvent = { kind, nodes: victims.map((v) => v.name), at, outMs, catchUpMs, heightBefore: heightBefore.toString(), heightAfter: ctx.monitor.height.toString(), ...extra() };
  ctx.log(`${at.toFixed(1)}s ${kind} ${e.nodes.join("+")}: out ${outMs} ms, caught up in ${catchUpMs} ms, height ${e.heightBefore} → ${e.heightAfter}${e.note ? ` (${e.note})` : ""}`);
  ctx.monitor.phase = "between events";
  return e;
}

/** SIGKILL to both processes, `downMs` down while the others go on, then both restarted. */
export function killAndRestart(ctx: EventContext, v: ChaosNode, downMs: number): Promise<ChaosEvent> {
  return around(
    ctx,
    "kill",
    [v],
    async () => {
      await v.kill();
      await sleep(downMs);
    },
    () => v.start(),
  );
}

/** SIGSTOP to both processes for `ms`, then SIGCONT. */
export function pauseAndContinue(ctx: EventContext, v: ChaosNode, ms: number): Promise<ChaosEvent> {
  return around(
    ctx,
    "pause",
    [v],
    async () => {
      v.pause(true);
      await sleep(ms);
    },
    async () => v.pause(false),
  );
}

/**
 * The app restarted as an operator would (SIGTERM, then start it again) while its CometBFT is
 * left running. CometBFT v0.38 treats a lost ABCI connection as fatal ("client connection
 * terminated. Did the application crash? Please restart CometBFT") and exits; it never
 * reconnects. So, as an operator's supervisor would: once the app is back, CometBFT is
 * started again if it exited, and restarted if it is still up but makes no progress.
 */
export function restartApp(ctx: EventContext, v: ChaosNode): Promise<ChaosEvent> {
  const comet = v.comet!;
  let note = "";
  return around(
    ctx,
    "app-restart",
    [v],
    async () => {
      const logFrom = readFileSync(comet.logFile, "utf8").length;
      const appLogFrom = readFileSync(v.app!.logFile, "utf8").length;
      const appExit = await v.app!.stop(10_000);
      // Whether the stop landed inside a block (the app then waits for its Commit first).
      const midBlock = /"height":"(\d+)","msg":"stopping: waiting for CometBFT's Commit/.exec(readFileSync(v.app!.logFile, "utf8").slice(appLogFrom));
      const exitedWithin = await Promise.race([comet.exited.then(() => true), sleep(15_000).then(() => false)]);
      const lines = readFileSync(comet.logFile, "utf8").slice(logFrom).split("\n");
      const said = lines.find((l) => /did the application crash/i.test(l)) ?? lines.find((l) => /abci/i.test(l));
      note = `${midBlock ? `stopped inside block ${midBlock[1]} (the app waited for its Commit); ` : "stopped between blocks; "}` + (exitedWithin
        ? `app exited ${appExit}; CometBFT exited by itself (${await comet.exited}) saying: ${said?.trim().slice(0, 200) ?? "(nothing about the app)"}`
        : `app exited ${appExit}; CometBFT still running 15 s later`);
    },
    async () => {
      await v.startApp();
      if (!comet.running) {
        v.startComet();
        note += "; started CometBFT again";
        return;
      }
      const h = await heightOf(v.rpc);
      await sleep(10_000);
      if ((await heightOf(v.rpc)) === h) {
        await comet.stop(10_000);
        v.startComet();
        note += "; CometBFT made no progress with the new app: restarted it";
      } else note += "; CometBFT went on with the new app";
    },
    () => ({ note }),
  );
}

/**
 * Cuts the namespaced node's network for `ms`, then restores it. While cut, the node's own
 * height (asked from inside the namespace) must stand still after the block in flight, and
 * the host must not reach it.
 */
export function partition(ctx: EventContext, v: ChaosNode, ms: number): Promise<ChaosEvent> {
  const ns = ctx.netns;
  if (!ns || v.netns !== ns) throw new Error(`${v.name} is not the node behind the network namespace`);
  let note = "";
  let blocksWhileOut = -1;
  return around(
    ctx,
    "partition",
    [v],
    async () => {
      const networkBefore = ctx.monitor.height;
      ns.cut();
      const settle = Math.min(2_000, ms / 2);
      await sleep(settle);
      const [from, fromHost] = await Promise.all([heightInside(ns, v.rpc), heightOf(v.rpc, 1_000)]);
      await sleep(ms - settle);
      const to = await heightInside(ns, v.rpc);
      if (from === undefined || to === undefined) throw new Error(`${v.name} did not answer inside namespace ${ns.name} while cut off`);
      blocksWhileOut = Number(to - from);
      note = `${v.name} stayed at ${from} → ${to}${fromHost === undefined ? ", unreachable from the host" : `, yet the host reached it (at ${fromHost})`}; the network went ${networkBefore} → ${ctx.monitor.height}`;
    },
    async () => ns.restore(),
    () => ({ note, blocksWhileOut }),
  );
}

/**
 * Two validators killed at once: with half the power the chain must halt (no quorum), and
 * resume once both are back. Returns the event; `note` says how far the chain got meanwhile.
 */
export function twoDown(ctx: EventContext, a: ChaosNode, b: ChaosNode, ms: number): Promise<ChaosEvent> {
  let note = "";
  let blocksWhileOut = 0;
  return around(
    ctx,
    "two-down",
    [a, b],
    async () => {
      await Promise.all([a.kill(), b.kill()]);
      // A block already being committed may still appear; after that, nothing.
      await sleep(3_000);
      const settled = ctx.monitor.height;
      await sleep(ms);
      blocksWhileOut = Number(ctx.monitor.height - settled);
      note = `halted at ${settled}: ${blocksWhileOut} blocks in ${ms} ms with 2 of 4 down`;
    },
    async () => {
      await Promise.all([a.startApp(), b.startApp()]);
      a.startComet();
      b.startComet();
    },
    () => ({ note, blocksWhileOut }),
  );
}
