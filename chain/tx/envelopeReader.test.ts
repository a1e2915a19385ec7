import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { describe, expect, it } from "vitest";
import { Rng } from "../../test/support/rng.ts";
import { specTxRaw } from "../../test/support/txVectors.ts";
import { ChainError } from "../errors.ts";
import { decodeEnvelopeGeneric, decodeTx } from "./decode.ts";
import { type TxEnvelope, readTxEnvelope } from "./envelopeReader.ts";

/**
 * readTxEnvelope must give exactly what the generic path (wire check + cosmjs-types) gives, or
 * nothing. Txs are built field by field so the wire can be bent: non-minimal varints and
 * lengths, repeated fields, unknown fields, odd sign modes, non-ASCII text.
 */

type Wire = { pad: number };

/** A varint padded with up to `pad` redundant continuation bytes (a non-minimal encoding). */
function varint(n: bigint | number, pad = 0): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    out.push(Number(v & 0x7fn));
    v >>= 7n;
  } while (v > 0n);
  // A varint has at most 10 bytes, padding included.
  for (let i = 0; i < pad && out.length < 10; i++) out.push(0);
  for (let i = 0; i < out.length - 1; i++) out[i]! |= 0x80;
  return out;
}

const enc = new TextEncoder();
const lenField = (field: number, payload: Uint8Array | number[], w: Wire = { pad: 0 }): number[] => [...varint(field * 8 + 2), ...varint(payload.length, w.pad), ...payload];
const varField = (field: number, n: bigint | number, w: Wire = { pad: 0 }): number[] => [...varint(field * 8), ...varint(n, w.pad)];
const str = (field: number, s: string, w?: Wire) => lenField(field, enc.encode(s), w);
const bytes = (xs: number[]) => Uint8Array.from(xs);

function anyOf(rng: Rng, typeUrl: string, value: Uint8Array, w: Wire): number[] {
  return [...str(1, typeUrl, w), ...lenField(2, value, w)];
}

interface Shape {
  msgs: number;
  signers: number;
  memo: string;
  timeoutHeight: bigint;
  coins: number;
  gasLimit: bigint;
  payer: string;
  granter: string;
  mode: number;
  pad: number;
  sequence: bigint;
  /** Fields normally left out when zero or empty, written anyway. */
  explicitDefaults: boolean;
}

function randomShape(rng: Rng): Shape {
  return {
    msgs: rng.range(1, 4),
    signers: rng.range(1, 3),
    memo: rng.pick(["", "hello", "x".repeat(rng.int(300)), "round 7"]),
    timeoutHeight: rng.chance(1, 3) ? rng.u64() >> BigInt(rng.int(64)) : 0n,
    coins: rng.int(3),
    gasLimit: rng.chance(1, 8) ? rng.u64() : BigInt(rng.int(1_000_000)),
    payer: rng.chance(1, 6) ? "trib1payer" : "",
    granter: rng.chance(1, 6) ? "trib1granter" : "",
    mode: rng.pick([SignMode.SIGN_MODE_DIRECT, SignMode.SIGN_MODE_LEGACY_AMINO_JSON, 0, 127, 300]),
    pad: rng.chance(1, 4) ? rng.range(1, 3) : 0,
    sequence: rng.chance(1, 2) ? BigInt(rng.int(1000)) : rng.u64(),
    explicitDefaults: rng.chance(1, 5),
  };
}

function buildTx(rng: Rng, s: Shape): Uint8Array {
  const w = { pad: s.pad };
  const body: number[] = [];
  for (let i = 0; i < s.msgs; i++) body.push(...lenField(1, anyOf(rng, "/cosmos.bank.v1beta1.MsgSend", rng.bytes(rng.int(80)), w), w));
  if (s.memo !== "" || s.explicitDefaults) body.push(...str(2, s.memo, w));
  if (s.timeoutHeight !== 0n || s.explicitDefaults) body.push(...varField(3, s.timeoutHeight, w));
  const auth: number[] = [];
  for (let i = 0; i < s.signers; i++) {
    const pk = [0x0a, 33, rng.pick([2, 3]), ...rng.bytes(32)];
    const info = [
      ...lenField(1, anyOf(rng, "/cosmos.crypto.secp256k1.PubKey", bytes(pk), w), w),
      ...lenField(2, lenField(1, s.mode !== 0 || s.explicitDefaults ? varField(1, s.mode, w) : [], w), w),
    ];
    if (s.sequence !== 0n || s.explicitDefaults) info.push(...varField(3, BigInt.asUintN(64, s.sequence + BigInt(i)), w));
    auth.push(...lenField(1, info, w));
  }
  const fee: number[] = [];
  for (let i = 0; i < s.coins; i++) fee.push(...lenField(1, [...str(1, rng.pick(["utrib", "uatom"]), w), ...str(2, String(rng.int(1e9)), w)], w));
  if (s.gasLimit !== 0n || s.explicitDefaults) fee.push(...varField(2, s.gasLimit, w));
  if (s.payer !== "") fee.push(...str(3, s.payer, w));
  if (s.granter !== "") fee.push(...str(4, s.granter, w));
  auth.push(...lenField(2, fee, w));
  const raw = [...lenField(1, body, w), ...lenField(2, auth, w)];
  for (let i = 0; i < s.signers; i++) raw.push(...lenField(3, rng.bytes(64), w));
  return bytes(raw);
}

type Outcome = { ok: TxEnvelope } | { error: string };

function generic(raw: Uint8Array): Outcome {
  try {
    return { ok: decodeEnvelopeGeneric(raw) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/**
 * A strict, fast canonical form (toStrictEqual on thousands of envelopes is slow on a loaded
 * machine): every key including undefined ones, bigints, byte arrays and each object's class.
 */
function canon(v: unknown): string {
  return JSON.stringify(v, function (this: unknown, _k, x: unknown) {
    if (x === undefined) return "<undefined>";
    if (typeof x === "bigint") return `<bigint ${x}>`;
    if (x instanceof Uint8Array) return `<${x.constructor.name} ${Buffer.from(x).toString("hex")}>`;
    if (x !== null && typeof x === "object" && !Array.isArray(x)) return { "<class>": x.constructor?.name ?? "null", ...x };
    return x;
  });
}

/** The reader either agrees with the generic path exactly or declines; returns whether it read. */
function expectAgrees(raw: Uint8Array): boolean {
  const fast = readTxEnvelope(raw);
  if (fast === undefined) return false;
  const ref = generic(raw);
  expect(canon(ref)).toBe(canon({ ok: fast }));
  return true;
}

function decodeOutcome(raw: Uint8Array): unknown {
  try {
    return decodeTx(raw, { maxTxBytes: 1 << 20 });
  } catch (e) {
    expect(e).toBeInstanceOf(ChainError);
    return (e as Error).message;
  }
}

describe("readTxEnvelope", () => {
  it("reads the SDK's spec tx exactly as the generic path does", () => {
    expect(expectAgrees(specTxRaw())).toBe(true);
    expect(readTxEnvelope(specTxRaw())).toStrictEqual(decodeEnvelopeGeneric(specTxRaw()));
  });

  it("reads 1,000 random usual-shape txs (multi-message, multi-signer, memos, fees, non-minimal varints) exactly as the generic path", () => {
    let read = 0;
    for (let seed = 0; seed < 1000; seed++) {
      const rng = new Rng(seed);
      const shape = randomShape(rng);
      const raw = buildTx(rng, shape);
      // Nothing here is left to the generic path: every one must be read.
      if (expectAgrees(raw)) read++;
      else throw new Error(`seed ${seed}: declined ${JSON.stringify(shape, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v))}`);
    }
    expect(read).toBe(1000);
  });

  it("agrees or declines on 10,000 corrupted txs (flipped, inserted, dropped bytes, truncations)", () => {
    let read = 0;
    let declined = 0;
    for (let seed = 0; seed < 10_000; seed++) {
      const rng = new Rng(1_000_000 + seed);
      const raw = Array.from(buildTx(rng, randomShape(rng)));
      for (let k = rng.range(1, 3); k > 0; k--) {
        const at = rng.int(raw.length);
        const op = rng.int(4);
        if (op === 0) raw[at] = rng.int(256);
        else if (op === 1) raw.splice(at, 0, rng.int(256));
        else if (op === 2) raw.splice(at, 1);
        else raw.length = at;
      }
      if (expectAgrees(bytes(raw))) read++;
      else declined++;
    }
    // Both branches are exercised: some corruptions still parse (inside a signature, a value).
    expect(read).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(500);
  });

  it("declines what it leaves to the generic path, and decodeTx still answers as before", () => {
    const rng = new Rng(7);
    const base = TxRaw.decode(buildTx(rng, { ...randomShape(rng), memo: "m", pad: 0 }));
    const body = TxBody.decode(base.bodyBytes);
    const auth = AuthInfo.decode(base.authInfoBytes);
    const withBody = (b: Partial<TxBody>) => TxRaw.encode({ ...base, bodyBytes: TxBody.encode({ ...body, ...b }).finish() }).finish();
    const withAuth = (a: Partial<AuthInfo>) => TxRaw.encode({ ...base, authInfoBytes: AuthInfo.encode({ ...auth, ...a }).finish() }).finish();
    const cases: [string, Uint8Array, RegExp | undefined][] = [
      ["unknown non-critical body field", TxRaw.encode({ ...base, bodyBytes: bytes([...base.bodyBytes, ...varField(1025, 1)]) }).finish(), undefined],
      ["unknown critical body field", TxRaw.encode({ ...base, bodyBytes: bytes([...base.bodyBytes, ...varField(9, 1)]) }).finish(), /unknown field 9/],
      ["unordered", withBody({ unordered: true }), /unordered transactions are not supported/],
      ["timeout timestamp", withBody({ timeoutTimestamp: { seconds: 5n, nanos: 0 } }), /timeout_timestamp is not supported/],
      ["extension option", withBody({ extensionOptions: [{ typeUrl: "/x.Ext", value: new Uint8Array() }] }), /extension options are not accepted/],
      ["memo over 1 KiB", withBody({ memo: "x".repeat(2000) }), undefined],
      ["non-ASCII memo", withBody({ memo: "héllo" }), undefined],
      ["invalid UTF-8 memo", TxRaw.encode({ ...base, bodyBytes: bytes([...lenField(1, anyOf(rng, "/a", new Uint8Array(), { pad: 0 })), ...lenField(2, [0xff, 0xfe])]) }).finish(), /not valid UTF-8/],
      ["tip", withAuth({ tip: { amount: [], tipper: "t" } }), /tips are not supported/],
      ["multisig mode info", withAuth({ signerInfos: auth.signerInfos.map((s) => ({ ...s, modeInfo: { multi: { bitarray: { extraBitsStored: 1, elems: new Uint8Array([1]) }, modeInfos: [] } } })) }), undefined],
      ["repeated memo field", TxRaw.encode({ ...base, bodyBytes: bytes([...base.bodyBytes, ...str(2, "again")]) }).finish(), undefined],
      ["repeated fee", TxRaw.encode({ ...base, authInfoBytes: bytes([...base.authInfoBytes, ...lenField(2, varField(2, 5))]) }).finish(), undefined],
      ["unknown TxRaw field", bytes([...TxRaw.encode(base).finish(), ...varField(4, 1)]), /unknown field 4/],
      ["no fee", withAuth({ fee: undefined }), /missing fee/],
      ["random bytes", new Rng(3).bytes(120), undefined],
    ];
    for (const [name, raw, error] of cases) {
      const ref = generic(raw);
      if (name === "no fee") expect(readTxEnvelope(raw), name).toBeDefined();
      else expect(readTxEnvelope(raw), name).toBeUndefined();
      expectAgrees(raw);
      const out = decodeOutcome(raw);
      if (error) expect(out, name).toMatch(error);
      // The generic path still decides these, so decodeTx answers what the generic decode leads to.
      if ("error" in ref) expect(out, name).toBe(ref.error);
    }
  });

  it("decodeTx gives the same DecodedTx through either path", () => {
    for (let seed = 0; seed < 100; seed++) {
      const rng = new Rng(50_000 + seed);
      const raw = buildTx(rng, { ...randomShape(rng), gasLimit: 200_000n });
      const viaReader = decodeOutcome(raw);
      const env = decodeEnvelopeGeneric(raw);
      if (typeof viaReader === "string") continue;
      const tx = viaReader as ReturnType<typeof decodeTx>;
      expect({ body: tx.body, authInfo: tx.authInfo, signatures: tx.signatures, bodyBytes: tx.bodyBytes, authInfoBytes: tx.authInfoBytes }).toStrictEqual({ ...env });
      expect(tx.messages).toBe(tx.body.messages);
      expect(tx.fee).toBe(tx.authInfo.fee);
    }
  });
});
