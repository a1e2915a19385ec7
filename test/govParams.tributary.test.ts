/**
 * MsgUpdateParams of datanet, attribution, inference and rewards (tributary.<module>.v1), run as
 * a passed proposal runs them (the gov module account as the authority, through the app's router
 * and handlers) on the real modules: the params change and the module's Params query shows it; a
 * wrong authority and invalid params are refused with the field named and nothing written. And
 * inference's model_gas_per_kib, the constant that became a param: absent on a chain started
 * before it (reads as 64, stays out of export), set by default on new chains, changed by gov and
 * kept through export → import.
 */
import type { DescMessage } from "@bufbuild/protobuf";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { afterEach, describe, expect, it } from "vitest";
import { GOV_AUTHORITY } from "../chain/authority.ts";
import { defaultInferenceGenesis } from "../modules/inference/genesis.ts";
import { MODEL_GAS_PER_KIB } from "../modules/inference/types.ts";
import { exportAppState } from "../node/export.ts";
import { cosmjsType, decode } from "../proto/codec.ts";
import * as attribution from "../proto/gen/tributary/attribution/v1/index.ts";
import * as datanet from "../proto/gen/tributary/datanet/v1/index.ts";
import * as inference from "../proto/gen/tributary/inference/v1/index.ts";
import * as rewards from "../proto/gen/tributary/rewards/v1/index.ts";
import { AppHarness, registry } from "./appHarness.ts";
import { type GovExecution, executeAsGov } from "./support/asGovAuthority.ts";

const PACKAGES = { datanet, attribution, inference, rewards } as const;
type Name = keyof typeof PACKAGES;
for (const [name, pb] of Object.entries(PACKAGES)) {
  const url = `/tributary.${name}.v1.MsgUpdateParams`;
  if (!registry.lookupType(url)) registry.register(url, cosmjsType(pb.MsgUpdateParamsSchema as DescMessage) as never);
}

const update = (name: Name, params: object, authority = GOV_AUTHORITY): EncodeObject =>
  ({ typeUrl: `/tributary.${name}.v1.MsgUpdateParams`, value: { authority, params } });

async function paramsOf(name: Name, on: GovExecution): Promise<Record<string, unknown>> {
  const schema = PACKAGES[name].QueryParamsResponseSchema as DescMessage;
  const res = decode(schema, await on.query(`/tributary.${name}.v1.Query/Params`)) as { params?: Record<string, unknown> };
  const { $typeName: _, ...fields } = res.params ?? {};
  return fields;
}

function expectRefused(r: GovExecution, codespace: string, code: number, text: string | RegExp): void {
  expect(r.error, "the message should have been refused").toBeDefined();
  expect([r.error!.codespace, r.error!.code]).toEqual([codespace, code]);
  expect(r.error!.message).toMatch(text);
  expect(r.written).toEqual([]);
}

let h: AppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** For each module: a valid change, one representative invalid field, and a wrong authority. */
const CASES: { name: Name; change: object; bad: object; error: string | RegExp }[] = [
  { name: "datanet", change: { maxCurators: 5, quotaWindowBlocks: 100n }, bad: { quotaWindowBlocks: 0n }, error: "params.quota_window_blocks: must be positive" },
  { name: "attribution", change: { attributableDelayBlocks: 3n, paramsVersion: 1 }, bad: { paramsVersion: 99 }, error: /params\.params_version: 99 is not a released engine parameter set/ },
  { name: "inference", change: { maxOutputTokensCap: 128, modelGasPerKib: 96n }, bad: { macsPerGas: 0n }, error: "params.macs_per_gas: must be > 0" },
  { name: "rewards", change: { challengesPerEpoch: 2, slashFractionBps: 500 }, bad: { inflationShareBps: 10_001 }, error: "params.inflation_share_bps: 10001 is above 10000 (100%)" },
];

describe("MsgUpdateParams of the Tributary modules, as gov", () => {
  for (const c of CASES) {
    it(`${c.name}: changes the params, visible in its Params query; an invalid field and a wrong authority are refused`, async () => {
      h = await AppHarness.create({ accounts: 1 });
      const before = await paramsOf(c.name, await executeAsGov(h, []));
      const ok = await executeAsGov(h, [update(c.name, { ...before, ...c.change })]);
      expect(ok.error).toBeUndefined();
      expect(await paramsOf(c.name, ok)).toEqual({ ...before, ...c.change });

      const bad = await executeAsGov(h, [update(c.name, { ...before, ...c.bad })]);
      expectRefused(bad, "sdk", 18, c.error);
      expect(await paramsOf(c.name, bad)).toEqual(before);
      const other = h.accounts[0]!.address;
      expectRefused(await executeAsGov(h, [update(c.name, { ...before, ...c.change }, other)]), "gov", 13, `invalid authority; expected ${GOV_AUTHORITY}, got ${other}`);
      expectRefused(await executeAsGov(h, [{ typeUrl: `/tributary.${c.name}.v1.MsgUpdateParams`, value: { authority: GOV_AUTHORITY } }]), "sdk", 18, "params: must be set");
    });
  }

  it("rewards: the epoch clock's length and the bond denom cannot change on a running chain", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const before = await paramsOf("rewards", await executeAsGov(h, []));
    expectRefused(await executeAsGov(h, [update("rewards", { ...before, epochBlocks: 200n })]), "sdk", 18, "params.epoch_blocks: cannot change on a running chain (100 → 200)");
    expectRefused(await executeAsGov(h, [update("rewards", { ...before, minBond: { denom: "uother", amount: "1" } })]), "sdk", 18, /params\.min_bond\.denom: cannot change/);
  });
});

describe("inference model_gas_per_kib (was the constant MODEL_GAS_PER_KIB)", () => {
  it("a new chain's default genesis sets it to the old constant", async () => {
    h = await AppHarness.create({ accounts: 1 });
    expect((await paramsOf("inference", await executeAsGov(h, []))).modelGasPerKib).toBe(MODEL_GAS_PER_KIB);
  });

  it("a chain started without it keeps it unset (and out of export) until gov sets it; export → import keeps the new value", async () => {
    h = await AppHarness.create({ accounts: 1, appState: (s) => (s.inference = { ...defaultInferenceGenesis(), params: oldInferenceParams() }) });
    const start = await executeAsGov(h, []);
    const before = await paramsOf("inference", start);
    expect(before.modelGasPerKib).toBeUndefined();
    const exported = (await exportAppState(start.state, h.height)) as { inference: { params: Record<string, unknown> } };
    expect(exported.inference.params).not.toHaveProperty("model_gas_per_kib");

    const set = await executeAsGov(h, [update("inference", { ...before, modelGasPerKib: 128n })]);
    expect(set.error).toBeUndefined();
    expect((await paramsOf("inference", set)).modelGasPerKib).toBe(128n);
    const after = (await exportAppState(set.state, h.height)) as { inference: { params: Record<string, unknown> } };
    expect(after.inference.params.model_gas_per_kib).toBe("128");

    const again = await AppHarness.create({ accounts: 1, appState: (s) => (s.inference = { ...defaultInferenceGenesis(), params: after.inference.params }) });
    try {
      expect((await paramsOf("inference", await executeAsGov(again, []))).modelGasPerKib).toBe(128n);
    } finally {
      await again.close();
    }
    expectRefused(await executeAsGov(h, [update("inference", { ...before, modelGasPerKib: 0n })]), "sdk", 18, /params\.model_gas_per_kib: must be > 0/);
  });
});

/** The inference params section of a v0.1.0 genesis: no model_gas_per_kib. */
function oldInferenceParams(): Record<string, unknown> {
  return { max_artifact_bytes: "16777216", min_data_share_bps: 1000, macs_per_gas: "64", gas_per_token: "500", gas_per_artifact_byte: "2", max_output_tokens_cap: 256, fee_denom: "utrib" };
}
