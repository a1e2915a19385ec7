/**
 * genutil emits no events of its own. The gen_txs' messages emit staking's and auth's events
 * while they run, but InitChain returns no events (ResponseInitChain has none), as in the SDK.
 */
export const GENUTIL_EVENTS = [] as const;
