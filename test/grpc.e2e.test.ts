/**
 * gRPC (node/grpc) on a real node, through a @grpc/grpc-js client that discovers everything by
 * server reflection (test/grpcClient.ts): the services listed (v1alpha and v1), clients built from
 * the reflected descriptors, answers compared with the REST API and CosmJS for the same state,
 * a CosmJS-signed MsgSend simulated, broadcast and found once committed, and the gRPC status of
 * bad requests (with nothing changed). grpcurl (built into .bin by `make grpcurl`) lists and
 * calls too.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toBase64, toHex } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, StargateClient, calculateFee } from "@cosmjs/stargate";
import { sha256 } from "@noble/hashes/sha2.js";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { expectOneLineError, runInProcess } from "../node/cli/cliTestHarness.ts";
import { ConfigError, loadNodeConfig, parseNodeConfig, writeNodeConfig } from "../node/config.ts";
import { SERVED_SERVICES } from "../node/grpc/protoFiles.ts";
import { servedServices } from "../node/grpc/services.ts";
import { QUERY_ROUTES } from "../node/api/routes.ts";
import { NODE_ROUTES } from "../node/api/nodeRoutes.ts";
import { type ServiceError, grpc } from "../node/grpc/grpcJs.ts";
import { type GrpcClient, fileHeader, rawCall, reflect, reflectedClient } from "./grpcClient.ts";
import { freePort, spawnNode, waitFor } from "./processNode.ts";
import { type TestNode, makeTestHome, startTestNode } from "./testNode.ts";
import { take } from "./support/take.ts";

const GRPCURL = new URL("../.bin/grpcurl", import.meta.url).pathname;
const [alice, bob] = DEV_ACCOUNTS;
let t: TestNode;
let addr: string;
let api: string;
let bank: GrpcClient;
let tm: GrpcClient;
let txs: GrpcClient;

async function rest(path: string, init?: RequestInit): Promise<any> {
  const r = await fetch(api + path, init);
  return r.json();
}

/** The call's rejection, which must be a gRPC status. */
async function status(p: Promise<unknown>): Promise<ServiceError> {
  const err = await p.then(
    () => undefined,
    (e: ServiceError) => e,
  );
  if (!err) throw new Error("the call succeeded; a gRPC error status was expected");
  return err;
}

beforeAll(async () => {
  t = await startTestNode({ home: makeTestHome() });
  addr = t.node.grpcAddress!;
  api = t.node.apiUrl!;
  expect(addr).toMatch(/^127\.0\.0\.1:\d+$/);
  [bank, tm, txs] = take(await Promise.all(["cosmos.bank.v1beta1.Query", "cosmos.base.tendermint.v1beta1.Service", "cosmos.tx.v1beta1.Service"].map((s) => reflectedClient(addr, s))), 3);
}, 60_000);

afterAll(async () => {
  for (const c of [bank, tm, txs]) c?.close();
  await t?.stop();
});

describe("reflection", () => {
  it("lists every served service, in v1alpha (grpcurl's) and v1", async () => {
    for (const version of ["v1alpha", "v1"] as const) {
      const res = await reflect(addr, version, { list_services: "*" });
      const names = (res.list_services_response.service as { name: string }[]).map((s) => s.name);
      expect(names.sort()).toEqual([...SERVED_SERVICES].sort());
    }
  });

  it("hands out the .proto files by their own names with their imports; an unknown symbol is NOT_FOUND", async () => {
    const res = await reflect(addr, "v1", { file_by_filename: "cosmos/bank/v1beta1/query.proto" });
    const [first, ...rest] = (res.file_descriptor_response.file_descriptor_proto as Buffer[]).map(fileHeader);
    const source = readFileSync(new URL("../proto/vendor/cosmos/bank/v1beta1/query.proto", import.meta.url), "utf8");
    expect(first).toEqual({ name: "cosmos/bank/v1beta1/query.proto", dependency: [...source.matchAll(/^import "([^"]+)";/gm)].map((m) => m[1]) });
    // The files it uses types from come along (what a client needs to decode the answers).
    expect(rest.map((f) => f.name)).toEqual(expect.arrayContaining(["cosmos/base/v1beta1/coin.proto", "cosmos/bank/v1beta1/bank.proto", "cosmos/base/query/v1beta1/pagination.proto"]));
    const unknown = await reflect(addr, "v1alpha", { file_containing_symbol: "cosmos.bank.v1beta1.Nope" });
    expect(unknown.error_response.error_code).toBe(grpc.status.NOT_FOUND);
  });
});

describe("the service table", () => {
  const served = new Map(servedServices().flatMap((s) => s.methods.map((m) => [m.path, m.handler.kind] as const)));

  it("serves every method the REST API serves, the node's own through the REST node routes", () => {
    for (const route of QUERY_ROUTES) expect(served.get(route.method), route.method).toBe("query");
    const nodeServed = servedServices().flatMap((s) => s.methods.flatMap((m) => (m.handler.kind === "node" ? [m.handler.method.route] : [])));
    expect(new Set(nodeServed)).toEqual(new Set(NODE_ROUTES));
  });

  it("routes every query the REST table serves to its handler: an empty request is answered or refused as bad input, never Unimplemented or Internal", async () => {
    const refused: string[] = [];
    for (const method of new Set(QUERY_ROUTES.map((r) => r.method))) {
      const outcome = await rawCall(addr, method, new Uint8Array()).then(
        () => grpc.status.OK,
        (e: ServiceError) => e.code,
      );
      if (![grpc.status.OK, grpc.status.INVALID_ARGUMENT, grpc.status.NOT_FOUND].includes(outcome)) refused.push(`${method}: code ${outcome}`);
    }
    expect(refused).toEqual([]);
  });
});

describe("queries: the same state as REST and CosmJS", () => {
  it("bank Balance, with the height read at in x-cosmos-block-height, and at an earlier height on request", async () => {
    const { response, headers } = await bank.call("Balance", { address: alice.address, denom: "utrib" });
    const height = Number(headers.get("x-cosmos-block-height")[0]);
    expect(height).toBeGreaterThan(0);
    const stargate = await StargateClient.connect(t.rpcUrl);
    expect(response.balance).toEqual({ denom: "utrib", amount: (await stargate.getBalance(alice.address, "utrib")).amount });
    stargate.disconnect();
    const viaRest = await rest(`/cosmos/bank/v1beta1/balances/${alice.address}/by_denom?denom=utrib`);
    expect(response.balance).toEqual(viaRest.balance);
    // An earlier height still kept (pruning keeps the last 100).
    const earlier = String(Math.max(1, height - 1));
    const atEarlier = await bank.call("Balance", { address: alice.address, denom: "utrib" }, { "x-cosmos-block-height": earlier });
    expect(atEarlier.headers.get("x-cosmos-block-height")).toEqual([earlier]);
  });

  it("a tributary query (datanet Params) answers what REST prints", async () => {
    const datanet = await reflectedClient(addr, "tributary.datanet.v1.Query", "v1");
    try {
      const { response } = await datanet.call("Params", {});
      const viaRest = await rest("/tributary/datanet/v1/params");
      expect(response.params).toEqual(viaRest.params);
    } finally {
      datanet.close();
    }
  });

  it("GetLatestBlock and GetBlockByHeight: the block REST serves", async () => {
    const { response: latest } = await tm.call("GetLatestBlock", {});
    const h = latest.sdk_block.header.height as string;
    expect(Number(h)).toBeGreaterThan(0);
    expect(latest.sdk_block.header.proposer_address).toMatch(/^tribvalcons1/);
    const viaRest = await rest(`/cosmos/base/tendermint/v1beta1/blocks/${h}`);
    expect(toBase64(latest.block_id.hash)).toBe(viaRest.block_id.hash);
    const { response: byHeight } = await tm.call("GetBlockByHeight", { height: h });
    expect(byHeight.block_id.hash).toEqual(latest.block_id.hash);
    expect(byHeight.block.header.chain_id).toBe(viaRest.block.header.chain_id);
  });

  it("GetNodeInfo, GetSyncing and GetLatestValidatorSet: what REST serves", async () => {
    const [{ response: info }, { response: syncing }, { response: vals }] = await Promise.all([tm.call("GetNodeInfo", {}), tm.call("GetSyncing", {}), tm.call("GetLatestValidatorSet", {})]);
    const [infoRest, valsRest] = await Promise.all([rest("/cosmos/base/tendermint/v1beta1/node_info"), rest("/cosmos/base/tendermint/v1beta1/validatorsets/latest")]);
    expect(info.default_node_info.network).toBe(infoRest.default_node_info.network);
    expect(info.default_node_info.default_node_id).toBe(infoRest.default_node_info.default_node_id);
    expect(syncing.syncing).toBe(false);
    expect(vals.validators.map((v: { address: string; voting_power: string }) => [v.address, v.voting_power])).toEqual(
      valsRest.validators.map((v: { address: string; voting_power: string }) => [v.address, v.voting_power]),
    );
    expect(vals.validators[0].address).toMatch(/^tribvalcons1/);
  });
});

describe("tx service", () => {
  it("simulates, broadcasts a CosmJS-signed MsgSend and finds it once committed (GetTx, GetTxsEvent)", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: "trib" });
    const client = await SigningStargateClient.connectWithSigner(t.rpcUrl, wallet);
    try {
      const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: "utrib", amount: "4321" }] } };
      const bobBefore = BigInt((await client.getBalance(bob.address, "utrib")).amount);
      const signed = await client.sign(alice.address, [msg], calculateFee(200_000, GasPrice.fromString("0.0025utrib")), "grpc");
      const txBytes = TxRaw.encode(signed).finish();

      const { response: sim } = await txs.call("Simulate", { tx_bytes: txBytes });
      const simRest = await rest("/cosmos/tx/v1beta1/simulate", { method: "POST", body: JSON.stringify({ tx_bytes: toBase64(txBytes) }) });
      expect(Number(sim.gas_info.gas_used)).toBeGreaterThan(0);
      expect(sim.gas_info.gas_used).toBe(simRest.gas_info.gas_used);

      const { response: sent } = await txs.call("BroadcastTx", { tx_bytes: txBytes, mode: "BROADCAST_MODE_SYNC" });
      const hash = toHex(sha256(txBytes)).toUpperCase();
      expect(sent.tx_response).toMatchObject({ code: 0, txhash: hash });

      const found = await waitFor("the tx to be committed", () => txs.call("GetTx", { hash }).then((r) => r.response, () => undefined), 15_000, 50);
      expect(found.tx_response).toMatchObject({ txhash: hash, code: 0 });
      expect(found.tx.body.memo).toBe("grpc");
      expect(found.tx.body.messages[0].type_url).toBe("/cosmos.bank.v1beta1.MsgSend");
      const viaRest = await rest(`/cosmos/tx/v1beta1/txs/${hash}`);
      expect(found.tx_response.height).toBe(viaRest.tx_response.height);
      expect(BigInt((await client.getBalance(bob.address, "utrib")).amount)).toBe(bobBefore + 4321n);

      const { response: search } = await txs.call("GetTxsEvent", { query: `message.sender='${alice.address}'`, order_by: "ORDER_BY_DESC" });
      expect(search.tx_responses.map((r: { txhash: string }) => r.txhash)).toContain(hash);

      // The same bytes again: refused by the mempool's cache, as a tx_response (the SDK's way).
      const { response: again } = await txs.call("BroadcastTx", { tx_bytes: txBytes, mode: "BROADCAST_MODE_SYNC" });
      expect(again.tx_response.code).not.toBe(0);
    } finally {
      client.disconnect();
    }
  });
});

describe("errors: gRPC status codes, nothing changed", () => {
  it("InvalidArgument for a bad address, height or tx hash; NotFound for an unknown tx", async () => {
    const bad = await status(bank.call("Balance", { address: "trib1notanaddress", denom: "utrib" }));
    expect(bad.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(bad.details).toMatch(/bech32|address/);
    const height = await status(bank.call("Balance", { address: alice.address, denom: "utrib" }, { "x-cosmos-block-height": "latest" }));
    expect(height.code).toBe(grpc.status.INVALID_ARGUMENT);
    const future = await status(bank.call("Balance", { address: alice.address, denom: "utrib" }, { "x-cosmos-block-height": "999999999" }));
    expect(future.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(future.details).toContain("in the future");
    expect((await status(txs.call("GetTx", { hash: "zz" }))).code).toBe(grpc.status.INVALID_ARGUMENT);
    const missing = await status(txs.call("GetTx", { hash: "AB".repeat(32) }));
    expect(missing.code).toBe(grpc.status.NOT_FOUND);
    expect(missing.details).toContain("tx not found");
  });

  it("Unimplemented for unknown methods and services, and for tx-service methods the node does not serve", async () => {
    const request = QueryBalanceRequest.encode({ address: alice.address, denom: "utrib" }).finish();
    expect(QueryBalanceResponse.decode(await rawCall(addr, "/cosmos.bank.v1beta1.Query/Balance", request)).balance?.denom).toBe("utrib");
    expect((await status(rawCall(addr, "/cosmos.bank.v1beta1.Query/Nope", request))).code).toBe(grpc.status.UNIMPLEMENTED);
    expect((await status(rawCall(addr, "/cosmos.nope.v1.Query/Balance", request))).code).toBe(grpc.status.UNIMPLEMENTED);
    expect((await status(txs.call("TxDecode", { tx_bytes: Buffer.from([1]) }))).code).toBe(grpc.status.UNIMPLEMENTED);
  });

  it("a broadcast of bytes that are no tx is refused in its tx_response; the sender's balance and sequence stay", async () => {
    const stargate = await StargateClient.connect(t.rpcUrl);
    const before = [await stargate.getBalance(alice.address, "utrib"), (await stargate.getSequence(alice.address)).sequence];
    const { response } = await txs.call("BroadcastTx", { tx_bytes: Buffer.from([1, 2, 3]), mode: "BROADCAST_MODE_SYNC" });
    expect(response.tx_response.code).not.toBe(0);
    const unspecified = await status(txs.call("BroadcastTx", { tx_bytes: Buffer.from([1]), mode: "BROADCAST_MODE_UNSPECIFIED" }));
    expect(unspecified.code).toBe(grpc.status.INVALID_ARGUMENT);
    await t.node.driver.waitForHeight(t.node.driver.latestHeight() + 1n);
    expect([await stargate.getBalance(alice.address, "utrib"), (await stargate.getSequence(alice.address)).sequence]).toEqual(before);
    stargate.disconnect();
  });
});

describe("grpc.address", () => {
  it("is validated in config.json and by --grpc.address", async () => {
    expect(parseNodeConfig({ grpc: { address: "" } }).grpc.address).toBe("");
    expect(() => parseNodeConfig({ grpc: { address: "9090" } })).toThrow(ConfigError);
    expect(() => parseNodeConfig({ grpc: { address: "9090" } })).toThrow(/grpc\.address: must look like "tcp:\/\/127\.0\.0\.1:9090"/);
    expectOneLineError(await runInProcess(["start", "--home", t.home, "--grpc.address", "localhost:9090"]), /^Error: invalid --grpc.address "localhost:9090": expected tcp:\/\/host:port \(or "" for off\)$/);
  });

  it("tributary start serves on --grpc.address and is off with \"\"", { timeout: 90_000 }, async () => {
    const home = makeTestHome();
    const [rpcPort, grpcPort] = [await freePort(), await freePort()];
    const config = loadNodeConfig(home);
    // Fixed ports and nothing else listening: a port-0 bind in the child could be handed one of them first.
    Object.assign(config, { log_level: "info", rpc: { ...config.rpc, laddr: `tcp://127.0.0.1:${rpcPort}` } });
    config.storage.address = config.api.address = config.metrics.address = "";
    writeNodeConfig(home, config);
    try {
      const on = await spawnNode(["--home", home, "--grpc.address", `tcp://127.0.0.1:${grpcPort}`]);
      try {
        expect(on.lines.find((l) => l.msg === "node started")!.grpc).toBe(`127.0.0.1:${grpcPort}`);
        const listed = (await reflect(`127.0.0.1:${grpcPort}`, "v1alpha", { list_services: "*" })).list_services_response.service as { name: string }[];
        expect(listed.map((s) => s.name).sort()).toEqual([...SERVED_SERVICES].sort());
      } finally {
        await on.stop();
      }
      const off = await spawnNode(["--home", home, "--grpc.address", ""]);
      try {
        expect(off.lines.find((l) => l.msg === "node started")!.grpc).toBeUndefined();
        expect((await status(rawCall(`127.0.0.1:${grpcPort}`, "/cosmos.bank.v1beta1.Query/Params", new Uint8Array()))).code).toBe(grpc.status.UNAVAILABLE);
      } finally {
        await off.stop();
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe("grpcurl, a Go client knowing only what reflection tells it", () => {
  const run = promisify(execFile);
  it("lists the services by reflection and calls bank Balance", async () => {
    // Built by `make grpcurl` (a prerequisite of `make test`), as CometBFT is.
    if (!existsSync(GRPCURL)) throw new Error(`grpcurl not found at ${GRPCURL}: run \`make grpcurl\` (needs Go) first`);
    const list = await run(GRPCURL, ["-plaintext", addr, "list"]);
    expect(list.stdout.trim().split("\n").sort()).toEqual([...SERVED_SERVICES].sort());
    const call = await run(GRPCURL, ["-plaintext", "-d", JSON.stringify({ address: alice.address, denom: "utrib" }), addr, "cosmos.bank.v1beta1.Query/Balance"]);
    const viaRest = await rest(`/cosmos/bank/v1beta1/balances/${alice.address}/by_denom?denom=utrib`);
    expect(JSON.parse(call.stdout)).toEqual({ balance: viaRest.balance });
  });
});
