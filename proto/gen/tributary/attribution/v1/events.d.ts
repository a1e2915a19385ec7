import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace attribution {

        namespace v1 {

            interface IEventIndexPending {
                datanetId?: (number|Long|null);
                version?: (number|Long|null);
                readyHeight?: (number|Long|null);
            }

            class EventIndexPending implements IEventIndexPending {
                constructor(properties?: tributary.attribution.v1.IEventIndexPending);
                public datanetId: (number|Long);
                public version: (number|Long);
                public readyHeight: (number|Long);
                public static encode(message: tributary.attribution.v1.IEventIndexPending, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.EventIndexPending;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventIndexReady {
                datanetId?: (number|Long|null);
                version?: (number|Long|null);
                indexHash?: (string|null);
            }

            class EventIndexReady implements IEventIndexReady {
                constructor(properties?: tributary.attribution.v1.IEventIndexReady);
                public datanetId: (number|Long);
                public version: (number|Long);
                public indexHash: string;
                public static encode(message: tributary.attribution.v1.IEventIndexReady, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.EventIndexReady;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEventAttributionRecorded {
                recordId?: (number|Long|null);
                submitter?: (string|null);
                manifest?: (string|null);
                totalPoints?: (number|Long|null);
                residual?: (number|Long|null);
                contributors?: (number|null);
            }

            class EventAttributionRecorded implements IEventAttributionRecorded {
                constructor(properties?: tributary.attribution.v1.IEventAttributionRecorded);
                public recordId: (number|Long);
                public submitter: string;
                public manifest: string;
                public totalPoints: (number|Long);
                public residual: (number|Long);
                public contributors: number;
                public static encode(message: tributary.attribution.v1.IEventAttributionRecorded, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.EventAttributionRecorded;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
