/**
 * The operator CLI on a real solo node, run as an operator would: a new operator on another
 * machine (its own home with its own consensus key and keyring) creates a validator, others
 * delegate, unbond and redelegate, the operator edits it and withdraws rewards and commission,
 * unjail is refused while not jailed, multi-send pays several addresses; every query in JSON
 * (simd's fields) and text (amounts with their denom). Each step checks the state changed as
 * it should, and each refusal that nothing changed.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toBase64 } from "@cosmjs/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { addressString, consAddressString, moduleAddress } from "../../chain/address.ts";
import { readGenesis, writeGenesis } from "../../genesis/doc.ts";
import { waitFor } from "../../test/processNode.ts";
import { type TestNode, makeTestHome, startTestNode } from "../../test/testNode.ts";
import { generateEd25519Key, homePaths, loadValidatorKey, writeValidatorKey } from "../home.ts";
import { Keyring } from "../keyring/index.ts";
import { type Run, expectOneLineError, runInProcess } from "./cliTestHarness.ts";
import { DEV_ACCOUNTS, DEV_VALIDATOR } from "./devAccounts.ts";
import { valoperOf } from "./operator/args.ts";

const [ALICE, BOB, CAROL, DAVE] = DEV_ACCOUNTS;
const BOB_VAL = valoperOf(BOB.address);
const DEV_VAL = valoperOf(DEV_VALIDATOR.address);
const FEE_COLLECTOR = addressString(moduleAddress("fee_collector"));
/** A well-formed operator address nobody operates. */
const NOBODY_VAL = valoperOf("trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f");

let t: TestNode;
let nodeHome = "";
/** The new operator's machine: its own consensus key and keyring. */
let opHome = "";
let node: string[];

const ok = (r: Run): Run => {
  expect(r.code, r.stderr).toBe(0);
  return r;
};
/** A command against the node, from `home` (the operator's by default). */
const cli = (args: string[], home = opHome) => runInProcess([...args, ...node, "--home", home]);
const tx = async (args: string[]) => {
  const r = ok(await cli([...args, "--yes", "-o", "json"]));
  const res = JSON.parse(r.stdout);
  expect(res.code, res.raw_log).toBe(0);
  return res;
};
const json = async (args: string[]) => JSON.parse(ok(await cli([...args, "-o", "json"])).stdout);
const text = async (args: string[]) => ok(await cli(args)).stdout;
/** Text output, which is YAML. */
const yaml = async (args: string[]) => parseYaml(await text(args));
const balance = async (addr: string) => BigInt((await json(["query", "bank", "balances", addr, "--denom", "utrib"])).balance.amount);

beforeAll(async () => {
  nodeHome = makeTestHome({ bondValidator: true });
  // A validator that never signs is jailed after a window of missed blocks: keep the window
  // longer than this test so jailing is not what decides its steps.
  const doc = readGenesis(homePaths(nodeHome).genesis);
  (doc.app_state as any).slashing.params.signed_blocks_window = "100000";
  writeGenesis(homePaths(nodeHome).genesis, doc);
  t = await startTestNode({ home: nodeHome });
  node = ["--node", t.rpcUrl];
  opHome = mkdtempSync(join(tmpdir(), "trib-operator-"));
  mkdirSync(homePaths(opHome).configDir, { recursive: true });
  writeValidatorKey(opHome, generateEd25519Key());
  const keys = Keyring.open({ home: opHome, backend: "test" });
  for (const a of [ALICE, BOB, CAROL, DAVE, DEV_VALIDATOR]) await keys.add(a.name, a.mnemonic);
}, 60_000);

afterAll(async () => {
  await t?.stop();
  rmSync(nodeHome, { recursive: true, force: true });
  rmSync(opHome, { recursive: true, force: true });
});

describe("operator CLI on a solo node", () => {
  it("create-validator with the home's consensus key; refusals change nothing", async () => {
    const before = await balance(BOB.address);
    expectOneLineError(await cli(["tx", "staking", "create-validator", "--from", "bob", "--yes"]), /--amount is required/);
    expectOneLineError(await cli(["tx", "staking", "create-validator", "--amount", "5x", "--moniker", "b", "--from", "bob", "--yes"]), /invalid --amount "5x"/);
    expectOneLineError(await cli(["tx", "staking", "create-validator", "--amount", "5000000stake", "--moniker", "b", "--from", "bob", "--yes"]), /must be in the bond denom utrib, got stake/);
    expectOneLineError(await cli(["tx", "staking", "create-validator", "--amount", "5000000utrib", "--commission-rate", "0.5", "--from", "bob", "--yes"]), /--commission-rate 0.5 is above --commission-max-rate 0.2/);
    expectOneLineError(await cli(["tx", "staking", "create-validator", "--amount", "5000000utrib", "--pubkey", '{"key":"abc"}', "--from", "bob", "--yes"]), /invalid --pubkey: expected \{"@type":"\/cosmos.crypto.ed25519.PubKey"/);
    expect(await balance(BOB.address)).toBe(before);

    const res = await tx(["tx", "staking", "create-validator", "--amount", "5000000utrib", "--moniker", "bob-val", "--website", "https://bob.example", "--commission-rate", "0.05", "--from", "bob"]);
    expect(Number(res.height)).toBeGreaterThan(0);
    const { validator } = await json(["query", "staking", "validator", BOB_VAL]);
    expect(validator).toMatchObject({
      operator_address: BOB_VAL,
      consensus_pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: toBase64(loadValidatorKey(opHome).pubkey) },
      jailed: false,
      status: "BOND_STATUS_BONDED",
      tokens: "5000000",
      delegator_shares: "5000000.000000000000000000",
      description: { moniker: "bob-val", website: "https://bob.example", identity: "", security_contact: "", details: "" },
      commission: { commission_rates: { rate: "0.050000000000000000", max_rate: "0.200000000000000000", max_change_rate: "0.010000000000000000" } },
      min_self_delegation: "1",
    });
    const shown = (await yaml(["query", "staking", "validator", BOB_VAL])).validator;
    expect(shown).toMatchObject({ tokens: "5000000utrib", min_self_delegation: "1utrib", description: { moniker: "bob-val" } });
    expectOneLineError(await cli(["tx", "staking", "create-validator", "--amount", "5000000utrib", "--moniker", "again", "--from", "bob", "--yes"]), new RegExp(`validator ${BOB_VAL} already exists`));
  });

  it("delegate, unbond and redelegate; bad addresses, unknown validators and too-large amounts are refused", async () => {
    await tx(["tx", "staking", "delegate", BOB_VAL, "2000000utrib", "--from", "carol"]);
    const { delegation_response: d } = await json(["query", "staking", "delegation", CAROL.address, BOB_VAL]);
    expect(d).toEqual({ delegation: { delegator_address: CAROL.address, validator_address: BOB_VAL, shares: "2000000.000000000000000000" }, balance: { denom: "utrib", amount: "2000000" } });
    expect((await yaml(["query", "staking", "delegation", CAROL.address, BOB_VAL])).delegation_response.balance).toBe("2000000utrib");

    const before = await balance(CAROL.address);
    expectOneLineError(await cli(["tx", "staking", "delegate", "tribvaloper1xyz", "1utrib", "--from", "carol", "--yes"]), /invalid validator address "tribvaloper1xyz"/);
    expectOneLineError(await cli(["tx", "staking", "delegate", CAROL.address, "1utrib", "--from", "carol", "--yes"]), /that is an account address; its validator operator address is tribvaloper1/);
    expectOneLineError(await cli(["tx", "staking", "delegate", NOBODY_VAL, "1utrib", "--from", "carol", "--yes"]), new RegExp(`validator ${NOBODY_VAL} not found`));
    expectOneLineError(await cli(["tx", "staking", "delegate", BOB_VAL, "1.5utrib", "--from", "carol", "--yes"]), /invalid amount "1.5utrib"/);
    expectOneLineError(await cli(["tx", "staking", "unbond", BOB_VAL, "3000000utrib", "--from", "carol", "--yes"]), /has 2000000utrib delegated to .*: cannot unbond 3000000utrib/);
    expectOneLineError(await cli(["tx", "staking", "unbond", DEV_VAL, "1utrib", "--from", "dave", "--yes"]), new RegExp(`${DAVE.address} has no delegation to ${DEV_VAL}`));
    expect(await balance(CAROL.address)).toBe(before);

    await tx(["tx", "staking", "unbond", BOB_VAL, "500000utrib", "--from", "carol"]);
    const { unbonding_responses: u } = await json(["query", "staking", "unbonding-delegations", CAROL.address]);
    expect(u).toHaveLength(1);
    expect(u[0]).toMatchObject({ delegator_address: CAROL.address, validator_address: BOB_VAL });
    expect(u[0].entries.map((e: any) => [e.initial_balance, e.balance])).toEqual([["500000", "500000"]]);
    expect(u[0].entries[0].completion_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(await text(["query", "staking", "unbonding-delegations", CAROL.address])).toMatch(/balance: 500000utrib/);

    await tx(["tx", "staking", "redelegate", BOB_VAL, DEV_VAL, "1000000utrib", "--from", "carol"]);
    expectOneLineError(await cli(["tx", "staking", "redelegate", BOB_VAL, BOB_VAL, "1utrib", "--from", "carol", "--yes"]), /source and destination validators are the same/);
    const { delegation_responses: all } = await json(["query", "staking", "delegations", CAROL.address]);
    expect(Object.fromEntries(all.map((r: any) => [r.delegation.validator_address, r.balance.amount]))).toEqual({ [BOB_VAL]: "500000", [DEV_VAL]: "1000000" });
  });

  it("edit-validator changes only what is given", async () => {
    expectOneLineError(await cli(["tx", "staking", "edit-validator", "--from", "bob", "--yes"]), /nothing to edit/);
    expectOneLineError(await cli(["tx", "staking", "edit-validator", "--moniker", "x", "--from", "carol", "--yes"]), new RegExp(`${CAROL.address} operates no validator`));
    await tx(["tx", "staking", "edit-validator", "--moniker", "bob-renamed", "--details", "runs on a laptop", "--from", "bob"]);
    const { validator } = await json(["query", "staking", "validator", BOB_VAL]);
    expect(validator.description).toEqual({ moniker: "bob-renamed", identity: "", website: "https://bob.example", security_contact: "", details: "runs on a laptop" });
    expect(validator.commission.commission_rates.rate).toBe("0.050000000000000000");
  });

  it("withdraw-rewards (and --commission for the operator), withdraw-all-rewards, set-withdraw-addr, fund-community-pool", async () => {
    // The node's validator signs every block, so carol's delegation to it earns.
    const rewards = await json(["query", "distribution", "rewards", CAROL.address, DEV_VAL]);
    expect(rewards.rewards[0].denom).toBe("utrib");
    expect(rewards.rewards[0].amount).toMatch(/^\d+\.\d{18}$/);
    expect((await yaml(["query", "distribution", "rewards", CAROL.address, DEV_VAL])).rewards[0]).toMatch(/^\d+\.\d{18}utrib$/);
    const total = await json(["query", "distribution", "rewards", CAROL.address]);
    expect(total.rewards.map((r: any) => r.validator_address).sort()).toEqual([BOB_VAL, DEV_VAL].sort());

    // Carol holds 1 TRIB of the validator's 100,001: wait until whole utrib have accrued.
    const accrued = () =>
      waitFor("carol's rewards to reach whole utrib", async () => Number((await json(["query", "distribution", "rewards", CAROL.address, DEV_VAL])).rewards[0]?.amount ?? 0) >= 2, 30_000, 200);
    await accrued();
    const before = await balance(CAROL.address);
    const res = await tx(["tx", "distribution", "withdraw-rewards", DEV_VAL, "--from", "carol"]);
    const got = await json(["query", "tx", res.txhash]);
    const withdrawn = BigInt(/^(\d+)utrib$/.exec(got.events.find((e: any) => e.type === "withdraw_rewards").attributes.find((a: any) => a.key === "amount").value)![1]!);
    expect(withdrawn).toBeGreaterThan(0n);
    const fee = BigInt(/^(\d+)utrib$/.exec(got.events.find((e: any) => e.type === "tx" && e.attributes.some((a: any) => a.key === "fee")).attributes.find((a: any) => a.key === "fee").value)![1]!);
    expect(await balance(CAROL.address)).toBe(before - fee + withdrawn);

    expectOneLineError(await cli(["tx", "distribution", "withdraw-rewards", DEV_VAL, "--commission", "--from", "carol", "--yes"]), new RegExp(`--commission: ${CAROL.address} is not the operator of ${DEV_VAL}`));
    expectOneLineError(await cli(["tx", "distribution", "withdraw-rewards", DEV_VAL, "--from", "dave", "--yes"]), /has no delegation to .*: no rewards to withdraw/);
    expectOneLineError(await cli(["tx", "distribution", "withdraw-all-rewards", "--from", "dave", "--yes"]), /has no delegations: no rewards to withdraw/);

    // The node's operator withdraws its self-delegation rewards and its commission; bob's
    // validator never signed a block, so it has earned no commission to withdraw.
    const earned = (await json(["query", "distribution", "commission", DEV_VAL])).commission.commission;
    expect(earned[0].amount).toMatch(/^\d+\.\d{18}$/);
    const opBefore = await balance(DEV_VALIDATOR.address);
    await tx(["tx", "distribution", "withdraw-rewards", DEV_VAL, "--commission", "--from", "validator"]);
    expect(await balance(DEV_VALIDATOR.address)).toBeGreaterThan(opBefore);
    const bobBefore = await balance(BOB.address);
    expectOneLineError(await cli(["tx", "distribution", "withdraw-rewards", BOB_VAL, "--commission", "--from", "bob", "--yes"]), new RegExp(`validator ${BOB_VAL} has no commission to withdraw`));
    expect(await balance(BOB.address)).toBe(bobBefore);
    await tx(["tx", "distribution", "withdraw-all-rewards", "--from", "carol"]);

    await tx(["tx", "distribution", "set-withdraw-addr", DAVE.address, "--from", "carol"]);
    const daveBefore = await balance(DAVE.address);
    await accrued();
    await tx(["tx", "distribution", "withdraw-rewards", DEV_VAL, "--from", "carol"]);
    expect(await balance(DAVE.address)).toBeGreaterThan(daveBefore);

    const poolBefore = (await json(["query", "distribution", "community-pool"])).pool;
    const utrib = (pool: any[]) => Number(pool.find((c) => c.denom === "utrib")?.amount ?? "0");
    await tx(["tx", "distribution", "fund-community-pool", "1234567utrib", "--from", "alice"]);
    const poolAfter = (await json(["query", "distribution", "community-pool"])).pool;
    expect(utrib(poolAfter) - utrib(poolBefore)).toBeGreaterThanOrEqual(1234567);
    expect((await yaml(["query", "distribution", "community-pool"])).pool).toContainEqual(expect.stringMatching(/^\d+\.\d{18}utrib$/));
    expectOneLineError(await cli(["tx", "distribution", "set-withdraw-addr", "trib1bad", "--from", "carol", "--yes"]), /withdraw address/);
  });

  it("unjail is refused while the validator is not jailed, with no fee charged", async () => {
    const before = await balance(BOB.address);
    expectOneLineError(await cli(["tx", "slashing", "unjail", "--from", "bob", "--yes"]), new RegExp(`validator ${BOB_VAL} is not jailed: nothing to unjail`));
    expectOneLineError(await cli(["tx", "slashing", "unjail", "--from", "dave", "--yes"]), new RegExp(`${DAVE.address} operates no validator`));
    expect(await balance(BOB.address)).toBe(before);
    expect((await json(["query", "staking", "validator", BOB_VAL])).validator.jailed).toBe(false);
  });

  it("multi-send sends the amount to each address, or shares it with --split", async () => {
    const [c0, d0, a0] = [await balance(CAROL.address), await balance(DAVE.address), await balance(ALICE.address)];
    const res = await tx(["tx", "bank", "multi-send", "alice", CAROL.address, DAVE.address, "1000utrib"]);
    const got = await json(["query", "tx", res.txhash]);
    const fee = BigInt(/^(\d+)utrib$/.exec(got.events.find((e: any) => e.type === "tx" && e.attributes.some((a: any) => a.key === "fee")).attributes.find((a: any) => a.key === "fee").value)![1]!);
    expect([await balance(CAROL.address), await balance(DAVE.address), await balance(ALICE.address)]).toEqual([c0 + 1000n, d0 + 1000n, a0 - 2000n - fee]);
    await tx(["tx", "bank", "multi-send", "alice", CAROL.address, DAVE.address, "1001utrib", "--split"]);
    expect([await balance(CAROL.address), await balance(DAVE.address)]).toEqual([c0 + 1500n, d0 + 1500n]);
    expectOneLineError(await cli(["tx", "bank", "multi-send", "alice", CAROL.address, "1utrib", "--yes"]), /at least two recipient addresses/);
    expectOneLineError(await cli(["tx", "bank", "multi-send", "alice", CAROL.address, "trib1nope", "1utrib", "--yes"]), /recipient address 2/);
    expectOneLineError(await cli(["tx", "bank", "multi-send", "alice", CAROL.address, DAVE.address, "1utrib", "--split", "--yes"]), /--split: utrib shared between 2 addresses gives each nothing/);
    // A module account is refused by the chain (its simulation), and nothing moves.
    expectOneLineError(await cli(["tx", "bank", "multi-send", "alice", CAROL.address, FEE_COLLECTOR, "1utrib", "--yes"]), /not allowed to receive funds/);
    expect([await balance(CAROL.address), await balance(DAVE.address)]).toEqual([c0 + 1500n, d0 + 1500n]);
  });

  it("staking, slashing, distribution and mint queries in JSON and text", async () => {
    const { validators, pagination } = await json(["query", "staking", "validators"]);
    expect(validators.map((v: any) => v.operator_address).sort()).toEqual([BOB_VAL, DEV_VAL].sort());
    expect(pagination).toEqual({ next_key: null, total: "2" });
    expect(await text(["query", "staking", "validators"])).toMatch(/^\s+tokens: \d+utrib$/m);
    const { pool } = await json(["query", "staking", "pool"]);
    const bonded = validators.reduce((s: bigint, v: any) => s + BigInt(v.tokens), 0n);
    expect(pool.bonded_tokens).toBe(bonded.toString());
    expect(await text(["query", "staking", "pool"])).toContain(`bonded_tokens: ${bonded}utrib`);
    expect((await json(["query", "staking", "params"])).params).toMatchObject({ bond_denom: "utrib", unbonding_time: "1814400s", max_validators: 100, min_commission_rate: "0.000000000000000000" });

    const info = (await json(["query", "slashing", "signing-info", BOB_VAL])).val_signing_info;
    expect(info.address).toMatch(/^tribvalcons1/);
    expect(info).toMatchObject({ tombstoned: false, jailed_until: "1970-01-01T00:00:00Z" });
    expect(info.start_height).toMatch(/^\d+$/);
    expect((await yaml(["query", "slashing", "signing-info", BOB_VAL])).val_signing_info.missed_blocks_counter).toMatch(/^\d+$/);
    const byPubkey = `{"@type":"/cosmos.crypto.ed25519.PubKey","key":"${toBase64(loadValidatorKey(opHome).pubkey)}"}`;
    expect((await json(["query", "slashing", "signing-info", byPubkey])).val_signing_info.address).toBe(info.address);
    expect((await json(["query", "slashing", "signing-info", info.address])).val_signing_info.start_height).toBe(info.start_height);
    expectOneLineError(await cli(["query", "slashing", "signing-info", consAddressString(new Uint8Array(20).fill(7))]), /no signing info for tribvalcons1/);
    expect((await json(["query", "slashing", "params"])).params).toEqual({
      signed_blocks_window: "100000", min_signed_per_window: "0.500000000000000000", downtime_jail_duration: "600s",
      slash_fraction_double_sign: "0.050000000000000000", slash_fraction_downtime: "0.000100000000000000",
    });

    expect((await json(["query", "distribution", "params"])).params).toMatchObject({ community_tax: "0.020000000000000000", withdraw_addr_enabled: true });
    const outstanding = await json(["query", "distribution", "validator-outstanding-rewards", DEV_VAL]);
    expect(outstanding.rewards.rewards[0].amount).toMatch(/^\d+\.\d{18}$/);
    expect((await yaml(["query", "distribution", "validator-outstanding-rewards", DEV_VAL])).rewards.rewards[0]).toMatch(/^\d+\.\d{18}utrib$/);
    expect((await yaml(["query", "distribution", "commission", DEV_VAL])).commission.commission[0]).toMatch(/^\d+\.\d{18}utrib$/);
    expectOneLineError(await cli(["query", "distribution", "commission", NOBODY_VAL]), new RegExp(`validator ${NOBODY_VAL} not found`));

    const inflation = (await json(["query", "mint", "inflation"])).inflation;
    expect(inflation).toMatch(/^0\.1[3-9]\d{16}$/);
    expect(await text(["query", "mint", "inflation"])).toMatch(/^inflation: "0\.\d{18}"\n$/);
    expect((await json(["query", "mint", "annual-provisions"])).annual_provisions).toMatch(/^\d+\.\d{18}$/);
    expect(await text(["query", "mint", "annual-provisions"])).toMatch(/^annual_provisions: \d+\.\d{18}utrib\n$/);
    expect((await json(["query", "mint", "params"])).params).toEqual({
      mint_denom: "utrib", inflation_rate_change: "0.130000000000000000", inflation_max: "0.200000000000000000",
      inflation_min: "0.070000000000000000", goal_bonded: "0.670000000000000000", blocks_per_year: "31557600",
    });
  });
});
