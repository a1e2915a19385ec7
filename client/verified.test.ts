/**
 * Verified queries through the real stack short of the app: CosmJS's Comet38Client over HTTP,
 * the node's RPC server, and a real CommitStore (classic-level) producing the proofs. The test
 * backend puts the store root of version h into the header of block h+1, as the chain does.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toHex } from "@cosmjs/encoding";
import type { ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import { CommitStore } from "../chain/store/commitStore.ts";
import { startRpcServer, type RpcServer } from "../node/rpc/server.ts";
import { CHAIN_ID, MemoryBackend } from "../node/rpc/testing/memoryBackend.ts";
import { TributaryClient } from "./client.ts";
import { TributaryClientError } from "./errors.ts";
import { SMT_PROOF_OP_TYPE } from "./proof.ts";
import { bankBalanceKey } from "./storeKeys.ts";

const ALICE = "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw";
const BOB = "trib1m6k5j73ryflqs97e3tpzrms3xk4wpwfr75jat0";
const EMPTY_KEY = new TextEncoder().encode("test/empty");
const ascii = (s: string) => new TextEncoder().encode(s);

type Tamper = "none" | "inflate" | "hide" | "strip-proof";

class ProvingBackend extends MemoryBackend {
  tamper: Tamper = "none";
  constructor(readonly store: CommitStore) {
    super();
  }
  setAppHash(height: number, appHash: Uint8Array): void {
    this.blocks[height - 1]!.block.header!.appHash = appHash;
  }
  override async abciQuery(path: string, data: Uint8Array, height: bigint, prove: boolean): Promise<ResponseQuery> {
    if (path !== "/store/key") return super.abciQuery(path, data, height, prove);
    const version = height === 0n ? this.store.version : height;
    const { value, proof } = this.store.getWithProof(data, version);
    const served = this.tamper === "inflate" ? ascii("1000000") : this.tamper === "hide" ? undefined : value;
    const proofOps = prove && this.tamper !== "strip-proof" ? { ops: [{ type: SMT_PROOF_OP_TYPE, key: data, data: proof }] } : undefined;
    return { code: 0, log: "", info: "", index: 0n, key: data, value: served ?? new Uint8Array(), proofOps, height: version, codespace: "" };
  }
}

let dir: string;
let store: CommitStore;
let backend: ProvingBackend;
let server: RpcServer;
let client: TributaryClient;
const roots: Uint8Array[] = [];

async function commitVersion(version: bigint, changes: [Uint8Array, string | undefined][]): Promise<void> {
  await store.commit(store.stage(changes.map(([key, v]) => ({ key, value: v === undefined ? undefined : ascii(v) })), version));
  roots[Number(version)] = store.rootHash;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "trib-client-verified-"));
  store = await CommitStore.open(dir);
  await commitVersion(1n, [[bankBalanceKey(ALICE, "utrib"), "100"]]);
  await commitVersion(2n, [
    [bankBalanceKey(ALICE, "utrib"), "70"],
    [bankBalanceKey(BOB, "utrib"), "30"],
    [EMPTY_KEY, ""],
  ]);
  await commitVersion(3n, [[bankBalanceKey(BOB, "utrib"), undefined]]);
  backend = new ProvingBackend(store);
  backend.setAppHash(2, roots[1]!);
  backend.setAppHash(3, roots[2]!);
  server = await startRpcServer({ backend, laddr: "tcp://127.0.0.1:0", logger: pino({ level: "silent" }) });
  client = await TributaryClient.connect(`tcp://127.0.0.1:${server.address.port}`, { headerTimeoutMs: 3000 });
});

afterAll(async () => {
  client?.disconnect();
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function expectClientError(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TributaryClientError);
  expect((error as TributaryClientError).code).toBe(code);
  expect((error as TributaryClientError).message).toMatch(message);
}

describe("TributaryClient read helpers against the RPC server", () => {
  it("connects through a tcp:// address and reads chain id, height and blocks", async () => {
    expect(await client.getChainId()).toBe(CHAIN_ID);
    expect(await client.getHeight()).toBe(3);
    const block = await client.getBlock(2);
    expect(block.header.height).toBe(2);
    expect(block.txs).toHaveLength(2);
  });

  it("finds a tx by lowercase or 0x hash and refuses a malformed one", async () => {
    const hash = toHex(backend.txs[0]!.hash);
    const tx = await client.getTx(`0x${hash}`);
    expect(tx?.hash).toBe(hash.toUpperCase());
    expect(tx?.height).toBe(2);
    await expectClientError(client.getTx("abc"), "VALUE_INVALID", /not a transaction hash/);
  });

  it("explains an unreachable node and a missing signer", async () => {
    await expectClientError(TributaryClient.connect("http://127.0.0.1:1"), "CONNECT_FAILED", /could not reach a node at http:\/\/127\.0\.0\.1:1[\s\S]*tributary start/);
    const readOnly = client as unknown as TributaryClient<import("@cosmjs/stargate").SigningStargateClient>;
    await expectClientError(readOnly.send(ALICE, BOB, "1utrib", "auto"), "NOT_SIGNING", /no signer/);
  });
});

describe("queryVerified / getBalanceVerified", () => {
  it("proves balances at past heights, including absence as zero", async () => {
    expect(await client.getBalanceVerified(ALICE, "utrib", 1)).toBe(100n);
    expect(await client.getBalanceVerified(BOB, "utrib", 1)).toBe(0n);
    expect(await client.getBalanceVerified(ALICE, "utrib", 2)).toBe(70n);
    expect(await client.getBalanceVerified(BOB, "utrib", 2)).toBe(30n);
  });

  it("tells a present empty value from an absent key although both arrive as empty bytes", async () => {
    expect(await client.queryVerified(EMPTY_KEY, 2)).toEqual({ value: new Uint8Array(), height: 2 });
    expect(await client.queryVerified(EMPTY_KEY, 1)).toEqual({ value: undefined, height: 1 });
  });

  it("waits for the next block's header when querying the latest state", async () => {
    const started = Date.now();
    setTimeout(() => {
      backend.addBlock([], []);
      backend.setAppHash(4, roots[3]!);
    }, 300);
    const result = await client.queryVerified(bankBalanceKey(BOB, "utrib"));
    expect(result).toEqual({ value: undefined, height: 3 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it("rejects a node that inflates a value, hides one, or omits the proof", async () => {
    try {
      backend.tamper = "inflate";
      await expectClientError(client.getBalanceVerified(ALICE, "utrib", 2), "PROOF_INVALID", /does not verify[\s\S]*different value/);
      backend.tamper = "hide";
      await expectClientError(client.getBalanceVerified(ALICE, "utrib", 2), "PROOF_INVALID", /key exists, but absence was claimed/);
      backend.tamper = "strip-proof";
      await expectClientError(client.getBalanceVerified(ALICE, "utrib", 2), "PROOF_INVALID", /carries no proof/);
    } finally {
      backend.tamper = "none";
    }
  });

  it("rejects a proof that does not match the trusted app hash", async () => {
    const wrongHeader = async () => roots[1]!;
    await expectClientError(client.queryVerified(bankBalanceKey(ALICE, "utrib"), 2, { appHashAt: wrongHeader }), "PROOF_INVALID", /does not match the app hash/);
  });

  it("times out when the block that commits the state is not produced", async () => {
    await commitVersion(4n, [[bankBalanceKey(ALICE, "utrib"), "69"]]);
    await expectClientError(client.queryVerified(bankBalanceKey(ALICE, "utrib"), 4, { headerTimeoutMs: 200, pollIntervalMs: 50 }), "PROOF_TIMEOUT", /block 5 .* not produced in time/);
  });
});
