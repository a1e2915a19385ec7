/**
 * A coordinated upgrade on a real 4-validator CometBFT network (`tributary testnet` layout): the
 * genesis starts on rules version 1 with plan "v2" at height H. All four apps run as the old
 * binary (the same build with the v2 handler hidden by the test-only TRIBUTARY_HIDE_UPGRADES,
 * node/upgrades/README.md): each stops at H with the exact line and a non-zero exit; started
 * again as the old binary, an app refuses with the same line; started as the new binary, the
 * four run the handler at H and go on, agreeing at every height; a fresh App replaying the
 * chain from genesis with the new binary's handlers matches every header app hash.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { toBase64 } from "@cosmjs/encoding";
import { QueryAppliedPlanRequest, QueryAppliedPlanResponse } from "cosmjs-types/cosmos/upgrade/v1beta1/query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { homePaths } from "../../node/home.ts";
import { initTestnet, TESTNET_DEFAULTS } from "../../node/testnet/layout.ts";
import { type RunningTestnet, startTestnet } from "../../node/testnet/network.ts";
import { findFreePortBlock, waitForRpcHeight } from "../../node/testnet/processes.ts";
import { nodeUpgradeHandlers } from "../../node/upgrades/index.ts";
import { waitFor } from "../support/waitFor.ts";
import { replayChain } from "./replay.ts";

const H = 10;
const INFO = "tributary v2: rules version 2";
const LINE = `UPGRADE "v2" NEEDED at height ${H}: ${INFO}`;
const dir = mkdtempSync(join(tmpdir(), "trib-upgrade-net-"));
let net: RunningTestnet;

/** Runs `start` with the v2 handler hidden from every app it spawns (spawn passes process.env on). */
async function asOldBinary<T>(start: () => Promise<T>): Promise<T> {
  process.env.TRIBUTARY_HIDE_UPGRADES = "v2";
  try {
    return await start();
  } finally {
    delete process.env.TRIBUTARY_HIDE_UPGRADES;
  }
}

const appLog = (i: number) => readFileSync(join(net.nodes[i]!.home, "app.log"), "utf8");

beforeAll(async () => {
  await initTestnet({
    ...TESTNET_DEFAULTS,
    outputDir: dir,
    validators: 4,
    fullNodes: 0,
    basePort: await findFreePortBlock(50),
    timeoutCommit: "300ms",
    editGenesis: (doc) => {
      (doc.app_state as any).upgrade = { rules_version: 1, applied_plans: [], plan: { name: "v2", height: String(H), info: INFO } };
    },
  });
  net = await asOldBinary(() => startTestnet(dir, { waitHeight: 2n }));
}, 120_000);

afterAll(async () => {
  await net?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("an upgrade on a 4-validator CometBFT network", () => {
  it("the old-binary apps that receive block H stop before it with the exact line and a non-zero exit", async () => {
    // Those whose CometBFT commits H halt there; a validator whose peers went down before it saw
    // H's commit waits at H - 1 (its CometBFT cannot commit alone). Both kinds are stopped here.
    await Promise.race(net.nodes.map((n) => n.app!.exited));
    await Promise.all(net.nodes.map((n) => n.comet!.stop()));
    const halted = net.nodes.filter((n) => !n.app!.running);
    await Promise.all(net.nodes.map((n) => n.app!.stop()));
    expect(halted.length).toBeGreaterThanOrEqual(1);
    for (const n of halted) {
      expect(await n.app!.exited).toBe(1);
      await n.app!.logClosed;
      const i = net.nodes.indexOf(n);
      expect(appLog(i).split("\n").some((l) => l.includes('"level":60') && l.includes(`"msg":${JSON.stringify(LINE)}`)), `node ${i}`).toBe(true);
    }
  }, 120_000);

  it("every one of the four, started again as the old binary, refuses with the same line: all committed H - 1 and no more", async () => {
    for (let i = 0; i < 4; i++) {
      await expect(asOldBinary(() => net.startApp(i))).rejects.toThrow(/exited \(1\) before listening/);
      await net.nodes[i]!.app!.logClosed;
      expect(appLog(i).split("\n").slice(-20).some((l) => l.includes(`"msg":${JSON.stringify(LINE)}`)), `node ${i}`).toBe(true);
    }
  }, 120_000);

  it("as the new binary the four run the handler at H, go on past it and agree at every height; a replay from genesis matches", async () => {
    for (let i = 0; i < 4; i++) await net.startApp(i);
    for (let i = 0; i < 4; i++) net.startComet(i);
    const top = H + 4;
    await Promise.all(net.nodes.map((n) => waitForRpcHeight(n.rpc, BigInt(top + 1), 120_000)));
    for (let h = 1; h <= top + 1; h++) {
      const hashes = await Promise.all(net.nodes.map(async (n) => {
        const c = await Comet38Client.connect(n.rpc);
        try {
          return toBase64((await c.block(h)).block.header.appHash);
        } finally {
          c.disconnect();
        }
      }));
      expect(new Set(hashes).size, `height ${h}`).toBe(1);
    }
    const c = await Comet38Client.connect(net.nodes[2]!.rpc);
    try {
      const res = await waitFor("AppliedPlan v2", async () => {
        const r = await c.abciQuery({ path: "/cosmos.upgrade.v1beta1.Query/AppliedPlan", data: QueryAppliedPlanRequest.encode({ name: "v2" }).finish() });
        return r.code === 0 ? r : undefined;
      });
      expect(QueryAppliedPlanResponse.decode(res.value).height).toBe(BigInt(H));
    } finally {
      c.disconnect();
    }
    expect(await replayChain(net.nodes[1]!.rpc, homePaths(net.nodes[1]!.home).genesis, top, { upgradeHandlers: nodeUpgradeHandlers([]) })).toEqual([]);
  }, 180_000);
});
