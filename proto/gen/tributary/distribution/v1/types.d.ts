import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace distribution {

        namespace v1 {

            interface IComputeRewards {
                pending?: (cosmos.base.v1beta1.ICoin[]|null);
                lastAllocated?: (cosmos.base.v1beta1.ICoin[]|null);
                lastHeight?: (number|Long|null);
                totalAllocated?: (cosmos.base.v1beta1.ICoin[]|null);
            }

            class ComputeRewards implements IComputeRewards {
                constructor(properties?: tributary.distribution.v1.IComputeRewards);
                public pending: cosmos.base.v1beta1.ICoin[];
                public lastAllocated: cosmos.base.v1beta1.ICoin[];
                public lastHeight: (number|Long);
                public totalAllocated: cosmos.base.v1beta1.ICoin[];
                public static encode(message: tributary.distribution.v1.IComputeRewards, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.distribution.v1.ComputeRewards;
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
