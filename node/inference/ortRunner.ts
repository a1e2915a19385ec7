/**
 * The onnxruntime-node model runner the node plugs into the inference module (the module's
 * default is the pure-TypeScript interpreter; both give the same bits on validated graphs).
 *
 * Session options are fixed, not configurable, except the intra-op thread count (which cannot
 * change results: an accepted graph has no float reduction and no integer overflow, so the
 * order of integer additions does not matter):
 * - CPU execution provider only;
 * - graph optimisations disabled, so the nodes onnxruntime runs are the nodes the validator
 *   checked (no fusion into kernels the interpreter does not model);
 * - sequential execution, one inter-op thread.
 */
import * as ort from "onnxruntime-node";
import { type ArtifactSource, artifactBytes, type LoadedModel, type ModelRunner } from "../../modules/inference/expected.ts";
import { decodeModel } from "../../modules/inference/onnx/codec.ts";
import { INPUT_NAME, OUTPUT_NAME } from "../../modules/inference/onnx/types.ts";

export interface OrtRunnerOptions {
  /** Threads inside one op (default 1). Results do not depend on it. */
  intraOpNumThreads?: number;
  /** Sessions kept open (least recently loaded is released first; default 8). */
  maxSessions?: number;
}

export function sessionOptions(intraOpNumThreads: number): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: ["cpu"],
    graphOptimizationLevel: "disabled",
    executionMode: "sequential",
    intraOpNumThreads,
    interOpNumThreads: 1,
    logSeverityLevel: 3,
  };
}

export class OrtRunnerError extends Error {
  override name = "OrtRunnerError";
}

class OrtModel implements LoadedModel {
  constructor(
    readonly session: ort.InferenceSession,
    private readonly window: number,
    private readonly vocab: number,
  ) {}

  /** PERF: one session.run (O(model MACs)) plus O(W + V) copying. */
  async logits(window: Int32Array): Promise<Int32Array> {
    if (window.length !== this.window) throw new OrtRunnerError(`the window has ${window.length} ids, the model takes ${this.window}`);
    for (let i = 0; i < window.length; i++) {
      // onnxruntime's Gather would accept negative ids (counting from the end); the chain's ids never are.
      if (window[i]! < 0 || window[i]! >= this.vocab) throw new OrtRunnerError(`id ${window[i]} at position ${i} is outside [0, ${this.vocab})`);
    }
    const input = new ort.Tensor("int32", Int32Array.from(window), [1, this.window]);
    const out = await this.session.run({ [INPUT_NAME]: input });
    const logits = out[OUTPUT_NAME];
    if (!logits || logits.type !== "int32" || logits.data.length !== this.vocab) {
      throw new OrtRunnerError(`the session gave ${logits ? `${logits.type} × ${logits.data.length}` : "no logits"}, expected int32 × ${this.vocab}`);
    }
    return Int32Array.from(logits.data as Int32Array);
  }
}

export class OrtRunner implements ModelRunner {
  private readonly sessions = new Map<string, Promise<OrtModel>>();
  readonly intraOpNumThreads: number;
  private readonly maxSessions: number;

  constructor(opts: OrtRunnerOptions = {}) {
    this.intraOpNumThreads = opts.intraOpNumThreads ?? 1;
    this.maxSessions = opts.maxSessions ?? 8;
    if (!Number.isInteger(this.intraOpNumThreads) || this.intraOpNumThreads < 1) throw new OrtRunnerError(`intraOpNumThreads must be a positive integer, got ${this.intraOpNumThreads}`);
  }

  /**
   * The session for `hash`, created from `artifact` the first time (the artifact is trusted:
   * validated at registration); a reader is called only then.
   */
  load(hash: Uint8Array, artifact: ArtifactSource): Promise<LoadedModel> {
    const key = Buffer.from(hash).toString("hex");
    const cached = this.sessions.get(key);
    if (cached) return cached;
    const created = this.create(artifact);
    this.sessions.set(key, created);
    // A failed load is not cached: the next call tries again.
    created.catch(() => this.sessions.get(key) === created && this.sessions.delete(key));
    this.evict();
    return created;
  }

  private async create(source: ArtifactSource): Promise<OrtModel> {
    const artifact = artifactBytes(source);
    const graph = decodeModel(artifact).graph;
    const window = graph.inputs[0]?.type?.shape?.[1];
    const vocab = graph.outputs[0]?.type?.shape?.[1];
    if (typeof window !== "number" || typeof vocab !== "number") throw new OrtRunnerError("the artifact does not declare input_ids [1, W] and logits [1, V]");
    const session = await ort.InferenceSession.create(artifact, sessionOptions(this.intraOpNumThreads));
    return new OrtModel(session, window, vocab);
  }

  private evict(): void {
    while (this.sessions.size > this.maxSessions) {
      const [oldest, p] = this.sessions.entries().next().value as [string, Promise<OrtModel>];
      this.sessions.delete(oldest);
      p.then((m) => m.session.release()).catch(() => undefined);
    }
  }

  /** Releases every session. */
  async close(): Promise<void> {
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(all.map((p) => p.then((m) => m.session.release()).catch(() => undefined)));
  }
}
