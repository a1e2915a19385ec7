import { describe, expect, it } from "vitest";
import { ExecTxResult, ResponseFinalizeBlock, type Event } from "cosmjs-types/tendermint/abci/types";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { StoredBlockResults } from "../rpc/backend.ts";
import { deterministicResultBytes, encodeResults } from "./resultsCodec.ts";
import { decodeResults } from "./resultsDecode.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** A small deterministic generator, so a failure reproduces. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const STRINGS = ["", "transfer", "1000utrib", "héllo", "日本語", "emoji 🎉", "lone \ud800 surrogate", "tail \udc00", "a".repeat(200), "é".repeat(9000)];
/** cosmjs-types' int64 writer is wrong for [2^31, 2^32) (see the last test): not compared with it here. */
const GAS = [0n, 1n, 127n, 128n, 2n ** 31n - 1n, 2n ** 32n, 2n ** 53n + 7n, 2n ** 63n - 1n, -1n, -(2n ** 63n)];
const CODES = [0, 1, 5, 127, 128, 2 ** 31, 2 ** 32 - 1];

function randomResults(seed: number, txs: number): StoredBlockResults {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const event = (): Event => ({
    type: pick(STRINGS),
    attributes: Array.from({ length: Math.floor(rnd() * 4) }, () => ({ key: pick(STRINGS), value: pick(STRINGS), index: rnd() < 0.5 })),
  });
  const txResults = Array.from({ length: txs }, () =>
    ExecTxResult.fromPartial({
      code: pick(CODES),
      data: rnd() < 0.5 ? new Uint8Array(Math.floor(rnd() * 300)).fill(7) : new Uint8Array(),
      log: pick(STRINGS),
      info: pick(STRINGS),
      gasWanted: pick(GAS),
      gasUsed: pick(GAS),
      events: Array.from({ length: Math.floor(rnd() * 5) }, event),
      codespace: pick(STRINGS),
    }),
  );
  return {
    height: 3n,
    txResults,
    finalizeBlockEvents: [event(), event()],
    validatorUpdates: rnd() < 0.5 ? [{ pubKey: { ed25519: new Uint8Array(32).fill(4) }, power: 10n }] : [],
    consensusParamUpdates: rnd() < 0.5 ? ConsensusParams.fromPartial({ block: { maxBytes: 100n, maxGas: -1n } }) : undefined,
    appHash: rnd() < 0.8 ? new Uint8Array(32).fill(9) : new Uint8Array(),
  };
}

function reference(results: StoredBlockResults): Uint8Array {
  return ResponseFinalizeBlock.encode(
    ResponseFinalizeBlock.fromPartial({
      events: results.finalizeBlockEvents,
      txResults: results.txResults,
      validatorUpdates: results.validatorUpdates,
      consensusParamUpdates: results.consensusParamUpdates,
      appHash: results.appHash,
    }),
  ).finish();
}

describe("hand-written results codec", () => {
  it("writes ResponseFinalizeBlock.encode's bytes and each ExecTxResult.encode's, for varied strings, gas, codes and shapes", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const results = randomResults(seed, 1 + (seed % 7) * 5);
      const { encoded, txResultBytes } = encodeResults(results);
      expect(hex(encoded), `seed ${seed}`).toBe(hex(reference(results)));
      expect(txResultBytes.map(hex), `seed ${seed}`).toEqual(results.txResults.map((r) => hex(ExecTxResult.encode(r).finish())));
      // What the block store saved decodes back to the same results, by hand as by cosmjs-types.
      const decoded = ResponseFinalizeBlock.decode(encoded);
      expect(decoded.txResults).toEqual(results.txResults);
      expect(decodeResults(encoded)).toEqual(decoded);
    }
  });

  it("handles a block bigger than its length table's first size, and a block with no txs", () => {
    const big = randomResults(99, 1200);
    expect(hex(encodeResults(big).encoded)).toBe(hex(reference(big)));
    const empty = { ...randomResults(5, 0), txResults: [] };
    const { encoded, txResultBytes } = encodeResults(empty);
    expect(hex(encoded)).toBe(hex(reference(empty)));
    expect(txResultBytes).toEqual([]);
  });

  it("encodes the deterministic part of a result (last_results_hash leaves) as ExecTxResult.encode of those fields", () => {
    for (let seed = 1; seed <= 10; seed++) {
      for (const r of randomResults(seed, 20).txResults) {
        const expected = ExecTxResult.encode(ExecTxResult.fromPartial({ code: r.code, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed })).finish();
        expect(hex(deterministicResultBytes(r))).toBe(hex(expected));
      }
    }
  });

  it("writes gas in [2^31, 2^32) as valid protobuf, where cosmjs-types' writer leaves zero bytes", () => {
    for (const gas of [2n ** 31n, 3_000_000_000n, 2n ** 32n - 1n]) {
      const r = ExecTxResult.fromPartial({ gasWanted: gas, gasUsed: gas - 1n, log: "ok" });
      const [bytes] = encodeResults({ ...randomResults(1, 0), txResults: [r] }).txResultBytes;
      const decoded = ExecTxResult.decode(bytes!);
      expect([decoded.gasWanted, decoded.gasUsed, decoded.log]).toEqual([gas, gas - 1n, "ok"]);
      expect(ExecTxResult.decode(deterministicResultBytes(r)).gasWanted).toBe(gas);
      expect(hex(ExecTxResult.encode(r).finish())).not.toBe(hex(bytes!));
    }
  });

  it("decodes by hand what cosmjs-types decodes, including unknown fields and strings that are not valid UTF-8", () => {
    // Field 9 (unknown) in a result; "\xed\xa0\x80" (a surrogate coded as UTF-8) and a stray 0xff in strings.
    const odd = Uint8Array.from([0x12, 0x0f, 0x1a, 0x03, 0xed, 0xa0, 0x80, 0x22, 0x02, 0x61, 0xff, 0x48, 0x05, 0x3a, 0x02, 0x0a, 0x00]);
    expect(decodeResults(odd)).toEqual(ResponseFinalizeBlock.decode(odd));
    expect(decodeResults(odd).txResults[0]!.log).toBe("\ud800");
    expect(() => decodeResults(Uint8Array.from([0x12, 0x05, 0x08]))).toThrow(RangeError);
    expect(decodeResults(new Uint8Array())).toEqual(ResponseFinalizeBlock.decode(new Uint8Array()));
  });
});
