/**
 * A coordinated upgrade on a spawned solo node (`node bin/tributary.js start`): a chain on rules
 * version 1 with plan "v2" at height H. The old binary (the same build with the v2 handler
 * hidden by the test-only TRIBUTARY_HIDE_UPGRADES, node/upgrades/README.md) stops at H with the
 * exact line and a non-zero exit, and refuses to start again with the same line; the new binary
 * starts on that home, runs the handler at H and goes on under rules version 2.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryAppliedPlanRequest, QueryAppliedPlanResponse } from "cosmjs-types/cosmos/upgrade/v1beta1/query";
import { spawnNode, waitFor } from "../processNode.ts";
import { makeTestHome } from "../testNode.ts";
import { loadNodeConfig, writeNodeConfig } from "../../node/config.ts";

const H = 6;
const INFO = "tributary v2: rules version 2";
const LINE = `UPGRADE "v2" NEEDED at height ${H}: ${INFO}`;

function withPlan(home: string, height = H): void {
  const path = join(home, "config", "genesis.json");
  const doc = JSON.parse(readFileSync(path, "utf8"));
  doc.app_state.upgrade = { rules_version: 1, applied_plans: [], plan: { name: "v2", height: String(height), info: INFO } };
  writeFileSync(path, JSON.stringify(doc, null, 2));
  // spawnNode waits for the info line "node started".
  const config = loadNodeConfig(home);
  config.log_level = "info";
  writeNodeConfig(home, config);
}

async function asOldBinary<T>(run: () => Promise<T>): Promise<T> {
  // spawnNode passes process.env on; only this file's worker sees it.
  process.env.TRIBUTARY_HIDE_UPGRADES = "v2";
  try {
    return await run();
  } finally {
    delete process.env.TRIBUTARY_HIDE_UPGRADES;
  }
}

describe("upgrade on a spawned solo node", () => {
  const home = makeTestHome({ timeoutCommitMs: 150 });
  withPlan(home);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("the old binary halts at the plan height with the line and exits non-zero, then refuses to start with the same line", async () => {
    // Ready when it prints the halt line: it may reach the plan height before "node started".
    const old = await asOldBinary(() => spawnNode(["--home", home], 90_000, LINE));
    const line = await old.waitForLine((l) => l.msg.startsWith("UPGRADE "));
    expect(line.msg).toBe(LINE);
    expect(line.level).toBe(60);
    const code = await old.stop();
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    await expect(asOldBinary(() => spawnNode(["--home", home]))).rejects.toThrow(LINE);
  }, 120_000);

  it("the new binary starts on that home, applies the plan at its height and produces blocks after it", async () => {
    const node = await spawnNode(["--home", home]);
    try {
      const comet = await Comet38Client.connect(node.rpcUrl);
      try {
        await waitFor(`height ${H + 2}`, async () => (await comet.status()).syncInfo.latestBlockHeight >= H + 2);
        const res = await comet.abciQuery({ path: "/cosmos.upgrade.v1beta1.Query/AppliedPlan", data: QueryAppliedPlanRequest.encode({ name: "v2" }).finish() });
        expect(QueryAppliedPlanResponse.decode(res.value).height).toBe(BigInt(H));
      } finally {
        comet.disconnect();
      }
    } finally {
      expect(await node.stop()).toBe(0);
    }
  }, 120_000);

  it("a binary that already has the handler of a plan not reached yet refuses to start (BINARY UPDATED BEFORE TRIGGER)", async () => {
    const early = makeTestHome({ timeoutCommitMs: 150 });
    withPlan(early, 100_000);
    try {
      const old = await asOldBinary(() => spawnNode(["--home", early]));
      await old.waitForLine((l) => l.msg === "committed block" && Number(l.height) >= 3);
      expect(await old.stop()).toBe(0);
      await expect(spawnNode(["--home", early])).rejects.toThrow(/BINARY UPDATED BEFORE TRIGGER! UPGRADE "v2" - in binary but not executed on chain \(scheduled at height 100000\)/);
    } finally {
      rmSync(early, { recursive: true, force: true });
    }
  }, 120_000);
});
