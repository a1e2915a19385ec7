/**
 * The chaos run of a 4-validator CometBFT network on this machine, under load: validators
 * SIGKILLed and restarted, one paused (SIGSTOP/SIGCONT), one app restarted under a running
 * CometBFT, one node's network cut (when a namespace can be made), and optionally two
 * validators out at once (the chain must halt, then resume). Then the checks of
 * networkVerify.ts. Used by test/chaos/network.e2e.test.ts (small) and networkRun.ts
 * (`make chaos-net`, full). See network.README.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePortBlock } from "../../node/testnet/processes.ts";
import { CHAOS_CHAIN_ID, writeChaosLayout } from "./networkLayout.ts";
import { LoadGenerator, type LoadStats } from "./networkLoad.ts";
import { BlockMonitor, type Stall } from "./networkMonitor.ts";
import { createNetns, type Netns, netnsUnavailableReason } from "./networkNetns.ts";
import { ChaosNode, killAllChaosProcesses, snapshotCli } from "./networkProcesses.ts";
import { type ChaosEvent, catchUp, type EventContext, killAndRestart, partition, pauseAndContinue, restartApp, twoDown } from "./networkEvents.ts";
import { status } from "./networkRpc.ts";
import { blockDisagreements, consensusFailureLines, type SupplyCheck, supplyAndBalances, type TxPresence, txPresence } from "./networkVerify.ts";
import { Rng } from "../support/rng.ts";

export interface ChaosNetOptions {
  kills: number;
  /** How long a killed validator stays down: uniform in [min, max] ms. */
  downMs: [number, number];
  pauseMs: number;
  partitionMs: number;
  /** Two validators out at once for this long (0: no such phase). */
  twoDownMs: number;
  /** App restarts under a running CometBFT (at random moments, so some land inside a block). */
  appRestarts: number;
  loadAccounts: number;
  timeoutCommit: string;
  /** "required": fail when no namespace can be made; "optional": skip the partition, with the reason in the report. */
  netns: "required" | "optional";
  catchUpTimeoutMs: number;
  /** Seeds the event choices and the load (default: from the clock); in the report. */
  seed?: number;
  log: (line: string) => void;
}

export interface ChaosNetReport {
  seed: number;
  durationMs: number;
  events: ChaosEvent[];
  longestStall: Stall;
  stallsByPhase: Record<string, number>;
  /** Why the partition was not run (undefined when it was). */
  partitionSkipped?: string;
  finalHeight: number;
  nodeHeights: string[];
  load: LoadStats;
  supply: SupplyCheck[];
  /** Each list empty when the check passed. */
  disagreements: string[];
  /** Confirmed txs some node's blocks lack, and tx-index gaps no crash explains. */
  missing: string[];
  /**
   * Tx-index gaps at the height a node was crashed at: CometBFT indexes a block's txs after
   * committing it, asynchronously, and a crash in between loses those entries for good (the
   * txs are in the node's blocks; only `/tx?hash` misses them). See network.README.md.
   */
  indexGapsAtCrashes: string[];
  consensusFailures: string[];
  dir: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the whole scenario; the network is stopped and its directory removed unless a check failed or `keep`. */
export async function runNetworkChaos(o: ChaosNetOptions): Promise<ChaosNetReport> {
  const t0 = Date.now();
  const seed = o.seed ?? Date.now() % 1_000_000;
  const rng = new Rng(seed);
  const dir = mkdtempSync(join(tmpdir(), "trib-chaos-net-"));
  const why = netnsUnavailableReason();
  if (why && o.netns === "required") throw new Error(`cutting a node's network needs a network namespace: ${why}`);
  let netns: Netns | undefined;
  let cli: ReturnType<typeof snapshotCli> | undefined;
  let nodes: ChaosNode[] = [];
  let monitor: BlockMonitor | undefined;
  let load: LoadGenerator | undefined;
  let ok = false;
  // Ctrl-C or a kill of the run: no finally runs, so stop the nodes and drop the namespace here.
  const onSignal = (signal: NodeJS.Signals) => {
    void killAllChaosProcesses().finally(() => {
      netns?.remove();
      cli?.remove();
      o.log(`${signal}: stopped the network; its files are in ${dir}`);
      process.exit(130);
    });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    if (!why) netns = createNetns(`trib-chaos-${process.pid}`);
    const isolated = 3;
    const layout = await writeChaosLayout({ dir, basePort: await findFreePortBlock(40), loadAccounts: o.loadAccounts, timeoutCommit: o.timeoutCommit, netns, isolated });
    cli = snapshotCli();
    nodes = layout.manifest.nodes.map((n, i) => new ChaosNode(i, n, cli!.entry, netns && i === isolated ? netns : undefined));
    o.log(`network in ${dir}${netns ? `, ${nodes[isolated]!.name} behind namespace ${netns.name} (${netns.nsIp})` : `; no namespace: ${why}`}`);
    await Promise.all(nodes.map((n) => n.startApp()));
    nodes.forEach((n) => n.startComet());
    monitor = new BlockMonitor(nodes.map((n) => n.rpc));
    monitor.start();
    await monitor.waitForHeight(2n, 120_000);
    const ctx: EventContext = { nodes, monitor, netns, t0, catchUpTimeoutMs: o.catchUpTimeoutMs, log: o.log };
    await Promise.all(nodes.map((n) => catchUp(ctx, n)));

    const up = () => nodes.filter((n) => monitor!.up[n.index] && !(n.netns?.isCut ?? false)).map((n) => n.rpc);
    load = await LoadGenerator.create(layout.accounts, CHAOS_CHAIN_ID, up, rng);
    await load.createDatanet();
    load.start();
    await monitor.waitForHeight(monitor.height + 3n, 60_000);
    monitor.phase = "between events";

    const events = await runEvents(ctx, o, rng);
    await sleep(2_000);
    await load.stop();
    monitor.phase = "settling";
    return await finish(ctx, o, { seed, t0, dir, events, load, partitionSkipped: netns ? undefined : why }).then((r) => {
      ok = r.disagreements.length === 0 && r.missing.length === 0 && r.consensusFailures.length === 0 && r.supply.every((s) => JSON.stringify(s.supply) === JSON.stringify(s.balances));
      return r;
    });
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await load?.stop();
    await monitor?.stop();
    await Promise.all(nodes.map((n) => n.stop().catch(() => undefined)));
    await killAllChaosProcesses();
    netns?.remove();
    cli?.remove();
    if (ok) rmSync(dir, { recursive: true, force: true });
    else o.log(`kept ${dir} (logs: node*/app/app.log, node*/cometbft/cometbft.log)`);
  }
}

/** Kills spread over the run, with the pause, the app restart, the partition and the halt among them. */
async function runEvents(ctx: EventContext, o: ChaosNetOptions, rng: Rng): Promise<ChaosEvent[]> {
  const { nodes } = ctx;
  const between = ([lo, hi]: [number, number]) => rng.range(lo, hi);
  const others: (() => Promise<ChaosEvent>)[] = [
    () => pauseAndContinue(ctx, rng.pick(nodes), o.pauseMs),
    ...Array.from({ length: o.appRestarts }, () => () => restartApp(ctx, rng.pick(nodes))),
  ];
  if (ctx.netns) others.push(() => partition(ctx, nodes.find((n) => n.netns)!, o.partitionMs));
  if (o.twoDownMs > 0) others.push(() => twoDown(ctx, nodes[0]!, nodes[2]!, o.twoDownMs));
  // Every (k·kills/others)-th kill is followed by one of the others.
  const slot = Math.max(1, Math.floor(o.kills / others.length));
  const events: ChaosEvent[] = [];
  let last = -1;
  for (let k = 0; k < Math.max(o.kills, others.length); k++) {
    if (k < o.kills) {
      let v = rng.int(4);
      if (v === last) v = (v + 1) % 4; // a different validator each time
      last = v;
      events.push(await killAndRestart(ctx, nodes[v]!, between(o.downMs)));
    }
    if ((k + 1) % slot === 0 && others.length > 0) events.push(await others.shift()!());
    // Random moments: the next kill lands anywhere in the block cycle.
    await sleep(between([300, 2_500]));
  }
  while (others.length > 0) events.push(await others.shift()!());
  return events;
}

async function finish(
  ctx: EventContext,
  o: ChaosNetOptions,
  r: { seed: number; t0: number; dir: string; events: ChaosEvent[]; load: LoadGenerator; partitionSkipped?: string },
): Promise<ChaosNetReport> {
  const { nodes, monitor } = ctx;
  const rpcs = nodes.map((n) => n.rpc);
  await r.load.settlePending(rpcs[0]!);
  await Promise.all(nodes.map((n) => catchUp(ctx, n)));
  const heights = await Promise.all(rpcs.map((rpc) => status(rpc)));
  // The lowest node's top height is in every node's store; its app has committed top - 1.
  const top = Number(heights.reduce((a, b) => (a.height < b.height ? a : b)).height);
  o.log(`checking heights 1..${top} on ${nodes.length} nodes, ${r.load.confirmed.length} confirmed txs`);
  const disagreements = await blockDisagreements(rpcs, top);
  const presence = await txPresence(rpcs, r.load.confirmed);
  const { unexplained, atCrashes } = classifyIndexGaps(presence, r.events, nodes.map((n) => n.name));
  const supply = await Promise.all(rpcs.map((rpc) => supplyAndBalances(rpc, BigInt(top - 1))));
  const consensusFailures = consensusFailureLines(nodes.flatMap((n) => [join(n.node.home, "app.log"), join(n.node.cometHome, "cometbft.log")]));
  return {
    seed: r.seed,
    durationMs: Date.now() - r.t0,
    events: r.events,
    longestStall: monitor.longest,
    stallsByPhase: Object.fromEntries(monitor.stallsByPhase),
    partitionSkipped: r.partitionSkipped,
    finalHeight: top,
    nodeHeights: heights.map((h) => h.height.toString()),
    load: r.load.stats,
    supply,
    disagreements,
    missing: [...presence.notInBlocks, ...unexplained],
    indexGapsAtCrashes: atCrashes,
    consensusFailures,
    dir: r.dir,
  };
}

/** Index gaps within two heights of a moment the node's CometBFT was killed or exited, and the rest. */
function classifyIndexGaps(p: TxPresence, events: ChaosEvent[], names: string[]): { unexplained: string[]; atCrashes: string[] } {
  const crashes = events.filter((e) => e.kind === "kill" || e.kind === "two-down" || e.kind === "app-restart");
  const atCrash = (node: number, height: number) => crashes.some((e) => e.nodes.includes(names[node]!) && Math.abs(height - Number(e.heightBefore)) <= 2);
  return {
    unexplained: p.notIndexed.filter((g) => !atCrash(g.node, g.height)).map((g) => g.what),
    atCrashes: p.notIndexed.filter((g) => atCrash(g.node, g.height)).map((g) => g.what),
  };
}
