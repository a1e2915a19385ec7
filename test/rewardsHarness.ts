/**
 * Storage-node tests on the real App: a DatanetHarness chain (real datanet ingestion, content
 * roots computed at ingestion) plus the rewards messages and queries, and a prover that answers a
 * node's challenges from the in-memory bodies the harness stored, as the storage node daemon
 * answers them from its content store.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import * as rq from "../proto/gen/tributary/rewards/v1/index.ts";
import * as txpb from "../proto/gen/tributary/rewards/v1/index.ts";
import { registerTributaryTypes } from "../client/registry.ts";
import { registry } from "./appHarness.ts";
import { chunkProof } from "../chain/contentRoot.ts";
import { createModules } from "../modules/index.ts";
import { DatanetHarness, GAS, MemoryContent } from "./datanetHarness.ts";
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import { decodeFilled, encode, type Filled, type Init } from "../proto/codec.ts";
export { rq };

export const REWARDS_MSGS = ["MsgRegisterNode", "MsgUpdateNode", "MsgUnregisterNode", "MsgSubmitStorageProof"] as const;
registerTributaryTypes(registry, REWARDS_MSGS.map((m) => [`/tributary.rewards.v1.${m}`, txpb[`${m}Schema`]] as const));

/** Small epochs for tests: epoch E = 10 blocks, proofs in the 4 blocks after the start. */
export const TEST_REWARDS_PARAMS = {
  epoch_blocks: "10",
  proof_window_blocks: "4",
  challenges_per_epoch: 3,
  min_bond: { denom: "utrib", amount: "1000000" },
  bond_per_byte: "0.001000000000000000",
  inflation_share_bps: 5000,
  datanet_fee_share_bps: 2000,
  max_missed_per_epoch: 1,
  slash_fraction_bps: 1000,
  jail_epochs: "2",
  unbonding_blocks: "5",
  max_datanets_per_node: 8,
};

export interface Challenge {
  index: number;
  epoch: bigint;
  contributionId: bigint;
  contentHash: string;
  chunkIndex: number;
  chunkCount: number;
  deadline: bigint;
  status: number;
}

export class RewardsHarness {
  private constructor(readonly d: DatanetHarness) {}

  static async create(
    opts: { accounts?: number; rewards?: (p: any) => void; appState?: (s: any) => void; initialHeight?: bigint; content?: MemoryContent } = {},
  ): Promise<RewardsHarness> {
    const d = await DatanetHarness.create({
      accounts: opts.accounts ?? 5,
      initialHeight: opts.initialHeight,
      content: opts.content,
      appState: (s) => {
        const g = createModules().modules.find((m) => m.name === "rewards")!.defaultGenesis!() as any;
        g.params = { ...TEST_REWARDS_PARAMS };
        opts.rewards?.(g.params);
        s.rewards = g;
        opts.appState?.(s);
      },
    });
    return new RewardsHarness(d);
  }

  get h() {
    return this.d.h;
  }

  addr = (i: number) => this.d.addr(i);
  tx = (i: number, msgs: EncodeObject[], gas = GAS): Promise<ExecTxResult> => this.d.tx(i, msgs, gas);
  ok = (i: number, msgs: EncodeObject[], gas = GAS): Promise<ExecTxResult> => this.d.ok(i, msgs, gas);

  register(i: number, o: { datanets: bigint[]; bond: bigint | string; endpoint?: string; roles?: number[]; denom?: string }): EncodeObject {
    return {
      typeUrl: "/tributary.rewards.v1.MsgRegisterNode",
      value: {
        operator: this.addr(i), roles: o.roles ?? [1], datanetIds: o.datanets.map(String), endpoint: o.endpoint ?? `https://node${i}.example.org`,
        bond: { denom: o.denom ?? "utrib", amount: String(o.bond) },
      },
    };
  }

  update(i: number, o: { datanets?: bigint[]; endpoint?: string; addBond?: bigint }): EncodeObject {
    return {
      typeUrl: "/tributary.rewards.v1.MsgUpdateNode",
      value: {
        operator: this.addr(i), datanetIds: (o.datanets ?? []).map(String), endpoint: o.endpoint ?? "",
        addBond: o.addBond === undefined ? null : { denom: "utrib", amount: String(o.addBond) },
      },
    };
  }

  unregister(i: number): EncodeObject {
    return { typeUrl: "/tributary.rewards.v1.MsgUnregisterNode", value: { operator: this.addr(i) } };
  }

  proofMsg(operator: string, epoch: bigint, index: number, chunk: Uint8Array, path: Uint8Array[]): EncodeObject {
    return { typeUrl: "/tributary.rewards.v1.MsgSubmitStorageProof", value: { operator, epoch: String(epoch), challengeIndex: index, chunk, path } };
  }

  async query<Req extends DescMessage, Res extends DescMessage>(method: string, reqSchema: Req, req: Record<string, unknown>, resSchema: Res): Promise<Filled<MessageShape<Res>>> {
    const res = await this.h.app.query({ path: `/tributary.rewards.v1.Query/${method}`, data: encode(reqSchema, req as Init<Req>), height: 0n, prove: false });
    if (res.code !== 0) throw Object.assign(new Error(res.log), { code: res.code, codespace: res.codespace });
    return decodeFilled(resSchema, res.value);
  }

  node = (i: number) => this.query("Node", rq.QueryNodeRequestSchema, { operator: this.addr(i) }, rq.QueryNodeResponseSchema);
  epoch = () => this.query("Epoch", rq.QueryEpochRequestSchema, {}, rq.QueryEpochResponseSchema);

  async challenges(i: number): Promise<Challenge[]> {
    const r = await this.query("Challenges", rq.QueryChallengesRequestSchema, { operator: this.addr(i) }, rq.QueryChallengesResponseSchema);
    return (r.challenges ?? []).map((c) => ({
      index: c.index ?? 0, epoch: BigInt(String(c.epoch)), contributionId: BigInt(String(c.contributionId)), contentHash: bytesToHex(c.contentHash ?? new Uint8Array()),
      chunkIndex: c.chunkIndex ?? 0, chunkCount: c.chunkCount ?? 0, deadline: BigInt(String(c.deadlineHeight)), status: c.status ?? 0,
    }));
  }

  /** The proof message for one challenge of node `i`, built from the stored body. */
  proofFor(i: number, c: Challenge, operator = this.addr(i)): EncodeObject {
    const body = this.d.content.bodies.get(c.contentHash);
    if (!body) throw new Error(`test content store has no body ${c.contentHash}`);
    const { chunk, path } = chunkProof(body, c.chunkIndex);
    return this.proofMsg(operator, c.epoch, c.index, chunk, path);
  }

  /** Answers every pending challenge of node `i` in one tx; returns the tx result (undefined when none). */
  async answerAll(i: number): Promise<ExecTxResult | undefined> {
    const pending = (await this.challenges(i)).filter((c) => c.status === 1);
    if (pending.length === 0) return undefined;
    return this.ok(i, pending.map((c) => this.proofFor(i, c)));
  }

  /** Empty blocks until the committed height is `height`. */
  async advanceTo(height: bigint): Promise<void> {
    while (this.h.height < height) await this.h.deliver([]);
  }

  balance = (addr: string) => this.h.balance(addr);

  /** Committed keys (hex) and values (hex) under `prefix`. */
  async under(prefix: string): Promise<Map<string, string>> {
    const p = bytesToHex(new TextEncoder().encode(prefix));
    const out = new Map<string, string>();
    for (const [k, v] of await this.d.snapshot()) if (k.startsWith(p)) out.set(k, v);
    return out;
  }

  close = () => this.d.close();
}

export { words } from "./datanetHarness.ts";
