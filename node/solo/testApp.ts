/**
 * A tiny deterministic ABCI app for the solo driver's tests (a real app, not a mock): a tx is
 * the text "key=value"; the state is a string map; the app hash is sha256 over the sorted
 * entries. Keys starting with "once-" may be written only once (so rechecks can fail).
 * With `statePath` the committed state survives restarts (written on Commit).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { sha256 } from "@noble/hashes/sha2.js";
import {
  ExecTxResult,
  ResponseCheckTx,
  ResponseProcessProposal_ProposalStatus,
  ResponseQuery,
  type RequestCheckTx,
  type RequestFinalizeBlock,
  type RequestInitChain,
  type RequestPrepareProposal,
  type RequestProcessProposal,
  type RequestQuery,
  type ResponseCommit,
  type ResponseFinalizeBlock,
  type ResponseInfo,
  type ResponseInitChain,
  type ResponsePrepareProposal,
  type ResponseProcessProposal,
} from "cosmjs-types/tendermint/abci/types";
import type { AbciApp } from "../../chain/abci.ts";

interface CommittedState {
  height: string;
  appHash: string;
  entries: [string, string][];
}

export interface TestAppOptions {
  statePath?: string;
  /** When set, Commit asks to retain only this many recent blocks. */
  retainBlocks?: bigint;
}

export function parseKv(tx: Uint8Array): [string, string] | undefined {
  const text = new TextDecoder().decode(tx);
  const eq = text.indexOf("=");
  return eq > 0 ? [text.slice(0, eq), text.slice(eq + 1)] : undefined;
}

export function stateHash(state: ReadonlyMap<string, string>): Uint8Array {
  const sorted = [...state.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(new TextEncoder().encode(JSON.stringify(sorted)));
}

export class TestApp implements AbciApp {
  committed = new Map<string, string>();
  height = 0n;
  appHash: Uint8Array = new Uint8Array();
  private pending: Map<string, string> | undefined;
  private pendingHeight = 0n;
  readonly checked: { tx: string; type: number }[] = [];

  constructor(private readonly options: TestAppOptions = {}) {
    if (options.statePath && existsSync(options.statePath)) {
      const saved = JSON.parse(readFileSync(options.statePath, "utf8")) as CommittedState;
      this.committed = new Map(saved.entries);
      this.height = BigInt(saved.height);
      this.appHash = Uint8Array.from(Buffer.from(saved.appHash, "hex"));
    }
  }

  async info(): Promise<ResponseInfo> {
    return { data: "testapp", version: "1.0.0", appVersion: 1n, lastBlockHeight: this.height, lastBlockAppHash: this.appHash };
  }

  async initChain(req: RequestInitChain): Promise<ResponseInitChain> {
    const initial = JSON.parse(new TextDecoder().decode(req.appStateBytes) || "{}") as Record<string, string>;
    this.committed = new Map(Object.entries(initial));
    this.appHash = stateHash(this.committed);
    return { validators: [], appHash: this.appHash };
  }

  async checkTx(req: RequestCheckTx): Promise<ResponseCheckTx> {
    this.checked.push({ tx: new TextDecoder().decode(req.tx), type: req.type });
    const kv = parseKv(req.tx);
    if (!kv) return ResponseCheckTx.fromPartial({ code: 1, codespace: "testapp", log: "tx must be key=value" });
    if (kv[0].startsWith("once-") && this.committed.has(kv[0])) {
      return ResponseCheckTx.fromPartial({ code: 2, codespace: "testapp", log: `${kv[0]} is already set` });
    }
    return ResponseCheckTx.fromPartial({ code: 0, gasWanted: BigInt(req.tx.length), gasUsed: 1n });
  }

  async prepareProposal(req: RequestPrepareProposal): Promise<ResponsePrepareProposal> {
    let bytes = 0n;
    const txs: Uint8Array[] = [];
    for (const tx of req.txs) {
      bytes += BigInt(tx.length);
      if (req.maxTxBytes > 0n && bytes > req.maxTxBytes) break;
      txs.push(tx);
    }
    return { txs };
  }

  async processProposal(req: RequestProcessProposal): Promise<ResponseProcessProposal> {
    const ok = req.txs.every((tx) => parseKv(tx) !== undefined);
    return { status: ok ? ResponseProcessProposal_ProposalStatus.ACCEPT : ResponseProcessProposal_ProposalStatus.REJECT };
  }

  async finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    const next = new Map(this.committed);
    const txResults = req.txs.map((tx) => {
      const kv = parseKv(tx);
      if (!kv) return ExecTxResult.fromPartial({ code: 1, codespace: "testapp", log: "tx must be key=value" });
      if (kv[0].startsWith("once-") && next.has(kv[0])) {
        return ExecTxResult.fromPartial({ code: 2, codespace: "testapp", log: `${kv[0]} is already set` });
      }
      next.set(kv[0], kv[1]);
      return ExecTxResult.fromPartial({
        code: 0,
        gasWanted: BigInt(tx.length),
        gasUsed: 1n,
        events: [{ type: "app", attributes: [{ key: "key", value: kv[0], index: true }, { key: "value", value: kv[1], index: true }] }],
      });
    });
    this.pending = next;
    this.pendingHeight = req.height;
    const appHash = stateHash(next);
    this.appHash = appHash;
    const events = [{ type: "block", attributes: [{ key: "parity", value: req.height % 2n === 0n ? "even" : "odd", index: true }] }];
    return { events, txResults, validatorUpdates: [], appHash };
  }

  async commit(): Promise<ResponseCommit> {
    if (!this.pending) throw new Error("testapp: commit without finalizeBlock");
    this.committed = this.pending;
    this.height = this.pendingHeight;
    this.pending = undefined;
    if (this.options.statePath) {
      const saved: CommittedState = {
        height: this.height.toString(),
        appHash: Buffer.from(this.appHash).toString("hex"),
        entries: [...this.committed.entries()],
      };
      writeFileSync(this.options.statePath, JSON.stringify(saved));
    }
    const retain = this.options.retainBlocks;
    return { retainHeight: retain && this.height > retain ? this.height - retain + 1n : 0n };
  }

  async query(req: RequestQuery): Promise<ResponseQuery> {
    const key = new TextDecoder().decode(req.data);
    const value = this.committed.get(key);
    return ResponseQuery.fromPartial({
      code: value === undefined ? 1 : 0,
      log: value === undefined ? "not found" : "",
      key: req.data,
      value: value === undefined ? new Uint8Array() : new TextEncoder().encode(value),
      height: this.height,
    });
  }
}
