/**
 * Shape comparison of our REST answers with a real Cosmos SDK gateway's (test/api.e2e.test.ts):
 * the samples, how a difference is spelled, and the differences the SDK's versions explain.
 *
 * - node/api/testdata/simdGateway-v0.46.16.json: simd v0.46.16's raw answers, captured by
 *   scripts/capture-sdk-gateway.ts — every route simd serves is compared with these;
 * - node/api/testdata/sdkGateway.json: hand-written v0.50 samples for routes simd v0.46 does not
 *   serve (it answers 501 or lacks them).
 */
import simdGateway from "../node/api/testdata/simdGateway-v0.46.16.json" with { type: "json" };
import sdkGateway from "../node/api/testdata/sdkGateway.json" with { type: "json" };

function kind(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

/** Where `ours` differs in shape from the SDK's `sdk`: keys both ways and each value's JSON kind. */
export function shapeDiff(ours: unknown, sdk: unknown, at = ""): string[] {
  if (kind(ours) !== kind(sdk)) return [`${at || "(root)"}: ${kind(ours)} where the SDK has ${kind(sdk)}`];
  if (Array.isArray(ours) && Array.isArray(sdk)) return arrayDiff(ours, sdk, at);
  if (kind(ours) !== "object") return [];
  const o = ours as Record<string, unknown>;
  const g = sdk as Record<string, unknown>;
  return [
    ...Object.keys(g).filter((k) => !(k in o)).map((k) => `${at}.${k}: missing`),
    ...Object.keys(o).filter((k) => !(k in g)).map((k) => `${at}.${k}: not in the SDK's answer`),
    ...Object.keys(g).filter((k) => k in o).flatMap((k) => shapeDiff(o[k], g[k], `${at}.${k}`)),
  ];
}

/**
 * Arrays: the first elements, when both have one; but Anys (accounts of several types) element
 * by `@type`: each type of ours with the SDK's elements of that type, when it has some.
 */
function arrayDiff(ours: unknown[], sdk: unknown[], at: string): string[] {
  if (ours.length === 0 || sdk.length === 0) return [];
  const typeOf = (v: unknown) => (kind(v) === "object" ? (v as Record<string, unknown>)["@type"] : undefined);
  if (typeOf(sdk[0]) === undefined) return shapeDiff(ours[0], sdk[0], `${at}[0]`);
  const seen = new Set<unknown>();
  return ours.flatMap((o) => {
    const type = typeOf(o);
    if (seen.has(type)) return [];
    seen.add(type);
    // The SDK's element of that type closest in shape: an account that signed has a pub_key, one
    // that never did has null, whichever version prints it.
    const tries = sdk.filter((g) => typeOf(g) === type).map((g) => shapeDiff(o, g, `${at}[@type=${String(type)}]`));
    return tries.length === 0 ? [] : tries.reduce((a, b) => (b.length < a.length ? b : a));
  });
}

/** Each sample route (with {placeholders}) and the answer it is compared with, and where from. */
export function gatewaySamples(): { route: string; sample: unknown; source: "simd v0.46.16" | "v0.50 by hand" }[] {
  const captured = Object.entries(simdGateway).filter(([route]) => route.startsWith("/"));
  const byHand = Object.entries(sdkGateway).filter(([route]) => route.startsWith("/"));
  return [
    ...captured.map(([route, sample]) => ({ route, sample, source: "simd v0.46.16" as const })),
    ...byHand.map(([route, sample]) => ({ route, sample, source: "v0.50 by hand" as const })),
  ];
}

/** A route with its placeholders blanked and its query string cut, to compare route sets. */
function template(route: string): string {
  return route.split("?")[0]!.replace(/\{\w+\}/g, "{}");
}

/**
 * The gateway GET routes of `paths` (our table's) with no sample, and the routes simd did not
 * serve with no hand-written v0.50 sample: both should be empty, so no route goes unchecked.
 */
export function uncovered(paths: readonly string[]): { noSample: string[]; notServedNoSample: string[] } {
  const sampled = new Set(gatewaySamples().map((s) => template(s.route)));
  const byHand = new Set(Object.keys(sdkGateway));
  return {
    noSample: paths.filter((p) => p.startsWith("/cosmos/") && !sampled.has(template(p))),
    notServedNoSample: Object.keys(simdGateway._not_served).filter((r) => !byHand.has(r)),
  };
}

/**
 * A shape difference between simd v0.46.16 and the SDK v0.50 we follow: `diff` is what
 * shapeDiff reports (after the route) on the routes `route` matches.
 */
interface VersionDifference {
  route: RegExp;
  diff: string;
  /** The SDK version that made the change, and what it was. */
  why: string;
}

const VALIDATOR = /^\/cosmos\/staking\/v1beta1\/(validators|delegators\/\{operator\}\/validators)(\/\{valoper\})?$/;
const UNBONDING = /^\/cosmos\/staking\/v1beta1\/.*unbonding_delegations?$/;

export const V046_V050_DIFFERENCES: readonly VersionDifference[] = [
  // v0.47 (x/staking unbonding hooks for interchain security): a validator's hold count and
  // unbonding ids, and each unbonding entry's id and hold count.
  ...["validators[0]", "validator"].flatMap((v) => [
    { route: VALIDATOR, diff: `.${v}.unbonding_on_hold_ref_count: not in the SDK's answer`, why: "v0.47 added Validator.unbonding_on_hold_ref_count" },
    { route: VALIDATOR, diff: `.${v}.unbonding_ids: not in the SDK's answer`, why: "v0.47 added Validator.unbonding_ids" },
  ]),
  ...["unbonding_responses[0]", "unbond"].flatMap((u) => [
    { route: UNBONDING, diff: `.${u}.entries[0].unbonding_id: not in the SDK's answer`, why: "v0.47 added UnbondingDelegationEntry.unbonding_id" },
    { route: UNBONDING, diff: `.${u}.entries[0].unbonding_on_hold_ref_count: not in the SDK's answer`, why: "v0.47 added UnbondingDelegationEntry.unbonding_on_hold_ref_count" },
  ]),
  // v0.50: the node service's config reports pruning and halt height besides the minimum gas price.
  ...["pruning_keep_recent", "pruning_interval", "halt_height"].map((f) => ({
    route: /^\/cosmos\/base\/node\/v1beta1\/config$/, diff: `.${f}: not in the SDK's answer`, why: `v0.50 added ConfigResponse.${f}`,
  })),
  // Not visible to kinds, so not listed: v0.47 (CometBFT 0.37) made event attributes strings,
  // v0.46 (Tendermint 0.34) prints them as base64 bytes, and v0.50 no longer fills
  // tx_response.logs (ours is [] as v0.50's; v0.46 lists them).
];

/** The differences `diffs` of `route` no allow-list entry explains ("<route> <diff>"); the entries that did go in `explained`. */
export function unexplained(route: string, diffs: string[], explained: Set<unknown>): string[] {
  return diffs.flatMap((d) => {
    const entry = V046_V050_DIFFERENCES.find((v) => v.route.test(route) && v.diff === d);
    if (entry) explained.add(entry);
    return entry ? [] : [`${route} ${d}`];
  });
}
