/**
 * A coordinated upgrade on the in-process chain, old binary to new: a v0.1.0 chain (rules
 * version 1) passes MsgSoftwareUpgrade "v2" (through the gov stand-in, upgradeChain.ts), the old
 * binary halts at the plan height with the exact line and commits nothing of that block, refuses
 * to start again, the new binary runs the v2 handler there and the chain goes on under rules
 * version 2 (the datanet record-size cap bites, attribution is on parameter set 3); the whole chain replayed
 * into a fresh App by the new binary gives the same app hash at every height. Then the refusals
 * of the upgrade messages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryAppliedPlanRequest, QueryAppliedPlanResponse, QueryCurrentPlanResponse, QueryModuleVersionsResponse } from "cosmjs-types/cosmos/upgrade/v1beta1/query";
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from "cosmjs-types/cosmos/upgrade/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { bytesToHex } from "@noble/hashes/utils.js";
import { SimulateRequest } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { GOV_AUTHORITY } from "../../chain/authority.ts";
import { rulesAt } from "../../chain/rules.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import { UpgradeNeededError, upgradeNeededLine } from "../../modules/upgrade/halt.ts";
import { knownUpgrades } from "../../node/upgrades/index.ts";
import { checkUpgradeAtStartup } from "../../node/upgrades/startup.ts";
import * as m from "../golden/msgs.ts";
import { goldenText } from "../golden/phasesAi.ts";
import { ROLE } from "../golden/genesis.ts";
import { buildApp, UpgradeChain } from "./upgradeChain.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PLAN = { name: "v2", height: 8n, info: '{"binaries":{"linux/amd64":"https://example.invalid/tributary-v2"}}' };
const softwareUpgrade = (plan: { name: string; height: bigint; info: string }, authority = GOV_AUTHORITY): Any => ({
  typeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade",
  value: MsgSoftwareUpgrade.encode(MsgSoftwareUpgrade.fromPartial({ authority, plan })).finish(),
});
const cancelUpgrade = (authority = GOV_AUTHORITY): Any => ({ typeUrl: "/cosmos.upgrade.v1beta1.MsgCancelUpgrade", value: MsgCancelUpgrade.encode({ authority }).finish() });

/** Proposals passed at the end of each height (see upgradeChain.ts). */
const GOV = new Map<bigint, Any[][]>([
  // Refused, nothing written: a plan in the past; a cancel with nothing scheduled.
  [2n, [[softwareUpgrade({ ...PLAN, name: "past", height: 2n })], [cancelUpgrade()]]],
  // A first plan, replaced by the real one (the SDK: a new plan replaces the scheduled one).
  [3n, [[softwareUpgrade({ ...PLAN, name: "early", height: 20n })], [softwareUpgrade(PLAN)]]],
]);

const records = (from: number, n: number) => Array.from({ length: n }, (_, i) => goldenText(1000 + from + i, 40));
/** One record of about `bytes` bytes in 14-byte words: ~10,000 tokens, within the 20,000-token limit. */
const bigRecord = (seed: number, bytes: number) => Array.from({ length: Math.floor(bytes / 14) }, (_, i) => `w${seed}x${i.toString(36).padStart(8, "0")}`.padEnd(13, "z")).join(" ");
const { valA, contributor1: c1, contributor2: c2 } = ROLE;

/** Simulates (never delivers) a 140 kB record from c2 at sequence 0: the answer follows the next block's rules. */
async function simulateBigRecord(chain: UpgradeChain): Promise<{ code: number; log: string }> {
  const tx = chain.signer.tx(c2, "simulate a 140 kB record", [m.contribute(chain.signer.address(c2), 1n, [bigRecord(9, 140_000)])], "ok", { gas: 300_000_000n, sequence: 0n });
  const res = await chain.app.query({ path: "/cosmos.tx.v1beta1.Service/Simulate", data: SimulateRequest.encode({ txBytes: tx.bytes }).finish(), height: 0n, prove: false });
  return { code: res.code, log: res.log };
}

describe("coordinated upgrade v1 → v2 (in process)", () => {
  let chain: UpgradeChain;
  let hashBeforeHalt: string;

  beforeAll(async () => {
    chain = await UpgradeChain.create(undefined, GOV);
  }, 60_000);
  afterAll(async () => chain?.close());

  it("the old binary runs rules version 1, a 140 kB record is accepted, and the plan passes", async () => {
    await chain.block();
    await chain.block([chain.tx(valA, "create datanet 1", [m.createDatanet(chain.signer.address(valA), "upgrade-open", false)])]);
    await chain.block();
    const big = await chain.block([chain.tx(c1, "a 140 kB record and 3 small ones (v1: allowed)", [m.contribute(chain.signer.address(c1), 1n, [bigRecord(1, 140_000), ...records(0, 3)])], "ok", 300_000_000n)]);
    expect(big.txResults[0]!.code, big.txResults[0]!.log).toBe(0);
    expect(rulesAt(chain.store.committed(), chain.height + 1n).version).toBe(1);
    expect(await simulateBigRecord(chain)).toMatchObject({ code: 0 });

    const refused = chain.govResults.get(2n)!;
    expect(refused[0]).toMatchObject({ codespace: "upgrade", code: 2 });
    expect(refused[0]?.message).toMatch(/plan height 2 is not after the current height 2/);
    expect(refused[1]).toMatchObject({ codespace: "upgrade", code: 4 });
    expect(refused[1]?.message).toMatch(/no upgrade is scheduled, so there is nothing to cancel/);
    expect(chain.govResults.get(3n)).toEqual([undefined, undefined]);
    const current = QueryCurrentPlanResponse.decode(await chain.query("/cosmos.upgrade.v1beta1.Query/CurrentPlan", new Uint8Array()));
    expect(current.plan).toMatchObject({ name: "v2", height: 8n, info: PLAN.info });
  });

  it("at the plan height the old binary stops before the block with the exact line, and commits nothing", async () => {
    while (chain.height < PLAN.height - 1n) await chain.block();
    hashBeforeHalt = bytesToHex(chain.store.rootHash);
    const req = chain.nextRequest();
    await expect(chain.run(req)).rejects.toThrow(new UpgradeNeededError(PLAN).message);
    expect(upgradeNeededLine(PLAN)).toBe(`UPGRADE "v2" NEEDED at height 8: ${PLAN.info}`);
    expect(chain.store.version).toBe(PLAN.height - 1n);
    expect(bytesToHex(chain.store.rootHash)).toBe(hashBeforeHalt);
  });

  it("restarted without the handler it refuses at start-up with the same line, and again on the block", async () => {
    chain.restart(undefined);
    expect(() => checkUpgradeAtStartup(chain.store.committed(), chain.store.version, chain.keepers.upgrade, new Map())).toThrow(upgradeNeededLine(PLAN));
    await expect(chain.run(chain.nextRequest())).rejects.toThrow(upgradeNeededLine(PLAN));
    expect(bytesToHex(chain.store.rootHash)).toBe(hashBeforeHalt);
  });

  it("the new binary starts, runs the v2 handler at the plan height, records the plan and goes on under rules version 2", async () => {
    chain.restart(knownUpgrades);
    expect(() => checkUpgradeAtStartup(chain.store.committed(), chain.store.version, chain.keepers.upgrade, knownUpgrades(chain.keepers))).not.toThrow();
    const res = await chain.block();
    expect(res.events.some((e) => e.type === "upgrade" && e.attributes.some((a) => a.key === "name" && a.value === "v2"))).toBe(true);
    const applied = QueryAppliedPlanResponse.decode(await chain.query("/cosmos.upgrade.v1beta1.Query/AppliedPlan", QueryAppliedPlanRequest.encode({ name: "v2" }).finish()));
    expect(applied.height).toBe(PLAN.height);
    expect(QueryCurrentPlanResponse.decode(await chain.query("/cosmos.upgrade.v1beta1.Query/CurrentPlan", new Uint8Array())).plan).toBeUndefined();
    expect(rulesAt(chain.store.committed(), PLAN.height - 1n).version).toBe(1);
    expect(rulesAt(chain.store.committed(), PLAN.height).version).toBe(2);
    expect(chain.keepers.attribution.getParams(chain.store.committed()).paramsVersion).toBe(3);
    const versions = QueryModuleVersionsResponse.decode(await chain.query("/cosmos.upgrade.v1beta1.Query/ModuleVersions", new Uint8Array()));
    expect(versions.moduleVersions.map((v) => v.name)).toContain("upgrade");
  });

  it("under rules version 2 the datanet cap bites: a 140 kB record is refused (simulate says so first), a 120 kB one passes", async () => {
    const simulated = await simulateBigRecord(chain);
    expect(simulated.code).not.toBe(0);
    expect(simulated.log).toMatch(/above the maximum of 131072 bytes per record \(the cap of rules version 2\)/);
    const big = await chain.block([chain.tx(c1, "a 140 kB record (v2: refused)", [m.contribute(chain.signer.address(c1), 1n, [bigRecord(2, 140_000)])], "fail", 300_000_000n)]);
    expect(big.txResults[0]!.code).not.toBe(0);
    expect(big.txResults[0]!.log).toMatch(/record 0: 1399\d\d bytes, above the maximum of 131072 bytes per record \(the cap of rules version 2\)/);
    const ok = await chain.block([chain.tx(c1, "a 120 kB record (v2: allowed)", [m.contribute(chain.signer.address(c1), 1n, [bigRecord(3, 120_000)])], "ok", 300_000_000n)]);
    expect(ok.txResults[0]!.code, ok.txResults[0]!.log).toBe(0);
    await chain.block();
  });

  it("an attribution recorded under rules version 2 is computed with engine parameter set 3", async () => {
    const published = await chain.block([chain.tx(valA, "publish datanet 1", [m.publish(chain.signer.address(valA), 1n)])]);
    expect(published.txResults[0]!.code, published.txResults[0]!.log).toBe(0);
    await chain.block();
    await chain.block();
    const output = records(0, 1)[0]!;
    const res = await chain.block([chain.tx(c1, "attribute a known record", [m.recordAttribution(chain.signer.address(c1), [{ datanetId: 1n, version: 1n }], output, "")], "ok", 300_000_000n)]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).toBe(0);
    const id = chain.keepers.attribution.nextRecordId(chain.store.committed()) - 1n;
    const record = chain.keepers.attribution.getRecord(chain.store.committed(), id)!;
    expect(record.paramsVersion).toBe(3);
    await chain.block();
  });

  it("a fresh App replays the whole chain from genesis (one binary, both rules versions) to the same app hash at every height", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trib-upgrade-replay-"));
    const store = await CommitStore.open(join(dir, "app.db"));
    try {
      const { app } = buildApp(store, chain.content, knownUpgrades, GOV, new Map());
      const got = [bytesToHex((await app.initChain(chain.initRequest)).appHash)];
      for (const req of chain.requests) {
        got.push(bytesToHex((await app.finalizeBlock(req)).appHash));
        await app.commit();
      }
      expect(got.length).toBe(Number(chain.height) + 1);
      expect(got).toEqual(chain.appHashes);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
