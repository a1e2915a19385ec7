/**
 * Pre-signed bank sends, built the way CosmJS builds them (TxBody, makeAuthInfoBytes,
 * makeSignDoc → SIGN_MODE_DIRECT) but signed with the bench signer so tens of thousands of
 * txs take seconds, not minutes.
 */
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
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
  /** Denom of the amount and of the default fee; default "utrib" (simd: "stake"). */
  denom?: string;
  /** Defaults: 100,000 gas, 250 of `denom` (= 0.0025/gas, Tributary's default minimum price). */
  gasLimit?: bigint;
  fee?: { denom: string; amount: string }[];
  memo?: string;
}

export const DEFAULT_SEND_GAS = 100_000n;
export const DEFAULT_SEND_FEE = [{ denom: "utrib", amount: "250" }];
const DEFAULT_SEND_FEE_AMOUNT = "250";

/** PERF: one protobuf encode and one secp256k1 signature per tx. */
export function signSend(s: SendSpec): Uint8Array {
  const denom = s.denom ?? "utrib";
  const msg = MsgSend.encode({ fromAddress: s.from.address, toAddress: s.to, amount: [{ denom, amount: s.amount }] }).finish();
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({ messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: msg }], memo: s.memo ?? "" }),
  ).finish();
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(s.from.pubkey)), sequence: s.sequence }],
    s.fee ?? [{ denom, amount: DEFAULT_SEND_FEE_AMOUNT }],
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
 * predecessor was admitted. Account i sends 1 `denom` to account i+1 (wrapping).
 * `prefix` re-encodes the bench accounts' addresses for another chain (simd: "cosmos");
 * `accountNumberOf` is still asked with the account as derived.
 */
export function signRoundRobin(
  accounts: BenchAccount[],
  opts: { chainId: string; firstSequence: bigint; rounds: number; accountNumberOf: (a: BenchAccount) => bigint; prefix?: string; denom?: string },
): Uint8Array[] {
  const address = (a: BenchAccount) => (opts.prefix === undefined ? a.address : withPrefix(a.address, opts.prefix));
  const txs: Uint8Array[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    for (const [i, from] of accounts.entries()) {
      const to = address(accounts[(i + 1) % accounts.length]!);
      const signer = { ...from, address: address(from) };
      txs.push(signSend({ from: signer, to, amount: "1", accountNumber: opts.accountNumberOf(from), sequence: opts.firstSequence + BigInt(r), chainId: opts.chainId, denom: opts.denom }));
    }
  }
  return txs;
}

/** The same account under another bech32 prefix (the 20-byte address is chain-independent). */
export function withPrefix(address: string, prefix: string): string {
  return toBech32(prefix, fromBech32(address, 90).data);
}

/** CometBFT tx hash: uppercase hex sha256 of the raw tx bytes. */
export function txHashHex(tx: Uint8Array): string {
  return Buffer.from(sha256(tx)).toString("hex").toUpperCase();
}
