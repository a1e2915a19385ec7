import {
  type DistributionExtension, type MintExtension, QueryClient, type StakingExtension,
  setupDistributionExtension, setupMintExtension, setupSlashingExtension, setupStakingExtension,
} from "@cosmjs/stargate";
import type { Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { queryError } from "../datanet/connect.ts";
import { resolveNode } from "../common.ts";
import { UserError } from "../errors.ts";
import { connectComet, onNode } from "../rpcClients.ts";

/** SlashingExtension is not exported from @cosmjs/stargate's index. */
type SlashingExtension = ReturnType<typeof setupSlashingExtension>;
export type OperatorQueries = QueryClient & StakingExtension & SlashingExtension & DistributionExtension & MintExtension;

/**
 * Runs `fn` with CosmJS's staking, slashing, distribution and mint query extensions on the node
 * (--node, else the home's RPC address); always disconnects. A query the node answers with an
 * error becomes a one-line UserError with the node's message.
 */
export async function withOperatorQueries<T>(o: { node?: string; home: string }, fn: (q: OperatorQueries) => Promise<T>): Promise<T> {
  const url = resolveNode(o);
  const comet = await connectComet(url);
  try {
    return await onNode(url, () => fn(QueryClient.withExtensions(comet, setupStakingExtension, setupSlashingExtension, setupDistributionExtension, setupMintExtension)));
  } catch (e) {
    throw queryError(e);
  } finally {
    comet.disconnect();
  }
}

const notFound = (e: unknown) => e instanceof Error && /Query failed with \((?:22|38)\)|NotFound|not found/i.test(e.message);

/** The validator, or a one-line "validator … not found" (what the operator typed was wrong). */
export async function getValidator(q: OperatorQueries, valoper: string): Promise<Validator> {
  try {
    return (await q.staking.validator(valoper)).validator;
  } catch (e) {
    if (notFound(e)) throw new UserError(`validator ${valoper} not found`);
    throw e;
  }
}

/** Every item of a paginated CosmJS query. PERF: one request per page. */
export async function allPages<T, R extends { pagination?: { nextKey: Uint8Array } }>(fetch: (key?: Uint8Array) => Promise<R>, items: (r: R) => T[]): Promise<T[]> {
  const out: T[] = [];
  let key: Uint8Array | undefined;
  do {
    const r = await fetch(key);
    out.push(...items(r));
    key = r.pagination?.nextKey?.length ? r.pagination.nextKey : undefined;
  } while (key);
  return out;
}
