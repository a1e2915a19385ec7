/**
 * The inference module's queries as a CosmJS QueryClient extension
 * (`QueryClient.withExtensions(comet, setupInferenceExtension)`), at the gRPC method paths
 * /tributary.inference.v1.Query/<Method>. Lists take a page and return the next key, as the
 * datanet queries do (`allPages` walks them).
 */
import type { Coin } from "@cosmjs/stargate";
import { createProtobufRpcClient, type QueryClient } from "@cosmjs/stargate";
import { tributary } from "../proto/gen/tributary/inference/v1/query.js";
import { addressToBytes } from "./address.ts";
import type { Page, PageRequest } from "./datanetQueries.ts";
import { bytesIn, u64In, u64Out } from "./datanetTypes.ts";
import { TributaryClientError } from "./errors.ts";
import {
  type DataPool, type Inference, type InferenceParams, type Model, type RewardPools, coinIn, coinsIn, dataPoolIn, inferenceIn,
  inferenceParamsIn, modelIn,
} from "./inferenceTypes.ts";

const pb = tributary.inference.v1;
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

function pageOut(p: PageRequest | undefined) {
  if (!p) return undefined;
  return {
    key: p.key,
    offset: p.offset === undefined ? undefined : u64Out(BigInt(p.offset)),
    limit: p.limit === undefined ? undefined : u64Out(BigInt(p.limit)),
    countTotal: p.countTotal,
    reverse: p.reverse,
  };
}

function pageIn<T>(items: T[], p: { nextKey?: Uint8Array | null; total?: { toString(): string } | number | null } | null | undefined): Page<T> {
  const next = p?.nextKey;
  return { items, nextKey: next && next.length > 0 ? next : undefined, total: u64In(p?.total) };
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
  const modelsPage = (r: InstanceType<typeof pb.QueryModelsResponse>) => pageIn(r.models.map(modelIn), r.pagination);
  const inferencesPage = (r: InstanceType<typeof pb.QueryInferencesResponse>) => pageIn(r.inferences.map(inferenceIn), r.pagination);
  return {
    inference: {
      async params() {
        return inferenceParamsIn(pb.QueryParamsResponse.decode(await call("Params", pb.QueryParamsRequest.encode({}).finish())).params);
      },
      async model(id) {
        const r = pb.QueryModelResponse.decode(await call("Model", pb.QueryModelRequest.encode({ id: u64Out(id) }).finish()));
        if (!r.model) throw new TributaryClientError("QUERY_FAILED", `the node returned no model for id ${id}`);
        return modelIn(r.model);
      },
      async models(filter = {}, page) {
        oneOf("models", filter.owner, filter.datanetId, "owner or datanetId");
        const pagination = pageOut(page);
        if (filter.owner !== undefined) {
          const req = pb.QueryModelsByOwnerRequest.encode({ owner: address(filter.owner), pagination }).finish();
          return modelsPage(pb.QueryModelsResponse.decode(await call("ModelsByOwner", req)));
        }
        if (filter.datanetId !== undefined) {
          const req = pb.QueryModelsByDatanetRequest.encode({ datanetId: u64Out(filter.datanetId), pagination }).finish();
          return modelsPage(pb.QueryModelsResponse.decode(await call("ModelsByDatanet", req)));
        }
        return modelsPage(pb.QueryModelsResponse.decode(await call("Models", pb.QueryModelsRequest.encode({ pagination }).finish())));
      },
      async artifact(hash) {
        if (hash.length !== 32) throw new TributaryClientError("VALUE_INVALID", `artifact hash is ${hash.length} bytes, expected a 32-byte sha256`);
        return bytesIn(pb.QueryArtifactResponse.decode(await call("Artifact", pb.QueryArtifactRequest.encode({ hash }).finish())).artifact);
      },
      async inference(id) {
        const r = pb.QueryInferenceResponse.decode(await call("Inference", pb.QueryInferenceRequest.encode({ id: u64Out(id) }).finish()));
        if (!r.inference) throw new TributaryClientError("QUERY_FAILED", `the node returned no inference for id ${id}`);
        return inferenceIn(r.inference);
      },
      async inferences(filter, page) {
        oneOf("inferences", filter.modelId, filter.requester, "modelId or requester");
        const pagination = pageOut(page);
        if (filter.modelId !== undefined) {
          const req = pb.QueryInferencesByModelRequest.encode({ modelId: u64Out(filter.modelId), pagination }).finish();
          return inferencesPage(pb.QueryInferencesResponse.decode(await call("InferencesByModel", req)));
        }
        if (filter.requester === undefined) throw new TributaryClientError("VALUE_INVALID", "inferences: give modelId or requester");
        const req = pb.QueryInferencesByRequesterRequest.encode({ requester: address(filter.requester), pagination }).finish();
        return inferencesPage(pb.QueryInferencesResponse.decode(await call("InferencesByRequester", req)));
      },
      async dataPool(datanetId, version) {
        const req = pb.QueryDataPoolRequest.encode({ datanetId: u64Out(datanetId), version: u64Out(version) }).finish();
        return dataPoolIn(pb.QueryDataPoolResponse.decode(await call("DataPool", req)).pool);
      },
      async claimableRewards(contributionId) {
        const req = pb.QueryClaimableRewardsRequest.encode({ contributionId: u64Out(contributionId) }).finish();
        const amount = coinIn(pb.QueryClaimableRewardsResponse.decode(await call("ClaimableRewards", req)).amount);
        return amount ?? { denom: "", amount: "0" };
      },
      async rewardPools() {
        const r = pb.QueryRewardPoolsResponse.decode(await call("RewardPools", pb.QueryRewardPoolsRequest.encode({}).finish()));
        return {
          compute: coinsIn(r.compute), community: coinsIn(r.community), dataPools: coinsIn(r.dataPools),
          computeLastAllocated: coinsIn(r.computeLastAllocated), computeLastHeight: String(r.computeLastHeight ?? "0"), computeTotalAllocated: coinsIn(r.computeTotalAllocated),
        };
      },
    },
  };
}
