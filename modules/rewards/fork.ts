import type { RewardsGenesis } from "./genesisJson.ts";

/**
 * The rewards section of a fork (`tributary genesis fork`) that restarts the height numbering
 * (an initial height other than the export's). Heights in the section are absolute, so:
 * - the epoch clock restarts: epoch 1 begins at the fork's first block; the current epoch's
 *   challenges and work are dropped (their deadlines are on the old numbering: nobody is slashed
 *   or paid for that epoch);
 * - a jailed node stays jailed for the epochs it had left (`jailed_until_epoch` − current epoch);
 * - pending refunds keep the blocks they had left.
 * With the export's numbering kept (the default) the section is returned unchanged.
 */
export function forkRewardsSection(g: RewardsGenesis, exportedInitialHeight: bigint, initialHeight: bigint): RewardsGenesis {
  if (initialHeight === exportedInitialHeight) return g;
  const out = structuredClone(g);
  const current = BigInt(String((out.epoch as Record<string, unknown>).number ?? "0"));
  out.epoch = { number: "0", start_height: "0", window_end_height: "0", next_start_height: "0", seed: "", window_closed: true };
  out.challenges = [];
  out.work = [];
  out.nodes = out.nodes.map((n) => {
    const until = BigInt(String(n.jailed_until_epoch ?? "0"));
    return { ...n, jailed_until_epoch: (until > current ? until - current : 0n).toString() };
  });
  const shift = initialHeight - exportedInitialHeight;
  out.refunds = out.refunds.map((r) => {
    const at = BigInt(String(r.completion_height)) + shift;
    return { ...r, completion_height: (at < initialHeight ? initialHeight : at).toString() };
  });
  return out;
}
