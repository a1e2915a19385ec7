import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace datanet {

        namespace v1 {

            interface IEventDatanetCreated {
                datanetId?: (number|Long|null);
                owner?: (string|null);
                name?: (string|null);
                fee?: (string|null);
            }

            class EventDatanetCreated implements IEventDatanetCreated {
                constructor(properties?: tributary.datanet.v1.IEventDatanetCreated);
                public datanetId: (number|Long);
                public owner: string;
                public name: string;
                public fee: string;
                public static encode(message: tributary.datanet.v1.IEventDatanetCreated, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.EventDatanetCreated;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventDatanetUpdated {
                datanetId?: (number|Long|null);
                changed?: (string|null);
            }

            class EventDatanetUpdated implements IEventDatanetUpdated {
                constructor(properties?: tributary.datanet.v1.IEventDatanetUpdated);
                public datanetId: (number|Long);
                public changed: string;
                public static encode(message: tributary.datanet.v1.IEventDatanetUpdated, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.EventDatanetUpdated;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventContribution {
                contributionId?: (number|Long|null);
                datanetId?: (number|Long|null);
                contributor?: (string|null);
                recordIndex?: (number|null);
                contentHash?: (string|null);
                redacted?: (boolean|null);
                status?: (string|null);
                bytes?: (number|Long|null);
                tokens?: (number|null);
                maskedTokens?: (number|null);
                deposit?: (string|null);
                contentRoot?: (string|null);
            }

            class EventContribution implements IEventContribution {
                constructor(properties?: tributary.datanet.v1.IEventContribution);
                public contributionId: (number|Long);
                public datanetId: (number|Long);
                public contributor: string;
                public recordIndex: number;
                public contentHash: string;
                public redacted: boolean;
                public status: string;
                public bytes: (number|Long);
                public tokens: number;
                public maskedTokens: number;
                public deposit: string;
                public contentRoot: string;
                public static encode(message: tributary.datanet.v1.IEventContribution, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.EventContribution;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventContributionReviewed {
                contributionId?: (number|Long|null);
                datanetId?: (number|Long|null);
                curator?: (string|null);
                status?: (string|null);
                reason?: (string|null);
                deposit?: (string|null);
            }

            class EventContributionReviewed implements IEventContributionReviewed {
                constructor(properties?: tributary.datanet.v1.IEventContributionReviewed);
                public contributionId: (number|Long);
                public datanetId: (number|Long);
                public curator: string;
                public status: string;
                public reason: string;
                public deposit: string;
                public static encode(message: tributary.datanet.v1.IEventContributionReviewed, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.EventContributionReviewed;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventContributionWithdrawn {
                contributionId?: (number|Long|null);
                datanetId?: (number|Long|null);
                contributor?: (string|null);
                deposit?: (string|null);
            }

            class EventContributionWithdrawn implements IEventContributionWithdrawn {
                constructor(properties?: tributary.datanet.v1.IEventContributionWithdrawn);
                public contributionId: (number|Long);
                public datanetId: (number|Long);
                public contributor: string;
                public deposit: string;
                public static encode(message: tributary.datanet.v1.IEventContributionWithdrawn, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.EventContributionWithdrawn;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventVersionPublished {
                datanetId?: (number|Long|null);
                number?: (number|Long|null);
                recordCount?: (number|Long|null);
                added?: (number|Long|null);
                merkleRoot?: (string|null);
                totalTokens?: (number|Long|null);
            }

            class EventVersionPublished implements IEventVersionPublished {
                constructor(properties?: tributary.datanet.v1.IEventVersionPublished);
                public datanetId: (number|Long);
                public number: (number|Long);
                public recordCount: (number|Long);
                public added: (number|Long);
                public merkleRoot: string;
                public totalTokens: (number|Long);
                public static encode(message: tributary.datanet.v1.IEventVersionPublished, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.EventVersionPublished;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
