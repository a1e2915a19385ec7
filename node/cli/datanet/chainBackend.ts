/**
 * The contribute engine's Backend over a node's RPC. Simulation and broadcast go straight to
 * the CometBFT RPC (not through SigningStargateClient's helpers) because the engine needs the
 * codespace of a failure, which CosmJS drops: "datanet/10" (a near-duplicate record) must be
 * told apart from "sdk/10" (invalid coins).
 */
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { toHex } from "@cosmjs/encoding";
import { encodePubkey, type EncodeObject, type OfflineDirectSigner } from "@cosmjs/proto-signing";
import type { SigningStargateClient, StdFee } from "@cosmjs/stargate";
import type { Comet38Client } from "@cosmjs/tendermint-rpc";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { AuthInfo, Fee, Tx, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { DATANET_MSG_TYPE_URLS, contributeResults, msgContribute, msgContributeSize, type RecordInput } from "../../../client/datanetMsgs.ts";
import { createTributaryRegistry } from "../../../client/registry.ts";
import { UserError } from "../errors.ts";
import { isTooLarge, takeRefusedRequestBytes } from "../tooLarge.ts";
import { type Backend, type DeliverResult, RequestTooLarge, type SimResult } from "./contribute.ts";

export const SIMULATE_PATH = "/cosmos.tx.v1beta1.Service/Simulate";
const CONTRIBUTE_RESPONSE = `${DATANET_MSG_TYPE_URLS.contribute}Response`;

export interface ChainBackendOptions {
  comet: Comet38Client;
  stargate: SigningStargateClient;
  signer: OfflineDirectSigner;
  from: string;
  datanetId: bigint;
  memo: string;
  fee: (gasLimit: number) => StdFee;
  /** How long to wait for a broadcast tx to be in a block. */
  timeoutMs?: number;
  pollMs?: number;
}

export function chainBackend(o: ChainBackendOptions): Backend {
  const registry = createTributaryRegistry();
  const msg = (records: RecordInput[]): EncodeObject => msgContribute(o.from, o.datanetId, records);
  // The signer's public key and sequence for simulations; the sequence changes only when a tx
  // of ours is included, so it is read again after each delivery.
  let simSigner: { pubkey: ReturnType<typeof encodePubkey>; sequence: number } | undefined;
  const signerForSim = async () => {
    if (!simSigner) {
      const [account] = await o.signer.getAccounts();
      if (!account) throw new UserError("the signing key holds no account");
      const { sequence } = await o.stargate.getSequence(o.from);
      simSigner = { pubkey: encodePubkey(encodeSecp256k1Pubkey(account.pubkey)), sequence };
    }
    return simSigner;
  };
  return {
    size: (records) => msgContributeSize(o.from, o.datanetId, records),

    async simulate(records): Promise<SimResult> {
      const { pubkey, sequence } = await signerForSim();
      const data = simulateRequestData(registry.encodeAsAny(msg(records)), pubkey, sequence, o.memo);
      const res = await o.comet.abciQuery({ path: SIMULATE_PATH, data }).catch(tooLarge);
      const outcome = { codespace: res.codespace ?? "", code: res.code ?? 0, log: res.log ?? "" };
      if (outcome.code !== 0) return { ...outcome, gasUsed: 0 };
      return { ...outcome, gasUsed: Number(SimulateResponse.decode(res.value).gasInfo?.gasUsed ?? 0n) };
    },

    async deliver(records, gasLimit): Promise<DeliverResult> {
      simSigner = undefined;
      const signed = await o.stargate.sign(o.from, [msg(records)], o.fee(gasLimit), o.memo);
      const check = await o.comet.broadcastTxSync({ tx: TxRaw.encode(signed).finish() }).catch(tooLarge);
      if (check.code !== 0) {
        throw new UserError(`the node refused the transaction (${check.codespace ?? ""}/${check.code}): ${check.log ?? ""}`);
      }
      const included = await waitForTx(o.comet, check.hash, o.timeoutMs ?? 60_000, o.pollMs ?? 100);
      const r = included.result;
      const base = { codespace: r.codespace ?? "", code: r.code, log: r.log ?? "", txhash: toHex(check.hash).toUpperCase(), height: included.height };
      if (r.code !== 0) return { ...base, results: [] };
      const response = TxMsgData.decode(r.data ?? new Uint8Array()).msgResponses.find((m) => m.typeUrl === CONTRIBUTE_RESPONSE);
      return { ...base, results: response ? contributeResults(response.value) : [] };
    },
  };
}

/** The node refused the request as too large: the engine sends fewer records instead. */
function tooLarge(e: unknown): never {
  if (isTooLarge(e)) throw new RequestTooLarge(takeRefusedRequestBytes(), { cause: e });
  throw e;
}

/** The SimulateRequest `abci_query` carries: the unsigned tx with the signer's key and sequence. */
export function simulateRequestData(message: Any, pubkey: Any, sequence: number, memo: string): Uint8Array {
  const tx = Tx.fromPartial({
    authInfo: AuthInfo.fromPartial({
      fee: Fee.fromPartial({}),
      signerInfos: [{ publicKey: pubkey, sequence: BigInt(sequence), modeInfo: { single: { mode: SignMode.SIGN_MODE_UNSPECIFIED } } }],
    }),
    body: TxBody.fromPartial({ messages: [message], memo }),
    signatures: [new Uint8Array()],
  });
  return SimulateRequest.encode(SimulateRequest.fromPartial({ txBytes: Tx.encode(tx).finish() })).finish();
}

async function waitForTx(comet: Comet38Client, hash: Uint8Array, timeoutMs: number, pollMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await comet.tx({ hash });
    } catch (e) {
      if (!/not found/i.test((e as Error).message)) throw e;
    }
    if (Date.now() > deadline) {
      throw new UserError(`transaction ${toHex(hash).toUpperCase()} was accepted but not in a block after ${timeoutMs / 1000} s; look it up with \`query tx\``);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * The block's max gas from the node's `consensus_params` (CosmJS has no call for it); undefined
 * when there is no cap (-1) or the node does not say.
 */
export async function blockMaxGas(url: string): Promise<number | undefined> {
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "consensus_params", params: {} }) });
    const body = (await res.json()) as { result?: { consensus_params?: { block?: { max_gas?: string } } } };
    const max = Number(body.result?.consensus_params?.block?.max_gas ?? "-1");
    return Number.isSafeInteger(max) && max > 0 ? max : undefined;
  } catch {
    return undefined;
  }
}
