/** `tributary query distribution …`: rewards, commission, community pool, outstanding rewards, params. */
import { Command } from "commander";
import { checkAddressArg, outputFormat, type QueryOpts, withQueryOptions } from "../common.ts";
import { parseValoper } from "../operator/args.ts";
import { getValidator, withOperatorQueries } from "../operator/connect.ts";
import { decCoinJson, decText, print } from "../operator/format.ts";

function rewardsCmd(): Command {
  const cmd = new Command("rewards")
    .description("a delegator's rewards: from one validator, or from each and in total")
    .argument("<delegator-addr>", "trib1… address")
    .argument("[validator-addr]", "tribvaloper1… address (default: every validator delegated to)");
  return withQueryOptions(cmd).action(async (delegator: string, valoper: string | undefined, o: QueryOpts) => {
    const format = outputFormat(o.output);
    checkAddressArg(delegator, "delegator address");
    if (valoper !== undefined) {
      parseValoper(valoper);
      const rewards = await withOperatorQueries(o, async (q) => {
        await getValidator(q, valoper);
        return (await q.distribution.delegationRewards(delegator, valoper)).rewards;
      });
      return print(format, { rewards: rewards.map(decCoinJson) });
    }
    const r = await withOperatorQueries(o, (q) => q.distribution.delegationTotalRewards(delegator));
    print(format, { rewards: r.rewards.map((x) => ({ validator_address: x.validatorAddress, reward: x.reward.map(decCoinJson) })), total: r.total.map(decCoinJson) });
  });
}

function commissionCmd(): Command {
  const cmd = new Command("commission").description("a validator's accumulated commission, not yet withdrawn").argument("<validator-addr>", "tribvaloper1… address");
  return withQueryOptions(cmd).action(async (valoper: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    parseValoper(valoper);
    const coins = await withOperatorQueries(o, async (q) => {
      await getValidator(q, valoper);
      return (await q.distribution.validatorCommission(valoper)).commission?.commission ?? [];
    });
    print(format, { commission: { commission: coins.map(decCoinJson) } });
  });
}

function communityPoolCmd(): Command {
  const cmd = new Command("community-pool").description("coins in the community pool");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    const pool = await withOperatorQueries(o, async (q) => (await q.distribution.communityPool()).pool);
    print(format, { pool: pool.map(decCoinJson) });
  });
}

function outstandingCmd(): Command {
  const cmd = new Command("validator-outstanding-rewards")
    .description("rewards a validator holds for its delegators and its commission, not yet withdrawn")
    .argument("<validator-addr>", "tribvaloper1… address");
  return withQueryOptions(cmd).action(async (valoper: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    parseValoper(valoper);
    const coins = await withOperatorQueries(o, async (q) => {
      await getValidator(q, valoper);
      return (await q.distribution.validatorOutstandingRewards(valoper)).rewards?.rewards ?? [];
    });
    print(format, { rewards: { rewards: coins.map(decCoinJson) } });
  });
}

function paramsCmd(): Command {
  const cmd = new Command("params").description("distribution parameters: community tax, withdraw address enabled");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    const p = (await withOperatorQueries(o, (q) => q.distribution.params())).params!;
    const json = {
      community_tax: decText(p.communityTax),
      base_proposer_reward: decText(p.baseProposerReward),
      bonus_proposer_reward: decText(p.bonusProposerReward),
      withdraw_addr_enabled: p.withdrawAddrEnabled,
    };
    print(format, { params: json });
  });
}

export function distributionQueryCommand(): Command {
  const cmd = new Command("distribution").description("distribution queries");
  for (const c of [rewardsCmd(), commissionCmd(), communityPoolCmd(), outstandingCmd(), paramsCmd()]) cmd.addCommand(c);
  return cmd;
}
