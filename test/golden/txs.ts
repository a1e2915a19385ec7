/**
 * Keys and signed txs for the golden chain. Keys come from fixed seeds (sha256 of a label), and
 * secp256k1 signatures are RFC 6979 (deterministic), so every run builds the same tx bytes.
 * Messages are encoded with the client's registry, the bytes a wallet would send.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { ripemd160 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { MsgUpdateParams } from "cosmjs-types/cosmos/mint/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, SignDoc, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import * as attributionTx from "../../proto/gen/tributary/attribution/v1/index.ts";
import { addressString } from "../../chain/address.ts";
import { createTributaryRegistry } from "../../client/registry.ts";

export const GOLDEN_CHAIN_ID = "tributary-golden-1";

/** The client's registry plus the two routed types it leaves out (attribution, mint params). */
export const goldenRegistry = createTributaryRegistry([
  ["/tributary.attribution.v1.MsgRecordAttribution", attributionTx.MsgRecordAttributionSchema],
  ["/cosmos.mint.v1beta1.MsgUpdateParams", MsgUpdateParams],
]);

export interface GoldenKey {
  privkey: Uint8Array;
  /** Compressed secp256k1 public key. */
  pubkey: Uint8Array;
  address: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Account key `i`: its private key is sha256("tributary/golden/account/<i>"). */
export function goldenKey(i: number): GoldenKey {
  const privkey = sha256(utf8(`tributary/golden/account/${i}`));
  const pubkey = secp256k1.getPublicKey(privkey, true);
  return { privkey, pubkey, address: addressString(ripemd160(sha256(pubkey))) };
}

/** How a tx is meant to end: `ok` (code 0), `fail` (a message fails: fee and sequence kept), `reject` (the ante refuses it: nothing kept). */
export type Expect = "ok" | "fail" | "reject";

export interface TxOptions {
  gas?: bigint;
  fee?: string;
  memo?: string;
  /** Sign with this sequence instead of the tracked one (a wrong-sequence tx). */
  sequence?: bigint;
  /** Flip a bit of the signature (a bad-signature tx). */
  corruptSignature?: boolean;
}

export const DEFAULT_GAS = 20_000_000n;
export const DEFAULT_FEE = "5000";

/** One tx of a block as the script plans it. */
export interface PlannedTx {
  signer: number;
  bytes: Uint8Array;
  expect: Expect;
  /** What the tx does, for people reading the vectors and failures. */
  label: string;
  /** Type URLs of its messages (the coverage check counts them). */
  typeUrls: string[];
  /** Record bodies of its MsgContribute messages, by message (a node stores them). */
  bodies: Uint8Array[][];
}

/**
 * Signs txs for the golden accounts. A tx meant to pass the ante uses the account's next
 * sequence at signing, so one account can have several txs in a block; the chain checks that
 * every tx ends as planned, which keeps these sequences true.
 */
export class TxSigner {
  private readonly sequences: bigint[];

  constructor(
    readonly keys: GoldenKey[],
    private readonly accountNumbers: bigint[],
  ) {
    this.sequences = keys.map(() => 0n);
  }

  address = (i: number) => this.keys[i]!.address;

  tx(i: number, label: string, msgs: EncodeObject[], expect: Expect, o: TxOptions = {}): PlannedTx {
    const key = this.keys[i]!;
    const bodyBytes = goldenRegistry.encode({ typeUrl: "/cosmos.tx.v1beta1.TxBody", value: { messages: msgs, memo: o.memo ?? "" } });
    const authInfoBytes = AuthInfo.encode(
      AuthInfo.fromPartial({
        signerInfos: [{
          publicKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: PubKey.encode({ key: key.pubkey }).finish() },
          modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
          sequence: o.sequence ?? this.sequences[i],
        }],
        fee: { amount: [{ denom: "utrib", amount: o.fee ?? DEFAULT_FEE }], gasLimit: o.gas ?? DEFAULT_GAS, payer: "", granter: "" },
      }),
    ).finish();
    const doc = SignDoc.encode({ bodyBytes, authInfoBytes, chainId: GOLDEN_CHAIN_ID, accountNumber: this.accountNumbers[i]! }).finish();
    const signature = secp256k1.sign(sha256(doc), key.privkey, { prehash: false, lowS: true });
    if (o.corruptSignature) signature[10]! ^= 0x01;
    if (expect !== "reject" && o.sequence === undefined) this.sequences[i]!++;
    return { signer: i, bytes: TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish(), expect, label, typeUrls: msgs.map((m) => m.typeUrl), bodies: msgs.map(recordBodies) };
  }
}

function recordBodies(m: EncodeObject): Uint8Array[] {
  if (m.typeUrl !== "/tributary.datanet.v1.MsgContribute") return [];
  return (m.value as { records: { body: Uint8Array }[] }).records.map((r) => r.body);
}
