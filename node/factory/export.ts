/**
 * Writes a quantised MLP as the "tributary-mlp-v1" ONNX graph (modules/inference/onnx/mlpGraph.ts)
 * through the chain's own codec, with the tokenizer, window and logit scale in metadata_props
 * (so the artifact hash covers them).
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { encodeModel } from "../../modules/inference/onnx/codec.ts";
import { mlpGraph } from "../../modules/inference/onnx/mlpGraph.ts";
import type { OnnxModel } from "../../modules/inference/onnx/types.ts";
import { type Tokenizer, tokenizerJson } from "../../modules/inference/tokenizer.ts";
import type { QuantizedMlp } from "./quantize.ts";
import { TRIBUTARY_VERSION } from "../version.ts";

/** The ONNX model (plain objects) of a quantised MLP: the chain's own mlp-v1 graph definition. */
export function mlpToOnnx(q: QuantizedMlp, tok: Tokenizer): OnnxModel {
  if (tok.vocabSize !== q.shape.vocab) throw new Error(`the tokenizer has ${tok.vocabSize} ids, the model ${q.shape.vocab}`);
  return mlpGraph(
    { ...q.shape, emb: q.emb, w1: q.w1, b1: q.b1, d1: q.d1, w2: q.w2, b2: q.b2 },
    { tokenizerJson: tokenizerJson(tok), logitScale: q.logitScale, producerName: "tributary-factory", producerVersion: TRIBUTARY_VERSION },
  );
}

/** The artifact bytes and their sha256 (hex). */
export function exportMlp(q: QuantizedMlp, tok: Tokenizer): { bytes: Uint8Array; sha256: string } {
  const bytes = encodeModel(mlpToOnnx(q, tok));
  return { bytes, sha256: bytesToHex(sha256(bytes)) };
}
