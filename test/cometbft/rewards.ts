/**
 * Reading distribution rewards from a running network at exact heights, and what the chain's
 * rule says each validator should have earned over a range of blocks: the allocation of block b
 * goes to the validators whose precommits for b−1 are in b's last commit, by their power at b−1.
 */
import { toHex } from "@cosmjs/encoding";
import { BlockIdFlag, Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryValidatorOutstandingRewardsRequest, QueryValidatorOutstandingRewardsResponse } from "cosmjs-types/cosmos/distribution/v1beta1/query";

/** A validator's outstanding rewards in utrib (LegacyDec, ×10^18) as of `height`. */
export async function outstandingAt(rpc: string, valoper: string, height: number): Promise<bigint> {
  const c = await Comet38Client.connect(rpc);
  try {
    const res = await c.abciQuery({
      path: "/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards",
      data: QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: valoper }).finish(),
      height,
    });
    if (res.code !== 0) throw new Error(`ValidatorOutstandingRewards(${valoper}) at ${height}: ${res.log}`);
    const rewards = QueryValidatorOutstandingRewardsResponse.decode(res.value).rewards?.rewards ?? [];
    return BigInt(rewards.find((r) => r.denom === "utrib")?.amount ?? "0");
  } finally {
    c.disconnect();
  }
}

/**
 * Each validator's share (numerator over a common denominator, per consensus address hex) of
 * the allocations of blocks from+1 … to, from the signatures and powers CometBFT recorded.
 */
export async function expectedShares(rpc: string, from: number, to: number): Promise<Map<string, number>> {
  const c = await Comet38Client.connect(rpc);
  const shares = new Map<string, number>();
  try {
    for (let b = from + 1; b <= to; b++) {
      const [{ block }, set] = await Promise.all([c.block(b), c.validatorsAll(b - 1)]);
      const power = new Map(set.validators.map((v) => [toHex(v.address).toUpperCase(), Number(v.votingPower)]));
      const signers = (block.lastCommit?.signatures ?? []).filter((s) => s.blockIdFlag === BlockIdFlag.Commit && s.validatorAddress);
      const total = signers.reduce((sum, s) => sum + (power.get(toHex(s.validatorAddress!).toUpperCase()) ?? 0), 0);
      for (const s of signers) {
        const addr = toHex(s.validatorAddress!).toUpperCase();
        shares.set(addr, (shares.get(addr) ?? 0) + (power.get(addr) ?? 0) / total);
      }
    }
    return shares;
  } finally {
    c.disconnect();
  }
}
