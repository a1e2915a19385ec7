/**
 * Starts attribution index builds as soon as a version is committed, for either consensus
 * driver: a thin AbciApp wrapper that notes the block's EventVersionPublished at FinalizeBlock
 * and, after Commit (the builder reads committed state), asks the provider to build them in its
 * worker. Commitments already PENDING are started too: those in committed state when the node
 * starts (a restart), and those InitChain wrote for versions a genesis brought (visible once the
 * first block, which commits the InitChain writes, is committed). The chain does not depend on
 * this: a provider also builds lazily on first get (at the latest, EndBlock of the ready height).
 */
import type { RequestFinalizeBlock, ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import type { AbciApp } from "../../chain/abci.ts";
import { EVENT } from "../../modules/datanet/events.ts";
import type { NodeIndexProvider } from "./provider.ts";

/** (datanet, version) of every version published by the block's successful txs. */
export function publishedVersions(res: Pick<ResponseFinalizeBlock, "txResults">): [bigint, bigint][] {
  const out: [bigint, bigint][] = [];
  for (const r of res.txResults) {
    if (r.code !== 0) continue;
    for (const e of r.events) {
      if (e.type !== EVENT.versionPublished) continue;
      const attr = (k: string) => e.attributes.find((a) => a.key === k)?.value ?? "0";
      out.push([BigInt(attr("datanet_id")), BigInt(attr("number"))]);
    }
  }
  return out;
}

export function withAttributionIndexing(inner: AbciApp, provider: NodeIndexProvider): AbciApp {
  let published: [bigint, bigint][] = [];
  let scanAfterCommit = false;
  // Errors are logged by the provider and retried by the EndBlock that needs the index.
  const startPending = () => void provider.startPending().catch(() => undefined);
  startPending();
  return {
    info: (req) => inner.info(req),
    async initChain(req) {
      const res = await inner.initChain(req);
      scanAfterCommit = true;
      return res;
    },
    checkTx: (req) => inner.checkTx(req),
    prepareProposal: (req) => inner.prepareProposal(req),
    processProposal: (req) => inner.processProposal(req),
    async finalizeBlock(req: RequestFinalizeBlock) {
      const res = await inner.finalizeBlock(req);
      published = publishedVersions(res);
      return res;
    },
    async commit() {
      const res = await inner.commit();
      for (const [dn, v] of published) void provider.start(dn, v).catch(() => undefined);
      published = [];
      if (scanAfterCommit) {
        scanAfterCommit = false;
        startPending();
      }
      return res;
    },
    query: (req) => inner.query(req),
  };
}
