import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace rewards {

        namespace v1 {

            class Query extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                public params(request: tributary.rewards.v1.IQueryParamsRequest, callback: tributary.rewards.v1.Query.ParamsCallback): void;
                public params(request: tributary.rewards.v1.IQueryParamsRequest): Promise<tributary.rewards.v1.QueryParamsResponse>;
                public node(request: tributary.rewards.v1.IQueryNodeRequest, callback: tributary.rewards.v1.Query.NodeCallback): void;
                public node(request: tributary.rewards.v1.IQueryNodeRequest): Promise<tributary.rewards.v1.QueryNodeResponse>;
                public nodes(request: tributary.rewards.v1.IQueryNodesRequest, callback: tributary.rewards.v1.Query.NodesCallback): void;
                public nodes(request: tributary.rewards.v1.IQueryNodesRequest): Promise<tributary.rewards.v1.QueryNodesResponse>;
                public epoch(request: tributary.rewards.v1.IQueryEpochRequest, callback: tributary.rewards.v1.Query.EpochCallback): void;
                public epoch(request: tributary.rewards.v1.IQueryEpochRequest): Promise<tributary.rewards.v1.QueryEpochResponse>;
                public challenges(request: tributary.rewards.v1.IQueryChallengesRequest, callback: tributary.rewards.v1.Query.ChallengesCallback): void;
                public challenges(request: tributary.rewards.v1.IQueryChallengesRequest): Promise<tributary.rewards.v1.QueryChallengesResponse>;
                public refunds(request: tributary.rewards.v1.IQueryRefundsRequest, callback: tributary.rewards.v1.Query.RefundsCallback): void;
                public refunds(request: tributary.rewards.v1.IQueryRefundsRequest): Promise<tributary.rewards.v1.QueryRefundsResponse>;
            }

            namespace Query {

                type ParamsCallback = (error: (Error|null), response?: tributary.rewards.v1.QueryParamsResponse) => void;

                type NodeCallback = (error: (Error|null), response?: tributary.rewards.v1.QueryNodeResponse) => void;

                type NodesCallback = (error: (Error|null), response?: tributary.rewards.v1.QueryNodesResponse) => void;

                type EpochCallback = (error: (Error|null), response?: tributary.rewards.v1.QueryEpochResponse) => void;

                type ChallengesCallback = (error: (Error|null), response?: tributary.rewards.v1.QueryChallengesResponse) => void;

                type RefundsCallback = (error: (Error|null), response?: tributary.rewards.v1.QueryRefundsResponse) => void;
            }

            interface IQueryParamsRequest {
            }

            class QueryParamsRequest implements IQueryParamsRequest {
                constructor(properties?: tributary.rewards.v1.IQueryParamsRequest);
                public static encode(message: tributary.rewards.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryParamsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryParamsResponse {
                params?: (tributary.rewards.v1.IParams|null);
            }

            class QueryParamsResponse implements IQueryParamsResponse {
                constructor(properties?: tributary.rewards.v1.IQueryParamsResponse);
                public params?: (tributary.rewards.v1.IParams|null);
                public static encode(message: tributary.rewards.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryParamsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryNodeRequest {
                operator?: (string|null);
            }

            class QueryNodeRequest implements IQueryNodeRequest {
                constructor(properties?: tributary.rewards.v1.IQueryNodeRequest);
                public operator: string;
                public static encode(message: tributary.rewards.v1.IQueryNodeRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryNodeRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryNodeResponse {
                node?: (tributary.rewards.v1.INode|null);
                currentEpoch?: (tributary.rewards.v1.IEpochWork|null);
                jailed?: (boolean|null);
                requiredBond?: (string|null);
            }

            class QueryNodeResponse implements IQueryNodeResponse {
                constructor(properties?: tributary.rewards.v1.IQueryNodeResponse);
                public node?: (tributary.rewards.v1.INode|null);
                public currentEpoch?: (tributary.rewards.v1.IEpochWork|null);
                public jailed: boolean;
                public requiredBond: string;
                public static encode(message: tributary.rewards.v1.IQueryNodeResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryNodeResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryNodesRequest {
                pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
            }

            class QueryNodesRequest implements IQueryNodesRequest {
                constructor(properties?: tributary.rewards.v1.IQueryNodesRequest);
                public pagination?: (cosmos.base.query.v1beta1.IPageRequest|null);
                public static encode(message: tributary.rewards.v1.IQueryNodesRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryNodesRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryNodesResponse {
                nodes?: (tributary.rewards.v1.INode[]|null);
                pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
            }

            class QueryNodesResponse implements IQueryNodesResponse {
                constructor(properties?: tributary.rewards.v1.IQueryNodesResponse);
                public nodes: tributary.rewards.v1.INode[];
                public pagination?: (cosmos.base.query.v1beta1.IPageResponse|null);
                public static encode(message: tributary.rewards.v1.IQueryNodesResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryNodesResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryEpochRequest {
            }

            class QueryEpochRequest implements IQueryEpochRequest {
                constructor(properties?: tributary.rewards.v1.IQueryEpochRequest);
                public static encode(message: tributary.rewards.v1.IQueryEpochRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryEpochRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryEpochResponse {
                epoch?: (tributary.rewards.v1.IEpochInfo|null);
                pool?: (cosmos.base.v1beta1.ICoin[]|null);
                height?: (number|Long|null);
                epochBlocks?: (number|Long|null);
            }

            class QueryEpochResponse implements IQueryEpochResponse {
                constructor(properties?: tributary.rewards.v1.IQueryEpochResponse);
                public epoch?: (tributary.rewards.v1.IEpochInfo|null);
                public pool: cosmos.base.v1beta1.ICoin[];
                public height: (number|Long);
                public epochBlocks: (number|Long);
                public static encode(message: tributary.rewards.v1.IQueryEpochResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryEpochResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryChallengesRequest {
                operator?: (string|null);
                epoch?: (number|Long|null);
            }

            class QueryChallengesRequest implements IQueryChallengesRequest {
                constructor(properties?: tributary.rewards.v1.IQueryChallengesRequest);
                public operator: string;
                public epoch: (number|Long);
                public static encode(message: tributary.rewards.v1.IQueryChallengesRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryChallengesRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryChallengesResponse {
                challenges?: (tributary.rewards.v1.IChallenge[]|null);
                epoch?: (number|Long|null);
            }

            class QueryChallengesResponse implements IQueryChallengesResponse {
                constructor(properties?: tributary.rewards.v1.IQueryChallengesResponse);
                public challenges: tributary.rewards.v1.IChallenge[];
                public epoch: (number|Long);
                public static encode(message: tributary.rewards.v1.IQueryChallengesResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryChallengesResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryRefundsRequest {
                operator?: (string|null);
            }

            class QueryRefundsRequest implements IQueryRefundsRequest {
                constructor(properties?: tributary.rewards.v1.IQueryRefundsRequest);
                public operator: string;
                public static encode(message: tributary.rewards.v1.IQueryRefundsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryRefundsRequest;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IQueryRefundsResponse {
                refunds?: (tributary.rewards.v1.IBondRefund[]|null);
            }

            class QueryRefundsResponse implements IQueryRefundsResponse {
                constructor(properties?: tributary.rewards.v1.IQueryRefundsResponse);
                public refunds: tributary.rewards.v1.IBondRefund[];
                public static encode(message: tributary.rewards.v1.IQueryRefundsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.QueryRefundsResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum NodeRole {
                NODE_ROLE_UNSPECIFIED = 0,
                NODE_ROLE_STORAGE = 1
            }

            enum ChallengeStatus {
                CHALLENGE_STATUS_UNSPECIFIED = 0,
                CHALLENGE_STATUS_PENDING = 1,
                CHALLENGE_STATUS_PASSED = 2,
                CHALLENGE_STATUS_MISSED = 3
            }

            interface INodeStats {
                epochsServed?: (number|Long|null);
                challengesPassed?: (number|Long|null);
                challengesMissed?: (number|Long|null);
                bytesServed?: (number|Long|null);
                rewardsEarned?: (cosmos.base.v1beta1.ICoin[]|null);
                totalSlashed?: (cosmos.base.v1beta1.ICoin|null);
                timesJailed?: (number|Long|null);
                lastEpoch?: (number|Long|null);
            }

            class NodeStats implements INodeStats {
                constructor(properties?: tributary.rewards.v1.INodeStats);
                public epochsServed: (number|Long);
                public challengesPassed: (number|Long);
                public challengesMissed: (number|Long);
                public bytesServed: (number|Long);
                public rewardsEarned: cosmos.base.v1beta1.ICoin[];
                public totalSlashed?: (cosmos.base.v1beta1.ICoin|null);
                public timesJailed: (number|Long);
                public lastEpoch: (number|Long);
                public static encode(message: tributary.rewards.v1.INodeStats, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.NodeStats;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface INode {
                operator?: (string|null);
                roles?: (tributary.rewards.v1.NodeRole[]|null);
                datanetIds?: ((number|Long)[]|null);
                endpoint?: (string|null);
                bond?: (cosmos.base.v1beta1.ICoin|null);
                registeredHeight?: (number|Long|null);
                jailedUntilEpoch?: (number|Long|null);
                stats?: (tributary.rewards.v1.INodeStats|null);
            }

            class Node implements INode {
                constructor(properties?: tributary.rewards.v1.INode);
                public operator: string;
                public roles: tributary.rewards.v1.NodeRole[];
                public datanetIds: (number|Long)[];
                public endpoint: string;
                public bond?: (cosmos.base.v1beta1.ICoin|null);
                public registeredHeight: (number|Long);
                public jailedUntilEpoch: (number|Long);
                public stats?: (tributary.rewards.v1.INodeStats|null);
                public static encode(message: tributary.rewards.v1.INode, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.Node;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IChallenge {
                operator?: (string|null);
                epoch?: (number|Long|null);
                index?: (number|null);
                datanetId?: (number|Long|null);
                contributionId?: (number|Long|null);
                contentHash?: (Uint8Array|null);
                contentRoot?: (Uint8Array|null);
                bytes?: (number|Long|null);
                chunkIndex?: (number|null);
                chunkCount?: (number|null);
                deadlineHeight?: (number|Long|null);
                status?: (tributary.rewards.v1.ChallengeStatus|null);
                provedHeight?: (number|Long|null);
            }

            class Challenge implements IChallenge {
                constructor(properties?: tributary.rewards.v1.IChallenge);
                public operator: string;
                public epoch: (number|Long);
                public index: number;
                public datanetId: (number|Long);
                public contributionId: (number|Long);
                public contentHash: Uint8Array;
                public contentRoot: Uint8Array;
                public bytes: (number|Long);
                public chunkIndex: number;
                public chunkCount: number;
                public deadlineHeight: (number|Long);
                public status: tributary.rewards.v1.ChallengeStatus;
                public provedHeight: (number|Long);
                public static encode(message: tributary.rewards.v1.IChallenge, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.Challenge;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEpochWork {
                operator?: (string|null);
                epoch?: (number|Long|null);
                bytesCounted?: (number|Long|null);
                bytesServed?: (number|Long|null);
                challenges?: (number|null);
                passed?: (number|null);
                missed?: (number|null);
            }

            class EpochWork implements IEpochWork {
                constructor(properties?: tributary.rewards.v1.IEpochWork);
                public operator: string;
                public epoch: (number|Long);
                public bytesCounted: (number|Long);
                public bytesServed: (number|Long);
                public challenges: number;
                public passed: number;
                public missed: number;
                public static encode(message: tributary.rewards.v1.IEpochWork, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EpochWork;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEpochInfo {
                number?: (number|Long|null);
                startHeight?: (number|Long|null);
                windowEndHeight?: (number|Long|null);
                nextStartHeight?: (number|Long|null);
                seed?: (Uint8Array|null);
                windowClosed?: (boolean|null);
            }

            class EpochInfo implements IEpochInfo {
                constructor(properties?: tributary.rewards.v1.IEpochInfo);
                public number: (number|Long);
                public startHeight: (number|Long);
                public windowEndHeight: (number|Long);
                public nextStartHeight: (number|Long);
                public seed: Uint8Array;
                public windowClosed: boolean;
                public static encode(message: tributary.rewards.v1.IEpochInfo, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EpochInfo;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IBondRefund {
                operator?: (string|null);
                amount?: (cosmos.base.v1beta1.ICoin|null);
                completionHeight?: (number|Long|null);
            }

            class BondRefund implements IBondRefund {
                constructor(properties?: tributary.rewards.v1.IBondRefund);
                public operator: string;
                public amount?: (cosmos.base.v1beta1.ICoin|null);
                public completionHeight: (number|Long);
                public static encode(message: tributary.rewards.v1.IBondRefund, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.BondRefund;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IParams {
                epochBlocks?: (number|Long|null);
                proofWindowBlocks?: (number|Long|null);
                challengesPerEpoch?: (number|null);
                minBond?: (cosmos.base.v1beta1.ICoin|null);
                bondPerByte?: (string|null);
                inflationShareBps?: (number|null);
                datanetFeeShareBps?: (number|null);
                maxMissedPerEpoch?: (number|null);
                slashFractionBps?: (number|null);
                jailEpochs?: (number|Long|null);
                unbondingBlocks?: (number|Long|null);
                maxDatanetsPerNode?: (number|null);
            }

            class Params implements IParams {
                constructor(properties?: tributary.rewards.v1.IParams);
                public epochBlocks: (number|Long);
                public proofWindowBlocks: (number|Long);
                public challengesPerEpoch: number;
                public minBond?: (cosmos.base.v1beta1.ICoin|null);
                public bondPerByte: string;
                public inflationShareBps: number;
                public datanetFeeShareBps: number;
                public maxMissedPerEpoch: number;
                public slashFractionBps: number;
                public jailEpochs: (number|Long);
                public unbondingBlocks: (number|Long);
                public maxDatanetsPerNode: number;
                public static encode(message: tributary.rewards.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.Params;
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
