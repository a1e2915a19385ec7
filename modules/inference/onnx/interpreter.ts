import { type ArtifactSource, artifactBytes, type LoadedModel } from "../expected.ts";
import { decodeModel } from "./codec.ts";
import { OnnxRuntimeError } from "./errors.ts";
import type { IntArray } from "./tensor.ts";
import type { OnnxModel } from "./types.ts";
import { type CompiledModel, compileModel } from "./validate.ts";

/**
 * The pure-TypeScript interpreter of validated graphs: integer arithmetic only, typed arrays,
 * plain loops. It gives the same bits as onnxruntime-node because the validator admits only
 * graphs in which no value can leave its integer type (see README.md), where every allowed
 * op has one exact integer result.
 */

/** Runs one forward pass. `ids` is one window (length W) of ids in [0, V). PERF: O(macs + elements). */
export function interpret(model: OnnxModel | CompiledModel, ids: Int32Array): Int32Array {
  const c = "steps" in model ? model : compileModel(model);
  const { window, vocab } = c.info;
  if (ids.length !== window) throw new OnnxRuntimeError(`the window has ${ids.length} ids, the model takes ${window}`);
  for (let i = 0; i < ids.length; i++) {
    if (ids[i]! < 0 || ids[i]! >= vocab) throw new OnnxRuntimeError(`id ${ids[i]} at position ${i} is outside [0, ${vocab})`);
  }
  const values: (IntArray | undefined)[] = c.constants.slice();
  values[c.inputSlot] = Int32Array.from(ids);
  for (const step of c.steps) {
    values[step.output] = step.kernel(step.inputs.map((s) => (s < 0 ? undefined : values[s])));
  }
  const out = values[c.outputSlot] as Int32Array;
  // A copy, so the caller never holds an array a kernel may share with another value.
  return Int32Array.from(out);
}

/**
 * A `ModelRunner` (modules/inference/expected.ts) over the interpreter: compiled models are
 * cached by artifact hash.
 */
export class InterpreterRunner {
  private readonly cache = new Map<string, CompiledModel>();
  constructor(private readonly maxCached = 16) {}

  /** `artifact`: the bytes, or a reader called only when no compiled model is cached for `hash`. */
  async load(hash: Uint8Array, artifact: ArtifactSource): Promise<LoadedModel> {
    const key = Array.from(hash, (b) => b.toString(16).padStart(2, "0")).join("");
    let compiled = this.cache.get(key);
    if (!compiled) {
      compiled = compileModel(decodeModel(artifactBytes(artifact)));
      if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(key, compiled);
    }
    const model = compiled;
    return { logits: async (window: Int32Array) => interpret(model, window) };
  }
}
