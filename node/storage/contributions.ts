/**
 * What the storage side of the node needs to know about a contribution, read from the app's
 * committed state in process (no RPC hop): the `Contribution` query of the datanet module,
 * decoded with the generated types. Used by the HTTP content server and the prover.
 */
import type { AbciApp } from "../../chain/abci.ts";
import * as pb from "../../proto/gen/tributary/datanet/v1/index.ts";
import { contentRoot } from "../../chain/contentRoot.ts";
import { decode, encode } from "../../proto/codec.ts";

const ACCEPTED = 2; // ContributionStatus.ACCEPTED (types.proto)
/** datanet codespace, code of "contribution not found" (modules/datanet/errors.ts). */
const CONTRIBUTION_NOT_FOUND = 6;

export interface ContributionView {
  id: bigint;
  datanetId: bigint;
  accepted: boolean;
  contentHash: Uint8Array;
  /** The chunked content root the chain recorded; undefined for contributions ingested before the rule. */
  contentRoot: Uint8Array | undefined;
  bytes: bigint;
}

export type ContributionLookup = (id: bigint) => Promise<ContributionView | undefined>;

const u64 = (v: unknown): bigint => (v === null || v === undefined ? 0n : BigInt(String(v)));

/** Reads contributions from `app`'s latest committed state; undefined when the id does not exist. */
export function appContributionLookup(app: Pick<AbciApp, "query">): ContributionLookup {
  return async (id) => {
    const res = await app.query({
      path: "/tributary.datanet.v1.Query/Contribution",
      data: encode(pb.QueryContributionRequestSchema, { id: id }),
      height: 0n,
      prove: false,
    });
    if (res.code !== 0) {
      if (res.codespace === "datanet" && res.code === CONTRIBUTION_NOT_FOUND) return undefined;
      throw new Error(`contribution ${id}: query failed (${res.codespace}/${res.code}): ${res.log}`);
    }
    const c = decode(pb.QueryContributionResponseSchema, res.value).contribution;
    if (!c) return undefined;
    const root = c.contentRoot;
    return {
      id: u64(c.id),
      datanetId: u64(c.datanetId),
      accepted: c.status === ACCEPTED,
      contentHash: c.contentHash ?? new Uint8Array(),
      contentRoot: root && root.length === 32 ? root : undefined,
      bytes: u64(c.bytes),
    };
  };
}

/**
 * The root a reader checks chunks against: the chain's when it recorded one, else the root of
 * the body, which the caller has already checked against the chain's content hash (so it is
 * derived from on-chain data all the same).
 */
export function rootFor(c: ContributionView, body: Uint8Array): { root: Uint8Array; onChain: boolean } {
  return c.contentRoot ? { root: c.contentRoot, onChain: true } : { root: contentRoot(body), onChain: false };
}
