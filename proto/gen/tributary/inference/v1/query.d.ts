import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace inference {

        namespace v1 {

            class Query extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                public params(request: tributary.inference.v1.IQueryParamsRequest, callback: tributary.inference.v1.Query.ParamsCallback): void;
                public params(request: tributary.inference.v1.IQueryParamsRequest): Promise<tributary.inference.v1.QueryParamsResponse>;
                public model(request: tributary.inference.v1.IQueryModelRequest, callback: tributary.inference.v1.Query.ModelCallback): void;
                public model(request: tributary.inference.v1.IQueryModelRequest): Promise<tributary.inference.v1.QueryModelResponse>;
                public models(request: tributary.inference.v1.IQueryModelsRequest, callback: tributary.inference.v1.Query.ModelsCallback): void;
                public models(request: tributary.inference.v1.IQueryModelsRequest): Promise<tributary.inference.v1.QueryModelsResponse>;
                public modelsByOwner(request: tributary.inference.v1.IQueryModelsByOwnerRequest, callback: tributary.inference.v1.Query.ModelsByOwnerCallback): void;
                public modelsByOwner(request: tributary.inference.v1.IQueryModelsByOwnerRequest): Promise<tributary.inference.v1.QueryModelsResponse>;
                public modelsByDatanet(request: tributary.inference.v1.IQueryModelsByDatanetRequest, callback: tributary.inference.v1.Query.ModelsByDatanetCallback): void;
                public modelsByDatanet(request: tributary.inference.v1.IQueryModelsByDatanetRequest): Promise<tributary.inference.v1.QueryModelsResponse>;
                public artifact(request: tributary.inference.v1.IQueryArtifactRequest, callback: tributary.inference.v1.Query.ArtifactCallback): void;
                public artifact(request: tributary.inference.v1.IQueryArtifactRequest): Promise<tributary.inference.v1.QueryArtifactResponse>;
                public inference(request: tributary.inference.v1.IQueryInferenceRequest, callback: tributary.inference.v1.Query.InferenceCallback): void;
                public inference(request: tributary.inference.v1.IQueryInferenceRequest): Promise<tributary.inference.v1.QueryInferenceResponse>;
                public inferencesByModel(request: tributary.inference.v1.IQueryInferencesByModelRequest, callback: tributary.inference.v1.Query.InferencesByModelCallback): void;
                public inferencesByModel(request: tributary.inference.v1.IQueryInferencesByModelRequest): Promise<tributary.inference.v1.QueryInferencesResponse>;
                public inferencesByRequester(request: tributary.inference.v1.IQueryInferencesByRequesterRequest, callback: tributary.inference.v1.Query.InferencesByRequesterCallback): void;
                public inferencesByRequester(request: tributary.inference.v1.IQueryInferencesByRequesterRequest): Promise<tributary.inference.v1.QueryInferencesResponse>;
                public dataPool(request: tributary.inference.v1.IQueryDataPoolRequest, callback: tributary.inference.v1.Query.DataPoolCallback): void;
                public dataPool(request: tributary.inference.v1.IQueryDataPoolRequest): Promise<tributary.inference.v1.QueryDataPoolResponse>;
                public claimableRewards(request: tributary.inference.v1.IQueryClaimableRewardsRequest, callback: tributary.inference.v1.Query.ClaimableRewardsCallback): void;
                public claimableRewards(request: tributary.inference.v1.IQueryClaimableRewardsRequest): Promise<tributary.inference.v1.QueryClaimableRewardsResponse>;
                public rewardPools(request: tributary.inference.v1.IQueryRewardPoolsRequest, callback: tributary.inference.v1.Query.RewardPoolsCallback): void;
                public rewardPools(request: tributary.inference.v1.IQueryRewardPoolsRequest): Promise<tributary.inference.v1.QueryRewardPoolsResponse>;
            }

            namespace Query {

                type ParamsCallback = (error: (Error|null), response?: tributary.inference.v1.QueryParamsResponse) => void;

                type ModelCallback = (error: (Error|null), response?: tributary.inference.v1.QueryModelResponse) => void;

                type ModelsCallback = (error: (Error|null), response?: tributary.inference.v1.QueryModelsResponse) => void;

                type ModelsByOwnerCallback = (error: (Error|null), response?: tributary.inference.v1.QueryModelsResponse) => void;

                type ModelsByDatanetCallback = (error: (Error|null), response?: tributary.inference.v1.QueryModelsResponse) => void;

                type ArtifactCallback = (error: (Error|null), response?: tributary.inference.v1.QueryArtifactResponse) => void;

                type InferenceCallback = (error: (Error|null), response?: tributary.inference.v1.QueryInferenceResponse) => void;

                type InferencesByModelCallback = (error: (Error|null), response?: tributary.inference.v1.QueryInferencesResponse) => void;

                type InferencesByRequesterCallback = (error: (Error|null), response?: tributary.inference.v1.QueryInferencesResponse) => void;

                type DataPoolCallback = (error: (Error|null), response?: tributary.inference.v1.QueryDataPoolResponse) => void;

                type ClaimableRewardsCallback = (error: (Error|null), response?: tributary.inference.v1.QueryClaimableRewardsResponse) => void;

                type RewardPoolsCallback = (error: (Error|null), response?: tributary.inference.v1.QueryRewardPoolsResponse) => void;
            }

            interface IQueryParamsRequest {
            }

            class QueryParamsRequest implements IQueryParamsRequest {
                constructor(properties?: tributary.inference.v1.IQueryParamsRequest);
                public static encode(message: tributary.inference.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryParamsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryParamsResponse {
                params?: (tributary.inference.v1.IParams|null);
            }

            class QueryParamsResponse implements IQueryParamsResponse {
                constructor(properties?: tributary.inference.v1.IQueryParamsResponse);
                public params?: (tributary.inference.v1.IParams|null);
                public static encode(message: tributary.inference.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryParamsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryModelRequest {
                id?: (number|Long|null);
            }

            class QueryModelRequest implements IQueryModelRequest {
                constructor(properties?: tributary.inference.v1.IQueryModelRequest);
                public id: (number|Long);
                public static encode(message: tributary.inference.v1.IQueryModelRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryModelRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryModelResponse {
                model?: (tributary.inference.v1.IModel|null);
            }

            class QueryModelResponse implements IQueryModelResponse {
                constructor(properties?: tributary.inference.v1.IQueryModelResponse);
                public model?: (tributary.inference.v1.IModel|null);
                public static encode(message: tributary.inference.v1.IQueryModelResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryModelResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryModelsRequest {
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryModelsRequest implements IQueryModelsRequest {
                constructor(properties?: tributary.inference.v1.IQueryModelsRequest);
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.inference.v1.IQueryModelsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryModelsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryModelsByOwnerRequest {
                owner?: (string|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryModelsByOwnerRequest implements IQueryModelsByOwnerRequest {
                constructor(properties?: tributary.inference.v1.IQueryModelsByOwnerRequest);
                public owner: string;
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.inference.v1.IQueryModelsByOwnerRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryModelsByOwnerRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryModelsByDatanetRequest {
                datanetId?: (number|Long|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryModelsByDatanetRequest implements IQueryModelsByDatanetRequest {
                constructor(properties?: tributary.inference.v1.IQueryModelsByDatanetRequest);
                public datanetId: (number|Long);
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.inference.v1.IQueryModelsByDatanetRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryModelsByDatanetRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryModelsResponse {
                models?: (tributary.inference.v1.IModel[]|null);
                pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
            }

            class QueryModelsResponse implements IQueryModelsResponse {
                constructor(properties?: tributary.inference.v1.IQueryModelsResponse);
                public models: tributary.inference.v1.IModel[];
                public pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
                public static encode(message: tributary.inference.v1.IQueryModelsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryModelsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryArtifactRequest {
                hash?: (Uint8Array|null);
            }

            class QueryArtifactRequest implements IQueryArtifactRequest {
                constructor(properties?: tributary.inference.v1.IQueryArtifactRequest);
                public hash: Uint8Array;
                public static encode(message: tributary.inference.v1.IQueryArtifactRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryArtifactRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryArtifactResponse {
                artifact?: (Uint8Array|null);
            }

            class QueryArtifactResponse implements IQueryArtifactResponse {
                constructor(properties?: tributary.inference.v1.IQueryArtifactResponse);
                public artifact: Uint8Array;
                public static encode(message: tributary.inference.v1.IQueryArtifactResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryArtifactResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryInferenceRequest {
                id?: (number|Long|null);
            }

            class QueryInferenceRequest implements IQueryInferenceRequest {
                constructor(properties?: tributary.inference.v1.IQueryInferenceRequest);
                public id: (number|Long);
                public static encode(message: tributary.inference.v1.IQueryInferenceRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryInferenceRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryInferenceResponse {
                inference?: (tributary.inference.v1.IInference|null);
            }

            class QueryInferenceResponse implements IQueryInferenceResponse {
                constructor(properties?: tributary.inference.v1.IQueryInferenceResponse);
                public inference?: (tributary.inference.v1.IInference|null);
                public static encode(message: tributary.inference.v1.IQueryInferenceResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryInferenceResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryInferencesByModelRequest {
                modelId?: (number|Long|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryInferencesByModelRequest implements IQueryInferencesByModelRequest {
                constructor(properties?: tributary.inference.v1.IQueryInferencesByModelRequest);
                public modelId: (number|Long);
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.inference.v1.IQueryInferencesByModelRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryInferencesByModelRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryInferencesByRequesterRequest {
                requester?: (string|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryInferencesByRequesterRequest implements IQueryInferencesByRequesterRequest {
                constructor(properties?: tributary.inference.v1.IQueryInferencesByRequesterRequest);
                public requester: string;
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.inference.v1.IQueryInferencesByRequesterRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryInferencesByRequesterRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryInferencesResponse {
                inferences?: (tributary.inference.v1.IInference[]|null);
                pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
            }

            class QueryInferencesResponse implements IQueryInferencesResponse {
                constructor(properties?: tributary.inference.v1.IQueryInferencesResponse);
                public inferences: tributary.inference.v1.IInference[];
                public pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
                public static encode(message: tributary.inference.v1.IQueryInferencesResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryInferencesResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryDataPoolRequest {
                datanetId?: (number|Long|null);
                version?: (number|Long|null);
            }

            class QueryDataPoolRequest implements IQueryDataPoolRequest {
                constructor(properties?: tributary.inference.v1.IQueryDataPoolRequest);
                public datanetId: (number|Long);
                public version: (number|Long);
                public static encode(message: tributary.inference.v1.IQueryDataPoolRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryDataPoolRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryDataPoolResponse {
                pool?: (tributary.inference.v1.IDataPool|null);
            }

            class QueryDataPoolResponse implements IQueryDataPoolResponse {
                constructor(properties?: tributary.inference.v1.IQueryDataPoolResponse);
                public pool?: (tributary.inference.v1.IDataPool|null);
                public static encode(message: tributary.inference.v1.IQueryDataPoolResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryDataPoolResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryClaimableRewardsRequest {
                contributionId?: (number|Long|null);
            }

            class QueryClaimableRewardsRequest implements IQueryClaimableRewardsRequest {
                constructor(properties?: tributary.inference.v1.IQueryClaimableRewardsRequest);
                public contributionId: (number|Long);
                public static encode(message: tributary.inference.v1.IQueryClaimableRewardsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryClaimableRewardsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryClaimableRewardsResponse {
                amount?: (cosmos.base.v1beta1.ICoin|null);
            }

            class QueryClaimableRewardsResponse implements IQueryClaimableRewardsResponse {
                constructor(properties?: tributary.inference.v1.IQueryClaimableRewardsResponse);
                public amount?: (cosmos.base.v1beta1.ICoin|null);
                public static encode(message: tributary.inference.v1.IQueryClaimableRewardsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryClaimableRewardsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryRewardPoolsRequest {
            }

            class QueryRewardPoolsRequest implements IQueryRewardPoolsRequest {
                constructor(properties?: tributary.inference.v1.IQueryRewardPoolsRequest);
                public static encode(message: tributary.inference.v1.IQueryRewardPoolsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryRewardPoolsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryRewardPoolsResponse {
                compute?: (cosmos.base.v1beta1.ICoin[]|null);
                community?: (cosmos.base.v1beta1.ICoin[]|null);
                dataPools?: (cosmos.base.v1beta1.ICoin[]|null);
                computeLastAllocated?: (cosmos.base.v1beta1.ICoin[]|null);
                computeLastHeight?: (number|Long|null);
                computeTotalAllocated?: (cosmos.base.v1beta1.ICoin[]|null);
            }

            class QueryRewardPoolsResponse implements IQueryRewardPoolsResponse {
                constructor(properties?: tributary.inference.v1.IQueryRewardPoolsResponse);
                public compute: cosmos.base.v1beta1.ICoin[];
                public community: cosmos.base.v1beta1.ICoin[];
                public dataPools: cosmos.base.v1beta1.ICoin[];
                public computeLastAllocated: cosmos.base.v1beta1.ICoin[];
                public computeLastHeight: (number|Long);
                public computeTotalAllocated: cosmos.base.v1beta1.ICoin[];
                public static encode(message: tributary.inference.v1.IQueryRewardPoolsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.QueryRewardPoolsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IParams {
                maxArtifactBytes?: (number|Long|null);
                minDataShareBps?: (number|null);
                macsPerGas?: (number|Long|null);
                gasPerToken?: (number|Long|null);
                gasPerArtifactByte?: (number|Long|null);
                maxOutputTokensCap?: (number|null);
                feeDenom?: (string|null);
            }

            class Params implements IParams {
                constructor(properties?: tributary.inference.v1.IParams);
                public maxArtifactBytes: (number|Long);
                public minDataShareBps: number;
                public macsPerGas: (number|Long);
                public gasPerToken: (number|Long);
                public gasPerArtifactByte: (number|Long);
                public maxOutputTokensCap: number;
                public feeDenom: string;
                public static encode(message: tributary.inference.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.Params;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPricing {
                baseFee?: (string|null);
                feePerToken?: (string|null);
            }

            class Pricing implements IPricing {
                constructor(properties?: tributary.inference.v1.IPricing);
                public baseFee: string;
                public feePerToken: string;
                public static encode(message: tributary.inference.v1.IPricing, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.Pricing;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRevenueSplit {
                ownerBps?: (number|null);
                dataBps?: (number|null);
                computeBps?: (number|null);
                protocolBps?: (number|null);
            }

            class RevenueSplit implements IRevenueSplit {
                constructor(properties?: tributary.inference.v1.IRevenueSplit);
                public ownerBps: number;
                public dataBps: number;
                public computeBps: number;
                public protocolBps: number;
                public static encode(message: tributary.inference.v1.IRevenueSplit, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.RevenueSplit;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum ModelStatus {
                MODEL_STATUS_UNSPECIFIED = 0,
                MODEL_STATUS_ACTIVE = 1,
                MODEL_STATUS_RETIRED = 2
            }

            interface IModel {
                id?: (number|Long|null);
                owner?: (string|null);
                name?: (string|null);
                description?: (string|null);
                artifactHash?: (Uint8Array|null);
                artifactSize?: (number|Long|null);
                tokenizer?: (string|null);
                contextLength?: (number|null);
                trainingManifest?: (tributary.attribution.v1.IManifestEntry[]|null);
                pricing?: (tributary.inference.v1.IPricing|null);
                split?: (tributary.inference.v1.IRevenueSplit|null);
                maxOutputTokens?: (number|null);
                status?: (tributary.inference.v1.ModelStatus|null);
                createdHeight?: (number|Long|null);
                format?: (string|null);
                vocabSize?: (number|null);
                window?: (number|null);
                macsPerToken?: (number|Long|null);
                logitScale?: (number|Long|null);
            }

            class Model implements IModel {
                constructor(properties?: tributary.inference.v1.IModel);
                public id: (number|Long);
                public owner: string;
                public name: string;
                public description: string;
                public artifactHash: Uint8Array;
                public artifactSize: (number|Long);
                public tokenizer: string;
                public contextLength: number;
                public trainingManifest: tributary.attribution.v1.IManifestEntry[];
                public pricing?: (tributary.inference.v1.IPricing|null);
                public split?: (tributary.inference.v1.IRevenueSplit|null);
                public maxOutputTokens: number;
                public status: tributary.inference.v1.ModelStatus;
                public createdHeight: (number|Long);
                public format: string;
                public vocabSize: number;
                public window: number;
                public macsPerToken: (number|Long);
                public logitScale: (number|Long);
                public static encode(message: tributary.inference.v1.IModel, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.Model;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum SamplingMode {
                SAMPLING_MODE_GREEDY = 0,
                SAMPLING_MODE_TOP_K = 1
            }

            interface ISampling {
                mode?: (tributary.inference.v1.SamplingMode|null);
                topK?: (number|null);
                seed?: (number|Long|null);
            }

            class Sampling implements ISampling {
                constructor(properties?: tributary.inference.v1.ISampling);
                public mode: tributary.inference.v1.SamplingMode;
                public topK: number;
                public seed: (number|Long);
                public static encode(message: tributary.inference.v1.ISampling, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.Sampling;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPayout {
                role?: (string|null);
                recipient?: (string|null);
                amount?: (string|null);
                datanetId?: (number|Long|null);
                version?: (number|Long|null);
            }

            class Payout implements IPayout {
                constructor(properties?: tributary.inference.v1.IPayout);
                public role: string;
                public recipient: string;
                public amount: string;
                public datanetId: (number|Long);
                public version: (number|Long);
                public static encode(message: tributary.inference.v1.IPayout, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.Payout;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInference {
                id?: (number|Long|null);
                modelId?: (number|Long|null);
                requester?: (string|null);
                prompt?: (string|null);
                output?: (string|null);
                outputTokenIds?: (number[]|null);
                promptTokens?: (number|null);
                tokensGenerated?: (number|null);
                stopReason?: (string|null);
                sampling?: (tributary.inference.v1.ISampling|null);
                maxFee?: (cosmos.base.v1beta1.ICoin|null);
                fee?: (cosmos.base.v1beta1.ICoin|null);
                payouts?: (tributary.inference.v1.IPayout[]|null);
                attributionRecordId?: (number|Long|null);
                height?: (number|Long|null);
            }

            class Inference implements IInference {
                constructor(properties?: tributary.inference.v1.IInference);
                public id: (number|Long);
                public modelId: (number|Long);
                public requester: string;
                public prompt: string;
                public output: string;
                public outputTokenIds: number[];
                public promptTokens: number;
                public tokensGenerated: number;
                public stopReason: string;
                public sampling?: (tributary.inference.v1.ISampling|null);
                public maxFee?: (cosmos.base.v1beta1.ICoin|null);
                public fee?: (cosmos.base.v1beta1.ICoin|null);
                public payouts: tributary.inference.v1.IPayout[];
                public attributionRecordId: (number|Long);
                public height: (number|Long);
                public static encode(message: tributary.inference.v1.IInference, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.Inference;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDataPool {
                datanetId?: (number|Long|null);
                version?: (number|Long|null);
                tokens?: (number|Long|null);
                accPerToken?: (string|null);
                carry?: (string|null);
                totalPaidIn?: (string|null);
            }

            class DataPool implements IDataPool {
                constructor(properties?: tributary.inference.v1.IDataPool);
                public datanetId: (number|Long);
                public version: (number|Long);
                public tokens: (number|Long);
                public accPerToken: string;
                public carry: string;
                public totalPaidIn: string;
                public static encode(message: tributary.inference.v1.IDataPool, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.DataPool;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    namespace attribution {

        namespace v1 {

            interface IParams {
                attributableDelayBlocks?: (number|Long|null);
                paramsVersion?: (number|null);
            }

            class Params implements IParams {
                constructor(properties?: tributary.attribution.v1.IParams);
                public attributableDelayBlocks: (number|Long);
                public paramsVersion: number;
                public static encode(message: tributary.attribution.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.Params;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum CommitmentStatus {
                COMMITMENT_STATUS_UNSPECIFIED = 0,
                COMMITMENT_STATUS_PENDING = 1,
                COMMITMENT_STATUS_READY = 2
            }

            interface IIndexCommitment {
                datanetId?: (number|Long|null);
                version?: (number|Long|null);
                publishedHeight?: (number|Long|null);
                readyHeight?: (number|Long|null);
                status?: (tributary.attribution.v1.CommitmentStatus|null);
                indexHash?: (Uint8Array|null);
                documents?: (number|Long|null);
                tokens?: (number|Long|null);
            }

            class IndexCommitment implements IIndexCommitment {
                constructor(properties?: tributary.attribution.v1.IIndexCommitment);
                public datanetId: (number|Long);
                public version: (number|Long);
                public publishedHeight: (number|Long);
                public readyHeight: (number|Long);
                public status: tributary.attribution.v1.CommitmentStatus;
                public indexHash: Uint8Array;
                public documents: (number|Long);
                public tokens: (number|Long);
                public static encode(message: tributary.attribution.v1.IIndexCommitment, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.IndexCommitment;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IManifestEntry {
                datanetId?: (number|Long|null);
                version?: (number|Long|null);
            }

            class ManifestEntry implements IManifestEntry {
                constructor(properties?: tributary.attribution.v1.IManifestEntry);
                public datanetId: (number|Long);
                public version: (number|Long);
                public static encode(message: tributary.attribution.v1.IManifestEntry, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.ManifestEntry;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContributorCredit {
                contributor?: (string|null);
                points?: (number|Long|null);
                amount?: (string|null);
            }

            class ContributorCredit implements IContributorCredit {
                constructor(properties?: tributary.attribution.v1.IContributorCredit);
                public contributor: string;
                public points: (number|Long);
                public amount: string;
                public static encode(message: tributary.attribution.v1.IContributorCredit, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.ContributorCredit;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContributionCredit {
                contributionId?: (number|Long|null);
                contributor?: (string|null);
                points?: (number|Long|null);
            }

            class ContributionCredit implements IContributionCredit {
                constructor(properties?: tributary.attribution.v1.IContributionCredit);
                public contributionId: (number|Long);
                public contributor: string;
                public points: (number|Long);
                public static encode(message: tributary.attribution.v1.IContributionCredit, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.ContributionCredit;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IResidualParts {
                unmatched?: (number|Long|null);
                echo?: (number|Long|null);
                generic?: (number|Long|null);
                deleted?: (number|Long|null);
                specificity?: (number|Long|null);
                unpaid?: (number|Long|null);
            }

            class ResidualParts implements IResidualParts {
                constructor(properties?: tributary.attribution.v1.IResidualParts);
                public unmatched: (number|Long);
                public echo: (number|Long);
                public generic: (number|Long);
                public deleted: (number|Long);
                public specificity: (number|Long);
                public unpaid: (number|Long);
                public static encode(message: tributary.attribution.v1.IResidualParts, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.ResidualParts;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IAttributionRecord {
                id?: (number|Long|null);
                submitter?: (string|null);
                manifest?: (tributary.attribution.v1.IManifestEntry[]|null);
                outputHash?: (Uint8Array|null);
                output?: (string|null);
                prompt?: (string|null);
                tokens?: (number|null);
                totalPoints?: (number|Long|null);
                contributors?: (tributary.attribution.v1.IContributorCredit[]|null);
                contributions?: (tributary.attribution.v1.IContributionCredit[]|null);
                residual?: (number|Long|null);
                residualParts?: (tributary.attribution.v1.IResidualParts|null);
                fee?: (cosmos.base.v1beta1.ICoin|null);
                remainder?: (string|null);
                paramsVersion?: (number|null);
                height?: (number|Long|null);
            }

            class AttributionRecord implements IAttributionRecord {
                constructor(properties?: tributary.attribution.v1.IAttributionRecord);
                public id: (number|Long);
                public submitter: string;
                public manifest: tributary.attribution.v1.IManifestEntry[];
                public outputHash: Uint8Array;
                public output: string;
                public prompt: string;
                public tokens: number;
                public totalPoints: (number|Long);
                public contributors: tributary.attribution.v1.IContributorCredit[];
                public contributions: tributary.attribution.v1.IContributionCredit[];
                public residual: (number|Long);
                public residualParts?: (tributary.attribution.v1.IResidualParts|null);
                public fee?: (cosmos.base.v1beta1.ICoin|null);
                public remainder: string;
                public paramsVersion: number;
                public height: (number|Long);
                public static encode(message: tributary.attribution.v1.IAttributionRecord, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.AttributionRecord;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}

export namespace cosmos {

    namespace base {

        namespace query {

            namespace v1beta1 {

                interface IPageRequest {
                    key?: (Uint8Array|null);
                    offset?: (number|Long|null);
                    limit?: (number|Long|null);
                    countTotal?: (boolean|null);
                    reverse?: (boolean|null);
                }

                class PageRequest implements IPageRequest {
                    constructor(properties?: cosmos.base.query.v1beta1.IPageRequest);
                    public key: Uint8Array;
                    public offset: (number|Long);
                    public limit: (number|Long);
                    public countTotal: boolean;
                    public reverse: boolean;
                    public static encode(message: cosmos.base.query.v1beta1.IPageRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.query.v1beta1.PageRequest;
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IPageResponse {
                    nextKey?: (Uint8Array|null);
                    total?: (number|Long|null);
                }

                class PageResponse implements IPageResponse {
                    constructor(properties?: cosmos.base.query.v1beta1.IPageResponse);
                    public nextKey: Uint8Array;
                    public total: (number|Long);
                    public static encode(message: cosmos.base.query.v1beta1.IPageResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.query.v1beta1.PageResponse;
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }

        namespace v1beta1 {

            interface ICoin {
                denom?: (string|null);
                amount?: (string|null);
            }

            class Coin implements ICoin {
                constructor(properties?: cosmos.base.v1beta1.ICoin);
                public denom: string;
                public amount: string;
                public static encode(message: cosmos.base.v1beta1.ICoin, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.v1beta1.Coin;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
