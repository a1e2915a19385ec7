import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { sha256 } from "@noble/hashes/sha2.js";
import { addressBytes } from "../../../chain/address.ts";
import type { Context } from "../../../chain/context.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import { equalBytes } from "../../../chain/keys.ts";
import { bytesToMapKey } from "../../../chain/store/bytes.ts";
import { aminoSignBytes } from "../../../chain/tx/aminoJson.ts";
import type { SigVerifyCache } from "../../../chain/tx/sigCache.ts";
import { directSignBytes } from "../../../chain/tx/signBytes.ts";
import type { TxContext } from "../../../chain/tx/txContext.ts";
import { pubkeyToAddress, verifySecp256k1 } from "../../../chain/crypto/secp256k1.ts";
import { emitAccSeq, emitSignature } from "../events.ts";
import type { AuthKeeper } from "../keeper.ts";
import type { Account, AuthParams } from "../types.ts";
import { decodePubKeyAny } from "../types.ts";

/**
 * Loads each signer's account and sets its public key on first use (SDK: SetPubKeyDecorator).
 * An unknown signer is refused: an account exists only once it has received funds.
 */
export function loadSigners(ctx: Context, auth: AuthKeeper, { tx, signers }: TxContext): Account[] {
  return signers.map((signer, i) => {
    const acc = auth.getAccount(ctx.kv, addressBytes(signer));
    if (!acc) throw sdkErrors.unknownAddress.wrap(`account ${signer} not found`);
    const info = signerInfo(tx, i);
    if (!acc.pubKey) {
      const pk = decodePubKeyAny(info.publicKey);
      if (!equalBytes(keyAddress(pk), acc.address)) {
        throw sdkErrors.invalidPubKey.wrap(`public key of signer ${i} does not match address ${signer}`);
      }
      acc.pubKey = pk;
    } else if (info.publicKey && info.publicKey.value.length > 0 && !equalBytes(decodePubKeyAny(info.publicKey), acc.pubKey)) {
      throw sdkErrors.invalidPubKey.wrap(`public key of signer ${i} differs from the one stored for ${signer}`);
    }
    return acc;
  });
}

/**
 * A key's address is a pure function of the key (sha256 + ripemd160, the costliest step of an
 * account's first tx), and CheckTx, every ReCheck and FinalizeBlock each derive it until the
 * block stores the key. Node-local and bounded: a miss only hashes again.
 */
const KEY_ADDRESS_LIMIT = 20_000;
const keyAddresses = new Map<string, Uint8Array>();

/** PERF: a Map lookup keyed by the 33 key bytes; two hashes on a miss. Callers must not change the result. */
function keyAddress(pk: Uint8Array): Uint8Array {
  const k = bytesToMapKey(pk);
  let addr = keyAddresses.get(k);
  if (addr === undefined) {
    addr = pubkeyToAddress(pk);
    if (keyAddresses.size >= KEY_ADDRESS_LIMIT) keyAddresses.clear();
    keyAddresses.set(k, addr);
  }
  return addr;
}

/**
 * Sequence and signature of every signer (SDK: SigGasConsume, SigVerification). The gas is
 * charged even in simulate so estimates include it; verification is skipped when CheckTx
 * already verified the identical tx (see SigVerifyCache).
 * PERF: one secp256k1 verification per signer (≈70 µs native) unless cached.
 */
export function verifySignatures(
  ctx: Context,
  txc: TxContext,
  accounts: Account[],
  params: AuthParams,
  cache: SigVerifyCache,
): void {
  const { tx, simulate } = txc;
  for (const [i, acc] of accounts.entries()) {
    ctx.gasMeter.consume(params.sigVerifyCostSecp256k1, "ante verify: secp256k1");
    const info = signerInfo(tx, i);
    if (info.sequence !== acc.sequence) {
      throw sdkErrors.wrongSequence.wrap(`account sequence mismatch, expected ${acc.sequence}, got ${info.sequence}`);
    }
  }
  if (simulate) return;
  const accountNumbers = accounts.map((a) => signingAccountNumber(ctx, a));
  if (cache.has(tx.hash, accountNumbers)) return;
  for (const [i, acc] of accounts.entries()) {
    const signBytes = signBytesFor(ctx, txc, i, acc);
    const signature = tx.signatures[i];
    if (signature === undefined) throw sdkErrors.unauthorized.wrap(`no signature for signer ${i}`);
    if (!verifySecp256k1(acc.pubKey!, sha256(signBytes), signature)) {
      throw sdkErrors.unauthorized.wrap(
        `signature verification failed; please verify account number (${acc.accountNumber}) and chain-id (${ctx.block.chainId})`,
      );
    }
  }
  cache.add(tx.hash, accountNumbers);
}

/**
 * The account number a signature covers: 0 for a gentx delivered at InitChain (the SDK's
 * SigVerificationDecorator at genesis), since its signer signed before genesis gave the account
 * its number. Only "genesis" mode, which no block ever runs in, differs.
 */
function signingAccountNumber(ctx: Context, acc: Account): bigint {
  return ctx.mode === "genesis" ? 0n : acc.accountNumber;
}

/** Signer i's info; validateTxBasics checked there is one per signer, so a miss is refused, never read as undefined. */
function signerInfo(tx: TxContext["tx"], i: number): TxContext["tx"]["authInfo"]["signerInfos"][number] {
  const info = tx.authInfo.signerInfos[i];
  if (info === undefined) throw sdkErrors.unauthorized.wrap(`invalid number of signer infos: none for signer ${i}`);
  return info;
}

function signBytesFor(ctx: Context, { tx, msgs }: TxContext, i: number, acc: Account): Uint8Array {
  const mode = signerInfo(tx, i).modeInfo?.single?.mode;
  if (mode === SignMode.SIGN_MODE_DIRECT) {
    return directSignBytes(tx.bodyBytes, tx.authInfoBytes, ctx.block.chainId, signingAccountNumber(ctx, acc));
  }
  if (mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON) {
    const aminoMsgs = msgs.map(({ handler, msg, typeUrl }) => {
      if (!handler.amino) throw sdkErrors.notSupported.wrap(`SIGN_MODE_LEGACY_AMINO_JSON is not supported for ${typeUrl}`);
      return { type: handler.amino.name, value: handler.amino.toAmino(msg) };
    });
        return aminoSignBytes({
      chainId: ctx.block.chainId,
      accountNumber: signingAccountNumber(ctx, acc),
      sequence: acc.sequence,
      fee: tx.fee,
      memo: tx.body.memo,
      timeoutHeight: tx.body.timeoutHeight,
      msgs: aminoMsgs,
    });
  }
  throw sdkErrors.notSupported.wrap(`sign mode ${mode ?? "multi"} is not supported; use SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON`);
}

/** Emits `tx.acc_seq` and `tx.signature`, then increments each signer's sequence. */
export function incrementSequences(ctx: Context, auth: AuthKeeper, txc: TxContext, accounts: Account[]): void {
  for (const [i, acc] of accounts.entries()) {
    emitAccSeq(ctx, txc.signers[i]!, acc.sequence);
    acc.sequence += 1n;
    auth.setAccount(ctx, acc);
  }
  for (const sig of txc.tx.signatures) emitSignature(ctx, sig);
}
