/**
 * An App with a datanet version READY for attribution and a model trained on it by the real
 * factory (tiny, seeded), for the inference module's tests and benches.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import * as itx from "../proto/gen/tributary/inference/v1/index.ts";
import * as iq from "../proto/gen/tributary/inference/v1/index.ts";
import { registerTributaryTypes } from "../client/registry.ts";
import { defaultAttributionGenesis } from "../modules/attribution/genesis.ts";
import { DEFAULT_FACTORY_OPTIONS, type FactoryOptions, runFactory } from "../node/factory/factory.ts";
import { registry } from "./appHarness.ts";
import { DatanetHarness, text } from "./datanetHarness.ts";
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import { decodeFilled, encode, type Filled, type Init } from "../proto/codec.ts";
export { iq };
export { itx };

export const INFERENCE_MSGS = ["MsgUploadArtifactChunk", "MsgRegisterModel", "MsgUpdateModel", "MsgRetireModel", "MsgRequestInference", "MsgClaimDataRewards"] as const;
registerTributaryTypes(registry, INFERENCE_MSGS.map((n) => [`/tributary.inference.v1.${n}`, itx[`${n}Schema`]] as const));

export const msg = (name: (typeof INFERENCE_MSGS)[number], value: Record<string, unknown>): EncodeObject => ({ typeUrl: `/tributary.inference.v1.${name}`, value });

export const TINY_MODEL: FactoryOptions = { ...DEFAULT_FACTORY_OPTIONS, vocab: 300, window: 8, embed: 16, hidden: 96, steps: 400, batch: 64, lr: 0.01, threads: 1, evalTargets: 2000 };

export interface InferenceSetup {
  d: DatanetHarness;
  dn: bigint;
  /** Contribution ids, in order of `docs`; even ones by account 1, odd ones by account 2. */
  ids: bigint[];
  docs: string[];
  artifact: Uint8Array;
}

/** A datanet of `docs` synthetic documents, published and READY, and a model trained on them. */
export async function setupInference(opts: { docs?: number; factory?: Partial<FactoryOptions> } = {}): Promise<InferenceSetup> {
  const d = await DatanetHarness.create({
    accounts: 6,
    appState: (s) => (s.attribution = { ...defaultAttributionGenesis(), params: { ...defaultAttributionGenesis().params, attributable_delay_blocks: "1" } }),
  });
  const dn = await d.newDatanet(0);
  const docs = Array.from({ length: opts.docs ?? 12 }, (_, i) => text(100 + i, 60));
  const ids: bigint[] = [];
  for (const [i, body] of docs.entries()) ids.push(...(await d.contributeOk(1 + (i % 2), dn, [{ body }])));
  await d.ok(0, [d.publish(0, dn)]);
  await d.h.deliver([]);
  const model = await runFactory(docs.map((t) => new TextEncoder().encode(t)), { ...TINY_MODEL, ...opts.factory });
  return { d, dn, ids, docs, artifact: model.artifact };
}

export const register = (s: InferenceSetup, owner: number, over: Record<string, unknown> = {}): EncodeObject =>
  msg("MsgRegisterModel", {
    owner: s.d.addr(owner), name: "tiny", description: "a test model", artifact: s.artifact, contextLength: 64,
    trainingManifest: [{ datanetId: s.dn, version: 1n }], pricing: { baseFee: "1000", feePerToken: "100" },
    split: { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 }, maxOutputTokens: 24, ...over,
  });

export const request = (s: InferenceSetup, requester: number, modelId: bigint, prompt: string, over: Record<string, unknown> = {}): EncodeObject =>
  msg("MsgRequestInference", { requester: s.d.addr(requester), modelId, prompt, maxOutputTokens: 24, maxFee: { denom: "utrib", amount: "100000" }, ...over });

/** The first msg response of a delivered tx, decoded. */
export function response<Res extends DescMessage>(r: { data: Uint8Array }, schema: Res, nth = 0): Filled<MessageShape<Res>> {
  return decodeFilled(schema, TxMsgData.decode(r.data).msgResponses[nth]!.value);
}

export async function query<Req extends DescMessage, Res extends DescMessage>(s: InferenceSetup, method: string, reqSchema: Req, req: Record<string, unknown>, resSchema: Res): Promise<Filled<MessageShape<Res>>> {
  const res = await s.d.h.app.query({ path: `/tributary.inference.v1.Query/${method}`, data: encode(reqSchema, req as Init<Req>), height: 0n, prove: false });
  if (res.code !== 0) throw Object.assign(new Error(res.log), { code: res.code, codespace: res.codespace });
  return decodeFilled(resSchema, res.value);
}
