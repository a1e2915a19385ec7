/**
 * Encoded messages (type URL + protobuf bytes) for the inference benchmarks and the replay test:
 * a datanet to attribute against, model registration and retirement, paid inference requests,
 * and the decoding of a request's response from a tx result.
 */
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import * as dn from "../../proto/gen/tributary/datanet/v1/index.ts";
import * as inf from "../../proto/gen/tributary/inference/v1/index.ts";
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import { decodeFilled, encode, type Filled } from "../../proto/codec.ts";

export type EncodedMsg = { typeUrl: string; value: Uint8Array };

const enc = new TextEncoder();
const DATANET = "/tributary.datanet.v1.";
const INFERENCE = "/tributary.inference.v1.";

export function createDatanetMsg(owner: string): EncodedMsg {
  const value = encode(dn.MsgCreateDatanetSchema, {
    owner,
    metadata: { name: "inference bench corpus", tags: ["mail"], description: "bench", licence: "Apache-2.0" },
    policy: { curation: dn.CurationPolicy.OPEN, limits: {} },
    curators: [],
  });
  return { typeUrl: `${DATANET}MsgCreateDatanet`, value };
}

export function contributeMsg(contributor: string, datanetId: bigint, bodies: string[]): EncodedMsg {
  const value = encode(dn.MsgContributeSchema, { contributor, datanetId: datanetId, records: bodies.map((b) => ({ body: enc.encode(b) })) });
  return { typeUrl: `${DATANET}MsgContribute`, value };
}

export function publishMsg(owner: string, datanetId: bigint): EncodedMsg {
  return { typeUrl: `${DATANET}MsgPublishVersion`, value: encode(dn.MsgPublishVersionSchema, { owner, datanetId: datanetId }) };
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
  const value = encode(inf.MsgRegisterModelSchema, {
    owner: o.owner, name: o.name, description: "bench model", artifact: o.artifact, contextLength: o.contextLength ?? 256,
    trainingManifest: o.manifest.map((e) => ({ datanetId: e.datanetId, version: e.version })),
    pricing: { baseFee: (o.baseFee ?? 1000n).toString(), feePerToken: (o.feePerToken ?? 100n).toString() },
    split: { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 }, maxOutputTokens: o.maxOutputTokens ?? 128,
  });
  return { typeUrl: `${INFERENCE}MsgRegisterModel`, value };
}

export function retireModelMsg(owner: string, modelId: bigint): EncodedMsg {
  return { typeUrl: `${INFERENCE}MsgRetireModel`, value: encode(inf.MsgRetireModelSchema, { owner, modelId: modelId }) };
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
  const sampling = o.topK ? { mode: inf.SamplingMode.TOP_K, topK: o.topK.k, seed: o.topK.seed } : { mode: inf.SamplingMode.GREEDY, topK: 0 };
  const value = encode(inf.MsgRequestInferenceSchema, {
    requester: o.requester, modelId: o.modelId, prompt: o.prompt, maxOutputTokens: o.maxOutputTokens,
    maxFee: { denom: "utrib", amount: (o.maxFee ?? 1_000_000n).toString() }, sampling,
  });
  return { typeUrl: `${INFERENCE}MsgRequestInference`, value };
}

/** The first msg response of a successful tx, decoded with `schema`. */
export function msgResponse<Res extends DescMessage>(r: Pick<ExecTxResult, "code" | "log" | "data">, schema: Res): Filled<MessageShape<Res>> {
  if (r.code !== 0) throw new Error(`tx failed (${r.code}): ${r.log}`);
  const [first] = TxMsgData.decode(r.data).msgResponses;
  if (!first) throw new Error("the tx result holds no message response");
  return decodeFilled(schema, first.value);
}

export const inferenceTypes = inf;
