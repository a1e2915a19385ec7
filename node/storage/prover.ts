/**
 * The storage node's prover (`tributary start --storage-node --from <key>`): after each
 * committed block it reads the node's pending challenges from the committed state, builds each
 * proof (the chunk and its Merkle path) from the content store, and sends every due proof in
 * one signed MsgSubmitStorageProof tx to the mempool. One log line per epoch says how the
 * node did (challenges passed, missed, and why).
 *
 * Off the consensus path: the driver only tells it a height; the work runs later on the event
 * loop, one run at a time (heights arriving meanwhile collapse into the latest), and every error
 * is logged, never thrown, so a prover problem never stops or slows block production.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { Logger } from "pino";
import { msgSubmitStorageProof } from "../../client/rewardsMsgs.ts";
import type { RewardsQueries } from "../../client/rewardsQueries.ts";
import type { Challenge, EpochState } from "../../client/rewardsTypes.ts";
import { chunkProof, verifyChunkProof } from "../../chain/contentRoot.ts";
import type { ContentStore } from "../content/store.ts";
import type { SendResult } from "./proofTx.ts";

/** Tries per challenge (a first send and one more after a failed or lost tx). */
const MAX_ATTEMPTS = 2;
/** Blocks after a send with the challenge still pending before the tx counts as lost. */
const LOST_AFTER_BLOCKS = 3n;

export interface ProofSender {
  send(msgs: EncodeObject[]): Promise<SendResult>;
  resync(): void;
}

export interface StorageProverOptions {
  operator: string;
  /** The rewards queries on the node's committed state (in process). */
  rewards: RewardsQueries;
  store: ContentStore;
  sender: ProofSender;
  /** The result of a committed tx by hash, when the driver can say (solo); undefined while not committed. */
  txResult?: (hash: string) => Promise<{ code: number; log: string } | undefined>;
  logger: Logger;
}

interface Attempt {
  tries: number;
  sentAt: bigint;
  txHash?: string;
  /** Why the last try failed (shown in the epoch line). */
  failure?: string;
  /** The failure was logged already (a missing body is logged once, not every block). */
  logged?: boolean;
}

interface EpochTrack {
  number: bigint;
  startHeight: bigint;
  windowEndHeight: bigint;
  attempts: Map<number, Attempt>;
  reported: boolean;
}

export interface EpochReport {
  epoch: bigint;
  challenges: number;
  passed: number;
  missed: number;
  pending: number;
  failures: string[];
}

const where = (c: Challenge) => `contribution ${c.contributionId} (datanet ${c.datanetId}) chunk ${c.chunkIndex}`;

export class StorageProver {
  private latest = 0n;
  private done = 0n;
  private running: Promise<void> | undefined;
  private stopped = false;
  private track: EpochTrack | undefined;
  /** Each epoch's report, for tests and status; the last 16 kept. */
  readonly reports: EpochReport[] = [];

  constructor(private readonly o: StorageProverOptions) {}

  /** Called by the driver after each commit; returns at once. */
  onCommitted(height: bigint): void {
    if (this.stopped || height <= this.latest) return;
    this.latest = height;
    // setImmediate: not even the first query runs inside the driver's call.
    if (!this.running) this.running = new Promise<void>((r) => setImmediate(r)).then(() => this.loop());
  }

  /** Finishes the run in hand, then ignores further heights. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped && this.latest > this.done) {
      const height = this.latest;
      try {
        await this.runAt(height);
      } catch (e) {
        this.o.logger.error({ height: Number(height), err: (e as Error).message }, "storage prover: could not process the block; will retry on the next one");
      }
      this.done = height;
    }
    this.running = undefined;
  }

  /** PERF: two in-process queries per block; per due challenge one body read, its root hashing and one signature per tx. */
  private async runAt(height: bigint): Promise<void> {
    const state = await this.o.rewards.epoch();
    if (state.epoch.number === 0n) return;
    if (!this.track || this.track.number !== state.epoch.number) {
      if (this.track && !this.track.reported) await this.report(this.track, undefined);
      this.track = { number: state.epoch.number, startHeight: state.epoch.startHeight, windowEndHeight: state.epoch.windowEndHeight, attempts: new Map(), reported: false };
    }
    const track = this.track;
    if (track.reported) return;
    const { challenges } = await this.o.rewards.challenges(this.o.operator, 0n);
    if (state.epoch.windowClosed || height >= state.epoch.windowEndHeight) {
      if (state.epoch.windowClosed) await this.report(track, challenges, state);
      return;
    }
    await this.checkSent(track, challenges);
    const due = challenges.filter((c) => c.status === "PENDING" && c.deadlineHeight > height && this.shouldSend(track.attempts.get(c.index), height));
    if (due.length > 0) await this.prove(track, due, height);
  }

  private shouldSend(a: Attempt | undefined, height: bigint): boolean {
    if (!a) return true;
    if (a.tries >= MAX_ATTEMPTS) return false;
    if (a.txHash === undefined) return true; // never reached the mempool (e.g. the body was missing)
    return a.failure !== undefined || height >= a.sentAt + LOST_AFTER_BLOCKS;
  }

  /** Records why a sent proof tx failed in its block (a refused proof, out of gas, …). */
  private async checkSent(track: EpochTrack, challenges: Challenge[]): Promise<void> {
    if (!this.o.txResult) return;
    const pending = new Map(challenges.filter((c) => c.status === "PENDING").map((c) => [c.index, c]));
    const asked = new Map<string, { code: number; log: string } | undefined>();
    for (const [index, a] of track.attempts) {
      if (!a.txHash || a.failure !== undefined || !pending.has(index)) continue;
      if (!asked.has(a.txHash)) asked.set(a.txHash, await this.o.txResult(a.txHash));
      const r = asked.get(a.txHash);
      if (r && r.code !== 0) {
        a.failure = `proof tx ${a.txHash} failed: ${r.log}`;
        this.o.logger.warn({ epoch: Number(track.number), challenge: index, tx: a.txHash }, `storage prover: ${a.failure}`);
      }
    }
  }

  /** The proof of one challenge from the content store, or why there is none. */
  private proofFor(c: Challenge): { msg: EncodeObject } | { failure: string } {
    const body = this.o.store.get(c.contentHash);
    if (!body) return { failure: `${where(c)}: body ${bytesToHex(c.contentHash)} is not in this node's content store (run \`tributary datanet rebuild-content\`)` };
    if (bytesToHex(sha256(body)) !== bytesToHex(c.contentHash)) {
      return { failure: `${where(c)}: the stored body does not hash to ${bytesToHex(c.contentHash)}; the content store is damaged (delete the file and run \`tributary datanet rebuild-content\`)` };
    }
    if (c.chunkIndex >= c.chunkCount || BigInt(body.length) !== c.bytes) return { failure: `${where(c)}: the stored body has ${body.length} bytes, the chain says ${c.bytes}` };
    const { chunk, path } = chunkProof(body, c.chunkIndex);
    // A proof the chain would refuse costs a fee and counts as a miss all the same: check first.
    if (!verifyChunkProof(c.contentRoot, c.chunkIndex, c.chunkCount, chunk, path)) return { failure: `${where(c)}: the stored body's chunk does not verify against the content root ${bytesToHex(c.contentRoot)}` };
    return { msg: msgSubmitStorageProof(this.o.operator, { epoch: c.epoch, challengeIndex: c.index, chunk, path }) };
  }

  private async prove(track: EpochTrack, due: Challenge[], height: bigint): Promise<void> {
    const msgs: EncodeObject[] = [];
    const sent: Attempt[] = [];
    for (const c of due) {
      const a = track.attempts.get(c.index) ?? { tries: 0, sentAt: height };
      track.attempts.set(c.index, a);
      const p = this.proofFor(c);
      if ("failure" in p) {
        if (!a.logged) this.o.logger.error({ epoch: Number(track.number), challenge: c.index, contribution: c.contributionId.toString() }, `storage prover: cannot answer challenge ${c.index}: ${p.failure}`);
        a.failure = p.failure;
        a.logged = true;
        continue;
      }
      a.tries += 1;
      a.sentAt = height;
      a.failure = undefined;
      msgs.push(p.msg);
      sent.push(a);
    }
    if (msgs.length === 0) return;
    let res: SendResult;
    try {
      res = await this.o.sender.send(msgs);
    } catch (e) {
      this.o.sender.resync();
      const failure = `could not sign or simulate the proof tx: ${(e as Error).message}`;
      for (const a of sent) Object.assign(a, { failure, txHash: undefined });
      this.o.logger.error({ epoch: Number(track.number), proofs: msgs.length }, `storage prover: ${failure}`);
      return;
    }
    if (res.resequenced) {
      const { from, to } = res.resequenced;
      this.o.logger.info({ epoch: Number(track.number), from: from.toString(), to: to.toString() }, `storage prover: the operator's account sequence moved on (another tx of this key); re-signed with ${to}`);
    }
    if (res.code !== 0) {
      const failure = `the mempool refused the proof tx (${res.codespace}/${res.code}): ${res.log}`;
      for (const a of sent) Object.assign(a, { failure, txHash: undefined });
      this.o.logger.warn({ epoch: Number(track.number), proofs: msgs.length }, `storage prover: ${failure}`);
      return;
    }
    for (const a of sent) a.txHash = res.hash;
    this.o.logger.debug({ epoch: Number(track.number), height: Number(height), proofs: msgs.length, tx: res.hash }, "storage prover: proofs sent");
  }

  /** The epoch's line: from the chain's final statuses when given, else from what was sent. */
  private async report(track: EpochTrack, challenges: Challenge[] | undefined, state?: EpochState): Promise<void> {
    track.reported = true;
    const failures: string[] = [];
    let passed = 0, missed = 0, pending = 0, total: number;
    if (challenges) {
      total = challenges.length;
      for (const c of challenges) {
        if (c.status === "PASSED") passed++;
        else {
          if (c.status === "MISSED") missed++;
          else pending++;
          failures.push(`challenge ${c.index}, ${where(c)}: ${track.attempts.get(c.index)?.failure ?? (track.attempts.has(c.index) ? "the proof was sent but not accepted in time" : "no proof was sent")}`);
        }
      }
    } else {
      total = track.attempts.size;
      for (const [i, a] of track.attempts) if (a.failure) failures.push(`challenge ${i}: ${a.failure}`);
      pending = total;
    }
    const r: EpochReport = { epoch: track.number, challenges: total, passed, missed, pending, failures };
    this.reports.push(r);
    if (this.reports.length > 16) this.reports.shift();
    const fields = { epoch: Number(track.number), startHeight: Number(track.startHeight), challenges: total, passed, missed, failures };
    if (total === 0) {
      const why = await this.whyNoChallenges(state);
      this.o.logger.info(fields, `storage proofs: epoch ${track.number}: no challenges for this node (${why})`);
    } else if (!challenges) {
      this.o.logger.warn(fields, `storage proofs: epoch ${track.number}: ended before its window's outcome was read; ${failures.length} challenge(s) with errors`);
    } else if (failures.length === 0) {
      this.o.logger.info(fields, `storage proofs: epoch ${track.number}: ${passed}/${total} challenges answered`);
    } else {
      this.o.logger.warn(fields, `storage proofs: epoch ${track.number}: ${passed}/${total} challenges answered, ${total - passed} failed: ${failures.join("; ")}`);
    }
  }

  private async whyNoChallenges(state: EpochState | undefined): Promise<string> {
    try {
      const d = await this.o.rewards.node(this.o.operator);
      if (d.jailed) return `jailed until epoch ${d.node.jailedUntilEpoch}`;
      return state && d.node.stats.bytesServed === 0n ? "its datanets hold no challengeable records" : "none drawn";
    } catch (e) {
      return `not registered: ${(e as Error).message}`;
    }
  }
}
