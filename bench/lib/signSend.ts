/**
 * Pre-signed bank sends, built the way CosmJS builds them (TxBody, makeAuthInfoBytes,
 * makeSignDoc → SIGN_MODE_DIRECT) but signed with the bench signer so tens of thousands of
 * txs take seconds, not minutes.
 */
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { sha256 } from "@noble/hashes/sha2.js";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { type BenchAccount, signDigest } from "../../test/support/accounts.ts";

export interface SendSpec {
  from: BenchAccount;
  to: string;
  amount: string;
  accountNumber: bigint;
  sequence: bigint;
  chainId: string;
  /** Defaults: 100,000 gas, 250utrib (= 0.0025utrib/gas, the default minimum price). */
  gasLimit?: bigint;
  fee?: { denom: string; amount: string }[];
  memo?: string;
}

export const DEFAULT_SEND_GAS = 100_000n;
export const DEFAULT_SEND_FEE = [{ denom: "utrib", amount: "250" }];

/** PERF: one protobuf encode and one secp256k1 signature per tx. */
export function signSend(s: SendSpec): Uint8Array {
  const msg = MsgSend.encode({ fromAddress: s.from.address, toAddress: s.to, amount: [{ denom: "utrib", amount: s.amount }] }).finish();
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({ messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: msg }], memo: s.memo ?? "" }),
  ).finish();
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(s.from.pubkey)), sequence: s.sequence }],
    s.fee ?? DEFAULT_SEND_FEE,
    Number(s.gasLimit ?? DEFAULT_SEND_GAS),
    undefined,
    undefined,
  );
  const signBytes = makeSignBytes(makeSignDoc(bodyBytes, authInfoBytes, s.chainId, Number(s.accountNumber)));
  const signature = signDigest(sha256(signBytes), s.from.privkey);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

/**
 * `rounds` sends per account, ordered round-robin (every account's sequence k before any
 * sequence k+1), so with bounded concurrency a sequence is broadcast long after its
 * predecessor was admitted. Account i sends 1utrib to account i+1 (wrapping).
 */
export function signRoundRobin(accounts: BenchAccount[], opts: { chainId: string; firstSequence: bigint; rounds: number; accountNumberOf: (a: BenchAccount) => bigint }): Uint8Array[] {
  const txs: Uint8Array[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    for (const [i, from] of accounts.entries()) {
      const to = accounts[(i + 1) % accounts.length]!.address;
      txs.push(signSend({ from, to, amount: "1", accountNumber: opts.accountNumberOf(from), sequence: opts.firstSequence + BigInt(r), chainId: opts.chainId }));
    }
  }
  return txs;
}

/** CometBFT tx hash: uppercase hex sha256 of the raw tx bytes. */
export function txHashHex(tx: Uint8Array): string {
  return Buffer.from(sha256(tx)).toString("hex").toUpperCase();
}
