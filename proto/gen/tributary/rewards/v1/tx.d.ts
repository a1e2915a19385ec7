import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace rewards {

        namespace v1 {

            class Msg extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                public registerNode(request: tributary.rewards.v1.IMsgRegisterNode, callback: tributary.rewards.v1.Msg.RegisterNodeCallback): void;
                public registerNode(request: tributary.rewards.v1.IMsgRegisterNode): Promise<tributary.rewards.v1.MsgRegisterNodeResponse>;
                public updateNode(request: tributary.rewards.v1.IMsgUpdateNode, callback: tributary.rewards.v1.Msg.UpdateNodeCallback): void;
                public updateNode(request: tributary.rewards.v1.IMsgUpdateNode): Promise<tributary.rewards.v1.MsgUpdateNodeResponse>;
                public unregisterNode(request: tributary.rewards.v1.IMsgUnregisterNode, callback: tributary.rewards.v1.Msg.UnregisterNodeCallback): void;
                public unregisterNode(request: tributary.rewards.v1.IMsgUnregisterNode): Promise<tributary.rewards.v1.MsgUnregisterNodeResponse>;
                public submitStorageProof(request: tributary.rewards.v1.IMsgSubmitStorageProof, callback: tributary.rewards.v1.Msg.SubmitStorageProofCallback): void;
                public submitStorageProof(request: tributary.rewards.v1.IMsgSubmitStorageProof): Promise<tributary.rewards.v1.MsgSubmitStorageProofResponse>;
            }

            namespace Msg {

                type RegisterNodeCallback = (error: (Error|null), response?: tributary.rewards.v1.MsgRegisterNodeResponse) => void;

                type UpdateNodeCallback = (error: (Error|null), response?: tributary.rewards.v1.MsgUpdateNodeResponse) => void;

                type UnregisterNodeCallback = (error: (Error|null), response?: tributary.rewards.v1.MsgUnregisterNodeResponse) => void;

                type SubmitStorageProofCallback = (error: (Error|null), response?: tributary.rewards.v1.MsgSubmitStorageProofResponse) => void;
            }

            interface IMsgRegisterNode {
                operator?: (string|null);
                roles?: (tributary.rewards.v1.NodeRole[]|null);
                datanetIds?: ((number|Long)[]|null);
                endpoint?: (string|null);
                bond?: (cosmos.base.v1beta1.ICoin|null);
            }

            class MsgRegisterNode implements IMsgRegisterNode {
                constructor(properties?: tributary.rewards.v1.IMsgRegisterNode);
                public operator: string;
                public roles: tributary.rewards.v1.NodeRole[];
                public datanetIds: (number|Long)[];
                public endpoint: string;
                public bond?: (cosmos.base.v1beta1.ICoin|null);
                public static encode(message: tributary.rewards.v1.IMsgRegisterNode, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.MsgRegisterNode;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgRegisterNodeResponse {
                bytesServed?: (number|Long|null);
                requiredBond?: (string|null);
            }

            class MsgRegisterNodeResponse implements IMsgRegisterNodeResponse {
                constructor(properties?: tributary.rewards.v1.IMsgRegisterNodeResponse);
                public bytesServed: (number|Long);
                public requiredBond: string;
                public static encode(message: tributary.rewards.v1.IMsgRegisterNodeResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.MsgRegisterNodeResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgUpdateNode {
                operator?: (string|null);
                datanetIds?: ((number|Long)[]|null);
                endpoint?: (string|null);
                addBond?: (cosmos.base.v1beta1.ICoin|null);
            }

            class MsgUpdateNode implements IMsgUpdateNode {
                constructor(properties?: tributary.rewards.v1.IMsgUpdateNode);
                public operator: string;
                public datanetIds: (number|Long)[];
                public endpoint: string;
                public addBond?: (cosmos.base.v1beta1.ICoin|null);
                public static encode(message: tributary.rewards.v1.IMsgUpdateNode, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.MsgUpdateNode;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgUpdateNodeResponse {
                bond?: (cosmos.base.v1beta1.ICoin|null);
                bytesServed?: (number|Long|null);
            }

            class MsgUpdateNodeResponse implements IMsgUpdateNodeResponse {
                constructor(properties?: tributary.rewards.v1.IMsgUpdateNodeResponse);
                public bond?: (cosmos.base.v1beta1.ICoin|null);
                public bytesServed: (number|Long);
                public static encode(message: tributary.rewards.v1.IMsgUpdateNodeResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.MsgUpdateNodeResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgUnregisterNode {
                operator?: (string|null);
            }

            class MsgUnregisterNode implements IMsgUnregisterNode {
                constructor(properties?: tributary.rewards.v1.IMsgUnregisterNode);
                public operator: string;
                public static encode(message: tributary.rewards.v1.IMsgUnregisterNode, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.MsgUnregisterNode;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgUnregisterNodeResponse {
                refund?: (cosmos.base.v1beta1.ICoin|null);
                completionHeight?: (number|Long|null);
            }

            class MsgUnregisterNodeResponse implements IMsgUnregisterNodeResponse {
                constructor(properties?: tributary.rewards.v1.IMsgUnregisterNodeResponse);
                public refund?: (cosmos.base.v1beta1.ICoin|null);
                public completionHeight: (number|Long);
                public static encode(message: tributary.rewards.v1.IMsgUnregisterNodeResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.MsgUnregisterNodeResponse;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgSubmitStorageProof {
                operator?: (string|null);
                epoch?: (number|Long|null);
                challengeIndex?: (number|null);
                chunk?: (Uint8Array|null);
                path?: (Uint8Array[]|null);
            }

            class MsgSubmitStorageProof implements IMsgSubmitStorageProof {
                constructor(properties?: tributary.rewards.v1.IMsgSubmitStorageProof);
                public operator: string;
                public epoch: (number|Long);
                public challengeIndex: number;
                public chunk: Uint8Array;
                public path: Uint8Array[];
                public static encode(message: tributary.rewards.v1.IMsgSubmitStorageProof, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.MsgSubmitStorageProof;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgSubmitStorageProofResponse {
                passed?: (number|null);
                pending?: (number|null);
            }

            class MsgSubmitStorageProofResponse implements IMsgSubmitStorageProofResponse {
                constructor(properties?: tributary.rewards.v1.IMsgSubmitStorageProofResponse);
                public passed: number;
                public pending: number;
                public static encode(message: tributary.rewards.v1.IMsgSubmitStorageProofResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.MsgSubmitStorageProofResponse;
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
