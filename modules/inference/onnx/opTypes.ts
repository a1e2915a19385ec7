import type { IntArray } from "./tensor.ts";
import type { OnnxNode } from "./types.ts";

/**
 * What the analysis knows of a value: static element type and shape (every shape in an
 * accepted graph is static), an interval every element provably lies in, and the elements
 * themselves when the value is an initializer.
 */
export interface ValueFacts {
  dtype: number;
  shape: number[];
  lo: bigint;
  hi: bigint;
  data?: IntArray;
}

/** Computes a node's output from its inputs. Kernels never modify their inputs. */
export type Kernel = (inputs: readonly (IntArray | undefined)[]) => IntArray;

/** A node under analysis: its inputs' facts (undefined for an omitted optional input). */
export interface NodeCheck {
  readonly node: OnnxNode;
  readonly index: number;
  readonly inputs: readonly (ValueFacts | undefined)[];
  /** Throws the node-level validation error (`node 3 "mm" (MatMulInteger): …`). */
  fail(problem: string, hint?: string): never;
  /** An INT attribute, or `dflt` when absent (fails when absent and no default). */
  attrInt(name: string, dflt?: number): number;
  /** The input at `i`, which must be present. */
  input(i: number): ValueFacts;
}

export interface OpResult {
  out: ValueFacts;
  kernel: Kernel;
  /** Multiply-accumulates per run (MatMulInteger), for gas. */
  macs?: number;
}

export interface OpSpec {
  minInputs: number;
  maxInputs: number;
  /** Allowed attribute names and their AttributeType (INT or INTS; floats are never allowed). */
  attributes: Record<string, number>;
  analyse(c: NodeCheck): OpResult;
}
