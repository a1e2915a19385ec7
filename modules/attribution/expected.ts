import type { Context } from "../../chain/context.ts";
import type { Rules } from "../../chain/rules.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { Contribution, DatanetVersion, TokenSequence } from "../datanet/types.ts";
import type { AttributionIndex } from "./engine/index.ts";

export type { Contribution, DatanetVersion, TokenSequence };

/**
 * The index of datanet version `version` (the segments of segmentLayout.ts over versions
 * 1..version: at most 8, each a contiguous range of versions), built by the node
 * off the block path. Its content is deterministic (see documents.ts); EndBlock of the ready
 * height awaits it, so a node that has not finished waits rather than diverges. Reading a
 * READY version's index returns what the on-chain hash commits to (the node checks on load).
 */
export interface IndexProvider {
  get(datanetId: bigint, version: bigint): Promise<AttributionIndex>;
}

/** What attribution reads and writes in the datanet module. */
export interface AttributionDatanetKeeper {
  getVersion(kv: KVReader, dn: bigint, n: bigint): DatanetVersion | undefined;
  /** Every version of every datanet, in (datanet, number) order (genesis). */
  listVersions(kv: KVReader): Promise<DatanetVersion[]>;
  getContribution(kv: KVReader, id: bigint): Contribution | undefined;
  getSequence(kv: KVReader, id: bigint): TokenSequence | undefined;
  getWordId(kv: KVReader, dn: bigint, word: string): number | undefined;
  incrementTimesAttributed(ctx: Context, id: bigint): void;
}

/**
 * One version of the datanet text rules (modules/datanet/text): attribution must cut an output
 * into words exactly as ingestion cut the contributions its indexes hold.
 */
export interface TextRules {
  tokenize(text: string): string[];
}

/**
 * The text rules of a rules version (datanet's `textRules`, a table by rules version): the
 * keeper asks with the block's `ctx.rules`, an off-chain verifier with the version of the
 * record's height, so both cut an output as that block did.
 */
export type TextRulesOf = (rules: Rules) => TextRules;

/** A contributor's stable number in the indexes: its account number (u32). */
export interface AttributionAccountReader {
  accountNumber(kv: KVReader, addr: Uint8Array): bigint | undefined;
}
