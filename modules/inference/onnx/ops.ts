import { Add, Cast, Clip, Div, Identity, Mul, Sub } from "./opsElementwise.ts";
import { MatMulInteger } from "./opsMatmul.ts";
import { Concat, Flatten, Gather, Reshape } from "./opsTensor.ts";
import type { OpSpec } from "./opTypes.ts";

/** The allow-list: every op a Tributary graph may use (ai.onnx domain, opset 17). */
export const OPS: Readonly<Record<string, OpSpec>> = {
  Gather,
  MatMulInteger,
  Add,
  Sub,
  Mul,
  Div,
  Clip,
  Cast,
  Reshape,
  Concat,
  Flatten,
  Identity,
};

export const ALLOWED_OPS: readonly string[] = Object.keys(OPS);

export function opSpec(opType: string): OpSpec | undefined {
  return Object.prototype.hasOwnProperty.call(OPS, opType) ? OPS[opType] : undefined;
}
