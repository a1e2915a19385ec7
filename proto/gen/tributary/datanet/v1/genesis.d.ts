import type * as $protobuf from "protobufjs";
export namespace tributary {

    namespace datanet {

        namespace v1 {

            interface IGenesisState {
                params?: (tributary.datanet.v1.IParams|null);
                datanets?: (tributary.datanet.v1.IDatanet[]|null);
                contributions?: (tributary.datanet.v1.IContribution[]|null);
                versions?: (tributary.datanet.v1.IDatanetVersion[]|null);
                vocabularies?: (tributary.datanet.v1.IVocabulary[]|null);
                tokenSequences?: (tributary.datanet.v1.ITokenSequenceEntry[]|null);
                contents?: (tributary.datanet.v1.IContentEntry[]|null);
            }

            class GenesisState implements IGenesisState {
                constructor(properties?: tributary.datanet.v1.IGenesisState);
                public params?: (tributary.datanet.v1.IParams|null);
                public datanets: tributary.datanet.v1.IDatanet[];
                public contributions: tributary.datanet.v1.IContribution[];
                public versions: tributary.datanet.v1.IDatanetVersion[];
                public vocabularies: tributary.datanet.v1.IVocabulary[];
                public tokenSequences: tributary.datanet.v1.ITokenSequenceEntry[];
                public contents: tributary.datanet.v1.IContentEntry[];
                public static encode(message: tributary.datanet.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.GenesisState;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IVocabulary {
                datanetId?: (number|Long|null);
                words?: (string[]|null);
            }

            class Vocabulary implements IVocabulary {
                constructor(properties?: tributary.datanet.v1.IVocabulary);
                public datanetId: (number|Long);
                public words: string[];
                public static encode(message: tributary.datanet.v1.IVocabulary, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.Vocabulary;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITokenSequenceEntry {
                contributionId?: (number|Long|null);
                sequence?: (tributary.datanet.v1.ITokenSequence|null);
            }

            class TokenSequenceEntry implements ITokenSequenceEntry {
                constructor(properties?: tributary.datanet.v1.ITokenSequenceEntry);
                public contributionId: (number|Long);
                public sequence?: (tributary.datanet.v1.ITokenSequence|null);
                public static encode(message: tributary.datanet.v1.ITokenSequenceEntry, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.TokenSequenceEntry;
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContentEntry {
                hash?: (Uint8Array|null);
                body?: (Uint8Array|null);
            }

            class ContentEntry implements IContentEntry {
                constructor(properties?: tributary.datanet.v1.IContentEntry);
                public hash: Uint8Array;
                public body: Uint8Array;
                public static encode(message: tributary.datanet.v1.IContentEntry, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tributary.datanet.v1.ContentEntry;
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
