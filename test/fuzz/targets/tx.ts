/**
 * The tx envelope: TxRaw, TxBody and AuthInfo fields (fee, gas limit, signer infos, sequence,
 * timeout height, memo, extension options, several signers, sign modes, payer), each either a
 * named hostile value or a structure-aware mutation of the encoded part, then signed correctly
 * over the mutated bytes (so the check that refuses it is the intended one, not the
 * signature), or damaged after signing.
 */
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { AuthInfo, TxBody } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { TEST_CHAIN_ID } from "../../appHarness.ts";
import { ACCOUNTS, DEFAULT_FEE, DEFAULT_GAS, type FuzzChain } from "../chain.ts";
import { mutateBytes, mutateMessage } from "../mutate.ts";
import type { CaseResult } from "../report.ts";
import type { Rng } from "../../support/rng.ts";
import { pubkeyAny, signDirect, txRaw } from "../txBuild.ts";
import { NUMERIC_STRINGS, DENOMS } from "../values.ts";
import { flushBlock } from "./flush.ts";
import { fuzzMsg, signersOf } from "./msgs.ts";
import { outcomeOf, txFailure } from "./txOutcome.ts";

interface Envelope {
  msgs: Any[];
  signers: number[];
  body: ReturnType<typeof TxBody.fromPartial>;
  auth: ReturnType<typeof AuthInfo.fromPartial>;
  chainId: string;
  accountNumbers: bigint[];
  /** Extra bytes appended to each signature list (more signatures than signers). */
  extraSignatures: number;
  mustRefuse: boolean;
}

type EnvelopeMutation = (e: Envelope, rng: Rng, chain: FuzzChain) => string;

/** Named mutations of the decoded envelope; each returns its label. */
const NAMED: EnvelopeMutation[] = [
  (e, rng) => {
    const g = rng.pick([0n, 1n, 1000n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n, 100_000_001n]);
    e.auth.fee!.gasLimit = g;
    if (g === 0n) e.mustRefuse = true;
    return `gas=${g}`;
  },
  (e, rng) => {
    const amount = rng.pick(NUMERIC_STRINGS);
    const denom = rng.pick(DENOMS);
    e.auth.fee!.amount = rng.chance(20, 100) ? [] : [{ denom, amount }];
    return `fee=${amount}${denom}`;
  },
  (e, rng) => {
    e.auth.fee!.amount = rng.chance(50, 100) ? [{ denom: "utrib", amount: "1" }, { denom: "utrib", amount: "1" }] : [{ denom: "utrib", amount: "1" }, { denom: "ufuzz", amount: "1" }].reverse();
    return "fee duplicated/unsorted";
  },
  (e, rng) => {
    const n = rng.pick([255, 256, 257, 512, 100_000]);
    e.body.memo = "m".repeat(n);
    return `memo ${n}`;
  },
  (e, rng, chain) => {
    const t = rng.pick([1n, chain.h.height, chain.h.height + 1n, 2n ** 63n, 2n ** 64n - 1n]);
    e.body.timeoutHeight = t;
    if (t <= chain.h.height) e.mustRefuse = true;
    return `timeout_height=${t}`;
  },
  (e, rng) => {
    const d = rng.pick([-1n, 1n, 2n ** 64n - 1n]);
    const si = e.auth.signerInfos[0]!;
    si.sequence = BigInt.asUintN(64, si.sequence + d);
    e.mustRefuse = true;
    return `sequence${d > 0n ? "+" : ""}${d}`;
  },
  (e) => {
    e.auth.signerInfos.push({ ...e.auth.signerInfos[0]! });
    e.mustRefuse = true;
    return "extra signer info";
  },
  (e) => {
    e.auth.signerInfos = [];
    e.mustRefuse = true;
    return "no signer infos";
  },
  (e, rng) => {
    e.extraSignatures = 1 + rng.int(3);
    e.mustRefuse = true;
    return `${e.extraSignatures} extra signatures`;
  },
  (e, rng) => {
    const critical = rng.chance(50, 100);
    const opt = { typeUrl: rng.pick(["/cosmos.tx.v1beta1.ExtensionOptionsTimeoutHeight", "/fuzz.Unknown", ""]), value: rng.bytes(rng.int(8)) };
    if (critical) {
      e.body.extensionOptions = [opt];
      e.mustRefuse = true;
    } else e.body.nonCriticalExtensionOptions = [opt];
    return `${critical ? "critical" : "non-critical"} extension ${opt.typeUrl}`;
  },
  (e, rng, chain) => {
    e.auth.fee!.payer = rng.pick([chain.address((e.signers[0]! + 1) % ACCOUNTS), "trib1invalid", chain.world.valoper]);
    return `payer=${e.auth.fee!.payer}`;
  },
  (e, rng) => {
    const mode = rng.pick([SignMode.SIGN_MODE_LEGACY_AMINO_JSON, SignMode.SIGN_MODE_TEXTUAL, SignMode.SIGN_MODE_UNSPECIFIED, SignMode.SIGN_MODE_DIRECT_AUX, 999 as SignMode]);
    e.auth.signerInfos[0]!.modeInfo = rng.chance(80, 100) ? { single: { mode } } : { multi: { bitarray: { extraBitsStored: 1, elems: new Uint8Array([0x80]) }, modeInfos: [{ single: { mode } }] } };
    e.mustRefuse = true;
    return `sign mode ${mode}`;
  },
  (e, rng) => {
    const k = rng.int(4);
    const pk = e.auth.signerInfos[0]!;
    if (k === 0) pk.publicKey = undefined;
    else if (k === 1) pk.publicKey = { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: pubkeyAny(rng.bytes(32)).value };
    else if (k === 2) pk.publicKey = pubkeyAny(rng.bytes(33));
    else pk.publicKey = { typeUrl: "/cosmos.crypto.multisig.LegacyAminoPubKey", value: rng.bytes(40) };
    if (k !== 0) e.mustRefuse = true;
    return `public key variant ${k}`;
  },
  (e, rng) => {
    if (rng.chance(50, 100)) e.chainId = rng.pick(["", "tributary-other-1", TEST_CHAIN_ID + " "]);
    else e.accountNumbers[0]! += 1n;
    e.mustRefuse = true;
    return "signed for another chain or account number";
  },
  (e) => {
    e.body.messages = [];
    e.mustRefuse = true;
    return "no messages";
  },
  (e, rng) => {
    const n = rng.pick([2, 10, 100]);
    e.body.messages = Array.from({ length: n }, () => e.body.messages[0]!);
    return `${n} copies of the message`;
  },
];

function envelope(chain: FuzzChain, rng: Rng): Envelope {
  const m = fuzzMsg(chain, rng, rng.chance(50, 100) ? "/cosmos.bank.v1beta1.MsgSend" : undefined, true);
  const msgs = [{ typeUrl: m.typeUrl, value: m.value }];
  const signer = signersOf(chain, m.typeUrl, m.value)?.[0] ?? 0;
  return {
    msgs,
    signers: [signer],
    body: TxBody.fromPartial({ messages: msgs, memo: "" }),
    auth: AuthInfo.fromPartial({
      signerInfos: [{ publicKey: pubkeyAny(chain.key(signer).pubkey), modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } }, sequence: chain.sequence(signer) }],
      fee: { amount: DEFAULT_FEE, gasLimit: DEFAULT_GAS, payer: "", granter: "" },
    }),
    chainId: TEST_CHAIN_ID,
    accountNumbers: [chain.accountNumber(signer)],
    extraSignatures: 0,
    mustRefuse: false,
  };
}

/** Signs the (possibly mutated) encoded parts with the envelope's signers. */
function seal(chain: FuzzChain, e: Envelope, body: Uint8Array, auth: Uint8Array, rng: Rng): Uint8Array {
  const sigs = e.signers.map((s, i) => signDirect(chain.key(s), body, auth, e.chainId, e.accountNumbers[i]!));
  for (let i = 0; i < e.extraSignatures; i++) sigs.push(rng.chance(50, 100) ? sigs[0]! : rng.bytes(64));
  return txRaw(body, auth, sigs);
}

/** A correct tx signed by two accounts, one send each way. */
function twoSigners(chain: FuzzChain, rng: Rng): { tx: Uint8Array; label: string } {
  const a = rng.int(ACCOUNTS);
  const b = (a + 1 + rng.int(ACCOUNTS - 1)) % ACCOUNTS;
  const send = (from: number, to: number) => ({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: sendBytes(chain, from, to) });
  return { tx: chain.sign([send(a, b), send(b, a)], [a, b]), label: `two signers ${a},${b}` };
}

function sendBytes(chain: FuzzChain, from: number, to: number): Uint8Array {
  return MsgSend.encode({ fromAddress: chain.address(from), toAddress: chain.address(to), amount: [{ denom: "utrib", amount: "7" }] }).finish();
}

export async function txCase(chain: FuzzChain, rng: Rng, index: number): Promise<CaseResult> {
  let tx: Uint8Array;
  let label: string;
  let mustRefuse = false;
  const kind = rng.int(10);
  if (kind === 0) {
    ({ tx, label } = twoSigners(chain, rng));
  } else {
    const e = envelope(chain, rng);
    let body: Uint8Array;
    let auth: Uint8Array;
    if (kind <= 5) {
      label = rng.pick(NAMED)(e, rng, chain);
      body = TxBody.encode(e.body).finish();
      auth = AuthInfo.encode(e.auth).finish();
      mustRefuse = e.mustRefuse;
    } else {
      // Structure-aware mutation of one encoded part, then a correct signature over it.
      body = TxBody.encode(e.body).finish();
      auth = AuthInfo.encode(e.auth).finish();
      const which = kind <= 7 ? "body" : "auth_info";
      const m = mutateMessage(which === "body" ? body : auth, rng, { addresses: chain.world.accounts });
      if (which === "body") body = m.bytes;
      else auth = m.bytes;
      label = `${which} ${m.ops.join(",")}`;
    }
    tx = seal(chain, e, body, auth, rng);
    if (kind === 9) {
      // Damage after signing: TxRaw fields or raw bytes.
      const m = rng.chance(50, 100) ? mutateMessage(tx, rng, { addresses: [] }) : mutateBytes(tx, rng);
      tx = m.bytes;
      label += ` then tx_raw ${m.ops.join(",")}`;
    }
  }
  const p = await chain.probe(tx, `tx#${index}`);
  const result: CaseResult = { target: "tx", index, label, outcome: outcomeOf(p), failure: txFailure(p, { mustRefuse }) };
  return flushBlock(chain, result);
}
