import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace attribution {

        namespace v1 {

            class Msg extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                public recordAttribution(request: tributary.attribution.v1.IMsgRecordAttribution, callback: tributary.attribution.v1.Msg.RecordAttributionCallback): void;
                public recordAttribution(request: tributary.attribution.v1.IMsgRecordAttribution): Promise<tributary.attribution.v1.MsgRecordAttributionResponse>;
            }

            namespace Msg {

                type RecordAttributionCallback = (error: (Error|null), response?: tributary.attribution.v1.MsgRecordAttributionResponse) => void;
            }

            interface IMsgRecordAttribution {
                submitter?: (string|null);
                manifest?: (tributary.attribution.v1.IManifestEntry[]|null);
                output?: (string|null);
                prompt?: (string|null);
            }

            class MsgRecordAttribution implements IMsgRecordAttribution {
                constructor(properties?: tributary.attribution.v1.IMsgRecordAttribution);
                public submitter: string;
                public manifest: tributary.attribution.v1.IManifestEntry[];
                public output: string;
                public prompt: string;
                public static encode(message: tributary.attribution.v1.IMsgRecordAttribution, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.MsgRecordAttribution;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMsgRecordAttributionResponse {
                recordId?: (number|Long|null);
                totalPoints?: (number|Long|null);
                residual?: (number|Long|null);
            }

            class MsgRecordAttributionResponse implements IMsgRecordAttributionResponse {
                constructor(properties?: tributary.attribution.v1.IMsgRecordAttributionResponse);
                public recordId: (number|Long);
                public totalPoints: (number|Long);
                public residual: (number|Long);
                public static encode(message: tributary.attribution.v1.IMsgRecordAttributionResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.attribution.v1.MsgRecordAttributionResponse;
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
