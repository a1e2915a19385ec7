import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Block } from "cosmjs-types/tendermint/types/block";
import { Commit } from "cosmjs-types/tendermint/types/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { ExecTxResult, ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { BlockStore, encodeResults } from "./blockstore.ts";

let dir: string;
let store: BlockStore;
const path = () => join(dir, "blockstore.db");

const hashOf = (h: bigint) => new Uint8Array(32).fill(Number(h));
function makeBlock(height: bigint) {
  const block = Block.fromPartial({
    header: { chainId: "test-1", height, appHash: new Uint8Array([1, 2, 3]) },
    data: { txs: [new TextEncoder().encode(`tx${height}`)] },
  });
  const blockId = { hash: hashOf(height), partSetHeader: { total: 1, hash: hashOf(height + 100n) } };
  const commit = Commit.fromPartial({
    height,
    blockId,
    signatures: [{ blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT, validatorAddress: new Uint8Array(20), signature: new Uint8Array(64) }],
  });
  return { block, blockId, commit };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "blockstore-"));
  store = await BlockStore.open(path());
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("BlockStore", () => {
  it("stores blocks, results, commits and survives reopening", async () => {
    for (let h = 1n; h <= 3n; h++) {
      const { block, blockId, commit } = makeBlock(h);
      await store.saveBlock(block, blockId, commit);
      await store.saveResults({
        height: h,
        txResults: [ExecTxResult.fromPartial({ code: 0, gasUsed: h })],
        finalizeBlockEvents: [{ type: "b", attributes: [{ key: "k", value: "v", index: true }] }],
        validatorUpdates: [],
        appHash: new Uint8Array([Number(h)]),
      });
    }
    await store.close();
    store = await BlockStore.open(path());
    expect([store.base(), store.height()]).toEqual([1n, 3n]);
    const b2 = await store.block(2n);
    expect(b2?.block.header.chainId).toBe("test-1");
    expect(b2?.size).toBe(Block.encode(b2!.block).finish().length);
    expect((await store.blockByHash(hashOf(3n)))?.block.header.height).toBe(3n);
    expect((await store.results(2n))?.txResults[0]?.gasUsed).toBe(2n);
    expect((await store.results(2n))?.appHash).toEqual(new Uint8Array([2]));
    expect((await store.commit(3n))?.signatures).toHaveLength(1);
    expect(await store.block(4n)).toBeUndefined();
  });

  it("refuses a height gap", async () => {
    const { block, blockId, commit } = makeBlock(1n);
    await store.saveBlock(block, blockId, commit);
    const next = makeBlock(3n);
    await expect(store.saveBlock(next.block, next.blockId, next.commit)).rejects.toThrow("cannot save height 3, expected 2");
  });

  it("prunes below a retain height but keeps the latest", async () => {
    for (let h = 1n; h <= 5n; h++) {
      const { block, blockId, commit } = makeBlock(h);
      await store.saveBlock(block, blockId, commit);
    }
    expect(await store.pruneBelow(4n)).toBe(3);
    expect(store.base()).toBe(4n);
    expect(await store.block(3n)).toBeUndefined();
    expect(await store.blockByHash(hashOf(2n))).toBeUndefined();
    expect((await store.block(4n))?.block.header.height).toBe(4n);
    expect(await store.pruneBelow(100n)).toBe(1);
    expect(store.base()).toBe(5n);
  });

  it("answers validators and params at or below a height", async () => {
    const v = (p: bigint) => [{ address: new Uint8Array(20).fill(1), pubKey: new Uint8Array(32).fill(2), votingPower: p, proposerPriority: 0n }];
    await store.saveValidators(1n, v(10n));
    await store.saveValidators(5n, v(20n));
    expect((await store.validators(4n))?.[0]?.votingPower).toBe(10n);
    expect((await store.validators(9n))?.[0]?.votingPower).toBe(20n);
    expect((await store.validators(9n))?.[0]?.pubKey).toEqual(new Uint8Array(32).fill(2));
    expect(await store.consensusParams(3n)).toBeUndefined();
  });
});

describe("results encoding", () => {
  it("encodes FinalizeBlock results byte for byte as ResponseFinalizeBlock.encode, and each tx result as ExecTxResult.encode", () => {
    const attr = (key: string, value: string) => ({ key, value, index: true });
    const results = {
      height: 7n,
      txResults: [
        ExecTxResult.fromPartial({ code: 0, gasUsed: 5n, gasWanted: 9n, events: [{ type: "transfer", attributes: [attr("amount", "1utrib")] }] }),
        ExecTxResult.fromPartial({ code: 3, codespace: "bank", log: "insufficient funds" }),
      ],
      finalizeBlockEvents: [{ type: "mint", attributes: [attr("amount", "10utrib")] }],
      validatorUpdates: [{ pubKey: { ed25519: new Uint8Array(32).fill(4) }, power: 10n }],
      consensusParamUpdates: ConsensusParams.fromPartial({ block: { maxBytes: 100n, maxGas: -1n } }),
      appHash: new Uint8Array(32).fill(9),
    };
    const { encoded, txResultBytes } = encodeResults(results);
    const expected = ResponseFinalizeBlock.encode(
      ResponseFinalizeBlock.fromPartial({ events: results.finalizeBlockEvents, txResults: results.txResults, validatorUpdates: results.validatorUpdates, consensusParamUpdates: results.consensusParamUpdates, appHash: results.appHash }),
    ).finish();
    expect(Buffer.from(encoded).equals(Buffer.from(expected))).toBe(true);
    expect(txResultBytes.map((b) => Buffer.from(b).toString("hex"))).toEqual(results.txResults.map((r) => Buffer.from(ExecTxResult.encode(r).finish()).toString("hex")));
    // No updates, no app hash: the optional fields are left out as the generated encoder leaves them.
    const bare = { ...results, validatorUpdates: [], consensusParamUpdates: undefined, appHash: new Uint8Array() };
    expect(Buffer.from(encodeResults(bare).encoded).equals(Buffer.from(ResponseFinalizeBlock.encode(ResponseFinalizeBlock.fromPartial({ events: bare.finalizeBlockEvents, txResults: bare.txResults })).finish()))).toBe(true);
  });
});
