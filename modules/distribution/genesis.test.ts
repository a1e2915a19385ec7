import { afterEach, describe, expect, it } from "vitest";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { GenesisError } from "../../chain/genesisError.ts";
import { QueryValidatorOutstandingRewardsRequest, QueryValidatorOutstandingRewardsResponse } from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { newGenesisDoc } from "../../genesis/create.ts";
import { forkGenesis } from "../../genesis/fork.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import { AppHarness } from "../../test/appHarness.ts";
import { DistributionHarness } from "../../test/distributionHarness.ts";
import { TRIB } from "../../test/stakingHarness.ts";
import { validateAppState } from "../index.ts";

const V = (key: number, power = 10n) => ({ key, power });

/** A chain with every kind of distribution state: rewards, commission, a slash, a withdraw address, a funded pool. */
async function busyChain(): Promise<DistributionHarness> {
  const h = await DistributionHarness.create({
    accounts: 5,
    communityTax: "0.02",
    validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }, { account: 2, power: 10n }],
    slashing: (g) => (g.params.slash_fraction_double_sign = "0.100000000000000000"),
  });
  const votes = [V(0), V(1), V(2)];
  await h.tx(3, [h.s.delegate(3, h.s.valoper(0), 3n * TRIB), h.s.delegate(3, h.s.valoper(1), 2n * TRIB)], { fee: 12_345n, votes });
  await h.tx(4, [h.setWithdrawAddress(4, h.s.address(3))], { fee: 777n, votes });
  await h.tx(4, [h.s.delegate(4, h.s.valoper(2), TRIB)], { fee: 1_001n, votes });
  await h.block(votes, [], [{ key: 1, power: 10n, height: h.height }]);
  await h.tx(3, [h.withdrawReward(3, h.s.valoper(0))], { fee: 999n, votes });
  await h.tx(2, [h.fundCommunityPool(2, 4_321n)], { fee: 55n, votes });
  await h.tx(1, [h.withdrawCommission(1)], { fee: 3n, votes });
  // Fees of the last tx allocated, nothing left in fee_collector: a re-imported chain's first block changes nothing.
  await h.block(votes);
  return h;
}

describe("distribution genesis", () => {
  let h: DistributionHarness | undefined;
  let t: DistributionHarness | undefined;
  let a: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    await t?.close();
    await a?.close();
    h = t = a = undefined;
  });

  it("export → import → export gives the same state (rewards still withdrawable), in the SDK's JSON shape", async () => {
    h = await busyChain();
    const exported = await h.s.exportAppState();
    expect(() => validateAppState(structuredClone(exported))).not.toThrow();
    const g = exported.distribution as any;
    expect(g.params).toEqual({ community_tax: "0.020000000000000000", base_proposer_reward: "0.000000000000000000", bonus_proposer_reward: "0.000000000000000000", withdraw_addr_enabled: true });
    expect(g.delegator_withdraw_infos).toEqual([{ delegator_address: h.s.address(4), withdraw_address: h.s.address(3) }]);
    expect(g.validator_slash_events).toHaveLength(1);
    // 10 % of the power at the infraction (10 TRIB) out of the 12 TRIB it has now, rounded up.
    expect(g.validator_slash_events[0].validator_slash_event.fraction).toBe("0.083333333333333334");
    expect(g.outstanding_rewards).toHaveLength(3);
    expect(g.fee_pool.community_pool[0].amount).toMatch(/^\d+\.\d{18}$/);
    expect(g.validator_historical_rewards[0].rewards.reference_count).toEqual(expect.any(Number));
    expect(g.delegator_starting_infos).toHaveLength(6);
    expect(g.previous_proposer).toMatch(/^tribvalcons1/);

    // As `genesis export` does: the new chain continues at the exported height + 1.
    t = await DistributionHarness.create({ accounts: 5, initialHeight: h.height + 1n, appState: (st) => Object.assign(st, structuredClone(exported)) });
    expect(await t.s.exportAppState()).toEqual(exported);
    for (const [i, v] of [[3, 0], [3, 1], [4, 2]] as const) expect(await t.rewards(i, t.s.valoper(v))).toEqual(await h.rewards(i, h.s.valoper(v)));
    t.s.h.accounts[3]!.sequence = h.s.h.accounts[3]!.sequence; // imported with the account
    const { result } = await t.tx(3, [t.withdrawReward(3, t.s.valoper(1))], { votes: [V(0), V(1), V(2)] });
    expect(result.code, result.log).toBe(0);
  });

  it("InitChain refuses a module account that does not hold outstanding + community pool, naming both", async () => {
    h = await busyChain();
    const exported = await h.s.exportAppState();
    const g = exported.distribution as any;
    g.fee_pool.community_pool[0].amount = "1.000000000000000000";
    await expect(DistributionHarness.create({ accounts: 5, appState: (st) => Object.assign(st, structuredClone(exported)) })).rejects.toThrow(
      /app_state\.distribution: distribution module account \(trib1\w+\) holds \d+utrib in app_state\.bank\.balances but the outstanding rewards plus the community pool add up to \d+utrib/,
    );
  });

  const cases: [string, (g: any) => void, string, RegExp][] = [
    ["community tax above 1", (g) => (g.params.community_tax = "1.5"), "params.community_tax", /between 0 and 1/],
    ["community tax not a decimal", (g) => (g.params.community_tax = "2%"), "params.community_tax", /not a decimal/],
    ["a proposer reward", (g) => (g.params.base_proposer_reward = "0.01"), "params.base_proposer_reward", /deprecated/],
    ["withdraw flag not a bool", (g) => (g.params.withdraw_addr_enabled = "yes"), "params.withdraw_addr_enabled", /true or false/],
    ["negative pool", (g) => (g.fee_pool.community_pool = [{ denom: "utrib", amount: "-1.0" }]), "fee_pool.community_pool[0].amount", /positive/],
    ["unsorted pool", (g) => (g.fee_pool.community_pool = [{ denom: "uxyz", amount: "1" }, { denom: "utrib", amount: "1" }]), "fee_pool.community_pool[1].denom", /sorted/],
    ["bad withdraw address", (g) => (g.delegator_withdraw_infos = [{ delegator_address: "trib1xyz", withdraw_address: "x" }]), "delegator_withdraw_infos[0].delegator_address", /bech32|invalid/i],
    ["bad validator", (g) => (g.outstanding_rewards = [{ validator_address: "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f", outstanding_rewards: [] }]), "outstanding_rewards[0].validator_address", /prefix|tribvaloper/],
    ["bad previous proposer", (g) => (g.previous_proposer = "nonsense"), "previous_proposer", /.+/],
    ["reference count 0", (g) => (g.validator_historical_rewards = [{ validator_address: VALOPER, period: "0", rewards: { cumulative_reward_ratio: [], reference_count: 0 } }]), "validator_historical_rewards[0].rewards.reference_count", /1 to 3/],
    ["current period 0", (g) => (g.validator_current_rewards = [{ validator_address: VALOPER, rewards: { rewards: [], period: "0" } }]), "validator_current_rewards[0].rewards.period", /at least 1/],
    ["negative stake", (g) => (g.delegator_starting_infos = [{ delegator_address: ACCOUNT, validator_address: VALOPER, starting_info: { previous_period: "1", stake: "-1.0", height: "0" } }]), "delegator_starting_infos[0].starting_info.stake", /negative/],
    ["slash fraction above 1", (g) => (g.validator_slash_events = [{ validator_address: VALOPER, height: "3", period: "2", validator_slash_event: { validator_period: "2", fraction: "1.1" } }]), "validator_slash_events[0].validator_slash_event.fraction", /between 0 and 1/],
    ["slash period mismatch", (g) => (g.validator_slash_events = [{ validator_address: VALOPER, height: "3", period: "3", validator_slash_event: { validator_period: "2", fraction: "0.1" } }]), "validator_slash_events[0].period", /validator_period is 2/],
    ["duplicate outstanding", (g) => (g.outstanding_rewards = [{ validator_address: VALOPER, outstanding_rewards: [] }, { validator_address: VALOPER, outstanding_rewards: [] }]), "outstanding_rewards[1]", /duplicate/],
    ["bad compute record", (g) => (g.compute_rewards = { pending: [{ denom: "utrib", amount: "-5" }], last_allocated: [], last_height: "0", total_allocated: [] }), "compute_rewards.pending[0].amount", /negative/],
  ];
  it.each(cases)("validateGenesis names the field: %s", (_name, mutate, field, reason) => {
    const section: any = { params: { community_tax: "0.02", base_proposer_reward: "0", bonus_proposer_reward: "0", withdraw_addr_enabled: true }, fee_pool: { community_pool: [] } };
    mutate(section);
    let err: unknown;
    try {
      validateAppState({ distribution: section });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GenesisError);
    expect((err as GenesisError).field).toBe(`app_state.distribution.${field}`);
    expect((err as GenesisError).reason).toMatch(reason);
  });

  it("a fork of an exported chain gives its new validator the records the hooks would have made: it earns at once", async () => {
    h = await busyChain();
    const doc: GenesisDoc = newGenesisDoc({ chainId: "tributary-test-1", genesisTime: "2023-11-14T22:13:20Z" });
    doc.app_state = await h.s.exportAppState();
    const key = ed25519.getPublicKey(sha256(new TextEncoder().encode("cons-key-9")));
    const operator = h.s.address(4);
    expect(() => forkGenesis(doc, { chainId: "tributary-test-1", validators: [{ pubkey: key, power: 5n, operator }], initialHeight: 1n })).toThrow(
      /initial_height: 1 is not above height \d+ where distribution records a delegation start or a slash/,
    );
    const initialHeight = h.height + 1n;
    const forked = forkGenesis(doc, { chainId: "tributary-test-1", validators: [{ pubkey: key, power: 5n, operator }], initialHeight, genesisTime: "2023-11-14T22:13:20Z" });
    const dist = forked.app_state.distribution as any;
    expect(dist.validator_current_rewards.find((c: any) => c.rewards.period === "2" && c.validator_address.startsWith("tribvaloper"))).toBeDefined();
    a = await AppHarness.create({ accounts: 5, initialHeight, appState: (st) => Object.assign(st, structuredClone(forked.app_state)) });
    const votes = { decidedLastCommit: { round: 0, votes: [{ validator: { address: sha256(key).slice(0, 20), power: 5n }, blockIdFlag: 2 }] } };
    await a.deliver([await a.signTx(0, { msgs: [a.send(0, a.accounts[0]!.address, "1")], fee: [{ denom: "utrib", amount: "1000" }] })], votes);
    await a.deliver([], votes);
    const valoper = (dist.delegator_starting_infos.find((s: any) => s.delegator_address === operator && s.starting_info.stake === "5000000.000000000000000000")).validator_address;
    const res = await a.app.query({
      path: "/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards",
      data: QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: valoper }).finish(),
      height: 0n,
      prove: false,
    });
    expect(res.code, res.log).toBe(0);
    // 1000 fee (mint holds still), 2 % tax: 980 to the only signer.
    const out = QueryValidatorOutstandingRewardsResponse.decode(res.value);
    expect(out.rewards.rewards).toEqual([{ denom: "utrib", amount: (980n * 10n ** 18n).toString() }]);
  });
});

const VALOPER = "tribvaloper1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5kwy7q4";
const ACCOUNT = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f";
