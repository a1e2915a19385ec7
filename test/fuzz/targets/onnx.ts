/**
 * ONNX artifacts: the fixture model (chain.ts) mutated at the graph level (onnxMutate.ts) or at
 * the protobuf wire level (mutate.ts), then inspected and dry-run exactly as MsgRegisterModel
 * does (modules/inference/artifact.ts). Every refusal must be a ChainError; a case slower than
 * SLOW_MS is a failure too (every validator would pay it). One case in ten goes through the
 * chain instead: MsgRegisterModel with the mutated artifact and, if it is accepted, a paid
 * inference on it.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { ChainError } from "../../../chain/errors.ts";
import { dryRun, inspectArtifact } from "../../../modules/inference/artifact.ts";
import { decodeModel, encodeModel } from "../../../modules/inference/onnx/codec.ts";
import { interpreterRunner } from "../../../modules/inference/runner.ts";
import * as pb from "../../../proto/gen/tributary/inference/v1/index.ts";
import type { FuzzChain } from "../chain.ts";
import { mutateMessage } from "../mutate.ts";
import { mutateModel } from "../onnxMutate.ts";
import type { CaseResult } from "../report.ts";
import type { Rng } from "../../support/rng.ts";
import { seedFor } from "../seeds.ts";
import { flushBlock } from "./flush.ts";
import { outcomeOf, txFailure } from "./txOutcome.ts";
import { decode } from "../../../proto/codec.ts";

export const SLOW_MS = 5_000;
const runner = interpreterRunner();

function mutatedArtifact(chain: FuzzChain, rng: Rng): { bytes: Uint8Array; ops: string[] } {
  if (rng.chance(25, 100)) {
    const m = mutateMessage(chain.world.artifact, rng, { addresses: [] });
    return { bytes: m.bytes, ops: ["wire", ...m.ops] };
  }
  const model = decodeModel(chain.world.artifact);
  const ops = mutateModel(model, rng);
  return { bytes: encodeModel(model), ops };
}

async function direct(bytes: Uint8Array): Promise<{ outcome: string; failure?: string }> {
  try {
    const info = inspectArtifact(bytes);
    await dryRun(runner, sha256(bytes), bytes, info);
    return { outcome: "accepted" };
  } catch (e) {
    if (e instanceof ChainError) return { outcome: `${e.codespace}/${e.code}` };
    return { outcome: "exception", failure: `not a ChainError: ${(e as Error)?.stack ?? String(e)}` };
  }
}

async function viaChain(chain: FuzzChain, bytes: Uint8Array, index: number): Promise<{ outcome: string; failure?: string }> {
  const w = { ...chain.world, artifact: bytes };
  const register = chain.sign([{ typeUrl: "/tributary.inference.v1.MsgRegisterModel", value: seedFor("/tributary.inference.v1.MsgRegisterModel", w).bytes }], [0]);
  const p = await chain.probe(register, `onnx#${index}`);
  const failure = txFailure(p);
  if (failure || p.final.code !== 0) return { outcome: outcomeOf(p), failure };
  const modelId = BigInt(decode(pb.MsgRegisterModelResponseSchema, TxMsgData.decode(p.final.data).msgResponses[0]!.value).modelId ?? 0n);
  const request = seedFor("/tributary.inference.v1.MsgRequestInference", { ...chain.world, signer: chain.address(1), ids: { ...chain.world.ids, model_id: modelId } }).bytes;
  const q = await chain.probe(chain.sign([{ typeUrl: "/tributary.inference.v1.MsgRequestInference", value: request }], [1]), `onnx#${index}-request`);
  return { outcome: `registered, inference ${outcomeOf(q)}`, failure: txFailure(q) };
}

export async function onnxCase(chain: FuzzChain, rng: Rng, index: number): Promise<CaseResult> {
  const { bytes, ops } = mutatedArtifact(chain, rng);
  const t0 = performance.now();
  const onChain = rng.chance(10, 100);
  const r = onChain ? await viaChain(chain, bytes, index) : await direct(bytes);
  const ms = performance.now() - t0;
  const failure = r.failure ?? (ms > SLOW_MS ? `took ${ms.toFixed(0)} ms (limit ${SLOW_MS})` : undefined);
  const result: CaseResult = { target: "onnx", index, label: `${onChain ? "chain " : ""}${ops.join(", ")}`, outcome: r.outcome, failure };
  return onChain ? flushBlock(chain, result) : result;
}
