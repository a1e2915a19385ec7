/**
 * The ABCI 2.0 (CometBFT v0.38) method set the app serves. Both consensus drivers (the embedded
 * solo driver and, later, the socket server in front of a real CometBFT) call exactly these,
 * with the `cosmjs-types` v0.38 message types, and nothing in chain/ or modules/ knows which
 * driver is calling.
 *
 * Concurrency contract: `checkTx` and `query` may be called while a block is being finalised;
 * they read the check state and the committed state, never the block being built. The driver
 * serialises consensus-connection calls (initChain … commit).
 */
import type {
  RequestApplySnapshotChunk,
  RequestCheckTx,
  RequestFinalizeBlock,
  RequestInfo,
  RequestInitChain,
  RequestListSnapshots,
  RequestLoadSnapshotChunk,
  RequestOfferSnapshot,
  RequestPrepareProposal,
  RequestProcessProposal,
  RequestQuery,
  ResponseApplySnapshotChunk,
  ResponseCheckTx,
  ResponseCommit,
  ResponseFinalizeBlock,
  ResponseInfo,
  ResponseInitChain,
  ResponseListSnapshots,
  ResponseLoadSnapshotChunk,
  ResponseOfferSnapshot,
  ResponsePrepareProposal,
  ResponseProcessProposal,
  ResponseQuery,
} from "cosmjs-types/tendermint/abci/types";

export interface AbciApp {
  info(req: RequestInfo): Promise<ResponseInfo>;
  initChain(req: RequestInitChain): Promise<ResponseInitChain>;
  checkTx(req: RequestCheckTx): Promise<ResponseCheckTx>;
  prepareProposal(req: RequestPrepareProposal): Promise<ResponsePrepareProposal>;
  processProposal(req: RequestProcessProposal): Promise<ResponseProcessProposal>;
  finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock>;
  commit(): Promise<ResponseCommit>;
  query(req: RequestQuery): Promise<ResponseQuery>;
}

/**
 * The ABCI state-sync methods (snapshot connection). Served by the node (node/snapshots/), not
 * the App: snapshots are files beside the state, taken off the block path, and a restore fills
 * an empty store before the App runs its first block.
 */
export interface AbciSnapshots {
  listSnapshots(req: RequestListSnapshots): Promise<ResponseListSnapshots>;
  loadSnapshotChunk(req: RequestLoadSnapshotChunk): Promise<ResponseLoadSnapshotChunk>;
  offerSnapshot(req: RequestOfferSnapshot): Promise<ResponseOfferSnapshot>;
  applySnapshotChunk(req: RequestApplySnapshotChunk): Promise<ResponseApplySnapshotChunk>;
}
