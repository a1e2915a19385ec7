import { describe, expect, it } from "vitest";
import { toHex } from "../bytes.ts";
import { decodeNode, encodedNodeSize, encodeNode, encodeNodeInto, makeInternal, makeLeaf, type ChildRef, type TreeNode } from "./node.ts";

const filled = (byte: number) => new Uint8Array(32).fill(byte);
const enc = (s: string) => new TextEncoder().encode(s);

// Versions above 2^32 check that all eight bytes are written, not only the low four.
const leafChild: ChildRef = { hash: filled(0xaa), version: 0x0102_0304_0506n, leafKeyHash: filled(0xbb) };
const innerChild: ChildRef = { hash: filled(0xcc), version: 7n };
const leaf = makeLeaf(filled(0x11), enc("bank/b/k"), enc("v1"));
const nodes: [string, TreeNode][] = [
  ["internal with a leaf and an internal child", makeInternal(leafChild, innerChild)],
  ["internal with a right child only", makeInternal(undefined, innerChild)],
  ["internal with a left leaf child only", makeInternal(leafChild, undefined)],
  ["leaf", leaf],
];

describe("smt node encoding", () => {
  it("keeps the stored byte layout (records written by earlier versions must still decode)", () => {
    const [, both] = nodes[0]!;
    const expected =
      "01" + "07" + "aa".repeat(32) + "0000010203040506" + "bb".repeat(32) + "cc".repeat(32) + "0000000000000007";
    expect(toHex(encodeNode(both))).toBe(expected);
    const leafHex = "00" + "11".repeat(32) + toHex(leaf.valueHash) + "00000008" + toHex(enc("bank/b/k")) + toHex(enc("v1"));
    expect(toHex(encodeNode(leaf))).toBe(leafHex);
  });

  it.each(nodes)("%s: encodeNodeInto writes encodeNode's bytes at an offset, touching nothing else, and decodes back", (_, node) => {
    const size = encodedNodeSize(node);
    expect(encodeNode(node).length).toBe(size);
    const out = new Uint8Array(size + 10).fill(0xee);
    expect(encodeNodeInto(node, out, 5)).toBe(5 + size);
    expect(toHex(out.subarray(5, 5 + size))).toBe(toHex(encodeNode(node)));
    expect([...out.subarray(0, 5), ...out.subarray(5 + size)]).toEqual(new Array(10).fill(0xee));
    const decoded = decodeNode(out.slice(5, 5 + size), node.hash);
    expect(toHex(encodeNode(decoded))).toBe(toHex(encodeNode(node)));
    if (node.kind === "internal" && decoded.kind === "internal") {
      expect(decoded.left?.version).toBe(node.left?.version);
      expect(decoded.right?.version).toBe(node.right?.version);
    }
  });

  it("refuses a record with an unknown tag", () => {
    expect(() => decodeNode(Uint8Array.of(0x07, 0x00), filled(0))).toThrow(/corrupt tree node: unknown tag 7/);
  });
});
