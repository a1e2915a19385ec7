/**
 * A small in-memory RpcBackend for the RPC tests: three fabricated blocks (block 2 holds a
 * successful and a failed tx), a mempool, and an EventEmitter the tests drive by hand.
 * Values are real cosmjs-types protobuf objects, hashed with sha256 like the real node.
 */
import { EventEmitter } from "node:events";
import { sha256 } from "@noble/hashes/sha2.js";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { Header, type BlockID, type Commit } from "cosmjs-types/tendermint/types/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { Event, ExecTxResult, ResponseCheckTx, ResponseInfo, ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import {
  RpcBackendError,
  type IndexedTx,
  type NodeIdentity,
  type RpcBackend,
  type SearchPage,
  type SearchParams,
  type StoredBlock,
  type StoredBlockResults,
  type ValidatorInfo,
} from "../backend.ts";

export const CHAIN_ID = "tributary-test-1";
export const VALIDATOR: ValidatorInfo = {
  pubKey: new Uint8Array(32).fill(7),
  address: sha256(new Uint8Array(32).fill(7)).slice(0, 20),
  votingPower: 10n,
  proposerPriority: 0n,
};
/** 2024-05-01T10:00:00.5Z */
export const GENESIS_SECONDS = 1714557600n;

export function fakeTx(memoByte: number): Uint8Array {
  return TxRaw.encode({
    bodyBytes: new Uint8Array([0x12, 0x01, memoByte]),
    authInfoBytes: new Uint8Array([0x0a, 0x00]),
    signatures: [new Uint8Array(64).fill(memoByte)],
  }).finish();
}

function event(type: string, attrs: Record<string, string>): Event {
  return { type, attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, index: true })) };
}

function execResult(code: number, events: Event[], log = ""): ExecTxResult {
  return {
    code,
    data: code === 0 ? new Uint8Array([0x12, 0x02, 0x0a, 0x00]) : new Uint8Array(),
    log,
    info: "",
    gasWanted: 200000n,
    gasUsed: 51234n,
    events,
    codespace: code === 0 ? "" : "sdk",
  };
}

function makeBlock(height: bigint, txs: Uint8Array[], previous: StoredBlock | undefined): StoredBlock {
  const header: Header = Header.fromPartial({
    version: { block: 11n, app: 0n },
    chainId: CHAIN_ID,
    height,
    time: { seconds: GENESIS_SECONDS + height - 1n, nanos: height === 1n ? 500_000_000 : 123_456_789 },
    lastBlockId: previous?.blockId ?? { hash: new Uint8Array(), partSetHeader: { total: 0, hash: new Uint8Array() } },
    lastCommitHash: previous ? sha256(new Uint8Array([Number(height)])) : new Uint8Array(),
    dataHash: sha256(new Uint8Array(txs.flatMap((t) => [...t]))),
    validatorsHash: sha256(VALIDATOR.pubKey),
    nextValidatorsHash: sha256(VALIDATOR.pubKey),
    consensusHash: sha256(new Uint8Array([1])),
    appHash: sha256(new Uint8Array([2, Number(height)])),
    lastResultsHash: new Uint8Array(),
    evidenceHash: new Uint8Array(),
    proposerAddress: VALIDATOR.address,
  });
  const hash = sha256(Header.encode(header).finish());
  const blockId: BlockID = { hash, partSetHeader: { total: 1, hash: sha256(hash) } };
  return {
    blockId,
    block: { header, data: { txs }, evidence: { evidence: [] }, lastCommit: previous ? commitFor(previous) : undefined },
    size: 300 + txs.reduce((n, t) => n + t.length, 0),
  };
}

function commitFor(block: StoredBlock): Commit {
  return {
    height: block.block.header.height,
    round: 0,
    blockId: block.blockId,
    signatures: [
      {
        blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT,
        validatorAddress: VALIDATOR.address,
        timestamp: { seconds: block.block.header.time.seconds + 1n, nanos: 0 },
        signature: new Uint8Array(64).fill(9),
      },
    ],
  };
}

export const CONSENSUS_PARAMS: ConsensusParams = {
  block: { maxBytes: 22020096n, maxGas: -1n },
  evidence: { maxAgeNumBlocks: 100000n, maxAgeDuration: { seconds: 172800n, nanos: 0 }, maxBytes: 1048576n },
  validator: { pubKeyTypes: ["ed25519"] },
  version: { app: 0n },
  abci: { voteExtensionsEnableHeight: 0n },
};

export class MemoryBackend implements RpcBackend {
  readonly events = new EventEmitter();
  readonly blocks: StoredBlock[] = [];
  readonly results: StoredBlockResults[] = [];
  readonly txs: IndexedTx[] = [];
  readonly mempool: Uint8Array[] = [];
  readonly okTx = fakeTx(1);
  readonly failedTx = fakeTx(2);

  constructor() {
    this.addBlock([], []);
    this.addBlock(
      [this.okTx, this.failedTx],
      [
        execResult(0, [event("message", { action: "/cosmos.bank.v1beta1.MsgSend", sender: "trib1sender" })]),
        execResult(5, [], "insufficient funds"),
      ],
    );
    this.addBlock([], []);
  }

  /** Appends a block with its results and indexed txs; returns what the node would emit. */
  addBlock(txs: Uint8Array[], txResults: ExecTxResult[]): { block: StoredBlock; results: StoredBlockResults; indexed: IndexedTx[] } {
    const height = BigInt(this.blocks.length + 1);
    const block = makeBlock(height, txs, this.blocks.at(-1));
    const results: StoredBlockResults = {
      height,
      txResults,
      finalizeBlockEvents: [event("rewards", { amount: "5utrib", mode: "EndBlock" })],
      validatorUpdates: [],
      appHash: block.block.header.appHash,
    };
    if (txResults.length !== txs.length) throw new Error(`${txs.length} txs but ${txResults.length} results`);
    const indexed = txs.map((tx, index) => ({ hash: sha256(tx), height, index, tx, result: txResults[index]! }));
    this.blocks.push(block);
    this.results.push(results);
    this.txs.push(...indexed);
    return { block, results, indexed };
  }

  identity(): NodeIdentity {
    return {
      nodeId: "0123456789abcdef0123456789abcdef01234567",
      moniker: "test-node",
      chainId: CHAIN_ID,
      rpcAddress: "tcp://127.0.0.1:26657",
      p2pListenAddr: "tcp://0.0.0.0:26656",
      version: "0.38.17",
      appVersion: 1n,
    };
  }
  latestHeight(): bigint {
    return BigInt(this.blocks.length);
  }
  earliestHeight(): bigint {
    return 1n;
  }
  async block(height: bigint) {
    return this.blocks[Number(height) - 1];
  }
  async blockByHash(hash: Uint8Array) {
    return this.blocks.find((b) => Buffer.from(b.blockId.hash).equals(Buffer.from(hash)));
  }
  async blockResults(height: bigint) {
    return this.results[Number(height) - 1];
  }
  async commit(height: bigint) {
    const block = this.blocks[Number(height) - 1];
    return block ? commitFor(block) : undefined;
  }
  async validators(_height: bigint) {
    return [VALIDATOR];
  }
  async consensusParams(_height: bigint) {
    return CONSENSUS_PARAMS;
  }
  genesisJson(): string {
    return JSON.stringify(
      {
        genesis_time: "2024-05-01T10:00:00Z",
        chain_id: CHAIN_ID,
        initial_height: "1",
        validators: [{ address: Buffer.from(VALIDATOR.address).toString("hex").toUpperCase(), pub_key: { type: "tendermint/PubKeyEd25519", value: Buffer.from(VALIDATOR.pubKey).toString("base64") }, power: "10", name: "v0" }],
        app_state: { bank: { supply: [{ denom: "utrib", amount: "123456789012345678901234567890" }] } },
      },
      null,
      2,
    ).replace('"123456789012345678901234567890"', "123456789012345678901234567890");
  }
  async abciInfo(): Promise<ResponseInfo> {
    return { data: "tributary", version: "0.1.0", appVersion: 1n, lastBlockHeight: this.latestHeight(), lastBlockAppHash: new Uint8Array([1, 2, 3]) };
  }
  async abciQuery(path: string, data: Uint8Array, height: bigint, _prove: boolean): Promise<ResponseQuery> {
    const h = height === 0n ? this.latestHeight() : height;
    if (path === "/echo") {
      return { code: 0, log: "", info: "", index: 0n, key: new Uint8Array(), value: data, height: h, codespace: "" };
    }
    return { code: 6, log: `unknown query path ${path}`, info: "", index: 0n, key: new Uint8Array(), value: new Uint8Array(), height: h, codespace: "sdk" };
  }
  async broadcastTx(tx: Uint8Array): Promise<ResponseCheckTx> {
    if (this.mempool.some((t) => Buffer.from(t).equals(Buffer.from(tx)))) throw new RpcBackendError("tx already exists in cache");
    const reject = tx[tx.length - 1] === 0xff;
    if (!reject) this.mempool.push(tx);
    return {
      code: reject ? 4 : 0,
      data: new Uint8Array(),
      log: reject ? "signature verification failed; please verify account number (0) and chain-id (tributary-test-1): unauthorized" : "",
      info: "",
      gasWanted: 100000n,
      gasUsed: reject ? 0n : 30000n,
      events: [],
      codespace: reject ? "sdk" : "",
    };
  }
  unconfirmedTxs(limit: number) {
    return {
      txs: this.mempool.slice(0, limit),
      total: this.mempool.length,
      totalBytes: this.mempool.reduce((n, t) => n + t.length, 0),
    };
  }
  async txByHash(hash: Uint8Array) {
    return this.txs.find((t) => Buffer.from(t.hash).equals(Buffer.from(hash)));
  }
  /** Understands `tx.hash='…'` and `tx.height=N`; any other query matches every tx. */
  async searchTxs(params: SearchParams): Promise<SearchPage<IndexedTx>> {
    const hash = /tx\.hash\s*=\s*'([0-9A-Fa-f]+)'/.exec(params.query)?.[1];
    const height = /tx\.height\s*=\s*(\d+)/.exec(params.query)?.[1];
    let matches = this.txs.filter(
      (t) =>
        (hash === undefined || Buffer.from(t.hash).toString("hex") === hash.toLowerCase()) &&
        (height === undefined || t.height === BigInt(height)),
    );
    if (params.orderBy === "desc") matches = [...matches].reverse();
    const start = (params.page - 1) * params.perPage;
    return { items: matches.slice(start, start + params.perPage), totalCount: matches.length };
  }
  async searchBlocks(params: SearchParams): Promise<SearchPage<StoredBlock>> {
    const ordered = params.orderBy === "desc" ? [...this.blocks].reverse() : this.blocks;
    const start = (params.page - 1) * params.perPage;
    return { items: ordered.slice(start, start + params.perPage), totalCount: ordered.length };
  }
}
