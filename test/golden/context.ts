/**
 * What every phase of the golden script works with: the chain, the signer, a seeded PRNG, the
 * ids the chain handed out, and `block()`, which adds the background traffic (seeded random
 * bank sends) and the storage node's proofs to the txs a phase plans.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { QueryValidatorRequest, QueryValidatorResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import * as rewardsQuery from "../../proto/gen/tributary/rewards/v1/index.ts";
import { chunkProof } from "../../chain/contentRoot.ts";
import { Rng } from "../support/rng.ts";
import type { GoldenChain } from "./chain.ts";
import { ROLE } from "./genesis.ts";
import * as m from "./msgs.ts";
import type { Expect, PlannedTx, TxOptions, TxSigner } from "./txs.ts";
import { decode, encode } from "../../proto/codec.ts";

const rq = rewardsQuery;
/** The only randomness in the script: background traffic. */
export const GOLDEN_PRNG_SEED = 20_261_207;
/** Background senders: well-funded accounts (a planned rejected tx never uses a sequence, so they mix with any block). */
const BACKGROUND = [ROLE.valA, ROLE.valB, ROLE.delegator, ROLE.contributor1, ROLE.contributor2];

export class ScriptContext {
  private readonly rng = new Rng(GOLDEN_PRNG_SEED, "xorshift32");
  /** Contribution ids by account, in the order the chain accepted them. */
  readonly contributions = new Map<number, bigint[]>();
  /** When set, every block carries this operator's proofs for its pending challenges. */
  prover?: number;
  private readonly answered = new Set<string>();

  constructor(
    readonly chain: GoldenChain,
    readonly signer: TxSigner,
  ) {}

  addr = (i: number) => this.signer.address(i);
  get height(): bigint {
    return this.chain.height;
  }

  tx(i: number, label: string, msgs: EncodeObject[], expect: Expect = "ok", o: TxOptions = {}): PlannedTx {
    return this.signer.tx(i, label, msgs, expect, o);
  }

  /** One block: `txs`, then the storage proofs due, then (one block in three) a random send. */
  async block(txs: PlannedTx[] = []): Promise<ExecTxResult[]> {
    const all = [...txs, ...(await this.proofs())];
    if (this.rng.range(0, 2) === 0) {
      const from = BACKGROUND[this.rng.range(0, BACKGROUND.length - 1)]!;
      const to = this.rng.range(0, 7);
      const amount = BigInt(this.rng.range(1, 1_000_000));
      all.push(this.tx(from, `background send ${amount}utrib ${from}→${to}`, [m.send(this.addr(from), this.addr(to), amount)]));
    }
    const { results } = await this.chain.block(all);
    results.forEach((r, i) => this.noteContributions(all[i]!, r));
    return results.slice(0, txs.length);
  }

  /** Blocks (with background traffic) until the chain is at `height`. */
  async advanceTo(height: bigint): Promise<void> {
    while (this.chain.height < height) await this.block();
  }

  async advance(blocks: number): Promise<void> {
    await this.advanceTo(this.chain.height + BigInt(blocks));
  }

  /** Stores accepted record bodies as a node would, and remembers the new contribution ids. */
  private noteContributions(t: PlannedTx, r: ExecTxResult): void {
    if (r.code !== 0) return;
    for (const e of r.events.filter((x) => x.type === "tributary.datanet.v1.EventContribution")) {
      const a = Object.fromEntries(e.attributes.map((x) => [x.key, x.value]));
      const body = t.bodies[Number(a.msg_index)]?.[Number(a.record_index)];
      if (body) this.chain.content.put(body, a.redacted === "true");
      const ids = this.contributions.get(t.signer) ?? [];
      ids.push(BigInt(a.contribution_id!));
      this.contributions.set(t.signer, ids);
    }
  }

  private async proofs(): Promise<PlannedTx[]> {
    if (this.prover === undefined) return [];
    const operator = this.addr(this.prover);
    const res = await this.query(`/tributary.rewards.v1.Query/Challenges`, encode(rq.QueryChallengesRequestSchema, { operator }));
    const pending = (decode(rq.QueryChallengesResponseSchema, res).challenges ?? []).filter((c) => c.status === 1 && !this.answered.has(`${c.epoch}/${c.index}`));
    if (pending.length === 0) return [];
    const msgs = pending.map((c) => {
      this.answered.add(`${c.epoch}/${c.index}`);
      const body = this.chain.content.bodies.get(bytesToHex(c.contentHash!));
      if (!body) throw new Error(`golden script: no stored body for challenged content ${bytesToHex(c.contentHash!)}`);
      const { chunk, path } = chunkProof(body, c.chunkIndex ?? 0);
      return m.storageProof(operator, BigInt(String(c.epoch)), c.index ?? 0, chunk, path);
    });
    return [this.tx(this.prover, `storage proofs for ${pending.map((c) => `${c.epoch}/${c.index}`).join(", ")}`, msgs)];
  }

  async query(path: string, data: Uint8Array): Promise<Uint8Array> {
    const res = await this.chain.app.query({ path, data, height: 0n, prove: false });
    if (res.code !== 0) throw new Error(`golden script: query ${path} failed: ${res.codespace}/${res.code} ${res.log}`);
    return res.value;
  }

  async storageNodeJailed(operator: number): Promise<boolean> {
    const res = await this.query("/tributary.rewards.v1.Query/Node", encode(rq.QueryNodeRequestSchema, { operator: this.addr(operator) }));
    return BigInt(String(decode(rq.QueryNodeResponseSchema, res).node?.jailedUntilEpoch ?? 0)) > 0n;
  }

  async validatorJailed(operator: number): Promise<boolean> {
    const res = await this.query("/cosmos.staking.v1beta1.Query/Validator", QueryValidatorRequest.encode({ validatorAddr: m.valoper(this.addr(operator)) }).finish());
    return QueryValidatorResponse.decode(res).validator.jailed;
  }
}
