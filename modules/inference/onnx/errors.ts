/**
 * Errors of the ONNX layer. Plain `Error` subclasses (not `ChainError`): the inference module
 * wraps them into its own codespace; the factory and the CLI print them as they are.
 *
 * Shape (viem style): `shortMessage` says what is wrong, `hint` says what to do about it, and
 * `message` is both on one line, so it reads well in a tx log.
 */
export interface OnnxErrorOptions {
  hint?: string;
}

export class OnnxError extends Error {
  override name = "OnnxError";
  readonly shortMessage: string;
  readonly hint?: string;
  constructor(shortMessage: string, opts: OnnxErrorOptions = {}) {
    super(opts.hint ? `${shortMessage} (hint: ${opts.hint})` : shortMessage);
    this.shortMessage = shortMessage;
    this.hint = opts.hint;
  }
}

/** Bytes that are not a well-formed ONNX ModelProto of the supported subset. */
export class OnnxDecodeError extends OnnxError {
  override name = "OnnxDecodeError";
  /** Message path where decoding stopped, e.g. `ModelProto.graph.node[3].attribute[0]`. */
  readonly path: string;
  /** Byte offset in the artifact where decoding stopped. */
  readonly offset: number;
  constructor(path: string, offset: number, problem: string, opts: OnnxErrorOptions = {}) {
    super(`onnx decode: ${path} at byte ${offset}: ${problem}`, opts);
    this.path = path;
    this.offset = offset;
  }
}

/** Where in the graph a validation error points. */
export interface GraphLocation {
  /** Index in `graph.nodes`, when the problem is a node. */
  nodeIndex?: number;
  nodeName?: string;
  opType?: string;
}

/** A decoded model the chain does not accept (disallowed op, float type, possible overflow …). */
export class OnnxValidationError extends OnnxError {
  override name = "OnnxValidationError";
  readonly location: GraphLocation;
  constructor(location: GraphLocation, problem: string, opts: OnnxErrorOptions = {}) {
    super(`${describeLocation(location)}${problem}`, opts);
    this.location = location;
  }
}

/** `node 7 "Add_3" (Relu): ` — the prefix every node-level message carries. */
export function describeLocation(loc: GraphLocation): string {
  if (loc.nodeIndex === undefined) return "";
  return `node ${loc.nodeIndex} ${JSON.stringify(loc.nodeName ?? "")} (${loc.opType ?? "?"}): `;
}

/** The interpreter was given input it cannot run (wrong window length, id out of range). */
export class OnnxRuntimeError extends OnnxError {
  override name = "OnnxRuntimeError";
}
