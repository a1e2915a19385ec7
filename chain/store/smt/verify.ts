import { toHex } from "../bytes.ts";
import { EMPTY_HASH, hashBytes, internalHash, leafHash } from "./hash.ts";
import { childNode, type ChildRef, type LeafNode, type NodeLoader, type TreeNode } from "./node.ts";

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Every leaf of the tree rooted at `root`, each node checked on the way down: an internal node
 * must hash (from the child hashes it stores) to the hash its parent recorded, a leaf's key and
 * value must hash to its key and value hashes and those to the recorded hash. So a yielded leaf
 * is the one the root commits to, whatever LevelDB returned. Throws at the first node that is
 * missing or does not match, naming it.
 * PERF: O(nodes) loads and hashes; for start-up checks of a store that may be damaged.
 */
export function* verifiedLeaves(load: NodeLoader, root: ChildRef | undefined): Generator<LeafNode> {
  if (!root) return;
  const stack: { node: TreeNode; depth: number; bits: Uint8Array; ref: ChildRef }[] = [{ node: load(root.version, new Uint8Array(32), 0, root.hash), depth: 0, bits: new Uint8Array(32), ref: root }];
  while (stack.length > 0) {
    const { node, depth, bits, ref } = stack.pop()!;
    const where = `node at depth ${depth} of version ${ref.version} (path ${toHex(bits).slice(0, Math.ceil(depth / 4) || 1)})`;
    if (node.kind === "leaf") {
      if (!equal(hashBytes(node.key), node.keyHash)) throw new Error(`${where}: the leaf's key does not hash to its key hash`);
      if (!equal(hashBytes(node.value), node.valueHash)) throw new Error(`${where}: the leaf's value does not hash to its value hash`);
      if (!equal(leafHash(node.keyHash, node.valueHash), ref.hash)) throw new Error(`${where}: the leaf does not hash to the hash its parent recorded`);
      yield node;
      continue;
    }
    if (!equal(internalHash(node.left?.hash ?? EMPTY_HASH, node.right?.hash ?? EMPTY_HASH), ref.hash)) {
      throw new Error(`${where}: the internal node does not hash to the hash its parent recorded`);
    }
    for (const bit of [1, 0] as const) {
      const child = bit === 0 ? node.left : node.right;
      if (child === undefined) continue;
      const childBits = bits.slice();
      if (bit === 1) childBits[depth >> 3]! |= 0x80 >> (depth & 7);
      stack.push({ node: childNode(load, node, bit, childBits, depth + 1), depth: depth + 1, bits: childBits, ref: child });
    }
  }
}
