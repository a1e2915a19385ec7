import * as pb from "../../../proto/gen/tributary/store/v1/index.ts";
import { equalBytes } from "../bytes.ts";
import { bitAt, EMPTY_HASH, hashBytes } from "./hash.ts";
import { childNode, type ChildRef, type LeafNode, type NodeLoader, type TreeNode } from "./node.ts";
import { encode } from "../../../proto/codec.ts";

/** The path from the root towards a key hash: siblings root-first, and the leaf it ends at, if any. */
export interface TreePath {
  siblings: Uint8Array[];
  leaf: LeafNode | undefined;
}

/** PERF: O(depth) node loads. */
export function walkTree(load: NodeLoader, root: TreeRoot, keyHash: Uint8Array, withSiblings: boolean): TreePath {
  const siblings: Uint8Array[] = [];
  if (!root.ref) return { siblings, leaf: undefined };
  let node = root.node ?? load(root.ref.version, keyHash, 0, root.ref.hash);
  for (let depth = 0; ; depth++) {
    if (node.kind === "leaf") return { siblings, leaf: node };
    const bit = bitAt(keyHash, depth);
    if (withSiblings) siblings.push((bit === 0 ? node.right : node.left)?.hash ?? EMPTY_HASH);
    if ((bit === 0 ? node.left : node.right) === undefined) return { siblings, leaf: undefined };
    node = childNode(load, node, bit, keyHash, depth + 1);
  }
}

/** A version's root reference, and its decoded node when at hand. */
export interface TreeRoot {
  ref: ChildRef | undefined;
  node?: TreeNode;
}

/** The value of `key` in the tree rooted at `root`. */
export function getFromTree(load: NodeLoader, root: TreeRoot, key: Uint8Array): Uint8Array | undefined {
  const keyHash = hashBytes(key);
  const { leaf } = walkTree(load, root, keyHash, false);
  return leaf && equalBytes(leaf.keyHash, keyHash) ? leaf.value : undefined;
}

/** The value of `key` and an encoded `tributary.store.v1.SmtProof` of it (or of its absence). */
export function proveInTree(load: NodeLoader, root: TreeRoot, key: Uint8Array): { value: Uint8Array | undefined; proof: Uint8Array } {
  const keyHash = hashBytes(key);
  const { siblings, leaf } = walkTree(load, root, keyHash, true);
  const bitmap = new Uint8Array((siblings.length + 7) >> 3);
  const nonEmpty: Uint8Array[] = [];
  siblings.forEach((s, i) => {
    if (equalBytes(s, EMPTY_HASH)) return;
    bitmap[i >> 3]! |= 0x80 >> (i & 7);
    nonEmpty.push(s);
  });
  const proof = encode(pb.SmtProofSchema, {
    key,
    depth: siblings.length,
    siblingBitmap: bitmap,
    siblings: nonEmpty,
    leaf: leaf ? { keyHash: leaf.keyHash, valueHash: leaf.valueHash } : undefined,
  });
  const value = leaf && equalBytes(leaf.keyHash, keyHash) ? leaf.value : undefined;
  return { value, proof };
}

/**
 * Every leaf of the tree rooted at `root`, depth first. Keys are hashed, so there is no key
 * order to follow and no range to skip to: a walk visits the whole tree.
 * PERF: O(leaves) node loads; meant for genesis export at a past height, not the block path.
 */
export function* allLeaves(load: NodeLoader, root: TreeRoot): Generator<LeafNode> {
  if (!root.ref) return;
  const path = new Uint8Array(32); // the bits chosen so far: a path source for the loader
  const top = root.node ?? load(root.ref.version, path, 0, root.ref.hash);
  const stack: { node: TreeNode; depth: number; bits: Uint8Array }[] = [{ node: top, depth: 0, bits: path }];
  while (stack.length > 0) {
    const { node, depth, bits } = stack.pop()!;
    if (node.kind === "leaf") {
      yield node;
      continue;
    }
    for (const bit of [1, 0] as const) {
      if ((bit === 0 ? node.left : node.right) === undefined) continue;
      const childBits = bits.slice();
      if (bit === 1) childBits[depth >> 3]! |= 0x80 >> (depth & 7);
      stack.push({ node: childNode(load, node, bit, childBits, depth + 1), depth: depth + 1, bits: childBits });
    }
  }
}
