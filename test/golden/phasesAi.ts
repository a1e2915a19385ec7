/**
 * The golden script's Tributary phases: datanets (open and curated, reviews, withdrawal,
 * versions), attribution records, models and paid inferences, and a storage node through
 * registration, proofs, a missed epoch, an update and unregistration.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { encodeModel } from "../../modules/inference/onnx/codec.ts";
import { buildMlpFixture } from "../support/mlpFixture.ts";
import { Rng } from "../support/rng.ts";
import type { ScriptContext } from "./context.ts";
import { ROLE, TRIB } from "./genesis.ts";
import * as m from "./msgs.ts";

export const DN_OPEN = 1n;
export const DN_CURATED = 2n;
const V1 = 1n;

/** Deterministic text of `n` made-up words (a seeded stream; different seeds share no 5-gram in practice). */
export function goldenText(seed: number, n = 50): string {
  const rng = new Rng(seed * 2_654_435_761 + 1, "xorshift32");
  return Array.from({ length: n }, () => `w${rng.range(0, 3999).toString(36)}`).join(" ");
}

/** A tiny integer-only model (the test fixture graph): same seed, same bytes, runs in microseconds. */
export function goldenArtifact(seed: number): Uint8Array {
  return encodeModel(buildMlpFixture({ vocab: 300, window: 4, embed: 8, hidden: 16, seed }));
}

export async function datanetPhase(s: ScriptContext): Promise<void> {
  const { valA, valB, contributor1: c1, contributor2: c2 } = ROLE;
  await s.block([
    s.tx(valA, "create open datanet 1", [m.createDatanet(s.addr(valA), "golden-open", false)]),
    s.tx(valB, "create curated datanet 2 (curator c2, PII redaction, deposit)", [m.createDatanet(s.addr(valB), "golden-curated", true, [s.addr(c2)])]),
  ]);
  await s.block([s.tx(valA, "update datanet 1", [m.updateDatanet(s.addr(valA), DN_OPEN, "updated description")])]);
  for (let i = 0; i < 4; i++) {
    await s.block([
      s.tx(c1, `contribute 2 records to datanet 1 (round ${i})`, [m.contribute(s.addr(c1), DN_OPEN, [goldenText(10 * i + 1), goldenText(10 * i + 2)])]),
      s.tx(c2, `contribute 1 record to datanet 1 (round ${i})`, [m.contribute(s.addr(c2), DN_OPEN, [goldenText(10 * i + 3, 80)])]),
    ]);
  }
  await s.block([
    s.tx(c1, "contribute an exact duplicate", [m.contribute(s.addr(c1), DN_OPEN, [goldenText(1)])], "fail"),
    s.tx(c2, "contribute with too little gas", [m.contribute(s.addr(c2), DN_OPEN, [goldenText(99)])], "fail", { gas: 60_000n }),
    s.tx(c1, "contribute 3 records to curated datanet 2 (one with an e-mail address)", [
      m.contribute(s.addr(c1), DN_CURATED, [goldenText(201), `${goldenText(202)} write to someone@example.org`, goldenText(203)]),
    ]),
  ]);
  const pending = s.contributions.get(c1)!.slice(-3);
  await s.block([
    s.tx(c2, "curator accepts a record", [m.review(s.addr(c2), pending[0]!, true)]),
    s.tx(c2, "curator rejects a record", [m.review(s.addr(c2), pending[1]!, false)]),
    s.tx(c1, "withdraw a pending record", [m.withdrawContribution(s.addr(c1), pending[2]!)]),
  ]);
  await s.block([
    s.tx(valA, "publish datanet 1 version 1", [m.publish(s.addr(valA), DN_OPEN)]),
    s.tx(valB, "publish datanet 2 version 1", [m.publish(s.addr(valB), DN_CURATED)]),
    s.tx(c1, "publish someone else's datanet", [m.publish(s.addr(c1), DN_OPEN)], "fail"),
  ]);
  // attributable_delay_blocks = 1: the versions are READY after the next block.
  await s.advance(2);
}

export async function attributionPhase(s: ScriptContext): Promise<void> {
  const { operator, delegator, valB } = ROLE;
  const manifest = [{ datanetId: DN_OPEN, version: V1 }, { datanetId: DN_CURATED, version: V1 }];
  const quoted = goldenText(2).split(" ").slice(5, 35).join(" ");
  // Spans of 1 to 8 words from different records between unmatched words: where MIN_LEN and the length weights bite.
  const shortSpans = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => `${goldenText(1000 + k, 1)} ${goldenText(10 * (k % 4) + 1).split(" ").slice(k, 2 * k).join(" ")}`).join(" ");
  await s.block([
    s.tx(operator, "record attribution of a quoted span", [m.recordAttribution(s.addr(operator), manifest, `${quoted} and then ${goldenText(777, 10)}`, "what does the corpus say")]),
    s.tx(delegator, "record attribution of unmatched text", [m.recordAttribution(s.addr(delegator), [manifest[0]!], goldenText(555, 40), "")]),
    s.tx(valB, "record attribution of short spans", [m.recordAttribution(s.addr(valB), [manifest[0]!], shortSpans, "")]),
    s.tx(delegator, "record attribution against an unpublished version", [m.recordAttribution(s.addr(delegator), [{ datanetId: DN_OPEN, version: 9n }], goldenText(556, 20), "")], "fail"),
  ]);
}

export const MODEL_CHUNKED = 1n;
export const MODEL_INLINE = 2n;

export async function inferencePhase(s: ScriptContext): Promise<void> {
  const { valA, valB, delegator, contributor1: c1, contributor2: c2, operator } = ROLE;
  const artifact = goldenArtifact(7);
  const hash = sha256(artifact);
  const half = Math.ceil(artifact.length / 2);
  const manifest = [{ datanetId: DN_OPEN, version: V1 }];
  await s.block([s.tx(valA, "upload artifact chunk 0/2", [m.uploadChunk(s.addr(valA), hash, artifact.length, 2, 0, artifact.slice(0, half))])]);
  await s.block([s.tx(valA, "upload artifact chunk 1/2", [m.uploadChunk(s.addr(valA), hash, artifact.length, 2, 1, artifact.slice(half))])]);
  await s.block([
    s.tx(valA, "register model 1 from uploaded chunks", [m.registerModel(s.addr(valA), { name: "golden-chunked", artifactHash: hash, manifest })]),
    s.tx(valB, "register model 2 inline", [m.registerModel(s.addr(valB), { name: "golden-inline", artifact: goldenArtifact(8), manifest: [...manifest, { datanetId: DN_CURATED, version: V1 }] })]),
  ]);
  await s.block([
    s.tx(operator, "greedy inference on model 1", [m.requestInference(s.addr(operator), MODEL_CHUNKED, "w1 w2 w3 tell me", 50_000n)]),
    s.tx(delegator, "top-k inference on model 1", [m.requestInference(s.addr(delegator), MODEL_CHUNKED, "another prompt", 50_000n, { k: 8, seed: 42n })]),
    s.tx(c2, "inference on model 2", [m.requestInference(s.addr(c2), MODEL_INLINE, goldenText(3, 6), 50_000n)]),
    s.tx(c1, "inference with max fee below the base fee", [m.requestInference(s.addr(c1), MODEL_CHUNKED, "cheap", 10n)], "fail"),
  ]);
  await s.block([s.tx(valA, "reprice model 1", [m.updateModel(s.addr(valA), MODEL_CHUNKED, 2000n, 150n)])]);
  await s.block([
    s.tx(operator, "inference on the repriced model", [m.requestInference(s.addr(operator), MODEL_CHUNKED, "after the price change", 50_000n)]),
    s.tx(valB, "retire model 2", [m.retireModel(s.addr(valB), MODEL_INLINE)]),
  ]);
  await s.block([
    s.tx(c1, "claim data rewards", [m.claimDataRewards(s.addr(c1), s.contributions.get(c1)!.slice(0, 8))]),
    s.tx(c2, "claim data rewards", [m.claimDataRewards(s.addr(c2), s.contributions.get(c2)!.slice(0, 4))]),
    s.tx(delegator, "inference on a retired model", [m.requestInference(s.addr(delegator), MODEL_INLINE, "too late", 50_000n)], "fail"),
    s.tx(c1, "claim another's contribution", [m.claimDataRewards(s.addr(c1), s.contributions.get(c2)!.slice(0, 1))], "fail"),
  ]);
}

/** Epochs are 10 blocks (starting at heights 1, 11, 21, …), proofs within the next 4. */
const EPOCH = 10n;
const nextEpochStart = (h: bigint) => ((h - 1n) / EPOCH + 1n) * EPOCH + 1n;

export async function storageNodePhase(s: ScriptContext): Promise<void> {
  const { operator } = ROLE;
  await s.block([
    s.tx(operator, "register a storage node below the bond", [m.registerNode(s.addr(operator), [DN_OPEN], 10n)], "fail"),
    s.tx(operator, "register a storage node for datanet 1", [m.registerNode(s.addr(operator), [DN_OPEN], 2_000_000n)]),
  ]);
  s.prover = operator;
  // Two epochs answered (their proofs ride along in `block()`), with an update between them.
  await s.advanceTo(nextEpochStart(s.height) + 2n);
  await s.block([s.tx(operator, "update the storage node", [m.updateNode(s.addr(operator), "https://storage2.golden.example/v1", 500_000n)])]);
  await s.advanceTo(nextEpochStart(s.height) + 5n);
  // One epoch missed: more than max_missed_per_epoch, so the node is slashed and jailed.
  s.prover = undefined;
  await s.advanceTo(nextEpochStart(s.height) + 5n);
  if (!(await s.storageNodeJailed(operator))) throw new Error("golden script: the storage node was not jailed for its missed epoch");
  await s.block([s.tx(operator, "unregister the storage node", [m.unregisterNode(s.addr(operator))])]);
  // The bond comes back unbonding_blocks (5) later.
  await s.advance(6);
}

export const MODEL_V2 = 3n;

/** A second round, long after the first: version 2 of both datanets, a model trained on it, more staking moves. */
export async function laterRoundPhase(s: ScriptContext): Promise<void> {
  const { valA, valB, valD, delegator, contributor1: c1, contributor2: c2, operator } = ROLE;
  await s.block([
    s.tx(c2, "contribute 2 more records to datanet 1", [m.contribute(s.addr(c2), DN_OPEN, [goldenText(301), goldenText(302, 70)])]),
    s.tx(c1, "contribute 1 more record to curated datanet 2", [m.contribute(s.addr(c1), DN_CURATED, [goldenText(303)])]),
    s.tx(delegator, "redelegate B→D", [m.redelegate(s.addr(delegator), s.addr(valB), s.addr(valD), 4n * TRIB)]),
  ]);
  const pending = s.contributions.get(c1)!.at(-1)!;
  await s.block([
    s.tx(c2, "curator accepts the new record", [m.review(s.addr(c2), pending, true)]),
    s.tx(delegator, "undelegate from A", [m.undelegate(s.addr(delegator), s.addr(valA), 7n * TRIB)]),
  ]);
  await s.block([
    s.tx(valA, "publish datanet 1 version 2", [m.publish(s.addr(valA), DN_OPEN)]),
    s.tx(valB, "publish datanet 2 version 2", [m.publish(s.addr(valB), DN_CURATED)]),
  ]);
  await s.advance(2);
  const manifest = [{ datanetId: DN_OPEN, version: 2n }, { datanetId: DN_CURATED, version: 2n }];
  await s.block([
    s.tx(valB, "register model 3 on version 2", [m.registerModel(s.addr(valB), { name: "golden-v2", artifact: goldenArtifact(9), manifest })]),
    s.tx(operator, "record attribution against version 2", [m.recordAttribution(s.addr(operator), manifest, goldenText(302, 70).split(" ").slice(10, 40).join(" "), "")]),
  ]);
  await s.block([
    s.tx(operator, "inference on model 3", [m.requestInference(s.addr(operator), MODEL_V2, "w9 w8 the second round", 50_000n, { k: 4, seed: 7n })]),
    s.tx(c1, "inference on model 1 again", [m.requestInference(s.addr(c1), MODEL_CHUNKED, "once more", 50_000n)]),
  ]);
  await s.block([
    s.tx(c2, "claim data rewards of the second round", [m.claimDataRewards(s.addr(c2), s.contributions.get(c2)!)]),
    s.tx(delegator, "withdraw rewards from D", [m.withdrawReward(s.addr(delegator), s.addr(valD))]),
    s.tx(valD, "withdraw D's commission", [m.withdrawCommission(s.addr(valD))]),
  ]);
}
