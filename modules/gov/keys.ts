import { concatBytes, u64be, utf8 } from "../../chain/keys.ts";

/**
 * Store keys of the gov module (see STORE_LAYOUT.md). Ids and times (Unix nanoseconds) are u64
 * big-endian, so the two queues iterate by end time, then id: the order EndBlock processes them in.
 */
export const govKeys = {
  params: utf8("gov/params"),
  nextProposalId: utf8("gov/next_id"),
  constitution: utf8("gov/constitution"),

  proposalPrefix: utf8("gov/proposal/"),
  proposal: (id: bigint) => concatBytes(govKeys.proposalPrefix, u64be(id)),
  /** Proposals in their deposit period, by deposit end time. */
  inactivePrefix: utf8("gov/inactive/"),
  inactive: (end: bigint, id: bigint) => concatBytes(govKeys.inactivePrefix, u64be(end), u64be(id)),
  /** Proposals in their voting period, by voting end time. */
  activePrefix: utf8("gov/active/"),
  active: (end: bigint, id: bigint) => concatBytes(govKeys.activePrefix, u64be(end), u64be(id)),
  depositPrefix: utf8("gov/deposit/"),
  depositsOf: (id: bigint) => concatBytes(govKeys.depositPrefix, u64be(id)),
  deposit: (id: bigint, depositor: Uint8Array) => concatBytes(govKeys.depositPrefix, u64be(id), depositor),
  votePrefix: utf8("gov/vote/"),
  votesOf: (id: bigint) => concatBytes(govKeys.votePrefix, u64be(id)),
  vote: (id: bigint, voter: Uint8Array) => concatBytes(govKeys.votePrefix, u64be(id), voter),
};

/** A queue key's end time and proposal id (the 16 bytes after the queue prefix). */
export function queueEntry(keyInPrefix: Uint8Array): { end: bigint; id: bigint } {
  const view = new DataView(keyInPrefix.buffer, keyInPrefix.byteOffset, keyInPrefix.byteLength);
  return { end: view.getBigUint64(0), id: view.getBigUint64(8) };
}
