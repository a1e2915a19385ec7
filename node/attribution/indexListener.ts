/**
 * Starts attribution index builds as soon as a version is committed, for either consensus
 * driver: an App listener (chain/appListeners.ts) that notes the versions the block's typed
 * EventVersionPublished events announce after FinalizeBlock and, after Commit (the builder reads
 * committed state), asks the provider to build them in its worker. Commitments already PENDING
 * are started too: those in committed state when the listener is made (a restart), and those
 * InitChain wrote for versions a genesis brought (visible once the first block, which commits
 * the InitChain writes, is committed). The chain does not depend on this: a provider also builds
 * lazily on first get (at the latest, EndBlock of the ready height).
 */
import { type AppListener, type FinalizedBlock, txEvents } from "../../chain/appListeners.ts";
import { decodeVersionPublished } from "../../modules/datanet/events.ts";
import type { NodeIndexProvider } from "./provider.ts";

/** (datanet, version) of every version published by the block's successful txs. */
export function publishedVersions(block: Pick<FinalizedBlock, "txResults">): [bigint, bigint][] {
  return txEvents(block, decodeVersionPublished).map(({ event }) => [event.datanetId, event.number]);
}

export function attributionIndexListener(provider: Pick<NodeIndexProvider, "start" | "startPending">): AppListener {
  let published: [bigint, bigint][] = [];
  let scanAfterCommit = false;
  // Builds run in the provider's worker, past this block: errors are logged by the provider and
  // retried by the EndBlock that needs the index.
  const startPending = () => void provider.startPending().catch(() => undefined);
  startPending();
  return {
    name: "attribution-index-builds",
    afterInitChain() {
      scanAfterCommit = true;
    },
    afterFinalizeBlock(block) {
      published = publishedVersions(block);
    },
    afterCommit() {
      for (const [dn, v] of published) void provider.start(dn, v).catch(() => undefined);
      published = [];
      if (scanAfterCommit) {
        scanAfterCommit = false;
        startPending();
      }
    },
  };
}
