import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace rewards {

        namespace v1 {

            interface IEventNodeRegistered {
                operator?: (string|null);
                roles?: (string|null);
                datanetIds?: (string|null);
                endpoint?: (string|null);
                bond?: (string|null);
                bytesServed?: (number|Long|null);
            }

            class EventNodeRegistered implements IEventNodeRegistered {
                constructor(properties?: tributary.rewards.v1.IEventNodeRegistered);
                public operator: string;
                public roles: string;
                public datanetIds: string;
                public endpoint: string;
                public bond: string;
                public bytesServed: (number|Long);
                public static encode(message: tributary.rewards.v1.IEventNodeRegistered, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventNodeRegistered;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventNodeUpdated {
                operator?: (string|null);
                changed?: (string|null);
                datanetIds?: (string|null);
                endpoint?: (string|null);
                bond?: (string|null);
            }

            class EventNodeUpdated implements IEventNodeUpdated {
                constructor(properties?: tributary.rewards.v1.IEventNodeUpdated);
                public operator: string;
                public changed: string;
                public datanetIds: string;
                public endpoint: string;
                public bond: string;
                public static encode(message: tributary.rewards.v1.IEventNodeUpdated, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventNodeUpdated;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventNodeUnregistered {
                operator?: (string|null);
                refund?: (string|null);
                completionHeight?: (number|Long|null);
            }

            class EventNodeUnregistered implements IEventNodeUnregistered {
                constructor(properties?: tributary.rewards.v1.IEventNodeUnregistered);
                public operator: string;
                public refund: string;
                public completionHeight: (number|Long);
                public static encode(message: tributary.rewards.v1.IEventNodeUnregistered, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventNodeUnregistered;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventBondRefunded {
                operator?: (string|null);
                amount?: (string|null);
            }

            class EventBondRefunded implements IEventBondRefunded {
                constructor(properties?: tributary.rewards.v1.IEventBondRefunded);
                public operator: string;
                public amount: string;
                public static encode(message: tributary.rewards.v1.IEventBondRefunded, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventBondRefunded;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventPoolFunded {
                source?: (string|null);
                amount?: (string|null);
            }

            class EventPoolFunded implements IEventPoolFunded {
                constructor(properties?: tributary.rewards.v1.IEventPoolFunded);
                public source: string;
                public amount: string;
                public static encode(message: tributary.rewards.v1.IEventPoolFunded, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventPoolFunded;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventEpochStarted {
                epoch?: (number|Long|null);
                startHeight?: (number|Long|null);
                windowEndHeight?: (number|Long|null);
                nextStartHeight?: (number|Long|null);
                seed?: (string|null);
                nodes?: (number|Long|null);
                challenges?: (number|Long|null);
            }

            class EventEpochStarted implements IEventEpochStarted {
                constructor(properties?: tributary.rewards.v1.IEventEpochStarted);
                public epoch: (number|Long);
                public startHeight: (number|Long);
                public windowEndHeight: (number|Long);
                public nextStartHeight: (number|Long);
                public seed: string;
                public nodes: (number|Long);
                public challenges: (number|Long);
                public static encode(message: tributary.rewards.v1.IEventEpochStarted, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventEpochStarted;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventChallenge {
                operator?: (string|null);
                epoch?: (number|Long|null);
                index?: (number|null);
                datanetId?: (number|Long|null);
                contributionId?: (number|Long|null);
                chunkIndex?: (number|null);
                deadlineHeight?: (number|Long|null);
            }

            class EventChallenge implements IEventChallenge {
                constructor(properties?: tributary.rewards.v1.IEventChallenge);
                public operator: string;
                public epoch: (number|Long);
                public index: number;
                public datanetId: (number|Long);
                public contributionId: (number|Long);
                public chunkIndex: number;
                public deadlineHeight: (number|Long);
                public static encode(message: tributary.rewards.v1.IEventChallenge, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventChallenge;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventStorageProof {
                operator?: (string|null);
                epoch?: (number|Long|null);
                challengeIndex?: (number|null);
                contributionId?: (number|Long|null);
                chunkIndex?: (number|null);
            }

            class EventStorageProof implements IEventStorageProof {
                constructor(properties?: tributary.rewards.v1.IEventStorageProof);
                public operator: string;
                public epoch: (number|Long);
                public challengeIndex: number;
                public contributionId: (number|Long);
                public chunkIndex: number;
                public static encode(message: tributary.rewards.v1.IEventStorageProof, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventStorageProof;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventWindowClosed {
                operator?: (string|null);
                epoch?: (number|Long|null);
                passed?: (number|null);
                missed?: (number|null);
            }

            class EventWindowClosed implements IEventWindowClosed {
                constructor(properties?: tributary.rewards.v1.IEventWindowClosed);
                public operator: string;
                public epoch: (number|Long);
                public passed: number;
                public missed: number;
                public static encode(message: tributary.rewards.v1.IEventWindowClosed, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventWindowClosed;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventNodeSlashed {
                operator?: (string|null);
                epoch?: (number|Long|null);
                missed?: (number|null);
                amount?: (string|null);
                jailedUntilEpoch?: (number|Long|null);
            }

            class EventNodeSlashed implements IEventNodeSlashed {
                constructor(properties?: tributary.rewards.v1.IEventNodeSlashed);
                public operator: string;
                public epoch: (number|Long);
                public missed: number;
                public amount: string;
                public jailedUntilEpoch: (number|Long);
                public static encode(message: tributary.rewards.v1.IEventNodeSlashed, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventNodeSlashed;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventNodeReward {
                operator?: (string|null);
                epoch?: (number|Long|null);
                amount?: (string|null);
                weight?: (string|null);
            }

            class EventNodeReward implements IEventNodeReward {
                constructor(properties?: tributary.rewards.v1.IEventNodeReward);
                public operator: string;
                public epoch: (number|Long);
                public amount: string;
                public weight: string;
                public static encode(message: tributary.rewards.v1.IEventNodeReward, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventNodeReward;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventEpochPaid {
                epoch?: (number|Long|null);
                pool?: (string|null);
                paid?: (string|null);
                nodesPaid?: (number|Long|null);
            }

            class EventEpochPaid implements IEventEpochPaid {
                constructor(properties?: tributary.rewards.v1.IEventEpochPaid);
                public epoch: (number|Long);
                public pool: string;
                public paid: string;
                public nodesPaid: (number|Long);
                public static encode(message: tributary.rewards.v1.IEventEpochPaid, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.rewards.v1.EventEpochPaid;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
