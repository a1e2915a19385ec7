import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace store {

        namespace v1 {

            interface ISmtProof {
                key?: (Uint8Array|null);
                depth?: (number|null);
                siblingBitmap?: (Uint8Array|null);
                siblings?: (Uint8Array[]|null);
                leaf?: (tributary.store.v1.ISmtLeaf|null);
            }

            class SmtProof implements ISmtProof {
                constructor(properties?: tributary.store.v1.ISmtProof);
                public key: Uint8Array;
                public depth: number;
                public siblingBitmap: Uint8Array;
                public siblings: Uint8Array[];
                public leaf?: (tributary.store.v1.ISmtLeaf|null);
                public static encode(message: tributary.store.v1.ISmtProof, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.store.v1.SmtProof;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ISmtLeaf {
                keyHash?: (Uint8Array|null);
                valueHash?: (Uint8Array|null);
            }

            class SmtLeaf implements ISmtLeaf {
                constructor(properties?: tributary.store.v1.ISmtLeaf);
                public keyHash: Uint8Array;
                public valueHash: Uint8Array;
                public static encode(message: tributary.store.v1.ISmtLeaf, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.store.v1.SmtLeaf;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
