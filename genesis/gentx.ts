/**
 * Gentxs against a genesis document: what `genesis gentx` checks before it signs, what
 * `genesis collect-gentxs` checks before it puts them in, and what `genesis validate` checks of
 * `app_state.genutil.gen_txs`. The checks of one gentx alone live with the module
 * (modules/genutil/validate.ts); here are those that need the rest of the document: the chain
 * id the signature covers, the operator's funds and the bond denom.
 */
import type { MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { toBase64 } from "@cosmjs/encoding";
import { GenesisError } from "../chain/genesisError.ts";
import type { BankGenesis } from "../modules/bank/genesis.ts";
import { type GenTx, genTxFromJson, unsignedGenTx } from "../modules/genutil/txJson.ts";
import { DEFAULT_GENTX_GAS } from "../modules/genutil/types.ts";
import { type GenTxIdentity, checkGenTxShape, checkNoDuplicates, verifyGenTxSignature } from "../modules/genutil/validate.ts";
import type { StakingGenesis } from "../modules/staking/genesis.ts";
import { DEFAULT_STAKING_PARAMS } from "../modules/staking/types.ts";
import type { GenesisDoc } from "./types.ts";

export { DEFAULT_GENTX_GAS } from "../modules/genutil/types.ts";

/** The gentx JSON's field names, as the SDK writes them. */
export type GenTxJson = Record<string, unknown>;

/** The bond denom of the document's staking params (the default when the section has none). */
export function bondDenomOf(doc: GenesisDoc): string {
  return (doc.app_state?.staking as StakingGenesis | undefined)?.params?.bond_denom ?? DEFAULT_STAKING_PARAMS.bondDenom;
}

/** The account's genesis balance of `denom` covers `amount`; the message says what to run otherwise. */
export function checkGenesisFunds(doc: GenesisDoc, address: string, denom: string, amount: bigint): void {
  const bank = doc.app_state?.bank as BankGenesis | undefined;
  const balance = bank?.balances?.find((b) => b.address === address);
  if (!balance) throw new GenesisError("app_state.bank.balances", `account ${address} is not in genesis: the coordinator adds it first (genesis add-account ${address} <coins>)`);
  const held = BigInt(balance.coins.find((c) => c.denom === denom)?.amount ?? "0");
  if (held < amount) throw new GenesisError("app_state.bank.balances", `account ${address} holds ${held}${denom} in genesis but its self-delegation is ${amount}${denom}`);
}

/** Self-bond in the bond denom, funded in genesis. */
function checkSelfBond(doc: GenesisDoc, msg: MsgCreateValidator, operator: string): void {
  const denom = bondDenomOf(doc);
  if (msg.value.denom !== denom) throw new GenesisError("amount", `must be in the bond denom ${denom}, got ${msg.value.denom}`);
  checkGenesisFunds(doc, operator, denom, BigInt(msg.value.amount));
}

export interface GenTxRequest {
  msg: MsgCreateValidator;
  /** The operator's compressed secp256k1 key (its account signs). */
  signerPubkey: Uint8Array;
  /** `<node id>@<ip>:<p2p port>`. */
  memo: string;
  gas?: bigint;
}

/**
 * The unsigned gentx and the bytes its signature covers (SignDoc with account number 0,
 * sequence 0 in the signer info, zero fee). Refuses a self-bond outside the bond denom or
 * beyond the operator's genesis balance, and anything the module would refuse of its shape.
 */
export function prepareGenTx(doc: GenesisDoc, req: GenTxRequest): { json: GenTxJson; tx: GenTx } {
  const { json, tx } = unsignedGenTx({ msg: req.msg, memo: req.memo, signerPubkey: req.signerPubkey, sequence: 0n, gasLimit: req.gas ?? DEFAULT_GENTX_GAS });
  // Its shape as InitChain will see it; the signature is not there yet, so a placeholder counts.
  const id = checkGenTxShape({ ...tx, signatures: [new Uint8Array(64)] }, "gentx");
  checkSelfBond(doc, tx.msg, id.operator);
  return { json, tx };
}

/** The signed gentx JSON; verifies the signature for the document's chain id before returning it. */
export function signedGenTx(doc: GenesisDoc, json: GenTxJson, signature: Uint8Array): GenTxJson {
  const signed = { ...json, signatures: [toBase64(signature)] };
  const tx = genTxFromJson(signed, "gentx");
  checkGenTxShape(tx, "gentx");
  verifyGenTxSignature(tx, doc.chain_id, "gentx");
  return signed;
}

/** One gentx in full against the document: shape, signature for its chain id, funds and denom. */
export function checkGenTxInGenesis(doc: GenesisDoc, json: unknown, field: string): { tx: GenTx; id: GenTxIdentity } {
  const tx = genTxFromJson(json, field);
  const id = checkGenTxShape(tx, field);
  verifyGenTxSignature(tx, doc.chain_id, field);
  try {
    checkSelfBond(doc, tx.msg, id.operator);
  } catch (e) {
    if (e instanceof GenesisError) throw new GenesisError(field, e.reason);
    throw e;
  }
  return { tx, id };
}

/** The memo as a CometBFT peer, `<node id>@<host>:<port>`; anything else is refused. */
export function peerOfMemo(memo: string, field: string): { nodeId: string; address: string } {
  const m = /^([0-9a-f]{40})@([^\s@]+):([0-9]{1,5})$/.exec(memo);
  if (!m || Number(m[3]) < 1 || Number(m[3]) > 65535) {
    throw new GenesisError(`${field}.body.memo`, `must be <node id>@<ip>:<p2p port> (the node's address for persistent_peers), got ${JSON.stringify(memo)}`);
  }
  return { nodeId: m[1]!, address: memo };
}

/** `genesis validate`: every gen_tx in full, no duplicates, and no validators from two places. */
export function validateGenTxsInGenesis(doc: GenesisDoc): void {
  const raw = (doc.app_state?.genutil as { gen_txs?: unknown[] } | undefined)?.gen_txs ?? [];
  if (raw.length === 0) return;
  const fields = raw.map((_, i) => `app_state.genutil.gen_txs[${i}]`);
  const ids = raw.map((json, i) => checkGenTxInGenesis(doc, json, fields[i]!).id);
  checkNoDuplicates(ids, fields);
  checkNoStakingValidators(doc);
}

function checkNoStakingValidators(doc: GenesisDoc): void {
  const staking = doc.app_state?.staking as StakingGenesis | undefined;
  if ((staking?.validators?.length ?? 0) > 0) {
    throw new GenesisError("app_state.staking.validators", `holds ${staking!.validators.length} validator(s) while app_state.genutil.gen_txs makes the set: a genesis takes its validators from one of the two`);
  }
}

export interface CollectedGenTx {
  /** Where it came from, named in every error. */
  source: string;
  json: unknown;
}

export interface CollectResult {
  doc: GenesisDoc;
  /** `<node id>@<ip>:<port>` of every gentx, in gen_txs order. */
  peers: { nodeId: string; address: string }[];
}

/**
 * `collect-gentxs`: checks every gentx against the document (errors start with its source),
 * then writes them into `app_state.genutil.gen_txs` in the order given and empties the
 * document's `validators` (InitChain returns the set the gentxs make; a listed set would have to
 * match it exactly). The document is changed only when every gentx passes.
 */
export function collectGenTxs(doc: GenesisDoc, gentxs: readonly CollectedGenTx[]): CollectResult {
  if (gentxs.length === 0) throw new GenesisError("gentxs", "none found: each operator runs `genesis gentx` and sends the coordinator the file it writes");
  const checked = gentxs.map((g) => {
    try {
      const { tx, id } = checkGenTxInGenesis(doc, g.json, "gentx");
      return { id, peer: peerOfMemo(tx.memo, "gentx") };
    } catch (e) {
      if (e instanceof GenesisError) throw new GenesisError(g.source, `${e.field}: ${e.reason}`);
      throw e;
    }
  });
  checkNoDuplicates(checked.map((c) => c.id), gentxs.map((g) => g.source));
  checkNoStakingValidators(doc);
  const next: GenesisDoc = structuredClone(doc);
  next.app_state.genutil = { gen_txs: gentxs.map((g) => g.json) };
  next.validators = [];
  return { doc: next, peers: checked.map((c) => c.peer) };
}
