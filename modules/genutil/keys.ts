/**
 * genutil stores nothing of its own: the validators, delegations and sequence increments its
 * gen_txs cause are written by staking, distribution, slashing and auth through their messages
 * and hooks. So it has no keys (and nothing in STORE_LAYOUT.md).
 */
export const genutilKeys = {} as const;
