import { tributary } from "../../../proto/gen/tributary/store/v1/proof.js";
import { equalBytes } from "../bytes.ts";
import { bitAt, EMPTY_HASH, hashBytes } from "./hash.ts";
import type { ChildRef, LeafNode } from "./node.ts";
import type { NodeLoader } from "./update.ts";

/** The path from the root towards a key hash: siblings root-first, and the leaf it ends at, if any. */
export interface TreePath {
  siblings: Uint8Array[];
  leaf: LeafNode | undefined;
}

/** PERF: O(depth) node loads. */
export function walkTree(load: NodeLoader, root: ChildRef | undefined, keyHash: Uint8Array, withSiblings: boolean): TreePath {
  const siblings: Uint8Array[] = [];
  let ref = root;
  for (let depth = 0; ref !== undefined; depth++) {
    const node = load(ref.version, keyHash, depth, ref.hash);
    if (node.kind === "leaf") return { siblings, leaf: node };
    const bit = bitAt(keyHash, depth);
    if (withSiblings) siblings.push((bit === 0 ? node.right : node.left)?.hash ?? EMPTY_HASH);
    ref = bit === 0 ? node.left : node.right;
  }
  return { siblings, leaf: undefined };
}

/** The value of `key` in the tree rooted at `root`. */
export function getFromTree(load: NodeLoader, root: ChildRef | undefined, key: Uint8Array): Uint8Array | undefined {
  const keyHash = hashBytes(key);
  const { leaf } = walkTree(load, root, keyHash, false);
  return leaf && equalBytes(leaf.keyHash, keyHash) ? leaf.value : undefined;
}

/** The value of `key` and an encoded `tributary.store.v1.SmtProof` of it (or of its absence). */
export function proveInTree(load: NodeLoader, root: ChildRef | undefined, key: Uint8Array): { value: Uint8Array | undefined; proof: Uint8Array } {
  const keyHash = hashBytes(key);
  const { siblings, leaf } = walkTree(load, root, keyHash, true);
  const bitmap = new Uint8Array((siblings.length + 7) >> 3);
  const nonEmpty: Uint8Array[] = [];
  siblings.forEach((s, i) => {
    if (equalBytes(s, EMPTY_HASH)) return;
    bitmap[i >> 3] |= 0x80 >> (i & 7);
    nonEmpty.push(s);
  });
  const proof = tributary.store.v1.SmtProof.encode({
    key,
    depth: siblings.length,
    siblingBitmap: bitmap,
    siblings: nonEmpty,
    leaf: leaf ? { keyHash: leaf.keyHash, valueHash: leaf.valueHash } : undefined,
  }).finish();
  const value = leaf && equalBytes(leaf.keyHash, keyHash) ? leaf.value : undefined;
  return { value, proof };
}
