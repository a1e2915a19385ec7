/**
 * The inference module's queries as a CosmJS QueryClient extension
 * (`QueryClient.withExtensions(comet, setupInferenceExtension)`), at the gRPC method paths
 * /tributary.inference.v1.Query/<Method>. Lists take a page and return the next key, as the
 * datanet queries do (`allPages` walks them).
 */
import type { Coin } from "@cosmjs/stargate";
import { createProtobufRpcClient, type QueryClient } from "@cosmjs/stargate";
import * as pb from "../proto/gen/tributary/inference/v1/index.ts";
import { addressToBytes } from "./address.ts";
import { type Page, type PageRequest, pageIn, pageOut } from "./datanetQueries.ts";
import { bytesIn, u64Out } from "./datanetTypes.ts";
import { TributaryClientError } from "./errors.ts";
import {
  type DataPool, type Inference, type InferenceParams, type Model, type RewardPools, coinIn, coinsIn, dataPoolIn, inferenceIn,
  inferenceParamsIn, modelIn,
} from "./inferenceTypes.ts";
import { decode, encode } from "../proto/codec.ts";

const SERVICE = "tributary.inference.v1.Query";

type Id = bigint | number | string;

export interface ModelsFilter {
  owner?: string;
  datanetId?: Id;
}

export interface InferencesFilter {
  modelId?: Id;
  requester?: string;
}

export interface InferenceQueries {
  params(): Promise<InferenceParams>;
  model(id: Id): Promise<Model>;
  /** All models, or those of one owner, or those trained on one datanet (not both filters). */
  models(filter?: ModelsFilter, page?: PageRequest): Promise<Page<Model>>;
  /** The stored ONNX artifact with this sha256. */
  artifact(hash: Uint8Array): Promise<Uint8Array>;
  inference(id: Id): Promise<Inference>;
  /** By model or by requester (exactly one). */
  inferences(filter: InferencesFilter, page?: PageRequest): Promise<Page<Inference>>;
  dataPool(datanetId: Id, version: Id): Promise<DataPool>;
  /** What the contribution's contributor can claim from datanet pools now. */
  claimableRewards(contributionId: Id): Promise<Coin>;
  rewardPools(): Promise<RewardPools>;
}

export interface InferenceExtension {
  readonly inference: InferenceQueries;
}

function address(a: string): string {
  addressToBytes(a);
  return a;
}

function oneOf(what: string, a: unknown, b: unknown, names: string): void {
  if (a !== undefined && b !== undefined) throw new TributaryClientError("VALUE_INVALID", `${what}: give one of ${names}, not both`);
}

export function setupInferenceExtension(base: QueryClient): InferenceExtension {
  const rpc = createProtobufRpcClient(base);
  const call = (method: string, data: Uint8Array) => rpc.request(SERVICE, method, data);
  const modelsPage = (r: pb.QueryModelsResponse) => pageIn(r.models.map(modelIn), r.pagination);
  const inferencesPage = (r: pb.QueryInferencesResponse) => pageIn(r.inferences.map(inferenceIn), r.pagination);
  return {
    inference: {
      async params() {
        return inferenceParamsIn(decode(pb.QueryParamsResponseSchema, await call("Params", encode(pb.QueryParamsRequestSchema, {}))).params);
      },
      async model(id) {
        const r = decode(pb.QueryModelResponseSchema, await call("Model", encode(pb.QueryModelRequestSchema, { id: u64Out(id) })));
        if (!r.model) throw new TributaryClientError("QUERY_FAILED", `the node returned no model for id ${id}`);
        return modelIn(r.model);
      },
      async models(filter = {}, page) {
        oneOf("models", filter.owner, filter.datanetId, "owner or datanetId");
        const pagination = pageOut(page);
        if (filter.owner !== undefined) {
          const req = encode(pb.QueryModelsByOwnerRequestSchema, { owner: address(filter.owner), pagination });
          return modelsPage(decode(pb.QueryModelsResponseSchema, await call("ModelsByOwner", req)));
        }
        if (filter.datanetId !== undefined) {
          const req = encode(pb.QueryModelsByDatanetRequestSchema, { datanetId: u64Out(filter.datanetId), pagination });
          return modelsPage(decode(pb.QueryModelsResponseSchema, await call("ModelsByDatanet", req)));
        }
        return modelsPage(decode(pb.QueryModelsResponseSchema, await call("Models", encode(pb.QueryModelsRequestSchema, { pagination }))));
      },
      async artifact(hash) {
        if (hash.length !== 32) throw new TributaryClientError("VALUE_INVALID", `artifact hash is ${hash.length} bytes, expected a 32-byte sha256`);
        return bytesIn(decode(pb.QueryArtifactResponseSchema, await call("Artifact", encode(pb.QueryArtifactRequestSchema, { hash }))).artifact);
      },
      async inference(id) {
        const r = decode(pb.QueryInferenceResponseSchema, await call("Inference", encode(pb.QueryInferenceRequestSchema, { id: u64Out(id) })));
        if (!r.inference) throw new TributaryClientError("QUERY_FAILED", `the node returned no inference for id ${id}`);
        return inferenceIn(r.inference);
      },
      async inferences(filter, page) {
        oneOf("inferences", filter.modelId, filter.requester, "modelId or requester");
        const pagination = pageOut(page);
        if (filter.modelId !== undefined) {
          const req = encode(pb.QueryInferencesByModelRequestSchema, { modelId: u64Out(filter.modelId), pagination });
          return inferencesPage(decode(pb.QueryInferencesResponseSchema, await call("InferencesByModel", req)));
        }
        if (filter.requester === undefined) throw new TributaryClientError("VALUE_INVALID", "inferences: give modelId or requester");
        const req = encode(pb.QueryInferencesByRequesterRequestSchema, { requester: address(filter.requester), pagination });
        return inferencesPage(decode(pb.QueryInferencesResponseSchema, await call("InferencesByRequester", req)));
      },
      async dataPool(datanetId, version) {
        const req = encode(pb.QueryDataPoolRequestSchema, { datanetId: u64Out(datanetId), version: u64Out(version) });
        return dataPoolIn(decode(pb.QueryDataPoolResponseSchema, await call("DataPool", req)).pool);
      },
      async claimableRewards(contributionId) {
        const req = encode(pb.QueryClaimableRewardsRequestSchema, { contributionId: u64Out(contributionId) });
        const amount = coinIn(decode(pb.QueryClaimableRewardsResponseSchema, await call("ClaimableRewards", req)).amount);
        return amount ?? { denom: "", amount: "0" };
      },
      async rewardPools() {
        const r = decode(pb.QueryRewardPoolsResponseSchema, await call("RewardPools", encode(pb.QueryRewardPoolsRequestSchema, {})));
        return {
          compute: coinsIn(r.compute), community: coinsIn(r.community), dataPools: coinsIn(r.dataPools),
          computeLastAllocated: coinsIn(r.computeLastAllocated), computeLastHeight: String(r.computeLastHeight ?? "0"), computeTotalAllocated: coinsIn(r.computeTotalAllocated),
        };
      },
    },
  };
}
