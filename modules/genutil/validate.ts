/**
 * Checks of one gentx that need no state: its shape (one MsgCreateValidator, signed by the
 * operator's own account, which is also the delegator) and, given the chain id, its signature.
 * `genesis validate`, `genesis collect-gentxs` and InitChain's decoding all use these, so a
 * gentx is refused for the same reason wherever it is first looked at.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { addressBytes, addressString, valoperBytes } from "../../chain/address.ts";
import { pubkeyToAddress, verifySecp256k1 } from "../../chain/crypto/secp256k1.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { equalBytes } from "../../chain/keys.ts";
import { directSignBytes } from "../../chain/tx/signBytes.ts";
import type { GenTx } from "./txJson.ts";

/** Who a gentx makes a validator of: the operator's account and its consensus key. */
export interface GenTxIdentity {
  operator: string;
  valoper: string;
  consensusKey: Uint8Array;
  moniker: string;
}

/** One signer (the operator's account, which is also the delegator), one signature, sequence 0. */
export function checkGenTxShape(tx: GenTx, field: string): GenTxIdentity {
  const m = tx.msg;
  let op: Uint8Array;
  try {
    op = valoperBytes(m.validatorAddress);
  } catch (e) {
    throw new GenesisError(`${field}.body.messages[0].validator_address`, (e as Error).message);
  }
  const operator = addressString(op);
  if (m.delegatorAddress !== "") {
    let del: Uint8Array;
    try {
      del = addressBytes(m.delegatorAddress);
    } catch (e) {
      throw new GenesisError(`${field}.body.messages[0].delegator_address`, (e as Error).message);
    }
    if (!equalBytes(del, op)) {
      throw new GenesisError(`${field}.body.messages[0].delegator_address`, `${m.delegatorAddress} is not the operator's account ${operator}`);
    }
  }
  if (tx.signerPubkeys.length !== 1 || tx.signatures.length !== 1) {
    throw new GenesisError(`${field}.signatures`, `a gentx has one signer and one signature, got ${tx.signerPubkeys.length} signer(s) and ${tx.signatures.length} signature(s)`);
  }
  let signer: Uint8Array;
  try {
    signer = pubkeyToAddress(tx.signerPubkeys[0]!);
  } catch (e) {
    throw new GenesisError(`${field}.auth_info.signer_infos[0].public_key`, (e as Error).message);
  }
  if (!equalBytes(signer, op)) {
    throw new GenesisError(`${field}.auth_info.signer_infos[0].public_key`, `signer ${addressString(signer)} is not the validator operator ${operator}`);
  }
  if (tx.sequences[0] !== 0n) throw new GenesisError(`${field}.auth_info.signer_infos[0].sequence`, `must be 0 (a gentx is its account's first tx), got ${tx.sequences[0]}`);
  let consensusKey: Uint8Array;
  try {
    consensusKey = Ed25519PubKey.decode(m.pubkey!.value).key;
  } catch (e) {
    throw new GenesisError(`${field}.body.messages[0].pubkey`, (e as Error).message);
  }
  if (consensusKey.length !== 32) throw new GenesisError(`${field}.body.messages[0].pubkey.key`, `ed25519 public key must be 32 bytes, got ${consensusKey.length}`);
  if (m.description.moniker.trim() === "") throw new GenesisError(`${field}.body.messages[0].description.moniker`, "cannot be blank");
  return { operator, valoper: m.validatorAddress, consensusKey, moniker: m.description.moniker };
}

/**
 * The signature over SignDoc{body, auth_info, chain_id, account number 0}: at genesis the SDK
 * signs and verifies with account number 0 whatever number the account gets. A gentx signed for
 * another chain id fails here too: the chain id is inside what was signed.
 */
export function verifyGenTxSignature(tx: GenTx, chainId: string, field: string): void {
  const signBytes = directSignBytes(tx.bodyBytes, tx.authInfoBytes, chainId, 0n);
  if (!verifySecp256k1(tx.signerPubkeys[0]!, sha256(signBytes), tx.signatures[0]!)) {
    throw new GenesisError(`${field}.signatures[0]`, `signature does not verify for chain id ${JSON.stringify(chainId)}: signed for another chain, by another key, or altered after signing`);
  }
}

/** No operator and no consensus key twice among the gentxs. */
export function checkNoDuplicates(ids: readonly GenTxIdentity[], fields: readonly string[]): void {
  const operators = new Map<string, number>();
  const keys = new Map<string, number>();
  ids.forEach((id, i) => {
    const prevOp = operators.get(id.valoper);
    if (prevOp !== undefined) throw new GenesisError(fields[i]!, `duplicate gentx: operator ${id.valoper} already has one (${fields[prevOp]})`);
    operators.set(id.valoper, i);
    const key = bytesToHex(id.consensusKey);
    const prevKey = keys.get(key);
    if (prevKey !== undefined) throw new GenesisError(fields[i]!, `duplicate consensus key: ${fields[prevKey]} (${ids[prevKey]!.moniker}) uses the same one`);
    keys.set(key, i);
  });
}
