import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace inference {

        namespace v1 {

            class Msg extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                public uploadArtifactChunk(request: tributary.inference.v1.IMsgUploadArtifactChunk, callback: tributary.inference.v1.Msg.UploadArtifactChunkCallback): void;
                public uploadArtifactChunk(request: tributary.inference.v1.IMsgUploadArtifactChunk): Promise<tributary.inference.v1.MsgUploadArtifactChunkResponse>;
                public registerModel(request: tributary.inference.v1.IMsgRegisterModel, callback: tributary.inference.v1.Msg.RegisterModelCallback): void;
                public registerModel(request: tributary.inference.v1.IMsgRegisterModel): Promise<tributary.inference.v1.MsgRegisterModelResponse>;
                public updateModel(request: tributary.inference.v1.IMsgUpdateModel, callback: tributary.inference.v1.Msg.UpdateModelCallback): void;
                public updateModel(request: tributary.inference.v1.IMsgUpdateModel): Promise<tributary.inference.v1.MsgUpdateModelResponse>;
                public retireModel(request: tributary.inference.v1.IMsgRetireModel, callback: tributary.inference.v1.Msg.RetireModelCallback): void;
                public retireModel(request: tributary.inference.v1.IMsgRetireModel): Promise<tributary.inference.v1.MsgRetireModelResponse>;
                public requestInference(request: tributary.inference.v1.IMsgRequestInference, callback: tributary.inference.v1.Msg.RequestInferenceCallback): void;
                public requestInference(request: tributary.inference.v1.IMsgRequestInference): Promise<tributary.inference.v1.MsgRequestInferenceResponse>;
                public claimDataRewards(request: tributary.inference.v1.IMsgClaimDataRewards, callback: tributary.inference.v1.Msg.ClaimDataRewardsCallback): void;
                public claimDataRewards(request: tributary.inference.v1.IMsgClaimDataRewards): Promise<tributary.inference.v1.MsgClaimDataRewardsResponse>;
            }

            namespace Msg {

                type UploadArtifactChunkCallback = (error: (Error|null), response?: tributary.inference.v1.MsgUploadArtifactChunkResponse) => void;

                type RegisterModelCallback = (error: (Error|null), response?: tributary.inference.v1.MsgRegisterModelResponse) => void;

                type UpdateModelCallback = (error: (Error|null), response?: tributary.inference.v1.MsgUpdateModelResponse) => void;

                type RetireModelCallback = (error: (Error|null), response?: tributary.inference.v1.MsgRetireModelResponse) => void;

                type RequestInferenceCallback = (error: (Error|null), response?: tributary.inference.v1.MsgRequestInferenceResponse) => void;

                type ClaimDataRewardsCallback = (error: (Error|null), response?: tributary.inference.v1.MsgClaimDataRewardsResponse) => void;
            }

            interface IMsgUploadArtifactChunk {
                uploader?: (string|null);
                artifactHash?: (Uint8Array|null);
                totalSize?: (number|Long|null);
                totalChunks?: (number|null);
                index?: (number|null);
                data?: (Uint8Array|null);
            }

            class MsgUploadArtifactChunk implements IMsgUploadArtifactChunk {
                constructor(properties?: tributary.inference.v1.IMsgUploadArtifactChunk);
                public uploader: string;
                public artifactHash: Uint8Array;
                public totalSize: (number|Long);
                public totalChunks: number;
                public index: number;
                public data: Uint8Array;
                public static encode(message: tributary.inference.v1.IMsgUploadArtifactChunk, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgUploadArtifactChunk;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgUploadArtifactChunkResponse {
                received?: (number|null);
                totalChunks?: (number|null);
            }

            class MsgUploadArtifactChunkResponse implements IMsgUploadArtifactChunkResponse {
                constructor(properties?: tributary.inference.v1.IMsgUploadArtifactChunkResponse);
                public received: number;
                public totalChunks: number;
                public static encode(message: tributary.inference.v1.IMsgUploadArtifactChunkResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgUploadArtifactChunkResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgRegisterModel {
                owner?: (string|null);
                name?: (string|null);
                description?: (string|null);
                artifact?: (Uint8Array|null);
                artifactHash?: (Uint8Array|null);
                contextLength?: (number|null);
                trainingManifest?: (tributary.attribution.v1.IManifestEntry[]|null);
                pricing?: (tributary.inference.v1.IPricing|null);
                split?: (tributary.inference.v1.IRevenueSplit|null);
                maxOutputTokens?: (number|null);
            }

            class MsgRegisterModel implements IMsgRegisterModel {
                constructor(properties?: tributary.inference.v1.IMsgRegisterModel);
                public owner: string;
                public name: string;
                public description: string;
                public artifact: Uint8Array;
                public artifactHash: Uint8Array;
                public contextLength: number;
                public trainingManifest: tributary.attribution.v1.IManifestEntry[];
                public pricing?: (tributary.inference.v1.IPricing|null);
                public split?: (tributary.inference.v1.IRevenueSplit|null);
                public maxOutputTokens: number;
                public static encode(message: tributary.inference.v1.IMsgRegisterModel, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgRegisterModel;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgRegisterModelResponse {
                modelId?: (number|Long|null);
                artifactHash?: (Uint8Array|null);
            }

            class MsgRegisterModelResponse implements IMsgRegisterModelResponse {
                constructor(properties?: tributary.inference.v1.IMsgRegisterModelResponse);
                public modelId: (number|Long);
                public artifactHash: Uint8Array;
                public static encode(message: tributary.inference.v1.IMsgRegisterModelResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgRegisterModelResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgUpdateModel {
                owner?: (string|null);
                modelId?: (number|Long|null);
                pricing?: (tributary.inference.v1.IPricing|null);
                description?: (string|null);
            }

            class MsgUpdateModel implements IMsgUpdateModel {
                constructor(properties?: tributary.inference.v1.IMsgUpdateModel);
                public owner: string;
                public modelId: (number|Long);
                public pricing?: (tributary.inference.v1.IPricing|null);
                public description?: (string|null);
                public static encode(message: tributary.inference.v1.IMsgUpdateModel, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgUpdateModel;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgUpdateModelResponse {
            }

            class MsgUpdateModelResponse implements IMsgUpdateModelResponse {
                constructor(properties?: tributary.inference.v1.IMsgUpdateModelResponse);
                public static encode(message: tributary.inference.v1.IMsgUpdateModelResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgUpdateModelResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgRetireModel {
                owner?: (string|null);
                modelId?: (number|Long|null);
            }

            class MsgRetireModel implements IMsgRetireModel {
                constructor(properties?: tributary.inference.v1.IMsgRetireModel);
                public owner: string;
                public modelId: (number|Long);
                public static encode(message: tributary.inference.v1.IMsgRetireModel, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgRetireModel;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgRetireModelResponse {
            }

            class MsgRetireModelResponse implements IMsgRetireModelResponse {
                constructor(properties?: tributary.inference.v1.IMsgRetireModelResponse);
                public static encode(message: tributary.inference.v1.IMsgRetireModelResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgRetireModelResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgRequestInference {
                requester?: (string|null);
                modelId?: (number|Long|null);
                prompt?: (string|null);
                maxOutputTokens?: (number|null);
                maxFee?: (cosmos.base.v1beta1.ICoin|null);
                sampling?: (tributary.inference.v1.ISampling|null);
            }

            class MsgRequestInference implements IMsgRequestInference {
                constructor(properties?: tributary.inference.v1.IMsgRequestInference);
                public requester: string;
                public modelId: (number|Long);
                public prompt: string;
                public maxOutputTokens: number;
                public maxFee?: (cosmos.base.v1beta1.ICoin|null);
                public sampling?: (tributary.inference.v1.ISampling|null);
                public static encode(message: tributary.inference.v1.IMsgRequestInference, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgRequestInference;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgRequestInferenceResponse {
                inferenceId?: (number|Long|null);
                output?: (string|null);
                attributionRecordId?: (number|Long|null);
                payouts?: (tributary.inference.v1.IPayout[]|null);
                tokensGenerated?: (number|null);
                fee?: (cosmos.base.v1beta1.ICoin|null);
                stopReason?: (string|null);
            }

            class MsgRequestInferenceResponse implements IMsgRequestInferenceResponse {
                constructor(properties?: tributary.inference.v1.IMsgRequestInferenceResponse);
                public inferenceId: (number|Long);
                public output: string;
                public attributionRecordId: (number|Long);
                public payouts: tributary.inference.v1.IPayout[];
                public tokensGenerated: number;
                public fee?: (cosmos.base.v1beta1.ICoin|null);
                public stopReason: string;
                public static encode(message: tributary.inference.v1.IMsgRequestInferenceResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgRequestInferenceResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgClaimDataRewards {
                claimer?: (string|null);
                contributionIds?: ((number|Long)[]|null);
            }

            class MsgClaimDataRewards implements IMsgClaimDataRewards {
                constructor(properties?: tributary.inference.v1.IMsgClaimDataRewards);
                public claimer: string;
                public contributionIds: (number|Long)[];
                public static encode(message: tributary.inference.v1.IMsgClaimDataRewards, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgClaimDataRewards;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgClaimDataRewardsResponse {
                amount?: (cosmos.base.v1beta1.ICoin|null);
            }

            class MsgClaimDataRewardsResponse implements IMsgClaimDataRewardsResponse {
                constructor(properties?: tributary.inference.v1.IMsgClaimDataRewardsResponse);
                public amount?: (cosmos.base.v1beta1.ICoin|null);
                public static encode(message: tributary.inference.v1.IMsgClaimDataRewardsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.inference.v1.MsgClaimDataRewardsResponse;
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
