import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace distribution {

        namespace v1 {

            interface IEventAllocation {
                total?: (string|null);
                compute?: (string|null);
                validators?: (string|null);
                communityPool?: (string|null);
                signers?: (number|null);
            }

            class EventAllocation implements IEventAllocation {
                constructor(properties?: tributary.distribution.v1.IEventAllocation);
                public total: string;
                public compute: string;
                public validators: string;
                public communityPool: string;
                public signers: number;
                public static encode(message: tributary.distribution.v1.IEventAllocation, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.distribution.v1.EventAllocation;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
