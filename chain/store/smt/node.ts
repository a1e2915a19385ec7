import { readU64be } from "../bytes.ts";
import { hashBytes, internalHash, leafHash, EMPTY_HASH } from "./hash.ts";

/** Where a child lives: its hash (for the parent's hash) and the version that wrote it (to find it). */
export interface ChildRef {
  hash: Uint8Array;
  version: bigint;
  /**
   * Set when the child is a leaf: its key hash. An update of that key then replaces the leaf
   * without reading it (as Diem's JMT does), which saves a disk read per updated key.
   */
  leafKeyHash?: Uint8Array;
}

export interface InternalNode {
  kind: "internal";
  left: ChildRef | undefined;
  right: ChildRef | undefined;
  hash: Uint8Array;
  /**
   * Decoded children, filled on first use down to MEMO_DEPTH. Not content: a node key names
   * immutable content, so the memo never goes stale, and it spares the key building, cache
   * lookup and disk read that dominate loads near the root.
   */
  memo?: [TreeNode | undefined, TreeNode | undefined];
}

/** Children at depth ≤ this are memoised in their parent (≤ 2^15 nodes). */
export const MEMO_DEPTH = 14;

/** Loads a persisted node; `pathSource` is any key hash whose first `depth` bits are the node's path. */
export type NodeLoader = (version: bigint, pathSource: Uint8Array, depth: number, hash: Uint8Array) => TreeNode;

/** Child `bit` of `parent` (which must have it), the child sitting at `depth`. */
export function childNode(load: NodeLoader, parent: InternalNode, bit: 0 | 1, pathSource: Uint8Array, depth: number): TreeNode {
  const memoised = parent.memo?.[bit];
  if (memoised) return memoised;
  const ref = bit === 0 ? parent.left : parent.right;
  if (!ref) throw new Error(`internal: child ${bit} at depth ${depth} does not exist`);
  const node = load(ref.version, pathSource, depth, ref.hash);
  if (depth <= MEMO_DEPTH) (parent.memo ??= [undefined, undefined])[bit] = node;
  return node;
}

/** A leaf keeps the original key and value, so past versions can be read through the tree. */
export interface LeafNode {
  kind: "leaf";
  keyHash: Uint8Array;
  valueHash: Uint8Array;
  key: Uint8Array;
  value: Uint8Array;
  hash: Uint8Array;
}

export type TreeNode = InternalNode | LeafNode;

export function makeLeaf(keyHash: Uint8Array, key: Uint8Array, value: Uint8Array): LeafNode {
  const valueHash = hashBytes(value);
  return { kind: "leaf", keyHash, valueHash, key, value, hash: leafHash(keyHash, valueHash) };
}

export function makeInternal(left: ChildRef | undefined, right: ChildRef | undefined): InternalNode {
  const hash = internalHash(left?.hash ?? EMPTY_HASH, right?.hash ?? EMPTY_HASH);
  return { kind: "internal", left, right, hash };
}

/** LevelDB prefix of tree nodes. */
export const NODE_PREFIX = new Uint8Array([0x6e, 0x2f]); // "n/"

/**
 * A node's LevelDB key: `n/` ‖ version(8, BE) ‖ depth(2, BE) ‖ the first `depth` bits of the
 * path, packed, trailing bits zeroed. Sorting by version first lets pruning and debugging scan
 * by version. The length follows from the depth field, so keys can be concatenated.
 */
export function nodeKey(version: bigint, pathSource: Uint8Array, depth: number): Uint8Array {
  const pathBytes = (depth + 7) >> 3;
  const out = new Uint8Array(12 + pathBytes);
  out[0] = 0x6e;
  out[1] = 0x2f;
  out.set(versionBytes(version), 2);
  out[10] = depth >> 8;
  out[11] = depth & 0xff;
  for (let i = 0; i < pathBytes; i++) out[12 + i] = pathSource[i]!;
  const rem = depth & 7;
  if (rem !== 0) out[12 + pathBytes - 1]! &= (0xff << (8 - rem)) & 0xff;
  return out;
}

/** The depth field of a node key (see nodeKey). */
export function nodeKeyDepth(key: Uint8Array): number {
  return (key[10]! << 8) | key[11]!;
}

// Nodes of a few hundred versions are live at once: memoise their 8-byte encodings.
const versionBytesMemo = new Map<bigint, Uint8Array>();
function versionBytes(version: bigint): Uint8Array {
  let bytes = versionBytesMemo.get(version);
  if (bytes === undefined) {
    if (versionBytesMemo.size >= 4096) versionBytesMemo.clear();
    bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setBigUint64(0, version);
    versionBytesMemo.set(version, bytes);
  }
  return bytes;
}

/** Splits a concatenation of node keys (the per-version stale list) back into keys. */
export function splitNodeKeys(concatenated: Uint8Array): Uint8Array[] {
  const keys: Uint8Array[] = [];
  const view = new DataView(concatenated.buffer, concatenated.byteOffset, concatenated.byteLength);
  for (let off = 0; off < concatenated.length; ) {
    const len = 12 + ((view.getUint16(off + 10) + 7) >> 3);
    keys.push(concatenated.subarray(off, off + len));
    off += len;
  }
  return keys;
}

const INTERNAL_TAG = 0x01;
const LEAF_TAG = 0x00;

/** The length of encodeNode(node). PERF: O(1). */
export function encodedNodeSize(node: TreeNode): number {
  if (node.kind === "leaf") return 69 + node.key.length + node.value.length;
  return 2 + childSize(node.left) + childSize(node.right);
}

/**
 * Internal: tag ‖ flags (bit0 left, bit1 right present; bit2 left, bit3 right is a leaf) ‖ per
 * child: hash(32) ‖ version(8) ‖ leaf key hash(32, leaves only). PERF: O(node size).
 */
export function encodeNode(node: TreeNode): Uint8Array {
  const out = new Uint8Array(encodedNodeSize(node));
  encodeNodeInto(node, out, 0);
  return out;
}

/**
 * Writes encodeNode(node) into `out` at `offset` (which must have encodedNodeSize(node) bytes
 * free); returns the offset after it. A commit encodes all its nodes into one buffer this way:
 * a separate 80–150-byte Uint8Array per node is an off-heap allocation each, which showed as
 * the largest self time of encodeNode in a profile of 15,000-key blocks.
 * PERF: O(node size); straight-line code, no closures or arrays (it runs for every new node).
 */
export function encodeNodeInto(node: TreeNode, out: Uint8Array, offset: number): number {
  if (node.kind === "leaf") {
    const keyLen = node.key.length;
    out[offset] = LEAF_TAG;
    copy32(out, offset + 1, node.keyHash);
    copy32(out, offset + 33, node.valueHash);
    out[offset + 65] = keyLen >>> 24;
    out[offset + 66] = (keyLen >>> 16) & 0xff;
    out[offset + 67] = (keyLen >>> 8) & 0xff;
    out[offset + 68] = keyLen & 0xff;
    out.set(node.key, offset + 69);
    out.set(node.value, offset + 69 + keyLen);
    return offset + 69 + keyLen + node.value.length;
  }
  const { left, right } = node;
  out[offset] = INTERNAL_TAG;
  out[offset + 1] = (left ? 1 : 0) | (right ? 2 : 0) | (left?.leafKeyHash ? 4 : 0) | (right?.leafKeyHash ? 8 : 0);
  const afterLeft = left ? writeChild(out, offset + 2, left) : offset + 2;
  return right ? writeChild(out, afterLeft, right) : afterLeft;
}

function childSize(c: ChildRef | undefined): number {
  return c ? (c.leafKeyHash ? 72 : 40) : 0;
}

/** Writes one child reference at `offset`; returns the offset after it. */
function writeChild(out: Uint8Array, offset: number, child: ChildRef): number {
  copy32(out, offset, child.hash);
  writeU64(out, offset + 32, child.version);
  if (child.leafKeyHash) copy32(out, offset + 40, child.leafKeyHash);
  return offset + childSize(child);
}

// A plain loop: for 32 bytes it is cheaper than TypedArray.prototype.set's call overhead.
function copy32(out: Uint8Array, offset: number, src: Uint8Array): void {
  for (let i = 0; i < 32; i++) out[offset + i] = src[i]!;
}

/** 8 bytes big-endian, from the memoised encoding (no BigInt arithmetic, which allocates). */
function writeU64(out: Uint8Array, offset: number, v: bigint): void {
  const bytes = versionBytes(v);
  for (let i = 0; i < 8; i++) out[offset + i] = bytes[i]!;
}

/** `hash` comes from the parent's reference (or the root record), so decoding hashes nothing. */
export function decodeNode(bytes: Uint8Array, hash: Uint8Array): TreeNode {
  if (bytes[0] === LEAF_TAG) {
    // Views, not copies: each getSync result is a fresh buffer that nothing else mutates.
    const keyHash = bytes.subarray(1, 33);
    const valueHash = bytes.subarray(33, 65);
    const keyLen = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(65);
    const key = bytes.subarray(69, 69 + keyLen);
    const value = bytes.subarray(69 + keyLen);
    return { kind: "leaf", keyHash, valueHash, key, value, hash };
  }
  if (bytes[0] !== INTERNAL_TAG) throw new Error(`corrupt tree node: unknown tag ${bytes[0]}`);
  const flags = bytes[1]!;
  const left = (flags & 1) !== 0 ? readChild(bytes, 2, (flags & 4) !== 0) : undefined;
  const rightAt = left === undefined ? 2 : left.leafKeyHash ? 74 : 42;
  const right = (flags & 2) !== 0 ? readChild(bytes, rightAt, (flags & 8) !== 0) : undefined;
  return { kind: "internal", left, right, hash };
}

function readChild(bytes: Uint8Array, offset: number, leaf: boolean): ChildRef {
  const ref: ChildRef = { hash: bytes.subarray(offset, offset + 32), version: readU64be(bytes, offset + 32) };
  if (leaf) ref.leafKeyHash = bytes.subarray(offset + 40, offset + 72);
  return ref;
}
