/**
 * Load on the chaos network: one loop per account, each signing offline (CosmJS, explicit
 * account number and sequence) and sending one tx at a time to two random nodes that are up
 * (so a node killed right after accepting a tx rarely loses it), then polling for it in a
 * block. Most txs are bank sends to the next account; every `contributeEvery`-th tx of an
 * account is a datanet contribution of a few records.
 *
 * A tx seen in a block is "confirmed" (its height and result code kept); the final check
 * requires it on every node. One not seen within `confirmMs` is kept as pending (it may still
 * land: a mempool that held it survived) and the account's sequence is read back from a node.
 */
import { DirectSecp256k1Wallet, type EncodeObject } from "@cosmjs/proto-signing";
import { SigningStargateClient } from "@cosmjs/stargate";
import { sha256 } from "@noble/hashes/sha2.js";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { msgContribute, msgCreateDatanet } from "../../client/datanetMsgs.ts";
import { createTributaryRegistry } from "../../client/registry.ts";
import type { LoadAccount } from "./networkLayout.ts";
import { abciQuery, broadcastSync, rpcCall, txByHash } from "./networkRpc.ts";
import { at } from "../support/take.ts";
import type { Rng } from "../support/rng.ts";

export type TxKind = "send" | "contribute" | "create-datanet";

export interface ConfirmedTx {
  hash: string;
  kind: TxKind;
  height: number;
  code: number;
}

export interface LoadStats {
  signed: number;
  confirmed: number;
  /** Confirmed with a non-zero code (the block kept them; every node must agree on the code). */
  failedInBlock: number;
  refusedByCheckTx: number;
  /** Not seen in a block within the wait; their hashes are looked for again at the end. */
  pending: number;
  resyncs: number;
  byKind: Record<TxKind, number>;
  /** Confirmed with code 0, per kind. */
  okByKind: Record<TxKind, number>;
  /** The first in-block failure of each kind (code and log), to tell a load bug from chaos. */
  firstFailure: Partial<Record<TxKind, string>>;
}

interface Signer {
  account: LoadAccount;
  client: SigningStargateClient;
  sequence?: bigint;
  sent: number;
}

const SEND_FEE = { amount: [{ denom: "utrib", amount: "500" }], gas: "200000" };
const CONTRIBUTE_FEE = { amount: [{ denom: "utrib", amount: "5000" }], gas: "2000000" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class LoadGenerator {
  readonly confirmed: ConfirmedTx[] = [];
  readonly pendingHashes = new Map<string, TxKind>();
  readonly stats: LoadStats = { signed: 0, confirmed: 0, failedInBlock: 0, refusedByCheckTx: 0, pending: 0, resyncs: 0, byKind: { send: 0, contribute: 0, "create-datanet": 0 }, okByKind: { send: 0, contribute: 0, "create-datanet": 0 }, firstFailure: {} };
  datanetId?: bigint;
  private stopped = false;
  private loops: Promise<void>[] = [];

  private constructor(
    private readonly signers: Signer[],
    private readonly chainId: string,
    /** RPCs of the nodes up right now (the harness's view). */
    private readonly targets: () => string[],
    private readonly opts: { contributeEvery: number; confirmMs: number },
    /** The run's seeded Rng: which node gets a tx, the records' words. */
    private readonly rng: Rng,
  ) {}

  private pick(targets: string[]): string {
    return at(targets, this.rng.int(targets.length), "target");
  }

  static async create(accounts: LoadAccount[], chainId: string, targets: () => string[], rng: Rng, opts = { contributeEvery: 5, confirmMs: 30_000 }): Promise<LoadGenerator> {
    const registry = createTributaryRegistry();
    const signers = await Promise.all(
      accounts.map(async (account) => ({ account, client: await SigningStargateClient.offline(await DirectSecp256k1Wallet.fromKey(account.privkey, "trib"), { registry }), sent: 0 })),
    );
    return new LoadGenerator(signers, chainId, targets, opts, rng);
  }

  /** Creates the datanet the contributions go to (account 0 owns it); before `start`. */
  async createDatanet(): Promise<bigint> {
    const s = this.signers[0]!;
    const msg = msgCreateDatanet(s.account.address, { metadata: { name: "chaos records", tags: ["chaos"] }, policy: { curation: "OPEN" } });
    for (let attempt = 0; attempt < 5 && this.datanetId === undefined; attempt++) {
      const tx = await this.sendOne(s, [msg], CONTRIBUTE_FEE, "create-datanet");
      if (tx?.code === 0) this.datanetId = await this.datanetIdOf(tx.hash);
    }
    if (this.datanetId === undefined) throw new Error("could not create the load's datanet in 5 attempts");
    return this.datanetId;
  }

  /** The id from the tx's EventDatanetCreated, asking nodes in turn: each indexes a block just after committing it. */
  private async datanetIdOf(hash: string): Promise<bigint> {
    for (const deadline = Date.now() + 20_000; ; await sleep(300)) {
      try {
        return await datanetIdOf(this.pick(this.targets()), hash);
      } catch (e) {
        if (Date.now() > deadline) throw e;
      }
    }
  }

  start(): void {
    this.loops = this.signers.map((s, i) => this.loop(s, i));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  /** Looks for every pending hash on `rpc`; those found join the confirmed. */
  async settlePending(rpc: string): Promise<void> {
    for (const [hash, kind] of this.pendingHashes) {
      const found = await txByHash(rpc, hash, 10_000);
      if (found) this.record({ hash, kind, ...found });
    }
    this.stats.pending = this.pendingHashes.size;
  }

  private async loop(s: Signer, i: number): Promise<void> {
    const next = this.signers[(i + 1) % this.signers.length]!.account.address;
    while (!this.stopped) {
      const contribute = this.datanetId !== undefined && s.sent % this.opts.contributeEvery === this.opts.contributeEvery - 1;
      const msgs = contribute ? [contribution(this.rng, s.account.address, this.datanetId!, s.sent)] : [send(s.account.address, next, s.sent)];
      await this.sendOne(s, msgs, contribute ? CONTRIBUTE_FEE : SEND_FEE, contribute ? "contribute" : "send");
      s.sent++;
    }
  }

  /** One tx from `s` to two nodes that are up, then waits for it in a block. The tx confirmed, or undefined. */
  private async sendOne(s: Signer, msgs: EncodeObject[], fee: typeof SEND_FEE, kind: TxKind): Promise<ConfirmedTx | undefined> {
    const targets = this.targets();
    if (targets.length === 0) return void (await sleep(500));
    if (s.sequence === undefined && !(await this.resync(s))) return undefined;
    const raw = await s.client.sign(s.account.address, msgs, fee, "", { accountNumber: s.account.accountNumber, sequence: Number(s.sequence!), chainId: this.chainId });
    const tx = TxRaw.encode(raw).finish();
    const hash = Buffer.from(sha256(tx)).toString("hex").toUpperCase();
    this.stats.signed++;
    const to = [...new Set([this.pick(targets), this.pick(targets)])];
    const answers = await Promise.allSettled(to.map((rpc) => broadcastSync(rpc, tx)));
    const accepted = answers.some((a) => a.status === "fulfilled" && (a.value.code === 0 || /already exists in cache/.test(a.value.log)));
    if (!accepted) {
      if (answers.some((a) => a.status === "fulfilled")) this.stats.refusedByCheckTx++;
      // A refusal (most often a sequence another tx of ours took) or no answer: read it back.
      s.sequence = undefined;
      await sleep(300);
      return undefined;
    }
    const found = await this.waitForTx(hash);
    if (!found) {
      this.pendingHashes.set(hash, kind);
      s.sequence = undefined;
      return undefined;
    }
    const confirmed = this.record({ hash, kind, ...found });
    // A tx whose messages failed in the block still used its sequence; read it back to be sure.
    if (found.code === 0) s.sequence! += 1n;
    else s.sequence = undefined;
    return confirmed;
  }

  private record(found: ConfirmedTx & { log?: string }): ConfirmedTx {
    const tx: ConfirmedTx = { hash: found.hash, kind: found.kind, height: found.height, code: found.code };
    if (tx.code !== 0) this.stats.firstFailure[tx.kind] ??= `code ${tx.code}: ${found.log ?? ""}`.slice(0, 300);
    this.pendingHashes.delete(tx.hash);
    this.confirmed.push(tx);
    this.stats.confirmed++;
    this.stats.byKind[tx.kind]++;
    if (tx.code === 0) this.stats.okByKind[tx.kind]++;
    else this.stats.failedInBlock++;
    return tx;
  }

  private async waitForTx(hash: string): Promise<{ height: number; code: number; log: string } | undefined> {
    const deadline = Date.now() + this.opts.confirmMs;
    while (Date.now() < deadline) {
      await sleep(400);
      const targets = this.targets();
      if (targets.length === 0) continue;
      try {
        const found = await txByHash(this.pick(targets), hash);
        if (found) return found;
      } catch {
        // that node went down between the pick and the call; ask another next time
      }
    }
    return undefined;
  }

  /** Reads the account's committed sequence from a node that is up; false when none answered. */
  private async resync(s: Signer): Promise<boolean> {
    this.stats.resyncs++;
    try {
      const value = await abciQuery(this.pick(this.targets()), "/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address: s.account.address }).finish());
      const any = QueryAccountResponse.decode(value).account!;
      s.sequence = BaseAccount.decode(any.value).sequence;
      return true;
    } catch {
      await sleep(500);
      return false;
    }
  }
}

function send(from: string, to: string, k: number): EncodeObject {
  return { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: to, amount: [{ denom: "utrib", amount: String(1 + (k % 97)) }] } };
}

function contribution(rng: Rng, contributor: string, datanetId: bigint, k: number): EncodeObject {
  // The datanet takes 32..20000 tokens per record (its default limits): about 60 words each.
  const words = "river delta stone bridge harbour lantern meadow orchard quarry signal tunnel valley".split(" ");
  const text = (n: number) => Array.from({ length: n }, () => rng.pick(words)).join(" ");
  const records = [0, 1, 2].map((r) => ({ body: `chaos record from ${contributor.slice(-8)} number ${k}.${r}: ${rng.u32().toString(36)} ${text(60)}`, title: `chaos ${k}.${r}` }));
  return msgContribute(contributor, datanetId, records);
}

/** The datanet id of a confirmed MsgCreateDatanet, from its EventDatanetCreated. */
async function datanetIdOf(rpc: string, hash: string): Promise<bigint> {
  const r = await rpcCall<{ tx_result: { events: { type: string; attributes: { key: string; value: string }[] }[] } }>(rpc, "tx", { hash: `0x${hash}` });
  const ev = r.tx_result.events.find((e) => e.type === "tributary.datanet.v1.EventDatanetCreated");
  const id = ev?.attributes.find((a) => a.key === "datanet_id")?.value;
  if (id === undefined) throw new Error(`tx ${hash} has no EventDatanetCreated with a datanet_id`);
  return BigInt(id.replace(/"/g, ""));
}
