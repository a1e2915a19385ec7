import { Secp256k1HdWallet, makeSignDoc as makeAminoSignDoc, serializeSignDoc, pubkeyToAddress as cosmjsPubkeyToAddress } from "@cosmjs/amino";
import { fromBase64, fromHex, toBech32, toHex } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, makeSignBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { secp256k1 as noble } from "@noble/curves/secp256k1.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import { ChainError } from "../errors.ts";
import { directSignBytes } from "../tx/signBytes.ts";
import { SPEC_MNEMONIC, specAmino, specDirect } from "../../test/support/txVectors.ts";
import {
  type Secp256k1Backend,
  isHighS,
  isValidSecp256k1Pubkey,
  pubkeyToAddress,
  secp256k1Backend,
  verifySecp256k1,
  verifySecp256k1With,
} from "./secp256k1.ts";

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const specHash = sha256(directSignBytes(specDirect.bodyBytes, specDirect.authInfoBytes, specDirect.chainId, specDirect.accountNumber));

function withS(sig: Uint8Array, s: bigint): Uint8Array {
  const out = sig.slice();
  out.set(fromHex(s.toString(16).padStart(64, "0")), 32);
  return out;
}
const sOf = (sig: Uint8Array) => BigInt(`0x${toHex(sig.subarray(32))}`);
const backends: Secp256k1Backend[] = ["native", "noble"];

describe("secp256k1 backend", () => {
  it("loads the native libsecp256k1 binding in this environment", () => {
    expect(secp256k1Backend()).toBe("native");
  });
});

describe.each(backends)("verifySecp256k1With(%s)", (backend) => {
  const verify = (pk: Uint8Array, hash: Uint8Array, sig: Uint8Array) => verifySecp256k1With(backend, pk, hash, sig);

  it("accepts the pinned DIRECT and amino vectors' signatures", () => {
    expect(verify(specDirect.pubkey, specHash, specDirect.signature)).toBe(true);
    expect(verify(specDirect.pubkey, sha256(new TextEncoder().encode(specAmino.signBytes)), specAmino.signature)).toBe(true);
  });

  it("rejects the high-S twin (n - s) of a valid signature, which plain ECDSA would accept", () => {
    const high = withS(specDirect.signature, N - sOf(specDirect.signature));
    expect(isHighS(high)).toBe(true);
    // Proof that the twin is a mathematically valid ECDSA signature: noble accepts it with lowS off.
    expect(noble.verify(high, specHash, specDirect.pubkey, { prehash: false, lowS: false })).toBe(true);
    expect(verify(specDirect.pubkey, specHash, high)).toBe(false);
  });

  it("rejects a different message, another key's signature, and bit flips", () => {
    const otherHash = sha256(new Uint8Array([1, 2, 3]));
    expect(verify(specDirect.pubkey, otherHash, specDirect.signature)).toBe(false);
    const otherKey = noble.getPublicKey(sha256(new TextEncoder().encode("another key")), true);
    expect(verify(otherKey, specHash, specDirect.signature)).toBe(false);
    for (const i of [0, 31, 32, 63]) {
      const flipped = specDirect.signature.slice();
      flipped[i]! ^= 0x01;
      expect(verify(specDirect.pubkey, specHash, flipped), `flip byte ${i}`).toBe(false);
    }
  });

  it("returns false (never throws) for malformed signatures and garbage public keys", () => {
    const sig = specDirect.signature;
    expect(verify(specDirect.pubkey, specHash, new Uint8Array())).toBe(false);
    expect(verify(specDirect.pubkey, specHash, sig.subarray(0, 63))).toBe(false);
    expect(verify(specDirect.pubkey, specHash, new Uint8Array([...sig, 1]))).toBe(false);
    expect(verify(specDirect.pubkey, specHash, new Uint8Array(64))).toBe(false); // r = s = 0
    expect(verify(specDirect.pubkey, specHash, withS(sig, N))).toBe(false); // s = n, also "high"
    const rTooBig = sig.slice();
    rTooBig.fill(0xff, 0, 32);
    expect(verify(specDirect.pubkey, specHash, rTooBig)).toBe(false);

    const notOnCurve = specDirect.pubkey.slice();
    notOnCurve.fill(0xff, 1); // x ≥ p
    const uncompressed = noble.getPublicKey(sha256(new Uint8Array([9])), false);
    const badPrefix = specDirect.pubkey.slice();
    badPrefix[0] = 0x04;
    for (const pk of [new Uint8Array(), new Uint8Array(33), notOnCurve, uncompressed, badPrefix, specDirect.pubkey.subarray(0, 32)]) {
      expect(verify(pk, specHash, sig), toHex(pk)).toBe(false);
    }
  });

  it("accepts s exactly n/2 as low (boundary of the SDK rule s <= n/2)", () => {
    expect(isHighS(withS(specDirect.signature, N / 2n))).toBe(false);
    expect(isHighS(withS(specDirect.signature, N / 2n + 1n))).toBe(true);
  });

  it("throws TypeError for a message hash that is not 32 bytes (a caller bug)", () => {
    expect(() => verify(specDirect.pubkey, new Uint8Array(31), specDirect.signature)).toThrow(TypeError);
  });
});

describe("backends agree", () => {
  it("on 200 signatures from random keys, their high-S twins and cross-key pairs", () => {
    for (let i = 0; i < 200; i++) {
      const priv = sha256(new Uint8Array([i, 1]));
      const pk = noble.getPublicKey(priv, true);
      const hash = sha256(new Uint8Array([i, 2]));
      const sig = noble.sign(hash, priv, { prehash: false, lowS: true });
      const high = withS(sig, N - sOf(sig));
      const wrongPk = noble.getPublicKey(sha256(new Uint8Array([i, 3])), true);
      for (const [p, s, want] of [[pk, sig, true], [pk, high, false], [wrongPk, sig, false]] as const) {
        expect(verifySecp256k1With("native", p, hash, s)).toBe(want);
        expect(verifySecp256k1With("noble", p, hash, s)).toBe(want);
      }
    }
  });
});

describe("with CosmJS wallets (prefix trib)", () => {
  it("verifies DIRECT and amino signatures produced by CosmJS HD wallets, and derives their address", async () => {
    const direct = await DirectSecp256k1HdWallet.fromMnemonic(SPEC_MNEMONIC, { prefix: "trib" });
    const acc = (await direct.getAccounts())[0]!;
    const signDoc = makeSignDoc(new Uint8Array([10, 0]), new Uint8Array([18, 0]), "tributary-local-1", 42);
    const { signature } = await direct.signDirect(acc.address, signDoc);
    expect(verifySecp256k1(acc.pubkey, sha256(makeSignBytes(signDoc)), fromBase64(signature.signature))).toBe(true);
    expect(verifySecp256k1(acc.pubkey, sha256(makeSignBytes({ ...signDoc, accountNumber: 43n })), fromBase64(signature.signature))).toBe(false);

    const amino = await Secp256k1HdWallet.fromMnemonic(SPEC_MNEMONIC, { prefix: "trib" });
    const aminoDoc = makeAminoSignDoc([], { amount: [], gas: "1" }, "tributary-local-1", "m", 1, 2);
    const signedAmino = await amino.signAmino(acc.address, aminoDoc);
    expect(verifySecp256k1(acc.pubkey, sha256(serializeSignDoc(aminoDoc)), fromBase64(signedAmino.signature.signature))).toBe(true);

    expect(toBech32("trib", pubkeyToAddress(acc.pubkey))).toBe(acc.address);
    expect(toBech32("cosmos", pubkeyToAddress(specDirect.pubkey))).toBe(specDirect.address);
    expect(
      toBech32("trib", pubkeyToAddress(acc.pubkey)),
    ).toBe(cosmjsPubkeyToAddress({ type: "tendermint/PubKeySecp256k1", value: Buffer.from(acc.pubkey).toString("base64") }, "trib"));
  });
});

describe("pubkeyToAddress and isValidSecp256k1Pubkey", () => {
  it("refuses keys that are not 33-byte compressed with invalidPubKey (8)", () => {
    for (const pk of [new Uint8Array(32), noble.getPublicKey(sha256(new Uint8Array([1])), false)]) {
      try {
        pubkeyToAddress(pk);
        expect.unreachable("should throw");
      } catch (e) {
        expect(e).toBeInstanceOf(ChainError);
        expect((e as ChainError).code).toBe(8);
      }
    }
  });

  it("checks that the point is on the curve", () => {
    expect(isValidSecp256k1Pubkey(specDirect.pubkey)).toBe(true);
    const offCurve = specDirect.pubkey.slice();
    offCurve.fill(0xff, 1);
    expect(isValidSecp256k1Pubkey(offCurve)).toBe(false);
    expect(isValidSecp256k1Pubkey(specDirect.pubkey.subarray(1))).toBe(false);
  });
});
