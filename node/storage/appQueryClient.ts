/**
 * A CosmJS QueryClient over the app in this process: the client's query extensions (rewards,
 * auth, datanet) read the node's committed state without an RPC round trip, whichever
 * consensus driver runs the app (the app answers queries concurrently with block execution; see
 * chain/abci.ts).
 */
import { QueryClient } from "@cosmjs/stargate";
import type { Comet38Client, CometClient } from "@cosmjs/tendermint-rpc";
import type { AbciApp } from "../../chain/abci.ts";

type AbciQueryParams = Parameters<Comet38Client["abciQuery"]>[0];
type AbciQueryResponse = Awaited<ReturnType<Comet38Client["abciQuery"]>>;

export function appQueryClient(app: Pick<AbciApp, "query">): QueryClient {
  const comet = {
    async abciQuery(p: AbciQueryParams): Promise<AbciQueryResponse> {
      const r = await app.query({ path: p.path, data: p.data, height: BigInt(p.height ?? 0), prove: false });
      return { key: r.key, value: r.value, height: Number(r.height), index: Number(r.index), code: r.code, codespace: r.codespace, log: r.log, info: r.info };
    },
  };
  // QueryClient only calls abciQuery (no proofs are asked for here).
  return new QueryClient(comet as unknown as CometClient);
}
