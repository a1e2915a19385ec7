import { compareBytes, equalBytes } from "../bytes.ts";
import { bitAt } from "./hash.ts";
import { childNode, makeInternal, makeLeaf, MEMO_DEPTH, nodeKey, type ChildRef, type InternalNode, type LeafNode, type NodeLoader, type TreeNode } from "./node.ts";

/** A change with its key hash, the tree's sort order. */
export interface KeyedChange {
  keyHash: Uint8Array;
  key: Uint8Array;
  value: Uint8Array | undefined;
}

export interface TreeUpdate {
  root: ChildRef | undefined;
  /** The decoded root node (with memoised children), when the tree is not empty. */
  rootNode: TreeNode | undefined;
  /** Nodes written at the new version, with their LevelDB keys. */
  newNodes: { key: Uint8Array; node: TreeNode }[];
  /** Keys of the nodes this version replaced. */
  stale: Uint8Array[];
}

/**
 * A subtree during an update. `stored`: a persisted node at the current path, not (yet) changed.
 * `fresh`: an internal node written by this update. `leaf`: a leaf whose final position is decided
 * by its parent (leaf compression moves leaves up and down); `at` is where it is persisted now.
 */
type Sub =
  | { kind: "empty" }
  | Stored
  | { kind: "fresh"; ref: ChildRef; node: InternalNode }
  | LeafSub;
/** `from`: the parent that references it, so loading can use and fill the parent's memo. */
interface Stored {
  kind: "stored";
  ref: ChildRef;
  node?: TreeNode;
  from?: { parent: InternalNode; bit: 0 | 1 };
}
interface LeafSub {
  kind: "leaf";
  leaf: LeafNode;
  at: { version: bigint; depth: number } | undefined;
}

const EMPTY: Sub = { kind: "empty" };

/**
 * Applies `changes` (sorted by key hash, unique) to the tree rooted at `root`, producing the
 * nodes of `version`. Recursing over the sorted changes hashes each shared upper node once.
 * PERF: O(K · depth) hashes and node loads for K changes; independent of the tree's size
 * except through depth ≈ log2(N).
 */
export function updateTree(load: NodeLoader, root: ChildRef | undefined, rootNode: TreeNode | undefined, changes: KeyedChange[], version: bigint): TreeUpdate {
  const updater = new TreeUpdater(load, changes, version);
  const sub = updater.update(root ? { kind: "stored", ref: root, node: rootNode } : EMPTY, 0, 0, changes.length);
  const rootRef = updater.place(sub, 0);
  return { root: rootRef, rootNode: nodeOf(sub), newNodes: updater.newNodes, stale: updater.stale };
}

/** The decoded node of a subtree, when it is at hand. */
function nodeOf(sub: Sub): TreeNode | undefined {
  if (sub.kind === "leaf") return sub.leaf;
  if (sub.kind === "empty") return undefined;
  return sub.node;
}

class TreeUpdater {
  readonly newNodes: { key: Uint8Array; node: TreeNode }[] = [];
  readonly stale: Uint8Array[] = [];

  constructor(
    private readonly load: NodeLoader,
    private readonly changes: KeyedChange[],
    private readonly version: bigint,
  ) {}

  update(existing: Sub, depth: number, lo: number, hi: number): Sub {
    if (lo === hi) return existing;
    if (existing.kind === "stored") {
      const replaced = this.replaceLeafUnread(existing, depth, lo, hi);
      if (replaced) return replaced;
      const pathSource = this.changes[lo]!.keyHash;
      const node = this.loadStored(existing, pathSource, depth);
      if (node.kind === "leaf") {
        return this.updateLeaf(existing, { kind: "leaf", leaf: node, at: { version: existing.ref.version, depth } }, depth, lo, hi);
      }
      const mid = this.split(lo, hi, depth);
      // The old node's memoised children carry over, so join() memoises untouched children in the
      // new node too: otherwise they fall off the memo each time a sibling changes and are re-read.
      const leftIn: Sub = node.left ? { kind: "stored", ref: node.left, node: node.memo?.[0], from: { parent: node, bit: 0 } } : EMPTY;
      const rightIn: Sub = node.right ? { kind: "stored", ref: node.right, node: node.memo?.[1], from: { parent: node, bit: 1 } } : EMPTY;
      const leftOut = this.update(leftIn, depth + 1, lo, mid);
      const rightOut = this.update(rightIn, depth + 1, mid, hi);
      if (leftOut === leftIn && rightOut === rightIn) return existing;
      this.stale.push(nodeKey(existing.ref.version, pathSource, depth));
      return this.join(depth, leftOut, rightOut, pathSource);
    }
    if (existing.kind === "empty") {
      const entries = this.liveEntries(lo, hi, undefined);
      return entries.length === 0 ? existing : this.build(depth, entries, 0, entries.length);
    }
    throw new Error(`internal: update reached a ${existing.kind} subtree`);
  }

  /** Places a child subtree at `depth`, writing a leaf there unless it is already persisted there. */
  place(sub: Sub, depth: number): ChildRef | undefined {
    if (sub.kind === "empty") return undefined;
    if (sub.kind !== "leaf") return sub.ref;
    const leafKeyHash = sub.leaf.keyHash;
    if (sub.at && sub.at.depth === depth) return { hash: sub.leaf.hash, version: sub.at.version, leafKeyHash };
    if (sub.at) this.stale.push(nodeKey(sub.at.version, leafKeyHash, sub.at.depth));
    this.newNodes.push({ key: nodeKey(this.version, leafKeyHash, depth), node: sub.leaf });
    return { hash: sub.leaf.hash, version: this.version, leafKeyHash };
  }

  /**
   * A persisted leaf whose only change is to its own key: replaced (or deleted) without reading
   * it, since its parent recorded its key hash. Setting an unchanged value rewrites the leaf;
   * the hashes, and so the root, stay the same.
   */
  private replaceLeafUnread(existing: Stored, depth: number, lo: number, hi: number): Sub | undefined {
    const leafKeyHash = existing.ref.leafKeyHash;
    if (hi - lo !== 1 || leafKeyHash === undefined || existing.node !== undefined) return undefined;
    const c = this.changes[lo]!;
    if (!equalBytes(c.keyHash, leafKeyHash)) return undefined;
    this.stale.push(nodeKey(existing.ref.version, leafKeyHash, depth));
    return c.value === undefined ? EMPTY : { kind: "leaf", leaf: makeLeaf(c.keyHash, c.key, c.value), at: undefined };
  }

  private updateLeaf(original: Sub, existing: LeafSub, depth: number, lo: number, hi: number): Sub {
    const entries = this.liveEntries(lo, hi, existing);
    if (entries.length === 1 && entries[0] === existing) return original;
    return entries.length === 0 ? EMPTY : this.build(depth, entries, 0, entries.length);
  }

  /** The leaves of a subtree after the changes: new values merged with the existing leaf. */
  private liveEntries(lo: number, hi: number, existing: LeafSub | undefined): LeafSub[] {
    const out: LeafSub[] = [];
    let pending = existing;
    for (let i = lo; i < hi; i++) {
      const c = this.changes[i]!;
      if (pending && compareBytes(pending.leaf.keyHash, c.keyHash) < 0) {
        out.push(pending);
        pending = undefined;
      }
      if (pending && equalBytes(pending.leaf.keyHash, c.keyHash)) {
        const kept = pending;
        pending = undefined;
        if (c.value !== undefined && equalBytes(c.value, kept.leaf.value)) {
          out.push(kept);
          continue;
        }
        if (kept.at) this.stale.push(nodeKey(kept.at.version, kept.leaf.keyHash, kept.at.depth));
      }
      if (c.value !== undefined) out.push({ kind: "leaf", leaf: makeLeaf(c.keyHash, c.key, c.value), at: undefined });
    }
    if (pending) out.push(pending);
    return out;
  }

  /** Builds a subtree from leaves sorted by key hash, all sharing the path down to `depth`. */
  private build(depth: number, entries: LeafSub[], lo: number, hi: number): Sub {
    if (hi - lo === 0) return EMPTY;
    if (hi - lo === 1) return entries[lo]!;
    let mid = lo;
    while (mid < hi && bitAt(entries[mid]!.leaf.keyHash, depth) === 0) mid++;
    const left = this.build(depth + 1, entries, lo, mid);
    const right = this.build(depth + 1, entries, mid, hi);
    return this.join(depth, left, right, entries[lo]!.leaf.keyHash);
  }

  /** The subtree at `depth` over two children; a lone leaf moves up (leaf compression). */
  private join(depth: number, left: Sub, right: Sub, pathSource: Uint8Array): Sub {
    if (left.kind === "empty" && right.kind === "empty") return EMPTY;
    if (left.kind === "empty" || right.kind === "empty") {
      const only = left.kind === "empty" ? right : left;
      const lone = this.asLeaf(only, depth + 1, withBit(pathSource, depth, left.kind === "empty" ? 1 : 0));
      if (lone) return lone;
    }
    const node = makeInternal(this.place(left, depth + 1), this.place(right, depth + 1));
    if (depth + 1 <= MEMO_DEPTH) node.memo = [nodeOf(left), nodeOf(right)];
    this.newNodes.push({ key: nodeKey(this.version, pathSource, depth), node });
    return { kind: "fresh", ref: { hash: node.hash, version: this.version }, node };
  }

  private loadStored(sub: Stored, pathSource: Uint8Array, depth: number): TreeNode {
    if (sub.node === undefined) {
      sub.node = sub.from
        ? childNode(this.load, sub.from.parent, sub.from.bit, pathSource, depth)
        : this.load(sub.ref.version, pathSource, depth, sub.ref.hash);
    }
    return sub.node;
  }

  /** The subtree as a leaf if it is one (loading an untouched persisted child to find out). */
  private asLeaf(sub: Sub, depth: number, pathSource: Uint8Array): LeafSub | undefined {
    if (sub.kind === "leaf") return sub;
    if (sub.kind !== "stored") return undefined;
    const node = this.loadStored(sub, pathSource, depth);
    return node.kind === "leaf" ? { kind: "leaf", leaf: node, at: { version: sub.ref.version, depth } } : undefined;
  }

  /** First index in [lo, hi) whose key hash has bit `depth` set. */
  private split(lo: number, hi: number, depth: number): number {
    let mid = lo;
    while (mid < hi && bitAt(this.changes[mid]!.keyHash, depth) === 0) mid++;
    return mid;
  }
}

function withBit(source: Uint8Array, depth: number, bit: 0 | 1): Uint8Array {
  const out = Uint8Array.from(source.subarray(0, (depth >> 3) + 1));
  const mask = 1 << (7 - (depth & 7));
  out[depth >> 3] = bit ? out[depth >> 3]! | mask : out[depth >> 3]! & ~mask;
  return out;
}
