import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace datanet {

        namespace v1 {

            class Query extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                public params(request: tributary.datanet.v1.IQueryParamsRequest, callback: tributary.datanet.v1.Query.ParamsCallback): void;
                public params(request: tributary.datanet.v1.IQueryParamsRequest): Promise<tributary.datanet.v1.QueryParamsResponse>;
                public datanet(request: tributary.datanet.v1.IQueryDatanetRequest, callback: tributary.datanet.v1.Query.DatanetCallback): void;
                public datanet(request: tributary.datanet.v1.IQueryDatanetRequest): Promise<tributary.datanet.v1.QueryDatanetResponse>;
                public datanets(request: tributary.datanet.v1.IQueryDatanetsRequest, callback: tributary.datanet.v1.Query.DatanetsCallback): void;
                public datanets(request: tributary.datanet.v1.IQueryDatanetsRequest): Promise<tributary.datanet.v1.QueryDatanetsResponse>;
                public contribution(request: tributary.datanet.v1.IQueryContributionRequest, callback: tributary.datanet.v1.Query.ContributionCallback): void;
                public contribution(request: tributary.datanet.v1.IQueryContributionRequest): Promise<tributary.datanet.v1.QueryContributionResponse>;
                public contributions(request: tributary.datanet.v1.IQueryContributionsRequest, callback: tributary.datanet.v1.Query.ContributionsCallback): void;
                public contributions(request: tributary.datanet.v1.IQueryContributionsRequest): Promise<tributary.datanet.v1.QueryContributionsResponse>;
                public contributionContent(request: tributary.datanet.v1.IQueryContributionContentRequest, callback: tributary.datanet.v1.Query.ContributionContentCallback): void;
                public contributionContent(request: tributary.datanet.v1.IQueryContributionContentRequest): Promise<tributary.datanet.v1.QueryContributionContentResponse>;
                public tokenSequence(request: tributary.datanet.v1.IQueryTokenSequenceRequest, callback: tributary.datanet.v1.Query.TokenSequenceCallback): void;
                public tokenSequence(request: tributary.datanet.v1.IQueryTokenSequenceRequest): Promise<tributary.datanet.v1.QueryTokenSequenceResponse>;
                public version(request: tributary.datanet.v1.IQueryVersionRequest, callback: tributary.datanet.v1.Query.VersionCallback): void;
                public version(request: tributary.datanet.v1.IQueryVersionRequest): Promise<tributary.datanet.v1.QueryVersionResponse>;
                public versions(request: tributary.datanet.v1.IQueryVersionsRequest, callback: tributary.datanet.v1.Query.VersionsCallback): void;
                public versions(request: tributary.datanet.v1.IQueryVersionsRequest): Promise<tributary.datanet.v1.QueryVersionsResponse>;
                public versionContributions(request: tributary.datanet.v1.IQueryVersionContributionsRequest, callback: tributary.datanet.v1.Query.VersionContributionsCallback): void;
                public versionContributions(request: tributary.datanet.v1.IQueryVersionContributionsRequest): Promise<tributary.datanet.v1.QueryVersionContributionsResponse>;
                public contributorStats(request: tributary.datanet.v1.IQueryContributorStatsRequest, callback: tributary.datanet.v1.Query.ContributorStatsCallback): void;
                public contributorStats(request: tributary.datanet.v1.IQueryContributorStatsRequest): Promise<tributary.datanet.v1.QueryContributorStatsResponse>;
                public vocabulary(request: tributary.datanet.v1.IQueryVocabularyRequest, callback: tributary.datanet.v1.Query.VocabularyCallback): void;
                public vocabulary(request: tributary.datanet.v1.IQueryVocabularyRequest): Promise<tributary.datanet.v1.QueryVocabularyResponse>;
            }

            namespace Query {

                type ParamsCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryParamsResponse) => void;

                type DatanetCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryDatanetResponse) => void;

                type DatanetsCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryDatanetsResponse) => void;

                type ContributionCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryContributionResponse) => void;

                type ContributionsCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryContributionsResponse) => void;

                type ContributionContentCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryContributionContentResponse) => void;

                type TokenSequenceCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryTokenSequenceResponse) => void;

                type VersionCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryVersionResponse) => void;

                type VersionsCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryVersionsResponse) => void;

                type VersionContributionsCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryVersionContributionsResponse) => void;

                type ContributorStatsCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryContributorStatsResponse) => void;

                type VocabularyCallback = (error: (Error|null), response?: tributary.datanet.v1.QueryVocabularyResponse) => void;
            }

            interface IQueryParamsRequest {
            }

            class QueryParamsRequest implements IQueryParamsRequest {
                constructor(properties?: tributary.datanet.v1.IQueryParamsRequest);
                public static encode(message: tributary.datanet.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryParamsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryParamsResponse {
                params?: (tributary.datanet.v1.IParams|null);
            }

            class QueryParamsResponse implements IQueryParamsResponse {
                constructor(properties?: tributary.datanet.v1.IQueryParamsResponse);
                public params?: (tributary.datanet.v1.IParams|null);
                public static encode(message: tributary.datanet.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryParamsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryDatanetRequest {
                id?: (number|Long|null);
            }

            class QueryDatanetRequest implements IQueryDatanetRequest {
                constructor(properties?: tributary.datanet.v1.IQueryDatanetRequest);
                public id: (number|Long);
                public static encode(message: tributary.datanet.v1.IQueryDatanetRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryDatanetRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryDatanetResponse {
                datanet?: (tributary.datanet.v1.IDatanet|null);
                counters?: (tributary.datanet.v1.IDatanetCounters|null);
            }

            class QueryDatanetResponse implements IQueryDatanetResponse {
                constructor(properties?: tributary.datanet.v1.IQueryDatanetResponse);
                public datanet?: (tributary.datanet.v1.IDatanet|null);
                public counters?: (tributary.datanet.v1.IDatanetCounters|null);
                public static encode(message: tributary.datanet.v1.IQueryDatanetResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryDatanetResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryDatanetsRequest {
                tag?: (string|null);
                owner?: (string|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryDatanetsRequest implements IQueryDatanetsRequest {
                constructor(properties?: tributary.datanet.v1.IQueryDatanetsRequest);
                public tag: string;
                public owner: string;
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.datanet.v1.IQueryDatanetsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryDatanetsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryDatanetsResponse {
                datanets?: (tributary.datanet.v1.IDatanet[]|null);
                pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
            }

            class QueryDatanetsResponse implements IQueryDatanetsResponse {
                constructor(properties?: tributary.datanet.v1.IQueryDatanetsResponse);
                public datanets: tributary.datanet.v1.IDatanet[];
                public pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
                public static encode(message: tributary.datanet.v1.IQueryDatanetsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryDatanetsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryContributionRequest {
                id?: (number|Long|null);
            }

            class QueryContributionRequest implements IQueryContributionRequest {
                constructor(properties?: tributary.datanet.v1.IQueryContributionRequest);
                public id: (number|Long);
                public static encode(message: tributary.datanet.v1.IQueryContributionRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryContributionRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryContributionResponse {
                contribution?: (tributary.datanet.v1.IContribution|null);
            }

            class QueryContributionResponse implements IQueryContributionResponse {
                constructor(properties?: tributary.datanet.v1.IQueryContributionResponse);
                public contribution?: (tributary.datanet.v1.IContribution|null);
                public static encode(message: tributary.datanet.v1.IQueryContributionResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryContributionResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryContributionsRequest {
                datanetId?: (number|Long|null);
                status?: (tributary.datanet.v1.ContributionStatus|null);
                contributor?: (string|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryContributionsRequest implements IQueryContributionsRequest {
                constructor(properties?: tributary.datanet.v1.IQueryContributionsRequest);
                public datanetId: (number|Long);
                public status: tributary.datanet.v1.ContributionStatus;
                public contributor: string;
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.datanet.v1.IQueryContributionsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryContributionsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryContributionsResponse {
                contributions?: (tributary.datanet.v1.IContribution[]|null);
                pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
            }

            class QueryContributionsResponse implements IQueryContributionsResponse {
                constructor(properties?: tributary.datanet.v1.IQueryContributionsResponse);
                public contributions: tributary.datanet.v1.IContribution[];
                public pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
                public static encode(message: tributary.datanet.v1.IQueryContributionsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryContributionsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryContributionContentRequest {
                id?: (number|Long|null);
            }

            class QueryContributionContentRequest implements IQueryContributionContentRequest {
                constructor(properties?: tributary.datanet.v1.IQueryContributionContentRequest);
                public id: (number|Long);
                public static encode(message: tributary.datanet.v1.IQueryContributionContentRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryContributionContentRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryContributionContentResponse {
                contentHash?: (Uint8Array|null);
                body?: (Uint8Array|null);
            }

            class QueryContributionContentResponse implements IQueryContributionContentResponse {
                constructor(properties?: tributary.datanet.v1.IQueryContributionContentResponse);
                public contentHash: Uint8Array;
                public body: Uint8Array;
                public static encode(message: tributary.datanet.v1.IQueryContributionContentResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryContributionContentResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryTokenSequenceRequest {
                contributionId?: (number|Long|null);
            }

            class QueryTokenSequenceRequest implements IQueryTokenSequenceRequest {
                constructor(properties?: tributary.datanet.v1.IQueryTokenSequenceRequest);
                public contributionId: (number|Long);
                public static encode(message: tributary.datanet.v1.IQueryTokenSequenceRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryTokenSequenceRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryTokenSequenceResponse {
                sequence?: (tributary.datanet.v1.ITokenSequence|null);
            }

            class QueryTokenSequenceResponse implements IQueryTokenSequenceResponse {
                constructor(properties?: tributary.datanet.v1.IQueryTokenSequenceResponse);
                public sequence?: (tributary.datanet.v1.ITokenSequence|null);
                public static encode(message: tributary.datanet.v1.IQueryTokenSequenceResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryTokenSequenceResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryVersionRequest {
                datanetId?: (number|Long|null);
                number?: (number|Long|null);
            }

            class QueryVersionRequest implements IQueryVersionRequest {
                constructor(properties?: tributary.datanet.v1.IQueryVersionRequest);
                public datanetId: (number|Long);
                public number: (number|Long);
                public static encode(message: tributary.datanet.v1.IQueryVersionRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryVersionRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryVersionResponse {
                version?: (tributary.datanet.v1.IDatanetVersion|null);
            }

            class QueryVersionResponse implements IQueryVersionResponse {
                constructor(properties?: tributary.datanet.v1.IQueryVersionResponse);
                public version?: (tributary.datanet.v1.IDatanetVersion|null);
                public static encode(message: tributary.datanet.v1.IQueryVersionResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryVersionResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryVersionsRequest {
                datanetId?: (number|Long|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryVersionsRequest implements IQueryVersionsRequest {
                constructor(properties?: tributary.datanet.v1.IQueryVersionsRequest);
                public datanetId: (number|Long);
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.datanet.v1.IQueryVersionsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryVersionsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryVersionsResponse {
                versions?: (tributary.datanet.v1.IDatanetVersion[]|null);
                pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
            }

            class QueryVersionsResponse implements IQueryVersionsResponse {
                constructor(properties?: tributary.datanet.v1.IQueryVersionsResponse);
                public versions: tributary.datanet.v1.IDatanetVersion[];
                public pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
                public static encode(message: tributary.datanet.v1.IQueryVersionsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryVersionsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryVersionContributionsRequest {
                datanetId?: (number|Long|null);
                number?: (number|Long|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryVersionContributionsRequest implements IQueryVersionContributionsRequest {
                constructor(properties?: tributary.datanet.v1.IQueryVersionContributionsRequest);
                public datanetId: (number|Long);
                public number: (number|Long);
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.datanet.v1.IQueryVersionContributionsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryVersionContributionsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryVersionContributionsResponse {
                contributionIds?: ((number|Long)[]|null);
                pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
            }

            class QueryVersionContributionsResponse implements IQueryVersionContributionsResponse {
                constructor(properties?: tributary.datanet.v1.IQueryVersionContributionsResponse);
                public contributionIds: (number|Long)[];
                public pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
                public static encode(message: tributary.datanet.v1.IQueryVersionContributionsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryVersionContributionsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryContributorStatsRequest {
                contributor?: (string|null);
                datanetId?: (number|Long|null);
            }

            class QueryContributorStatsRequest implements IQueryContributorStatsRequest {
                constructor(properties?: tributary.datanet.v1.IQueryContributorStatsRequest);
                public contributor: string;
                public datanetId: (number|Long);
                public static encode(message: tributary.datanet.v1.IQueryContributorStatsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryContributorStatsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryContributorStatsResponse {
                stats?: (tributary.datanet.v1.IContributorCounters|null);
                acceptanceRateBps?: (number|null);
            }

            class QueryContributorStatsResponse implements IQueryContributorStatsResponse {
                constructor(properties?: tributary.datanet.v1.IQueryContributorStatsResponse);
                public stats?: (tributary.datanet.v1.IContributorCounters|null);
                public acceptanceRateBps: number;
                public static encode(message: tributary.datanet.v1.IQueryContributorStatsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryContributorStatsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryVocabularyRequest {
                datanetId?: (number|Long|null);
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryVocabularyRequest implements IQueryVocabularyRequest {
                constructor(properties?: tributary.datanet.v1.IQueryVocabularyRequest);
                public datanetId: (number|Long);
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.datanet.v1.IQueryVocabularyRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryVocabularyRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IVocabularyWord {
                word?: (string|null);
                id?: (number|null);
            }

            class VocabularyWord implements IVocabularyWord {
                constructor(properties?: tributary.datanet.v1.IVocabularyWord);
                public word: string;
                public id: number;
                public static encode(message: tributary.datanet.v1.IVocabularyWord, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.VocabularyWord;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryVocabularyResponse {
                words?: (tributary.datanet.v1.IVocabularyWord[]|null);
                pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
            }

            class QueryVocabularyResponse implements IQueryVocabularyResponse {
                constructor(properties?: tributary.datanet.v1.IQueryVocabularyResponse);
                public words: tributary.datanet.v1.IVocabularyWord[];
                public pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
                public static encode(message: tributary.datanet.v1.IQueryVocabularyResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QueryVocabularyResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum CurationPolicy {
                CURATION_POLICY_UNSPECIFIED = 0,
                CURATION_POLICY_OPEN = 1,
                CURATION_POLICY_CURATED = 2
            }

            enum DatanetStatus {
                DATANET_STATUS_UNSPECIFIED = 0,
                DATANET_STATUS_ACTIVE = 1,
                DATANET_STATUS_CLOSED = 2
            }

            enum ContributionStatus {
                CONTRIBUTION_STATUS_UNSPECIFIED = 0,
                CONTRIBUTION_STATUS_PENDING = 1,
                CONTRIBUTION_STATUS_ACCEPTED = 2,
                CONTRIBUTION_STATUS_REJECTED = 3,
                CONTRIBUTION_STATUS_WITHDRAWN = 4
            }

            interface IDatanetMetadata {
                name?: (string|null);
                tags?: (string[]|null);
                description?: (string|null);
                licence?: (string|null);
            }

            class DatanetMetadata implements IDatanetMetadata {
                constructor(properties?: tributary.datanet.v1.IDatanetMetadata);
                public name: string;
                public tags: string[];
                public description: string;
                public licence: string;
                public static encode(message: tributary.datanet.v1.IDatanetMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.DatanetMetadata;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRecordLimits {
                minTokens?: (number|null);
                maxTokens?: (number|null);
                maxBytes?: (number|null);
            }

            class RecordLimits implements IRecordLimits {
                constructor(properties?: tributary.datanet.v1.IRecordLimits);
                public minTokens: number;
                public maxTokens: number;
                public maxBytes: number;
                public static encode(message: tributary.datanet.v1.IRecordLimits, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.RecordLimits;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDatanetPolicy {
                curation?: (tributary.datanet.v1.CurationPolicy|null);
                piiRedaction?: (boolean|null);
                contributionDeposit?: (cosmos.base.v1beta1.ICoin|null);
                limits?: (tributary.datanet.v1.IRecordLimits|null);
            }

            class DatanetPolicy implements IDatanetPolicy {
                constructor(properties?: tributary.datanet.v1.IDatanetPolicy);
                public curation: tributary.datanet.v1.CurationPolicy;
                public piiRedaction: boolean;
                public contributionDeposit?: (cosmos.base.v1beta1.ICoin|null);
                public limits?: (tributary.datanet.v1.IRecordLimits|null);
                public static encode(message: tributary.datanet.v1.IDatanetPolicy, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.DatanetPolicy;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDatanet {
                id?: (number|Long|null);
                owner?: (string|null);
                metadata?: (tributary.datanet.v1.IDatanetMetadata|null);
                policy?: (tributary.datanet.v1.IDatanetPolicy|null);
                curators?: (string[]|null);
                status?: (tributary.datanet.v1.DatanetStatus|null);
                createdHeight?: (number|Long|null);
            }

            class Datanet implements IDatanet {
                constructor(properties?: tributary.datanet.v1.IDatanet);
                public id: (number|Long);
                public owner: string;
                public metadata?: (tributary.datanet.v1.IDatanetMetadata|null);
                public policy?: (tributary.datanet.v1.IDatanetPolicy|null);
                public curators: string[];
                public status: tributary.datanet.v1.DatanetStatus;
                public createdHeight: (number|Long);
                public static encode(message: tributary.datanet.v1.IDatanet, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.Datanet;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDatanetCounters {
                pending?: (number|Long|null);
                accepted?: (number|Long|null);
                acceptedTokens?: (number|Long|null);
                nextWordId?: (number|null);
                latestVersion?: (number|Long|null);
            }

            class DatanetCounters implements IDatanetCounters {
                constructor(properties?: tributary.datanet.v1.IDatanetCounters);
                public pending: (number|Long);
                public accepted: (number|Long);
                public acceptedTokens: (number|Long);
                public nextWordId: number;
                public latestVersion: (number|Long);
                public static encode(message: tributary.datanet.v1.IDatanetCounters, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.DatanetCounters;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IKeyValue {
                key?: (string|null);
                value?: (string|null);
            }

            class KeyValue implements IKeyValue {
                constructor(properties?: tributary.datanet.v1.IKeyValue);
                public key: string;
                public value: string;
                public static encode(message: tributary.datanet.v1.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.KeyValue;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContributionMetadata {
                title?: (string|null);
                source?: (string|null);
                licence?: (string|null);
                extra?: (tributary.datanet.v1.IKeyValue[]|null);
            }

            class ContributionMetadata implements IContributionMetadata {
                constructor(properties?: tributary.datanet.v1.IContributionMetadata);
                public title: string;
                public source: string;
                public licence: string;
                public extra: tributary.datanet.v1.IKeyValue[];
                public static encode(message: tributary.datanet.v1.IContributionMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.ContributionMetadata;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContribution {
                id?: (number|Long|null);
                datanetId?: (number|Long|null);
                contributor?: (string|null);
                contentHash?: (Uint8Array|null);
                bytes?: (number|Long|null);
                tokens?: (number|null);
                maskedTokens?: (number|null);
                metadata?: (tributary.datanet.v1.IContributionMetadata|null);
                status?: (tributary.datanet.v1.ContributionStatus|null);
                rejectionReason?: (string|null);
                height?: (number|Long|null);
                decidedHeight?: (number|Long|null);
                redacted?: (boolean|null);
                sequenceHash?: (Uint8Array|null);
                deposit?: (cosmos.base.v1beta1.ICoin|null);
                timesAttributed?: (number|Long|null);
                totalEarned?: (string|null);
                contentRoot?: (Uint8Array|null);
            }

            class Contribution implements IContribution {
                constructor(properties?: tributary.datanet.v1.IContribution);
                public id: (number|Long);
                public datanetId: (number|Long);
                public contributor: string;
                public contentHash: Uint8Array;
                public bytes: (number|Long);
                public tokens: number;
                public maskedTokens: number;
                public metadata?: (tributary.datanet.v1.IContributionMetadata|null);
                public status: tributary.datanet.v1.ContributionStatus;
                public rejectionReason: string;
                public height: (number|Long);
                public decidedHeight: (number|Long);
                public redacted: boolean;
                public sequenceHash: Uint8Array;
                public deposit?: (cosmos.base.v1beta1.ICoin|null);
                public timesAttributed: (number|Long);
                public totalEarned: string;
                public contentRoot: Uint8Array;
                public static encode(message: tributary.datanet.v1.IContribution, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.Contribution;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMaskRun {
                start?: (number|null);
                end?: (number|null);
            }

            class MaskRun implements IMaskRun {
                constructor(properties?: tributary.datanet.v1.IMaskRun);
                public start: number;
                public end: number;
                public static encode(message: tributary.datanet.v1.IMaskRun, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.MaskRun;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITokenSequence {
                ids?: (number[]|null);
                masks?: (tributary.datanet.v1.IMaskRun[]|null);
                maskedIds?: (number[]|null);
            }

            class TokenSequence implements ITokenSequence {
                constructor(properties?: tributary.datanet.v1.ITokenSequence);
                public ids: number[];
                public masks: tributary.datanet.v1.IMaskRun[];
                public maskedIds: number[];
                public static encode(message: tributary.datanet.v1.ITokenSequence, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.TokenSequence;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDatanetVersion {
                datanetId?: (number|Long|null);
                number?: (number|Long|null);
                addedContributionIds?: ((number|Long)[]|null);
                recordCount?: (number|Long|null);
                merkleRoot?: (Uint8Array|null);
                totalTokens?: (number|Long|null);
                height?: (number|Long|null);
            }

            class DatanetVersion implements IDatanetVersion {
                constructor(properties?: tributary.datanet.v1.IDatanetVersion);
                public datanetId: (number|Long);
                public number: (number|Long);
                public addedContributionIds: (number|Long)[];
                public recordCount: (number|Long);
                public merkleRoot: Uint8Array;
                public totalTokens: (number|Long);
                public height: (number|Long);
                public static encode(message: tributary.datanet.v1.IDatanetVersion, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.DatanetVersion;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContributorCounters {
                records?: (number|Long|null);
                pending?: (number|Long|null);
                accepted?: (number|Long|null);
                rejected?: (number|Long|null);
                withdrawn?: (number|Long|null);
                tokens?: (number|Long|null);
                acceptedTokens?: (number|Long|null);
                bytes?: (number|Long|null);
            }

            class ContributorCounters implements IContributorCounters {
                constructor(properties?: tributary.datanet.v1.IContributorCounters);
                public records: (number|Long);
                public pending: (number|Long);
                public accepted: (number|Long);
                public rejected: (number|Long);
                public withdrawn: (number|Long);
                public tokens: (number|Long);
                public acceptedTokens: (number|Long);
                public bytes: (number|Long);
                public static encode(message: tributary.datanet.v1.IContributorCounters, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.ContributorCounters;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQuotaUsage {
                window?: (number|Long|null);
                records?: (number|Long|null);
                bytes?: (number|Long|null);
            }

            class QuotaUsage implements IQuotaUsage {
                constructor(properties?: tributary.datanet.v1.IQuotaUsage);
                public window: (number|Long);
                public records: (number|Long);
                public bytes: (number|Long);
                public static encode(message: tributary.datanet.v1.IQuotaUsage, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.QuotaUsage;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMerkleFrontier {
                leafCount?: (number|Long|null);
                peaks?: (Uint8Array[]|null);
            }

            class MerkleFrontier implements IMerkleFrontier {
                constructor(properties?: tributary.datanet.v1.IMerkleFrontier);
                public leafCount: (number|Long);
                public peaks: Uint8Array[];
                public static encode(message: tributary.datanet.v1.IMerkleFrontier, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.MerkleFrontier;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IParams {
                creationFee?: (cosmos.base.v1beta1.ICoin[]|null);
                minTokensPerRecord?: (number|null);
                maxTokensPerRecord?: (number|null);
                maxRecordBytes?: (number|null);
                maxRecordsPerMsg?: (number|null);
                quotaWindowBlocks?: (number|Long|null);
                quotaRecordsPerWindow?: (number|Long|null);
                quotaBytesPerWindow?: (number|Long|null);
                bandBucketCap?: (number|null);
                fingerprintBucketCap?: (number|null);
                maxCopySources?: (number|null);
                maxCurators?: (number|null);
                contentRootFromHeight?: (number|Long|null);
            }

            class Params implements IParams {
                constructor(properties?: tributary.datanet.v1.IParams);
                public creationFee: cosmos.base.v1beta1.ICoin[];
                public minTokensPerRecord: number;
                public maxTokensPerRecord: number;
                public maxRecordBytes: number;
                public maxRecordsPerMsg: number;
                public quotaWindowBlocks: (number|Long);
                public quotaRecordsPerWindow: (number|Long);
                public quotaBytesPerWindow: (number|Long);
                public bandBucketCap: number;
                public fingerprintBucketCap: number;
                public maxCopySources: number;
                public maxCurators: number;
                public contentRootFromHeight: (number|Long);
                public static encode(message: tributary.datanet.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.Params;
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
