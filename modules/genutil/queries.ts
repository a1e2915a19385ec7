import type { QueryHandler } from "../../chain/module.ts";

/**
 * None: the SDK's cosmos.genutil.v1beta1 package defines no Query service (nor a Msg service).
 * What the gen_txs created is read through staking's queries.
 */
export const genutilQueries: QueryHandler[] = [];
