/**
 * Datanet tests on the real App: an AppHarness with an in-memory content store, message
 * builders for every datanet message (signed by CosmJS through the generated codecs), typed
 * queries, full-state snapshots, a genesis export, and deterministic synthetic text.
 */
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import * as tx from "../proto/gen/tributary/datanet/v1/index.ts";
import * as q from "../proto/gen/tributary/datanet/v1/index.ts";
import { decodeFilled, encode, type Filled, type Init } from "../proto/codec.ts";
import { addressString, moduleAddress } from "../chain/address.ts";
import { registerTributaryTypes } from "../client/registry.ts";
import { storedBody } from "../modules/datanet/content.ts";
import { createModules } from "../modules/index.ts";
import { exportAppState } from "../node/export.ts";
import { AppHarness, registry } from "./appHarness.ts";
import { Rng } from "./support/rng.ts";
export { q };


export const DATANET_MSGS = ["MsgCreateDatanet", "MsgUpdateDatanet", "MsgContribute", "MsgReviewContribution", "MsgWithdrawContribution", "MsgPublishVersion"] as const;
registerTributaryTypes(registry, DATANET_MSGS.map((m) => [`/tributary.datanet.v1.${m}`, tx[`${m}Schema`]] as const));

export const FEE = 5000n;
export const GAS = 20_000_000;
export const FEE_COLLECTOR = moduleAddress("fee_collector");
export const ESCROW = moduleAddress("datanet");

/** Node-local bodies by content hash (hex), filled the way the node side will: from the tx. */
export class MemoryContent {
  readonly bodies = new Map<string, Uint8Array>();
  get = (hash: Uint8Array) => this.bodies.get(bytesToHex(hash));
  put(body: Uint8Array, redact: boolean): void {
    const s = storedBody(body, redact);
    this.bodies.set(bytesToHex(s.hash), s.body);
  }
}

export interface RecordInput {
  body: Uint8Array | string;
  title?: string;
  source?: string;
  licence?: string;
  extra?: { key: string; value: string }[];
}

export interface CreateOptions {
  name?: string;
  tags?: string[];
  curation?: "OPEN" | "CURATED";
  pii?: boolean;
  deposit?: string;
  limits?: { minTokens?: number; maxTokens?: number; maxBytes?: number };
  curators?: string[];
}

const enc = new TextEncoder();
const bytes = (b: Uint8Array | string) => (typeof b === "string" ? enc.encode(b) : b);

export class DatanetHarness {
  private constructor(
    readonly h: AppHarness,
    readonly content: MemoryContent,
  ) {}

  static async create(
    opts: { accounts?: number; datanet?: (g: any) => void; appState?: (s: any) => void; initialHeight?: bigint; content?: MemoryContent } = {},
  ): Promise<DatanetHarness> {
    const content = opts.content ?? new MemoryContent();
    const h = await AppHarness.create({
      accounts: opts.accounts ?? 4,
      initialHeight: opts.initialHeight,
      modules: { content },
      appState: (s) => {
        s.bank.balances = JSON.parse(JSON.stringify(s.bank.balances));
        if (opts.datanet) {
          const defaults = createModules().modules.find((m) => m.name === "datanet")!.defaultGenesis!() as any;
          opts.datanet(defaults);
          s.datanet = defaults;
        }
        opts.appState?.(s);
      },
    });
    return new DatanetHarness(h, content);
  }

  addr = (i: number) => this.h.accounts[i]!.address;

  /** Signs and delivers one tx in its own block; tracks the sequence (kept unless the ante failed). */
  async tx(i: number, msgs: EncodeObject[], gas = GAS): Promise<ExecTxResult> {
    const res = await this.h.deliver([await this.h.signTx(i, { msgs, gas })]);
    const r = res.txResults[0]!;
    if (r.code === 0 || r.log.includes("fee and sequence kept")) this.h.accounts[i]!.sequence++;
    return r;
  }

  /** Delivers and expects success; stores the bodies of MsgContribute records like a node. */
  async ok(i: number, msgs: EncodeObject[], gas = GAS): Promise<ExecTxResult> {
    const r = await this.tx(i, msgs, gas);
    if (r.code !== 0) throw new Error(`tx failed: ${r.codespace}/${r.code}: ${r.log}`);
    for (const e of r.events.filter((x) => x.type === "tributary.datanet.v1.EventContribution")) {
      const a = Object.fromEntries(e.attributes.map((x) => [x.key, x.value]));
      const msg = msgs[Number(a.msg_index)]!.value as { records: { body: Uint8Array }[] };
      this.content.put(msg.records[Number(a.record_index)]!.body, a.redacted === "true");
    }
    return r;
  }

  createDatanet(i: number, o: CreateOptions = {}): EncodeObject {
    return {
      typeUrl: "/tributary.datanet.v1.MsgCreateDatanet",
      value: {
        owner: this.addr(i),
        metadata: { name: o.name ?? "medical notes", tags: o.tags ?? ["medical"], description: "test datanet", licence: "CC-BY-4.0" },
        policy: {
          curation: o.curation === "CURATED" ? 2 : 1,
          piiRedaction: o.pii ?? false,
          contributionDeposit: o.deposit ? { denom: "utrib", amount: o.deposit } : null,
          limits: { minTokens: o.limits?.minTokens ?? 0, maxTokens: o.limits?.maxTokens ?? 0, maxBytes: o.limits?.maxBytes ?? 0 },
        },
        curators: o.curators ?? [],
      },
    };
  }

  /** Creates a datanet and returns its id. */
  async newDatanet(i: number, o: CreateOptions = {}): Promise<bigint> {
    const r = await this.ok(i, [this.createDatanet(i, o)]);
    const ev = r.events.find((e) => e.type === "tributary.datanet.v1.EventDatanetCreated")!;
    return BigInt(ev.attributes.find((a) => a.key === "datanet_id")!.value);
  }

  update(i: number, dn: bigint, value: Record<string, unknown>): EncodeObject {
    return { typeUrl: "/tributary.datanet.v1.MsgUpdateDatanet", value: { owner: this.addr(i), datanetId: dn.toString(), ...value } };
  }

  contribute(i: number, dn: bigint, records: RecordInput[]): EncodeObject {
    return {
      typeUrl: "/tributary.datanet.v1.MsgContribute",
      value: {
        contributor: this.addr(i),
        datanetId: dn.toString(),
        records: records.map((r) => ({ body: bytes(r.body), title: r.title ?? "", source: r.source ?? "", licence: r.licence ?? "", extra: r.extra ?? [] })),
      },
    };
  }

  /** Contributes and returns the new contribution ids in record order. */
  async contributeOk(i: number, dn: bigint, records: RecordInput[]): Promise<bigint[]> {
    const r = await this.ok(i, [this.contribute(i, dn, records)]);
    return r.events.filter((e) => e.type === "tributary.datanet.v1.EventContribution").map((e) => BigInt(e.attributes.find((a) => a.key === "contribution_id")!.value));
  }

  review(i: number, id: bigint, accept: boolean, reason = ""): EncodeObject {
    return { typeUrl: "/tributary.datanet.v1.MsgReviewContribution", value: { curator: this.addr(i), contributionId: id.toString(), accept, reason } };
  }

  withdraw(i: number, id: bigint): EncodeObject {
    return { typeUrl: "/tributary.datanet.v1.MsgWithdrawContribution", value: { contributor: this.addr(i), contributionId: id.toString() } };
  }

  publish(i: number, dn: bigint): EncodeObject {
    return { typeUrl: "/tributary.datanet.v1.MsgPublishVersion", value: { owner: this.addr(i), datanetId: dn.toString() } };
  }

  /** A datanet query; throws with codespace/code/log on an error answer. */
  async query<Req extends DescMessage, Res extends DescMessage>(method: string, reqSchema: Req, req: Record<string, unknown>, resSchema: Res): Promise<Filled<MessageShape<Res>>> {
    const res = await this.h.app.query({ path: `/tributary.datanet.v1.Query/${method}`, data: encode(reqSchema, req as Init<Req>), height: 0n, prove: false });
    if (res.code !== 0) throw Object.assign(new Error(res.log), { code: res.code, codespace: res.codespace });
    return decodeFilled(resSchema, res.value);
  }

  async contribution(id: bigint) {
    return (await this.query("Contribution", q.QueryContributionRequestSchema, { id: id }, q.QueryContributionResponseSchema)).contribution!;
  }

  async datanet(id: bigint) {
    return this.query("Datanet", q.QueryDatanetRequestSchema, { id: id }, q.QueryDatanetResponseSchema);
  }

  async sequence(id: bigint) {
    const s = (await this.query("TokenSequence", q.QueryTokenSequenceRequestSchema, { contributionId: id }, q.QueryTokenSequenceResponseSchema)).sequence!;
    return { ids: s.ids ?? [], masks: (s.masks ?? []).map((m) => [m.start ?? 0, m.end ?? 0]), maskedIds: s.maskedIds ?? [] };
  }

  async version(dn: bigint, n = 0n) {
    return (await this.query("Version", q.QueryVersionRequestSchema, { datanetId: dn, number: n }, q.QueryVersionResponseSchema)).version!;
  }

  balance = (addr: string | Uint8Array) => this.h.balance(typeof addr === "string" ? addr : addressString(addr));

  /** Every committed key and value, hex. */
  async snapshot(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for await (const [k, v] of this.h.store.committed().iterate()) out.set(bytesToHex(k), bytesToHex(v));
    return out;
  }

  /** Every module's genesis export of the committed state. */
  async exportAppState(): Promise<Record<string, any>> {
    return exportAppState(this.h.store.committed(), this.h.height, { content: this.content });
  }

  close = () => this.h.close();
}

/** `key=value` attributes of the first event of `type`. */
export function eventAttrs(r: ExecTxResult, type: string, nth = 0): Record<string, string> {
  const e = r.events.filter((x) => x.type === type)[nth];
  if (!e) throw new Error(`no ${type} event #${nth}`);
  return Object.fromEntries(e.attributes.map((a) => [a.key, a.value]));
}

/**
 * Deterministic text of `n` words drawn from a 4,000-word synthetic lexicon, so different seeds
 * share no 5-gram in practice and never near-duplicate. The xorshift32 stream (seed spread by
 * the golden ratio) keeps the texts the tests were written against.
 */
export function words(seed: number, n: number): string[] {
  const rng = new Rng((seed * 2654435761) >>> 0 || 1, "xorshift32");
  return Array.from({ length: n }, () => `w${(rng.u32() % 4000).toString(36)}`);
}

export const text = (seed: number, n = 60) => words(seed, n).join(" ");
