import { concatBytes, u32be, u64be, utf8 } from "../../chain/keys.ts";

/**
 * Store keys of the datanet module (see STORE_LAYOUT.md). `dn` is a datanet id and `id` a
 * contribution id, both u64 big-endian so prefix scans run in id order; `addr` is 20 bytes.
 */
const u8 = (n: number) => Uint8Array.of(n);
export const datanetKeys = {
  params: utf8("datanet/p"),
  nextDatanetId: utf8("datanet/nd"),
  nextContributionId: utf8("datanet/nc"),

  datanetPrefix: utf8("datanet/d/"),
  datanet: (dn: bigint) => concatBytes(datanetKeys.datanetPrefix, u64be(dn)),
  countersPrefix: utf8("datanet/n/"),
  counters: (dn: bigint) => concatBytes(datanetKeys.countersPrefix, u64be(dn)),
  byOwnerPrefix: utf8("datanet/do/"),
  byOwner: (addr: Uint8Array) => concatBytes(datanetKeys.byOwnerPrefix, addr),
  byOwnerEntry: (addr: Uint8Array, dn: bigint) => concatBytes(datanetKeys.byOwnerPrefix, addr, u64be(dn)),
  /** Tags are [a-z0-9-]: the 0x00 separator cannot occur in one. */
  byTagPrefix: utf8("datanet/dt/"),
  byTag: (tag: string) => concatBytes(datanetKeys.byTagPrefix, utf8(tag), u8(0)),
  byTagEntry: (tag: string, dn: bigint) => concatBytes(datanetKeys.byTagPrefix, utf8(tag), u8(0), u64be(dn)),

  contributionPrefix: utf8("datanet/c/"),
  contribution: (id: bigint) => concatBytes(datanetKeys.contributionPrefix, u64be(id)),
  /** Index by datanet: `datanet/cd/` ‖ dn ‖ id. */
  byDatanetAllPrefix: utf8("datanet/cd/"),
  byDatanetAll: (dn: bigint) => concatBytes(datanetKeys.byDatanetAllPrefix, u64be(dn)),
  byDatanetAllEntry: (dn: bigint, id: bigint) => concatBytes(datanetKeys.byDatanetAllPrefix, u64be(dn), u64be(id)),
  /** Index by datanet and status: `datanet/cs/` ‖ dn ‖ status (1 byte) ‖ id. */
  byStatusPrefix: utf8("datanet/cs/"),
  byDatanetStatus: (dn: bigint, status: number) => concatBytes(datanetKeys.byStatusPrefix, u64be(dn), u8(status)),
  byStatusEntry: (dn: bigint, status: number, id: bigint) => concatBytes(datanetKeys.byStatusPrefix, u64be(dn), u8(status), u64be(id)),
  /** Index by contributor: `datanet/cc/` ‖ addr ‖ id. */
  byContributorPrefix: utf8("datanet/cc/"),
  byContributor: (addr: Uint8Array) => concatBytes(datanetKeys.byContributorPrefix, addr),
  byContributorEntry: (addr: Uint8Array, id: bigint) => concatBytes(datanetKeys.byContributorPrefix, addr, u64be(id)),
  contributorCountersPrefix: utf8("datanet/cn/"),
  contributorCounters: (addr: Uint8Array) => concatBytes(datanetKeys.contributorCountersPrefix, addr),
  quotaPrefix: utf8("datanet/q/"),
  quota: (addr: Uint8Array) => concatBytes(datanetKeys.quotaPrefix, addr),

  sequencePrefix: utf8("datanet/s/"),
  sequence: (id: bigint) => concatBytes(datanetKeys.sequencePrefix, u64be(id)),

  /** Vocabulary: `datanet/w/` ‖ dn ‖ word (UTF-8) → id (u32 BE). */
  wordPrefix: utf8("datanet/w/"),
  words: (dn: bigint) => concatBytes(datanetKeys.wordPrefix, u64be(dn)),
  word: (dn: bigint, word: string) => concatBytes(datanetKeys.wordPrefix, u64be(dn), utf8(word)),

  /** Dedup indexes (derived; rebuilt at genesis). */
  exactPrefix: utf8("datanet/h/"),
  exact: (dn: bigint, sequenceHash: Uint8Array) => concatBytes(datanetKeys.exactPrefix, u64be(dn), sequenceHash),
  bandPrefix: utf8("datanet/b/"),
  band: (dn: bigint, band: number, key: Uint8Array) => concatBytes(datanetKeys.bandPrefix, u64be(dn), u8(band), key),
  fingerprintPrefix: utf8("datanet/f/"),
  fingerprint: (dn: bigint, hash: number) => concatBytes(datanetKeys.fingerprintPrefix, u64be(dn), u32be(hash)),

  versionPrefix: utf8("datanet/v/"),
  versions: (dn: bigint) => concatBytes(datanetKeys.versionPrefix, u64be(dn)),
  version: (dn: bigint, n: bigint) => concatBytes(datanetKeys.versionPrefix, u64be(dn), u64be(n)),
  /**
   * Version order: `datanet/vm/` ‖ dn ‖ position (u64 BE) → contribution id (u64 BE). Version N
   * holds positions [0, record_count(N)); a position is the record's Merkle leaf index. Derived.
   */
  positionPrefix: utf8("datanet/vm/"),
  positions: (dn: bigint) => concatBytes(datanetKeys.positionPrefix, u64be(dn)),
  position: (dn: bigint, pos: bigint) => concatBytes(datanetKeys.positionPrefix, u64be(dn), u64be(pos)),
  /** Accepted but not yet in a version: `datanet/u/` ‖ dn ‖ id → empty. Derived. */
  unpublishedPrefix: utf8("datanet/u/"),
  unpublished: (dn: bigint) => concatBytes(datanetKeys.unpublishedPrefix, u64be(dn)),
  unpublishedEntry: (dn: bigint, id: bigint) => concatBytes(datanetKeys.unpublishedPrefix, u64be(dn), u64be(id)),
  /**
   * Challengeable records (ACCEPTED with a content root), per datanet, in (decided height, id)
   * order: `datanet/ri/` ‖ dn ‖ position → id ‖ cumulative chunk end (u64 BE each). Derived.
   */
  rootedPrefix: utf8("datanet/ri/"),
  rooted: (dn: bigint, pos: bigint) => concatBytes(datanetKeys.rootedPrefix, u64be(dn), u64be(pos)),
  /** Totals of the above: `datanet/rt/` ‖ dn → records ‖ chunks ‖ bytes (u64 BE each). Derived. */
  rootedTotalsPrefix: utf8("datanet/rt/"),
  rootedTotals: (dn: bigint) => concatBytes(datanetKeys.rootedTotalsPrefix, u64be(dn)),
  /** Accepted in the current block, appended at EndBlock in id order: `datanet/rq/` ‖ dn ‖ id → empty. Always empty between blocks. */
  rootedQueuePrefix: utf8("datanet/rq/"),
  rootedQueue: (dn: bigint, id: bigint) => concatBytes(datanetKeys.rootedQueuePrefix, u64be(dn), u64be(id)),
  /** RFC 6962 frontier of the published records. Derived. */
  frontierPrefix: utf8("datanet/mf/"),
  frontier: (dn: bigint) => concatBytes(datanetKeys.frontierPrefix, u64be(dn)),
};
