import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { RequestQuery, ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import type { Context } from "./context.ts";
import { ChainError, sdkErrors, toAbciError } from "./errors.ts";
import { EventManager } from "./events.ts";
import { GasMeter } from "./gas.ts";
import type { Router } from "./router.ts";
import { rulesAt } from "./rules.ts";
import type { CommitStore } from "./store/commitStore.ts";
import type { KVReader, KVStore } from "./store/types.ts";
import type { TxOutcome } from "./tx/runTx.ts";

export const SIMULATE_PATHS = ["/cosmos.tx.v1beta1.Service/Simulate", "/app/simulate"];
/** `/store/key` (or the SDK-style `/store/<module>/key`): a raw key, with a proof on request. */
const STORE_KEY_PATH = /^\/store\/(?:[^/]+\/)?key$/;
export const SMT_PROOF_OP_TYPE = "tributary:smt";

export interface QueryDeps {
  store: CommitStore;
  router: Router;
  simulate(tx: Uint8Array): Promise<TxOutcome>;
}

/**
 * ABCI Query: gRPC method paths routed to module query handlers, raw store keys with
 * Merkle proofs, and tx simulation. Height 0 means the latest committed height, and every
 * answer carries the height it was read at (CosmJS needs a non-zero height).
 */
export async function handleQuery(deps: QueryDeps, req: RequestQuery): Promise<ResponseQuery> {
  const latest = deps.store.version;
  const height = req.height === 0n ? latest : req.height;
  try {
    if (latest === 0n) throw sdkErrors.invalidRequest.wrap("no committed state yet; wait for the first block");
    if (height > latest) throw sdkErrors.invalidRequest.wrap(`cannot query with height ${height} in the future; latest is ${latest}`);
    if (height < 0n) throw sdkErrors.invalidRequest.wrap(`cannot query with negative height ${height}`);
    if (STORE_KEY_PATH.test(req.path)) return storeQuery(deps.store, req, height);
    if (SIMULATE_PATHS.includes(req.path)) return { ...emptyResponse(height), value: await simulate(deps, req.data) };
    const handler = deps.router.query(req.path);
    if (!handler) throw sdkErrors.unknownRequest.wrap(`unknown query path ${req.path}`);
    const reader = height === latest ? deps.store.committed() : deps.store.at(height);
    const value = await handler.handle(queryContext(reader, height), req.data);
    return { ...emptyResponse(height), value };
  } catch (e) {
    const { code, codespace, log } = toAbciError(e);
    return { ...emptyResponse(height), code, codespace, log };
  }
}

function storeQuery(store: CommitStore, req: RequestQuery, height: bigint): ResponseQuery {
  if (req.prove) {
    const { value, proof } = store.getWithProof(req.data, height);
    return {
      ...emptyResponse(height),
      key: req.data,
      value: value ?? new Uint8Array(),
      proofOps: { ops: [{ type: SMT_PROOF_OP_TYPE, key: req.data, data: proof }] },
    };
  }
  const reader = height === store.version ? store.committed() : store.at(height);
  return { ...emptyResponse(height), key: req.data, value: reader.get(req.data) ?? new Uint8Array() };
}

async function simulate(deps: QueryDeps, data: Uint8Array): Promise<Uint8Array> {
  const req = SimulateRequest.decode(data);
  if (req.txBytes.length === 0) throw sdkErrors.invalidRequest.wrap("empty tx_bytes; CosmJS sends the encoded Tx there");
  const out = await deps.simulate(req.txBytes);
  if (out.code !== 0) {
    throw new ChainError(out.codespace, out.code, `${out.log} With gas wanted: '${out.gasWanted}' and gas used: '${out.gasUsed}' `);
  }
  const msgData = out.data.length > 0 ? TxMsgData.decode(out.data) : { msgResponses: [] };
  return SimulateResponse.encode({
    gasInfo: { gasWanted: out.gasWanted, gasUsed: out.gasUsed },
    result: { data: new Uint8Array(), log: "", events: out.events, msgResponses: msgData.msgResponses },
  }).finish();
}

function emptyResponse(height: bigint): ResponseQuery {
  return { code: 0, log: "", info: "", index: 0n, key: new Uint8Array(), value: new Uint8Array(), proofOps: undefined, height, codespace: "" };
}

function queryContext(reader: KVReader, height: bigint): Context {
  return {
    mode: "query",
    block: { chainId: "", height, timeSeconds: 0n, timeNanos: 0, proposerAddress: new Uint8Array() },
    kv: readOnly(reader),
    // Queries answer as the next block would run.
    rules: rulesAt(reader, height + 1n),
    gasMeter: GasMeter.infinite(),
    events: new EventManager(),
    blockMaxGas: -1n,
    minGasPrices: [],
  };
}

function readOnly(reader: KVReader): KVStore {
  const refuse = () => {
    throw new Error("queries are read-only");
  };
  return { get: (k) => reader.get(k), has: (k) => reader.has(k), iterate: (o) => reader.iterate(o), set: refuse, delete: refuse };
}
