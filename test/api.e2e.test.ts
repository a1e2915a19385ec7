/**
 * The REST API (node/api) on a real node: the gateway's paths and JSON shapes for known state,
 * a CosmJS-signed MsgSend broadcast over REST and committed, paging with plain fetch, and the
 * gateway's error JSON (with nothing changed) for bad paths, addresses and bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toBase64, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, calculateFee } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { addGenesisAccount } from "../genesis/accounts.ts";
import { readGenesis, writeGenesis } from "../genesis/doc.ts";
import { DEV_ACCOUNTS, DEV_VALIDATOR } from "../node/cli/devAccounts.ts";
import { homePaths } from "../node/home.ts";
import { loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { spawnNode, waitFor } from "./processNode.ts";
import { type TestNode, makeTestHome, startTestNode } from "./testNode.ts";
import { V046_V050_DIFFERENCES, gatewaySamples, shapeDiff, uncovered, unexplained } from "./sdkGatewayShapes.ts";
import { QUERY_ROUTES } from "../node/api/routes.ts";
import { TributaryClient, makeDevWallet } from "../client/index.ts";

let t: TestNode;
let api: string;
/** An account holding three denoms (paging needs more than one). */
const MULTI = toBech32("trib", new Uint8Array(20).fill(7));
const [alice, bob] = DEV_ACCOUNTS;

async function get(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const r = await fetch(api + path);
  return { status: r.status, body: await r.json(), headers: r.headers };
}

async function post(path: string, body: string): Promise<{ status: number; body: any }> {
  const r = await fetch(api + path, { method: "POST", headers: { "content-type": "application/json" }, body });
  return { status: r.status, body: await r.json() };
}

async function utrib(address: string): Promise<string> {
  return (await get(`/cosmos/bank/v1beta1/balances/${address}/by_denom?denom=utrib`)).body.balance.amount;
}

/** Polls until `probe` returns a value (a condition, not a fixed sleep). */

beforeAll(async () => {
  const home = makeTestHome({ bondValidator: true });
  const file = homePaths(home).genesis;
  writeGenesis(file, addGenesisAccount(readGenesis(file), MULTI, [{ denom: "uaaa", amount: "5" }, { denom: "ubbb", amount: "6" }, { denom: "utrib", amount: "7" }]));
  t = await startTestNode({ home });
  api = t.node.apiUrl!;
  expect(api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

describe("query routes: the SDK gateway's JSON", () => {
  it("auth: accounts/{address} is an Any with @type; account_info the base account", async () => {
    const { status, body, headers } = await get(`/cosmos/auth/v1beta1/accounts/${alice.address}`);
    expect(status).toBe(200);
    expect(body.account).toMatchObject({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address: alice.address, sequence: expect.stringMatching(/^\d+$/) });
    expect(body.account.account_number).toMatch(/^\d+$/);
    expect(Number(headers.get("grpc-metadata-x-cosmos-block-height"))).toBeGreaterThan(0);
    const info = await get(`/cosmos/auth/v1beta1/account_info/${alice.address}`);
    expect(info.body.info).toMatchObject({ address: alice.address, account_number: body.account.account_number });
  });

  it("bank: balances, by_denom, supply, denoms_metadata, params", async () => {
    expect((await get(`/cosmos/bank/v1beta1/balances/${MULTI}?pagination.count_total=true`)).body).toEqual({
      balances: [
        { denom: "uaaa", amount: "5" },
        { denom: "ubbb", amount: "6" },
        { denom: "utrib", amount: "7" },
      ],
      pagination: { next_key: null, total: "3" },
    });
    expect((await get(`/cosmos/bank/v1beta1/balances/${MULTI}/by_denom?denom=ubbb`)).body).toEqual({ balance: { denom: "ubbb", amount: "6" } });
    expect((await get(`/cosmos/bank/v1beta1/spendable_balances/${MULTI}`)).body.balances).toHaveLength(3);
    const supply = (await get("/cosmos/bank/v1beta1/supply")).body;
    expect(supply.supply.map((c: { denom: string }) => c.denom)).toEqual(["uaaa", "ubbb", "utrib"]);
    expect((await get("/cosmos/bank/v1beta1/supply/by_denom?denom=uaaa")).body).toEqual({ amount: { denom: "uaaa", amount: "5" } });
    const meta = (await get("/cosmos/bank/v1beta1/denoms_metadata")).body;
    expect(meta.metadatas[0]).toMatchObject({ base: "utrib", display: "TRIB", denom_units: expect.arrayContaining([{ denom: "TRIB", exponent: 6, aliases: [] }]) });
    expect((await get("/cosmos/bank/v1beta1/params")).body).toEqual({ params: { send_enabled: [], default_send_enabled: true } });
  });

  it("bank: a plain fetch client pages balances with pagination.limit=1 and next_key", async () => {
    const denoms: string[] = [];
    let key: string | null = "";
    for (let page = 0; key !== null; page++) {
      expect(page).toBeLessThan(5);
      const q: string = `pagination.limit=1${key ? `&pagination.key=${encodeURIComponent(key)}` : ""}`;
      const body: any = (await get(`/cosmos/bank/v1beta1/balances/${MULTI}?${q}`)).body;
      expect(body.balances).toHaveLength(1);
      denoms.push(body.balances[0].denom);
      key = body.pagination.next_key;
    }
    expect(denoms).toEqual(["uaaa", "ubbb", "utrib"]);
    const reversed = (await get(`/cosmos/bank/v1beta1/balances/${MULTI}?pagination.limit=1&pagination.reverse=true`)).body;
    expect(reversed.balances).toEqual([{ denom: "utrib", amount: "7" }]);
  });

  it("staking: the bonded validator with LegacyDec commission, its delegation, pool, params", async () => {
    const { body } = await get("/cosmos/staking/v1beta1/validators");
    const v = body.validators[0];
    expect(v).toMatchObject({
      consensus_pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: expect.any(String) },
      jailed: false,
      status: "BOND_STATUS_BONDED",
      tokens: "100000000000",
      delegator_shares: "100000000000.000000000000000000",
      unbonding_time: "1970-01-01T00:00:00Z",
      commission: { commission_rates: { rate: "0.100000000000000000", max_rate: "0.200000000000000000", max_change_rate: "0.010000000000000000" } },
    });
    expect(v.operator_address).toMatch(/^tribvaloper1/);
    expect((await get(`/cosmos/staking/v1beta1/validators/${v.operator_address}`)).body.validator.operator_address).toBe(v.operator_address);
    const dels = (await get(`/cosmos/staking/v1beta1/validators/${v.operator_address}/delegations`)).body;
    expect(dels.delegation_responses[0]).toEqual({
      delegation: { delegator_address: DEV_VALIDATOR.address, validator_address: v.operator_address, shares: "100000000000.000000000000000000" },
      balance: { denom: "utrib", amount: "100000000000" },
    });
    expect((await get(`/cosmos/staking/v1beta1/delegations/${DEV_VALIDATOR.address}`)).body.delegation_responses).toHaveLength(1);
    expect((await get(`/cosmos/staking/v1beta1/delegators/${DEV_VALIDATOR.address}/unbonding_delegations`)).body.unbonding_responses).toEqual([]);
    expect((await get("/cosmos/staking/v1beta1/pool")).body).toEqual({ pool: { not_bonded_tokens: "0", bonded_tokens: "100000000000" } });
    const params = (await get("/cosmos/staking/v1beta1/params")).body.params;
    expect(params).toMatchObject({ unbonding_time: "1814400s", bond_denom: "utrib", max_validators: 100, min_commission_rate: "0.000000000000000000" });
  });

  it("slashing, distribution, mint", async () => {
    const infos = (await get("/cosmos/slashing/v1beta1/signing_infos")).body;
    expect(infos.info[0]).toMatchObject({ address: expect.stringMatching(/^tribvalcons1/), jailed_until: "1970-01-01T00:00:00Z", tombstoned: false });
    expect((await get("/cosmos/slashing/v1beta1/params")).body.params).toEqual({
      signed_blocks_window: "100",
      min_signed_per_window: "0.500000000000000000",
      downtime_jail_duration: "600s",
      slash_fraction_double_sign: "0.050000000000000000",
      slash_fraction_downtime: "0.000100000000000000",
    });
    const valoper = (await get("/cosmos/staking/v1beta1/validators")).body.validators[0].operator_address;
    // Rewards accrue from the second block on; wait for some, then check their DecCoin form.
    const outstanding = await waitFor("outstanding rewards", async () => {
      const r = (await get(`/cosmos/distribution/v1beta1/validators/${valoper}/outstanding_rewards`)).body.rewards.rewards;
      return r.length > 0 ? r : undefined;
    }, 15_000, 50);
    expect(outstanding[0].amount).toMatch(/^\d+\.\d{18}$/);
    expect((await get(`/cosmos/distribution/v1beta1/validators/${valoper}/commission`)).body.commission.commission[0].amount).toMatch(/^\d+\.\d{18}$/);
    const rewards = (await get(`/cosmos/distribution/v1beta1/delegators/${DEV_VALIDATOR.address}/rewards`)).body;
    expect(rewards.rewards[0].validator_address).toBe(valoper);
    expect(rewards.total[0].amount).toMatch(/^\d+\.\d{18}$/);
    expect((await get("/cosmos/distribution/v1beta1/community_pool")).body.pool[0]).toMatchObject({ denom: "utrib", amount: expect.stringMatching(/^\d+\.\d{18}$/) });
    expect((await get("/cosmos/distribution/v1beta1/params")).body.params).toEqual({
      community_tax: "0.020000000000000000",
      base_proposer_reward: "0.000000000000000000",
      bonus_proposer_reward: "0.000000000000000000",
      withdraw_addr_enabled: true,
    });
    expect((await get("/cosmos/mint/v1beta1/inflation")).body.inflation).toMatch(/^0\.\d{18}$/);
    expect((await get("/cosmos/mint/v1beta1/annual_provisions")).body.annual_provisions).toMatch(/^\d+\.\d{18}$/);
    expect((await get("/cosmos/mint/v1beta1/params")).body.params).toMatchObject({ mint_denom: "utrib", inflation_max: "0.200000000000000000", goal_bonded: "0.670000000000000000", blocks_per_year: "31557600" });
  });

  it("every documented route has a real SDK gateway's shape (simd v0.46.16 captured; v0.50 by hand where simd lacks it)", async () => {
    const valoper = (await get("/cosmos/staking/v1beta1/validators")).body.validators[0].operator_address;
    const valcons = (await get("/cosmos/slashing/v1beta1/signing_infos")).body.info[0].address;
    // The state simd's capture was taken in: a committed bank send (tx routes) and an unbonding
    // delegation (alice's: below one unit of voting power, so the validator set stays as it is).
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: "trib" });
    const client = await SigningStargateClient.connectWithSigner(t.rpcUrl, wallet, { broadcastPollIntervalMs: 100 });
    const fee = calculateFee(300_000, GasPrice.fromString("0.0025utrib"));
    const sent = await client.sendTokens(alice.address, toBech32("trib", new Uint8Array(20).fill(3)), [{ denom: "utrib", amount: "1" }], fee);
    expect((await client.delegateTokens(alice.address, valoper, { denom: "utrib", amount: "1000" }, fee)).code).toBe(0);
    expect((await client.undelegateTokens(alice.address, valoper, { denom: "utrib", amount: "500" }, fee)).code).toBe(0);
    // A gov proposal in its voting period with a deposit and a vote, for the gov routes.
    const proposal = { typeUrl: "/cosmos.gov.v1.MsgSubmitProposal", value: { messages: [], initialDeposit: [{ denom: "utrib", amount: "10000000" }], proposer: alice.address, metadata: "", title: "shape", summary: "gov routes' shapes", expedited: false } };
    const submitted = await client.signAndBroadcast(alice.address, [proposal], fee);
    expect(submitted.code, submitted.rawLog).toBe(0);
    const proposalId = submitted.events.find((e) => e.type === "submit_proposal")!.attributes.find((a) => a.key === "proposal_id")!.value;
    const vote = { typeUrl: "/cosmos.gov.v1.MsgVote", value: { proposalId: BigInt(proposalId), voter: alice.address, option: 1, metadata: "" } };
    expect((await client.signAndBroadcast(alice.address, [vote], fee)).code).toBe(0);
    client.disconnect();
    expect(sent.code).toBe(0);
    const values: Record<string, string> = {
      address: alice.address, fresh: MULTI, operator: DEV_VALIDATOR.address, delegator: alice.address, valoper, valcons, denom: "utrib", module: "distribution", hash: sent.transactionHash, height: String(sent.height),
      proposal_id: proposalId, voter: alice.address, depositor: alice.address, params_type: "tallying", name: "v2",
    };
    const fill = (route: string) => {
      const path = route.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(values[name] ?? `{${name}}`));
      return path.replace(/'/g, "%27");
    };
    expect(uncovered(QUERY_ROUTES.filter((r) => r.http === "GET").map((r) => r.path))).toEqual({ noSample: [], notServedNoSample: [] });
    const samples = gatewaySamples();
    expect(samples.filter((s) => s.source === "simd v0.46.16").length).toBeGreaterThan(40);
    const diffs: string[] = [];
    const explained = new Set<unknown>();
    for (const { route, sample } of samples) {
      const { status, body } = await get(fill(route));
      if (status !== 200) diffs.push(`${route}: HTTP ${status} ${JSON.stringify(body)}`);
      else diffs.push(...unexplained(route, shapeDiff(body, sample), explained));
    }
    expect(diffs).toEqual([]);
    // Every allowed version difference still shows (a stale entry would hide nothing, and mislead).
    expect(V046_V050_DIFFERENCES.filter((v) => !explained.has(v)).map((v) => v.why)).toEqual([]);
  });

  it("every GET route of the table reaches a query the app serves (no 500, no 501)", async () => {
    const v = (await get("/cosmos/staking/v1beta1/validators")).body.validators[0];
    const cons = (await get("/cosmos/slashing/v1beta1/signing_infos")).body.info[0].address;
    const param: Record<string, string> = { validator_addr: v.operator_address, validator_address: v.operator_address, cons_address: cons, denom: "utrib", name: "distribution" };
    const value = (name: string) => param[name] ?? (/(^|_)(id|number|version)$/.test(name) ? "1" : alice.address);
    const broken: string[] = [];
    for (const route of QUERY_ROUTES.filter((r) => r.http === "GET")) {
      const path = route.path.replace(/\{([a-z_]+)\}/g, (_m, name: string) => value(name));
      const { status, body } = await get(path);
      if (status >= 500) broken.push(`${route.path} → ${route.method}: HTTP ${status} ${JSON.stringify(body)}`);
    }
    expect(broken).toEqual([]);
  });

  it("tendermint: node_info, syncing, blocks, validatorsets", async () => {
    const info = (await get("/cosmos/base/tendermint/v1beta1/node_info")).body;
    expect(info.default_node_info).toMatchObject({ network: "tributary-e2e-1", moniker: "e2e", version: "0.38.17" });
    expect(info.application_version.name).toBe("tributary");
    expect((await get("/cosmos/base/tendermint/v1beta1/syncing")).body).toEqual({ syncing: false });
    expect((await get("/cosmos/base/node/v1beta1/config")).body.minimum_gas_price).toMatch(/^[0-9.]+utrib$/);
    const latest = (await get("/cosmos/base/tendermint/v1beta1/blocks/latest")).body;
    expect(latest.block.header).toMatchObject({ chain_id: "tributary-e2e-1", height: expect.stringMatching(/^\d+$/) });
    const one = (await get("/cosmos/base/tendermint/v1beta1/blocks/1")).body;
    expect(one.block.header.height).toBe("1");
    expect(one.sdk_block.header.proposer_address).toMatch(/^tribvalcons1/);
    expect(one.sdk_block.header.app_hash).toBe(one.block.header.app_hash);
    expect(one.block_id.hash).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const set = (await get("/cosmos/base/tendermint/v1beta1/validatorsets/latest")).body;
    expect(set.validators[0]).toMatchObject({ address: expect.stringMatching(/^tribvalcons1/), pub_key: { "@type": "/cosmos.crypto.ed25519.PubKey" }, voting_power: "100000" });
  });

  it("tributary: datanet, attribution, inference and rewards queries", async () => {
    expect((await get("/tributary/datanet/v1/params")).body.params.creation_fee).toEqual([{ denom: "utrib", amount: "10000000" }]);
    expect((await get("/tributary/datanet/v1/datanets")).body).toEqual({ datanets: [], pagination: { next_key: null, total: "0" } });
    expect((await get("/tributary/attribution/v1/params")).body.params.attributable_delay_blocks).toMatch(/^\d+$/);
    expect((await get("/tributary/inference/v1/params")).body.params.fee_denom).toBe("utrib");
    expect((await get("/tributary/inference/v1/models")).body.models).toEqual([]);
    expect((await get("/tributary/rewards/v1/params")).body.params.min_bond).toEqual({ denom: "utrib", amount: "100000000" });
    expect((await get("/tributary/rewards/v1/epoch")).body.epoch.number).toMatch(/^\d+$/);
    const missing = await get("/tributary/datanet/v1/datanets/99");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ code: 5, message: expect.stringContaining("datanet 99 does not exist"), details: [] });
  });
});

describe("tributary state over REST", () => {
  it("a datanet created with the TypeScript client reads back with proto names, uint64 strings and enum names", async () => {
    const dave = DEV_ACCOUNTS[3];
    const client = await TributaryClient.connectWithSigner(t.rpcUrl, await makeDevWallet(dave.mnemonic), { broadcastPollIntervalMs: 100 });
    let id: bigint;
    try {
      ({ datanetId: id } = await client.createDatanet(dave.address, { metadata: { name: "rest-api" }, policy: { curation: "OPEN" } }, "auto"));
    } finally {
      client.disconnect();
    }
    const { status, body } = await get(`/tributary/datanet/v1/datanets/${id}`);
    expect(status).toBe(200);
    expect(body.datanet).toMatchObject({ id: String(id), owner: dave.address, metadata: { name: "rest-api" }, policy: { curation: expect.stringMatching(/OPEN$/) } });
    expect(body.counters).toBeTypeOf("object");
    const list = (await get(`/tributary/datanet/v1/datanets?owner=${dave.address}`)).body;
    expect(list.datanets.map((d: { id: string }) => d.id)).toEqual([String(id)]);
    expect((await get(`/tributary/datanet/v1/datanets/${id}/contributions`)).body.contributions).toEqual([]);
  });
});

describe("errors: the gateway's JSON, nothing changed", () => {
  it("bad paths 404, bad addresses and numbers 400", async () => {
    expect(await get("/cosmos/nope/v1beta1/things")).toMatchObject({ status: 404, body: { code: 5, message: "Not Found", details: [] } });
    const bad = await get("/cosmos/bank/v1beta1/balances/trib1bad");
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ code: 3, message: expect.stringContaining("invalid bech32 address"), details: [] });
    expect((await get("/tributary/datanet/v1/datanets/abc")).status).toBe(400);
    const nobody = toBech32("trib", new Uint8Array(20).fill(9));
    expect(await get(`/cosmos/auth/v1beta1/accounts/${nobody}`)).toMatchObject({ status: 404, body: { code: 5, message: expect.stringContaining("not found") } });
    expect(await get(`/cosmos/staking/v1beta1/validators/${toBech32("tribvaloper", new Uint8Array(20).fill(9))}`)).toMatchObject({ status: 404, body: { code: 5 } });
    expect((await get(`/cosmos/bank/v1beta1/balances/${alice.address}?pagination.limit=many`)).body.code).toBe(3);
    expect((await get("/cosmos/base/tendermint/v1beta1/blocks/x")).status).toBe(400);
    expect((await get("/cosmos/base/tendermint/v1beta1/blocks/999999999")).status).toBe(400);
    expect((await get(`/cosmos/tx/v1beta1/txs/${"AB".repeat(32)}`)).status).toBe(404);
    expect((await get("/cosmos/tx/v1beta1/txs/xyz")).status).toBe(400);
  });

  it("bad broadcast bodies are refused and move no coins; CORS is off by default", async () => {
    const before = await utrib(alice.address);
    const notJson = await post("/cosmos/tx/v1beta1/txs", "{not json");
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ code: 3, details: [] });
    expect(await post("/cosmos/tx/v1beta1/txs", JSON.stringify({ mode: "BROADCAST_MODE_SYNC" }))).toMatchObject({ status: 400, body: { code: 3 } });
    // `curl -d` sends form encoding; the body is still read as JSON.
    const form = await fetch(`${api}/cosmos/tx/v1beta1/txs`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: JSON.stringify({ mode: "BROADCAST_MODE_SYNC" }) });
    expect(form.status).toBe(400);
    expect(await form.json()).toMatchObject({ code: 3, message: expect.stringContaining("tx_bytes") });
    expect(await post("/cosmos/tx/v1beta1/txs", JSON.stringify({ tx_bytes: "AAAA", mode: "BROADCAST_MODE_BLOCK" }))).toMatchObject({ status: 400, body: { code: 3 } });
    const garbage = await post("/cosmos/tx/v1beta1/txs", JSON.stringify({ tx_bytes: toBase64(new Uint8Array([1, 2, 3])), mode: "BROADCAST_MODE_SYNC" }));
    expect(garbage.status).toBe(200);
    expect(garbage.body.tx_response.code).not.toBe(0);
    expect(garbage.body.tx_response.txhash).toMatch(/^[0-9A-F]{64}$/);
    expect(await utrib(alice.address)).toBe(before);
    const r = await fetch(`${api}/cosmos/bank/v1beta1/params`, { headers: { origin: "http://example.com" } });
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("a second listener on the same app: no node (as under --consensus cometbft), CORS on", () => {
  it("node routes answer 501, app routes still work, any origin may read, heights can be pinned", async () => {
    const { startApiServer } = await import("../node/api/server.ts");
    const server = await startApiServer({ address: "tcp://127.0.0.1:0", app: t.node.app, logger: t.node.logger, enableUnsafeCors: true });
    try {
      const r = await fetch(`${server.url}/cosmos/base/tendermint/v1beta1/blocks/latest`, { headers: { origin: "http://example.com" } });
      expect(r.status).toBe(501);
      expect(await r.json()).toMatchObject({ code: 12, details: [] });
      expect(r.headers.get("access-control-allow-origin")).toBe("*");
      const pre = await fetch(`${server.url}/cosmos/tx/v1beta1/txs`, { method: "OPTIONS", headers: { origin: "http://example.com", "access-control-request-method": "POST" } });
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-methods")).toContain("POST");
      const at1 = await fetch(`${server.url}/cosmos/bank/v1beta1/supply/by_denom?denom=utrib`, { headers: { "x-cosmos-block-height": "1" } });
      expect(at1.headers.get("grpc-metadata-x-cosmos-block-height")).toBe("1");
      const later = await fetch(`${server.url}/cosmos/bank/v1beta1/supply/by_denom?denom=utrib`);
      // Every block mints: the supply read at height 1 is below the latest one.
      expect(BigInt(((await at1.json()) as any).amount.amount)).toBeLessThan(BigInt(((await later.json()) as any).amount.amount));
      const bad = await fetch(`${server.url}/cosmos/bank/v1beta1/params`, { headers: { "x-cosmos-block-height": "abc" } });
      expect(bad.status).toBe(400);
    } finally {
      await server.close();
    }
  });
});

describe("broadcasting through a CometBFT JSON-RPC (as under --consensus cometbft)", () => {
  it("a listener whose broadcasts go to broadcast_tx_sync over HTTP gets the tx committed; a replay is a mempool refusal", async () => {
    const { startApiServer } = await import("../node/api/server.ts");
    const { cometRpcBroadcaster } = await import("../node/api/broadcast.ts");
    // The solo node's RPC speaks CometBFT's JSON-RPC: the same request CometBFT answers.
    const server = await startApiServer({ address: "tcp://127.0.0.1:0", app: t.node.app, broadcast: cometRpcBroadcaster(t.rpcUrl), logger: t.node.logger });
    try {
      const carol = DEV_ACCOUNTS[2];
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(carol.mnemonic, { prefix: "trib" });
      const client = await SigningStargateClient.connectWithSigner(t.rpcUrl, wallet);
      const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: carol.address, toAddress: bob.address, amount: [{ denom: "utrib", amount: "777" }] } };
      const signed = await client.sign(carol.address, [msg], calculateFee(200_000, GasPrice.fromString("0.0025utrib")), "");
      client.disconnect();
      const body = JSON.stringify({ tx_bytes: toBase64(TxRaw.encode(signed).finish()), mode: "BROADCAST_MODE_SYNC" });
      const sent: any = await (await fetch(`${server.url}/cosmos/tx/v1beta1/txs`, { method: "POST", body, headers: { "content-type": "application/json" } })).json();
      expect(sent.tx_response).toMatchObject({ code: 0, txhash: expect.stringMatching(/^[0-9A-F]{64}$/) });
      const again: any = await (await fetch(`${server.url}/cosmos/tx/v1beta1/txs`, { method: "POST", body })).json();
      expect(again.tx_response).toMatchObject({ code: 19, codespace: "sdk", raw_log: expect.stringContaining("cache") });
      const found = await waitFor("the tx broadcast through JSON-RPC to be committed", async () => {
        const r = await get(`/cosmos/tx/v1beta1/txs/${sent.tx_response.txhash}`);
        return r.status === 200 ? r.body : undefined;
      }, 15_000, 50);
      expect(found.tx_response.code).toBe(0);
      // Lookups need the block store, which this listener does not have.
      expect((await fetch(`${server.url}/cosmos/tx/v1beta1/txs/${sent.tx_response.txhash}`)).status).toBe(501);
    } finally {
      await server.close();
    }
  });
});

describe("tx service", () => {
  it("simulates, broadcasts a CosmJS-signed MsgSend and finds it by hash once committed", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: "trib" });
    const client = await SigningStargateClient.connectWithSigner(t.rpcUrl, wallet);
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: "utrib", amount: "12345" }] } };
    const fee = calculateFee(200_000, GasPrice.fromString("0.0025utrib"));
    const bobBefore = BigInt(await utrib(bob.address));
    const signed = await client.sign(alice.address, [msg], fee, "rest");
    const txBytes = toBase64(TxRaw.encode(signed).finish());

    const sim = await post("/cosmos/tx/v1beta1/simulate", JSON.stringify({ tx_bytes: txBytes }));
    expect(sim.status).toBe(200);
    expect(Number(sim.body.gas_info.gas_used)).toBeGreaterThan(0);

    const res = await post("/cosmos/tx/v1beta1/txs", JSON.stringify({ tx_bytes: txBytes, mode: "BROADCAST_MODE_SYNC" }));
    expect(res.status).toBe(200);
    expect(res.body.tx_response).toMatchObject({ code: 0, txhash: expect.stringMatching(/^[0-9A-F]{64}$/), raw_log: expect.any(String) });
    const hash = res.body.tx_response.txhash;

    const found = await waitFor("the tx to be committed", async () => {
      const r = await get(`/cosmos/tx/v1beta1/txs/${hash}`);
      return r.status === 200 ? r.body : undefined;
    }, 15_000, 50);
    expect(found.tx.body.messages[0]).toEqual({ "@type": "/cosmos.bank.v1beta1.MsgSend", from_address: alice.address, to_address: bob.address, amount: [{ denom: "utrib", amount: "12345" }] });
    expect(found.tx.body.memo).toBe("rest");
    expect(found.tx.auth_info.signer_infos[0].public_key["@type"]).toBe("/cosmos.crypto.secp256k1.PubKey");
    expect(found.tx.signatures).toHaveLength(1);
    expect(found.tx_response).toMatchObject({ txhash: hash, code: 0, height: expect.stringMatching(/^[1-9]\d*$/), timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/) });
    expect(found.tx_response.events.some((e: { type: string }) => e.type === "transfer")).toBe(true);
    expect(BigInt(await utrib(bob.address))).toBe(bobBefore + 12345n);

    const search = await get(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent(`message.sender='${alice.address}'`)}&order_by=ORDER_BY_DESC`);
    expect(search.status).toBe(200);
    expect(search.body.tx_responses.map((r: { txhash: string }) => r.txhash)).toContain(hash);
    expect(search.body.txs).toHaveLength(search.body.tx_responses.length);
    expect(Number(search.body.total)).toBeGreaterThanOrEqual(1);
    // Several `events` are ANDed (a tx.hash condition alone decides, as in CometBFT's indexer).
    const action = encodeURIComponent("message.action='/cosmos.bank.v1beta1.MsgSend'");
    const byEvents = await get(`/cosmos/tx/v1beta1/txs?events=${encodeURIComponent(`message.sender='${alice.address}'`)}&events=${action}`);
    expect(byEvents.body.tx_responses.map((r: { txhash: string }) => r.txhash)).toContain(hash);
    expect((await get(`/cosmos/tx/v1beta1/txs?events=${encodeURIComponent(`message.sender='${bob.address}'`)}&events=${action}`)).body.total).toBe("0");
    expect((await get("/cosmos/tx/v1beta1/txs")).status).toBe(400);
    expect((await get(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent("tx.height>>1")}`)).body.code).toBe(3);

    // The same bytes again: refused by the mempool's cache, reported as a tx_response.
    const again = await post("/cosmos/tx/v1beta1/txs", JSON.stringify({ tx_bytes: txBytes, mode: "BROADCAST_MODE_SYNC" }));
    expect(again.body.tx_response.code).not.toBe(0);
    client.disconnect();
  });
});

describe("tributary start --api.enabled-unsafe-cors", () => {
  it("turns CORS on for a node whose config has it off", { timeout: 90_000 }, async () => {
    const home = makeTestHome();
    // The "node started" line (info) carries the listener URLs.
    const config = loadNodeConfig(home);
    config.log_level = "info";
    writeNodeConfig(home, config);
    const node = await spawnNode(["--home", home, "--api.address", "tcp://127.0.0.1:0", "--grpc.address", "", "--metrics.address", "", "--storage.address", "", "--api.enabled-unsafe-cors"]);
    try {
      const started = await node.waitForLine((l) => l.msg === "node started");
      const r = await fetch(`${String(started.api)}/cosmos/bank/v1beta1/params`, { headers: { origin: "http://example.com" } });
      expect(r.status).toBe(200);
      expect(r.headers.get("access-control-allow-origin")).toBe("*");
    } finally {
      await node.stop();
    }
  });
});
