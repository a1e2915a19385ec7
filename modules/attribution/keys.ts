import { concatBytes, u64be, utf8 } from "../../chain/keys.ts";

/** Store keys of the attribution module (see STORE_LAYOUT.md); ids are u64 big-endian. */
export const attributionKeys = {
  params: utf8("attribution/p"),
  nextRecordId: utf8("attribution/nr"),
  /** `attribution/c/` ‖ dn ‖ version → IndexCommitment. */
  commitmentPrefix: utf8("attribution/c/"),
  commitment: (dn: bigint, v: bigint) => concatBytes(attributionKeys.commitmentPrefix, u64be(dn), u64be(v)),
  /** Pending builds by ready height: `attribution/q/` ‖ height ‖ dn ‖ version → empty. */
  pendingPrefix: utf8("attribution/q/"),
  pendingEntry: (h: bigint, dn: bigint, v: bigint) => concatBytes(attributionKeys.pendingPrefix, u64be(h), u64be(dn), u64be(v)),
  recordPrefix: utf8("attribution/r/"),
  record: (id: bigint) => concatBytes(attributionKeys.recordPrefix, u64be(id)),
  /** `attribution/rc/` ‖ addr (20 bytes) ‖ record id → empty. */
  byContributorPrefix: utf8("attribution/rc/"),
  byContributor: (addr: Uint8Array) => concatBytes(attributionKeys.byContributorPrefix, addr),
  byContributorEntry: (addr: Uint8Array, id: bigint) => concatBytes(attributionKeys.byContributorPrefix, addr, u64be(id)),
  /** `attribution/rn/` ‖ contribution id ‖ record id → empty. */
  byContributionPrefix: utf8("attribution/rn/"),
  byContribution: (cid: bigint) => concatBytes(attributionKeys.byContributionPrefix, u64be(cid)),
  byContributionEntry: (cid: bigint, id: bigint) => concatBytes(attributionKeys.byContributionPrefix, u64be(cid), u64be(id)),
};
