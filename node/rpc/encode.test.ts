/** Field-by-field checks of the CometBFT v0.38 JSON shapes, as CometBFT's RPC prints them (what CosmJS's decoders expect). */
import { describe, expect, it } from "vitest";
import { rfc3339Nano, hexUpper, base64OrNull, GO_ZERO_TIME } from "./encodePrimitives.ts";
import { encodeBlock, encodeBlockId, encodeCommit } from "./encodeBlock.ts";
import {
  encodeConsensusParamUpdates,
  encodeExecTxResult,
  encodeExecTxResultOmitEmpty,
  encodeResponseInfo,
  encodeResponseQuery,
  encodeValidatorUpdate,
} from "./encodeAbci.ts";
import { encodeBlockResults, txEventMessage } from "./encodeTx.ts";
import { decodeJsonParams, decodeUriParams } from "./params.ts";
import { blockchainRange, resolvePage, resolvePerPage } from "./paging.ts";
import { MemoryBackend } from "./testing/memoryBackend.ts";

describe("primitives", () => {
  it("RFC3339Nano: ≤9 fraction digits, trailing zeros trimmed, none when 0", () => {
    expect(rfc3339Nano({ seconds: 1714557600n, nanos: 123456789 })).toBe("2024-05-01T10:00:00.123456789Z");
    expect(rfc3339Nano({ seconds: 1714557600n, nanos: 500_000_000 })).toBe("2024-05-01T10:00:00.5Z");
    expect(rfc3339Nano({ seconds: 1714557600n, nanos: 1_000 })).toBe("2024-05-01T10:00:00.000001Z");
    expect(rfc3339Nano({ seconds: 1714557600n, nanos: 0 })).toBe("2024-05-01T10:00:00Z");
    expect(rfc3339Nano(undefined)).toBe("1970-01-01T00:00:00Z");
    expect(rfc3339Nano(GO_ZERO_TIME)).toBe("0001-01-01T00:00:00Z");
  });

  it("HexBytes upper and empty; []byte base64 or null", () => {
    expect(hexUpper(new Uint8Array([0xab, 0x01]))).toBe("AB01");
    expect(hexUpper(new Uint8Array())).toBe("");
    expect(base64OrNull(new Uint8Array())).toBeNull();
    expect(base64OrNull(new Uint8Array([0xfb, 0xff]))).toBe("+/8=");
  });
});

describe("blocks", () => {
  const backend = new MemoryBackend();

  it("block 1: empty last_block_id, zero last_commit, [] txs, header strings", () => {
    const json = encodeBlock(backend.blocks[0]!.block) as any;
    expect(json.header.last_block_id).toEqual({ hash: "", parts: { total: 0, hash: "" } });
    expect(json.last_commit).toEqual({ height: "0", round: 0, block_id: { hash: "", parts: { total: 0, hash: "" } }, signatures: [] });
    expect(json.data).toEqual({ txs: [] });
    expect(json.evidence).toEqual({ evidence: [] });
    expect(json.header.version).toEqual({ block: "11" });
    expect(json.header.height).toBe("1");
    expect(json.header.time).toBe("2024-05-01T10:00:00.5Z");
    expect(json.header.last_results_hash).toBe("");
    expect(json.header.proposer_address).toMatch(/^[0-9A-F]{40}$/);
  });

  it("commit signatures: flag and round numbers, hex address, base64 or null signature", () => {
    const commit = encodeCommit(backend.blocks[1]!.block.lastCommit) as any;
    expect(commit.height).toBe("1");
    expect(commit.round).toBe(0);
    expect(commit.block_id.parts.total).toBe(1);
    expect(commit.signatures[0].block_id_flag).toBe(2);
    expect(commit.signatures[0].validator_address).toMatch(/^[0-9A-F]{40}$/);
    const absent = encodeCommit({ ...backend.blocks[1]!.block.lastCommit!, signatures: [{ blockIdFlag: 1, validatorAddress: new Uint8Array(), timestamp: GO_ZERO_TIME, signature: new Uint8Array() }] }) as any;
    expect(absent.signatures[0]).toEqual({ block_id_flag: 1, validator_address: "", timestamp: "0001-01-01T00:00:00Z", signature: null });
  });

  it("block id of a real block is uppercase hex", () => {
    expect(encodeBlockId(backend.blocks[1]!.blockId).hash).toMatch(/^[0-9A-F]{64}$/);
  });
});

describe("ABCI values", () => {
  const backend = new MemoryBackend();
  const failed = backend.txs[1]!.result;

  it("ExecTxResult (jsonpb emit-defaults): every field present", () => {
    expect(encodeExecTxResult(failed)).toEqual({
      code: 5, data: null, log: "insufficient funds", info: "", gas_wanted: "200000", gas_used: "51234", events: [], codespace: "sdk",
    });
    const ok = encodeExecTxResult(backend.txs[0]!.result) as any;
    expect(ok.events[0].attributes[0]).toEqual({ key: "action", value: "/cosmos.bank.v1beta1.MsgSend", index: true });
  });

  it("ExecTxResult inside a websocket event drops zero fields", () => {
    expect(encodeExecTxResultOmitEmpty({ ...failed, code: 0, log: "", codespace: "", gasWanted: 0n })).toEqual({ gas_used: "51234" });
  });

  it("ResponseQuery keeps proofOps (camelCase) and nulls", () => {
    const json = encodeResponseQuery({
      code: 0, log: "", info: "", index: 0n, key: new Uint8Array([1]), value: new Uint8Array(), height: 7n, codespace: "",
      proofOps: { ops: [{ type: "ics23:iavl", key: new Uint8Array([1]), data: new Uint8Array([2]) }] },
    });
    expect(json).toEqual({
      code: 0, log: "", info: "", index: "0", key: "AQ==", value: null, height: "7", codespace: "",
      proofOps: { ops: [{ type: "ics23:iavl", key: "AQ==", data: "Ag==" }] },
    });
  });

  it("ResponseInfo is omitempty and its app hash base64", () => {
    expect(encodeResponseInfo({ data: "x", version: "", appVersion: 0n, lastBlockHeight: 4n, lastBlockAppHash: new Uint8Array([255]) })).toEqual({
      data: "x", last_block_height: "4", last_block_app_hash: "/w==",
    });
  });

  it("validator updates use the Sum pubkey form", () => {
    expect(encodeValidatorUpdate({ pubKey: { ed25519: new Uint8Array([1, 2]) }, power: 9n })).toEqual({
      pub_key: { Sum: { type: "tendermint.crypto.PublicKey_Ed25519", value: { ed25519: "AQI=" } } }, power: "9",
    });
  });

  it("consensus param updates: omitempty, duration in ns", () => {
    expect(encodeConsensusParamUpdates(undefined)).toBeNull();
    expect(encodeConsensusParamUpdates({
      block: { maxBytes: 100n, maxGas: -1n },
      evidence: { maxAgeNumBlocks: 5n, maxAgeDuration: { seconds: 2n, nanos: 1 }, maxBytes: 0n },
      version: { app: 0n },
    })).toEqual({ block: { max_bytes: "100", max_gas: "-1" }, evidence: { max_age_num_blocks: "5", max_age_duration: "2000000001" }, version: {} });
  });

  it("block_results: null for empty lists, app_hash base64", () => {
    const json = encodeBlockResults({ height: 1n, txResults: [], finalizeBlockEvents: [], validatorUpdates: [], appHash: new Uint8Array([1]) });
    expect(json).toEqual({ height: "1", txs_results: null, finalize_block_events: null, validator_updates: null, consensus_param_updates: null, app_hash: "AQ==" });
  });

  it("Tx event: composite keys, tm.event, tx.hash, tx.height", () => {
    const msg = txEventMessage(backend.txs[0]!);
    expect(msg.data.type).toBe("tendermint/event/Tx");
    expect(msg.events["tm.event"]).toEqual(["Tx"]);
    expect(msg.events["tx.height"]).toEqual(["2"]);
    expect(msg.events["tx.hash"]![0]).toMatch(/^[0-9A-F]{64}$/);
    expect(msg.events["message.sender"]).toEqual(["trib1sender"]);
    expect((msg.data.value.TxResult as any).index).toBeUndefined();
  });
});

describe("params and paging", () => {
  const specs = [
    { name: "height", kind: "int64" },
    { name: "prove", kind: "bool" },
    { name: "tx", kind: "bytes" },
  ] as const;

  it("int64 only as decimal strings; bytes as base64", () => {
    expect(decodeJsonParams(specs, { height: "-5", tx: "AQI=" })).toEqual({ height: -5n, tx: new Uint8Array([1, 2]) });
    expect(() => decodeJsonParams(specs, { height: 5 })).toThrow('invalid 64-bit integer encoding "5", expected string');
    expect(() => decodeJsonParams(specs, { height: "5.5" })).toThrow("Invalid params");
    expect(() => decodeJsonParams(specs, "x")).toThrow("Expected map or array");
  });

  it("URI args: bare ints, 0x bytes, quoted bytes as raw characters", () => {
    expect(decodeUriParams(specs, { height: "7", prove: "true", tx: "0x0102" })).toEqual({ height: 7n, prove: true, tx: new Uint8Array([1, 2]) });
    expect(decodeUriParams(specs, { tx: '"ab"' })).toEqual({ tx: new Uint8Array([97, 98]) });
    expect(() => decodeUriParams(specs, { prove: "0x01" })).toThrow("got a hex string arg");
  });

  it("per_page defaults to 30, clamps to [1,100]; page range error text", () => {
    expect(resolvePerPage(undefined)).toBe(30);
    expect(resolvePerPage(0n)).toBe(30);
    expect(resolvePerPage(1000n)).toBe(100);
    expect(resolvePage(1n, 30, 0)).toBe(1);
    expect(() => resolvePage(2n, 30, 0)).toThrow("page should be within [1, 1] range, given 2");
  });

  it("blockchain keeps at most 20 heights below max", () => {
    expect(blockchainRange(1n, 100n, 0n, 0n)).toEqual({ min: 81n, max: 100n });
    expect(blockchainRange(1n, 100n, 5n, 10n)).toEqual({ min: 5n, max: 10n });
    expect(() => blockchainRange(1n, 3n, 5n, 0n)).toThrow("min height 5 can't be greater than max height 3");
  });
});
