/**
 * Encoded messages (type URL + protobuf bytes) for the inference benchmarks and the replay test:
 * a datanet to attribute against, model registration and retirement, paid inference requests,
 * and the decoding of a request's response from a tx result.
 */
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { tributary as dpb } from "../../proto/gen/tributary/datanet/v1/tx.js";
import { tributary as ipb } from "../../proto/gen/tributary/inference/v1/tx.js";

const dn = dpb.datanet.v1;
const inf = ipb.inference.v1;
export type EncodedMsg = { typeUrl: string; value: Uint8Array };

const enc = new TextEncoder();
const DATANET = "/tributary.datanet.v1.";
const INFERENCE = "/tributary.inference.v1.";

export function createDatanetMsg(owner: string): EncodedMsg {
  const value = dn.MsgCreateDatanet.encode({
    owner,
    metadata: { name: "inference bench corpus", tags: ["mail"], description: "bench", licence: "Apache-2.0" },
    policy: { curation: dn.CurationPolicy.CURATION_POLICY_OPEN, limits: {} },
    curators: [],
  }).finish();
  return { typeUrl: `${DATANET}MsgCreateDatanet`, value };
}

export function contributeMsg(contributor: string, datanetId: bigint, bodies: string[]): EncodedMsg {
  const value = dn.MsgContribute.encode({ contributor, datanetId: datanetId.toString() as never, records: bodies.map((b) => ({ body: enc.encode(b) })) }).finish();
  return { typeUrl: `${DATANET}MsgContribute`, value };
}

export function publishMsg(owner: string, datanetId: bigint): EncodedMsg {
  return { typeUrl: `${DATANET}MsgPublishVersion`, value: dn.MsgPublishVersion.encode({ owner, datanetId: datanetId.toString() as never }).finish() };
}

export interface RegisterOptions {
  owner: string;
  name: string;
  artifact: Uint8Array;
  manifest: { datanetId: bigint; version: bigint }[];
  contextLength?: number;
  maxOutputTokens?: number;
  baseFee?: bigint;
  feePerToken?: bigint;
}

export function registerModelMsg(o: RegisterOptions): EncodedMsg {
  const value = inf.MsgRegisterModel.encode({
    owner: o.owner, name: o.name, description: "bench model", artifact: o.artifact, contextLength: o.contextLength ?? 256,
    trainingManifest: o.manifest.map((e) => ({ datanetId: e.datanetId.toString() as never, version: e.version.toString() as never })),
    pricing: { baseFee: (o.baseFee ?? 1000n).toString(), feePerToken: (o.feePerToken ?? 100n).toString() },
    split: { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 }, maxOutputTokens: o.maxOutputTokens ?? 128,
  }).finish();
  return { typeUrl: `${INFERENCE}MsgRegisterModel`, value };
}

export function retireModelMsg(owner: string, modelId: bigint): EncodedMsg {
  return { typeUrl: `${INFERENCE}MsgRetireModel`, value: inf.MsgRetireModel.encode({ owner, modelId: modelId.toString() as never }).finish() };
}

export interface RequestOptions {
  requester: string;
  modelId: bigint;
  prompt: string;
  maxOutputTokens: number;
  maxFee?: bigint;
  /** Greedy when absent. */
  topK?: { k: number; seed: bigint };
}

export function requestMsg(o: RequestOptions): EncodedMsg {
  const sampling = o.topK ? { mode: inf.SamplingMode.SAMPLING_MODE_TOP_K, topK: o.topK.k, seed: o.topK.seed.toString() as never } : { mode: inf.SamplingMode.SAMPLING_MODE_GREEDY, topK: 0 };
  const value = inf.MsgRequestInference.encode({
    requester: o.requester, modelId: o.modelId.toString() as never, prompt: o.prompt, maxOutputTokens: o.maxOutputTokens,
    maxFee: { denom: "utrib", amount: (o.maxFee ?? 1_000_000n).toString() }, sampling,
  }).finish();
  return { typeUrl: `${INFERENCE}MsgRequestInference`, value };
}

/** The first msg response of a successful tx, decoded with `codec`. */
export function msgResponse<T>(r: Pick<ExecTxResult, "code" | "log" | "data">, codec: { decode(b: Uint8Array): T }): T {
  if (r.code !== 0) throw new Error(`tx failed (${r.code}): ${r.log}`);
  const [first] = TxMsgData.decode(r.data).msgResponses;
  if (!first) throw new Error("the tx result holds no message response");
  return codec.decode(first.value);
}

export const inferenceTypes = inf;
