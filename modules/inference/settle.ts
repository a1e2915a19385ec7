/**
 * Settlement of one inference: out of the escrowed max_fee, the fee charged is
 * split by the model's basis points; the data share by the attribution record (residual and
 * dust to the manifest's datanet pools); compute to the validators (distribution's
 * addComputeRewards: through fee_collector into the next block's allocation), protocol to the
 * community pool (distribution's fundCommunityPool); the rest of max_fee back to the requester. Every amount is an integer and the payouts
 * are checked to add up to the fee exactly.
 */
import { addressBytes, addressString } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import type { Coin } from "../../chain/coins.ts";
import type { AttributionRecord } from "./expected.ts";
import { payIntoPool } from "./dataPools.ts";
import { feeCharged, splitByBps, splitOverContributions, splitOverPools } from "./fees.ts";
import type { InferenceKeeper } from "./keeper.ts";
import { DATA_POOLS, type Model, type Payout } from "./types.ts";

export interface Settlement {
  fee: bigint;
  payouts: Payout[];
  attributionRecordId: bigint;
}

export interface SettleRequest {
  model: Model;
  requester: string;
  escrow: Uint8Array;
  maxFee: bigint;
  tokensGenerated: number;
  output: string;
  prompt: string;
  denom: string;
}

const payout = (role: Payout["role"], recipient: string, amount: bigint, datanetId = 0n, version = 0n): Payout => ({ role, recipient, amount, datanetId, version });

/**
 * The attribution record of the output, or undefined when the output holds nothing the engine
 * can credit (no word, or more words than L_MAX): then the whole data share goes to the pools.
 * Nothing is written in that case, and the output is tokenized once.
 */
async function attributeOutput(ctx: Context, keeper: InferenceKeeper, r: SettleRequest, dataShare: Coin): Promise<AttributionRecord | undefined> {
  return keeper.attribution.recordIfCreditable(ctx, r.model.trainingManifest, r.output, r.prompt, dataShare, r.requester);
}

/**
 * PERF: the attribution engine (metered) + O(credited contributors + their contributions +
 * manifest entries) transfers and writes.
 */
export async function settle(ctx: Context, keeper: InferenceKeeper, r: SettleRequest): Promise<Settlement> {
  const { model, denom } = r;
  const fee = feeCharged(model.pricing, r.tokensGenerated, r.maxFee);
  const shares = splitByBps(fee, model.split);
  const payouts: Payout[] = [];
  const send = (to: Uint8Array, amount: bigint) => {
    if (amount > 0n) keeper.bank.sendCoins(ctx, r.escrow, to, [{ denom, amount }]);
  };

  // Data share: contributors by the attribution record, the remainder to the datanet pools.
  let recordId = 0n;
  let residual = shares.data;
  const record = await attributeOutput(ctx, keeper, r, { denom, amount: shares.data });
  if (record) {
    recordId = record.id;
    residual = record.remainder;
    for (const c of record.contributors) {
      send(addressBytes(c.contributor), c.amount);
      payouts.push(payout("contributor", c.contributor, c.amount));
      const mine = record.contributions.filter((x) => x.contributor === c.contributor);
      // One amount per entry of `mine`, in order.
      splitOverContributions(c.amount, mine.map((x) => x.points)).forEach((amount, i) => {
        if (amount > 0n) keeper.datanet.addEarned(ctx, mine[i]!.contributionId, amount);
      });
    }
  }
  if (residual > 0n) {
    const pools = model.trainingManifest.map((e) => ({ datanetId: e.datanetId, version: e.version, tokens: keeper.datanet.getVersion(ctx.kv, e.datanetId, e.version)?.totalTokens ?? 0n }));
    const poolAccount = keeper.moduleAddress(ctx, DATA_POOLS);
    // One amount per pool, in order.
    splitOverPools(residual, pools).forEach((amount, i) => {
      if (amount === 0n) return;
      const { datanetId, version } = pools[i]!;
      payIntoPool(ctx, keeper, datanetId, version, amount);
      send(poolAccount, amount);
      payouts.push(payout("datanet_pool", addressString(poolAccount), amount, datanetId, version));
    });
  }

  send(addressBytes(model.owner), shares.owner);
  payouts.push(payout("model_owner", model.owner, shares.owner));
  if (shares.compute > 0n) keeper.distribution.addComputeRewards(ctx, r.escrow, [{ denom, amount: shares.compute }]);
  payouts.push(payout("compute", addressString(keeper.distribution.computeRewardsAddress()), shares.compute));
  if (shares.protocol > 0n) keeper.distribution.fundCommunityPool(ctx, r.escrow, [{ denom, amount: shares.protocol }]);
  payouts.push(payout("protocol", addressString(keeper.distribution.communityPoolAddress()), shares.protocol));

  const paid = payouts.reduce((s, p) => s + p.amount, 0n);
  if (paid !== fee) throw new Error(`settlement of ${fee}${denom} paid out ${paid}${denom}: the split is broken`);
  const refund = r.maxFee - fee;
  send(addressBytes(r.requester), refund);
  payouts.push(payout("refund", r.requester, refund));
  return { fee, payouts, attributionRecordId: recordId };
}
