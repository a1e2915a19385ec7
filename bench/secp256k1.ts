/**
 * Micro-benchmark of the stateless tx path: secp256k1 verification (native libsecp256k1 vs
 * @noble/curves) and decodeTx / sign-bytes for a CosmJS MsgSend. Prints one JSON line per
 * measurement. Run: `npx tsx bench/secp256k1.ts` (never part of the test suite).
 */
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { secp256k1 as noble } from "@noble/curves/secp256k1.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { type Secp256k1Backend, secp256k1Backend, verifySecp256k1With } from "../chain/crypto/secp256k1.ts";
import { aminoSignBytes } from "../chain/tx/aminoJson.ts";
import { msgSendToAmino } from "../modules/bank/amino.ts";
import { decodeTx } from "../chain/tx/decode.ts";
import { directSignBytes } from "../chain/tx/signBytes.ts";
import { SPEC_MNEMONIC, signDirectTx } from "../test/support/txVectors.ts";

const SIGNATURES = 2_000;

interface Sample {
  pubkey: Uint8Array;
  hash: Uint8Array;
  sig: Uint8Array;
}

function makeSamples(n: number): Sample[] {
  return Array.from({ length: n }, (_, i) => {
    const priv = sha256(new TextEncoder().encode(`bench key ${i}`));
    const hash = sha256(new TextEncoder().encode(`bench message ${i}`));
    return { pubkey: noble.getPublicKey(priv, true), hash, sig: noble.sign(hash, priv, { prehash: false, lowS: true }) };
  });
}

/** Runs `fn` `iterations` times after a warm-up; returns microseconds per call. */
function timeIt(iterations: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(iterations, 500); i++) fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / 1_000 / iterations;
}

function report(name: string, usPerOp: number, extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ bench: name, us_per_op: Number(usPerOp.toFixed(2)), ops_per_s: Math.round(1e6 / usPerOp), ...extra }));
}

function benchVerify(samples: Sample[]): void {
  const backends: Secp256k1Backend[] = secp256k1Backend() === "native" ? ["native", "noble"] : ["noble"];
  for (const backend of backends) {
    let ok = 0;
    const us = timeIt(samples.length, (i) => {
      const s = samples[i % samples.length]!;
      if (verifySecp256k1With(backend, s.pubkey, s.hash, s.sig)) ok++;
    });
    if (ok < samples.length) throw new Error(`${backend}: only ${ok} of ${samples.length} signatures verified`);
    report(`secp256k1_verify_${backend}`, us, { signatures: samples.length });
  }
}

async function benchTxPath(): Promise<void> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(SPEC_MNEMONIC, { prefix: "trib" });
  const [acc] = await wallet.getAccounts();
  if (!acc) throw new Error("the wallet derived no account");
  const msg = MsgSend.fromPartial({ fromAddress: acc.address, toAddress: acc.address, amount: [{ denom: "utrib", amount: "1000" }] });
  const tx = await signDirectTx(wallet, { msgs: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: msg }], memo: "bench", chainId: "tributary-local-1", accountNumber: 12n, sequence: 3n });
  const limits = { maxTxBytes: 1 << 20 };
  const n = 50_000;
  report("decodeTx_msgsend", timeIt(n, () => decodeTx(tx.raw, limits)), { tx_bytes: tx.raw.length });
  const decoded = decodeTx(tx.raw, limits);
  report("directSignBytes_msgsend", timeIt(n, () => directSignBytes(decoded.bodyBytes, decoded.authInfoBytes, "tributary-local-1", 12n)));
  report("aminoSignBytes_msgsend", timeIt(n, () =>
    aminoSignBytes({ chainId: "tributary-local-1", accountNumber: 12n, sequence: 3n, fee: decoded.fee, memo: decoded.body.memo, timeoutHeight: 0n, msgs: [{ type: "cosmos-sdk/MsgSend", value: msgSendToAmino(msg) }] }),
  ));
  report("sha256_signdoc", timeIt(n, () => sha256(directSignBytes(decoded.bodyBytes, decoded.authInfoBytes, "tributary-local-1", 12n))));
}

benchVerify(makeSamples(SIGNATURES));
await benchTxPath();
