import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace attribution {

        namespace v1 {

            class Query extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                public params(request: tributary.attribution.v1.IQueryParamsRequest, callback: tributary.attribution.v1.Query.ParamsCallback): void;
                public params(request: tributary.attribution.v1.IQueryParamsRequest): Promise<tributary.attribution.v1.QueryParamsResponse>;
                public commitment(request: tributary.attribution.v1.IQueryCommitmentRequest, callback: tributary.attribution.v1.Query.CommitmentCallback): void;
                public commitment(request: tributary.attribution.v1.IQueryCommitmentRequest): Promise<tributary.attribution.v1.QueryCommitmentResponse>;
                public record(request: tributary.attribution.v1.IQueryRecordRequest, callback: tributary.attribution.v1.Query.RecordCallback): void;
                public record(request: tributary.attribution.v1.IQueryRecordRequest): Promise<tributary.attribution.v1.QueryRecordResponse>;
                public recordsByContributor(request: tributary.attribution.v1.IQueryRecordsByContributorRequest, callback: tributary.attribution.v1.Query.RecordsByContributorCallback): void;
                public recordsByContributor(request: tributary.attribution.v1.IQueryRecordsByContributorRequest): Promise<tributary.attribution.v1.QueryRecordsResponse>;
                public recordsByContribution(request: tributary.attribution.v1.IQueryRecordsByContributionRequest, callback: tributary.attribution.v1.Query.RecordsByContributionCallback): void;
                public recordsByContribution(request: tributary.attribution.v1.IQueryRecordsByContributionRequest): Promise<tributary.attribution.v1.QueryRecordsResponse>;
                public attribute(request: tributary.attribution.v1.IQueryAttributeRequest, callback: tributary.attribution.v1.Query.AttributeCallback): void;
                public attribute(request: tributary.attribution.v1.IQueryAttributeRequest): Promise<tributary.attribution.v1.QueryAttributeResponse>;
            }

            namespace Query {

                type ParamsCallback = (error: (Error|null), response?: tributary.attribution.v1.QueryParamsResponse) => void;

                type CommitmentCallback = (error: (Error|null), response?: tributary.attribution.v1.QueryCommitmentResponse) => void;

                type RecordCallback = (error: (Error|null), response?: tributary.attribution.v1.QueryRecordResponse) => void;

                type RecordsByContributorCallback = (error: (Error|null), response?: tributary.attribution.v1.QueryRecordsResponse) => void;

                type RecordsByContributionCallback = (error: (Error|null), response?: tributary.attribution.v1.QueryRecordsResponse) => void;

                type AttributeCallback = (error: (Error|null), response?: tributary.attribution.v1.QueryAttributeResponse) => void;
            }

            interface IQueryParamsRequest {
            }

            class QueryParamsRequest implements IQueryParamsRequest {
                constructor(properties?: tributary.attribution.v1.IQueryParamsRequest);
                public static encode(message: tributary.attribution.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryParamsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryParamsResponse {
                params?: (tributary.attribution.v1.IParams|null);
            }

            class QueryParamsResponse implements IQueryParamsResponse {
                constructor(properties?: tributary.attribution.v1.IQueryParamsResponse);
                public params?: (tributary.attribution.v1.IParams|null);
                public static encode(message: tributary.attribution.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryParamsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryCommitmentRequest {
                datanetId?: (number|Long|null);
                version?: (number|Long|null);
            }

            class QueryCommitmentRequest implements IQueryCommitmentRequest {
                constructor(properties?: tributary.attribution.v1.IQueryCommitmentRequest);
                public datanetId: (number|Long);
                public version: (number|Long);
                public static encode(message: tributary.attribution.v1.IQueryCommitmentRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryCommitmentRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryCommitmentResponse {
                commitment?: (tributary.attribution.v1.IIndexCommitment|null);
            }

            class QueryCommitmentResponse implements IQueryCommitmentResponse {
                constructor(properties?: tributary.attribution.v1.IQueryCommitmentResponse);
                public commitment?: (tributary.attribution.v1.IIndexCommitment|null);
                public static encode(message: tributary.attribution.v1.IQueryCommitmentResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryCommitmentResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryRecordRequest {
                id?: (number|Long|null);
            }

            class QueryRecordRequest implements IQueryRecordRequest {
                constructor(properties?: tributary.attribution.v1.IQueryRecordRequest);
                public id: (number|Long);
                public static encode(message: tributary.attribution.v1.IQueryRecordRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryRecordRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryRecordResponse {
                record?: (tributary.attribution.v1.IAttributionRecord|null);
            }

            class QueryRecordResponse implements IQueryRecordResponse {
                constructor(properties?: tributary.attribution.v1.IQueryRecordResponse);
                public record?: (tributary.attribution.v1.IAttributionRecord|null);
                public static encode(message: tributary.attribution.v1.IQueryRecordResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryRecordResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryRecordsByContributorRequest {
                contributor?: (string|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryRecordsByContributorRequest implements IQueryRecordsByContributorRequest {
                constructor(properties?: tributary.attribution.v1.IQueryRecordsByContributorRequest);
                public contributor: string;
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.attribution.v1.IQueryRecordsByContributorRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryRecordsByContributorRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryRecordsByContributionRequest {
                contributionId?: (number|Long|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryRecordsByContributionRequest implements IQueryRecordsByContributionRequest {
                constructor(properties?: tributary.attribution.v1.IQueryRecordsByContributionRequest);
                public contributionId: (number|Long);
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.attribution.v1.IQueryRecordsByContributionRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryRecordsByContributionRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryRecordsResponse {
                records?: (tributary.attribution.v1.IAttributionRecord[]|null);
                pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
            }

            class QueryRecordsResponse implements IQueryRecordsResponse {
                constructor(properties?: tributary.attribution.v1.IQueryRecordsResponse);
                public records: tributary.attribution.v1.IAttributionRecord[];
                public pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
                public static encode(message: tributary.attribution.v1.IQueryRecordsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryRecordsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryAttributeRequest {
                manifest?: (tributary.attribution.v1.IManifestEntry[]|null);
                output?: (string|null);
                prompt?: (string|null);
            }

            class QueryAttributeRequest implements IQueryAttributeRequest {
                constructor(properties?: tributary.attribution.v1.IQueryAttributeRequest);
                public manifest: tributary.attribution.v1.IManifestEntry[];
                public output: string;
                public prompt: string;
                public static encode(message: tributary.attribution.v1.IQueryAttributeRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryAttributeRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryAttributeResponse {
                record?: (tributary.attribution.v1.IAttributionRecord|null);
                gas?: (number|Long|null);
            }

            class QueryAttributeResponse implements IQueryAttributeResponse {
                constructor(properties?: tributary.attribution.v1.IQueryAttributeResponse);
                public record?: (tributary.attribution.v1.IAttributionRecord|null);
                public gas: (number|Long);
                public static encode(message: tributary.attribution.v1.IQueryAttributeResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.QueryAttributeResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

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
