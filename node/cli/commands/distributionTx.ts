/** `tributary tx distribution …`: withdraw rewards and commission, set the withdraw address, fund the community pool. */
import { Command } from "commander";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { checkAddressArg } from "../common.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { UserError } from "../errors.ts";
import { operatorAccount, parseCoinsArg, parseValoper, wireCoin } from "../operator/args.ts";
import { type OperatorQueries, getValidator, withOperatorQueries } from "../operator/connect.ts";
import { broadcastOperatorTx } from "./stakingTx.ts";

const withdrawMsg = (delegator: string, valoper: string): EncodeObject => ({
  typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward",
  value: { delegatorAddress: delegator, validatorAddress: valoper },
});

/** The validators `delegator` delegates to (distribution's DelegatorValidators). */
async function delegatedValidators(q: OperatorQueries, delegator: string): Promise<string[]> {
  return (await q.distribution.delegatorValidators(delegator)).validators;
}

function withdrawRewardsCmd(): Command {
  const cmd = new Command("withdraw-rewards")
    .description("withdraw the rewards of --from's delegation to a validator; with --commission also the validator's commission (operator only)")
    .argument("<validator-addr>", "tribvaloper1… address")
    .option("--commission", "also withdraw the validator's commission (--from must be its operator)", false);
  return addDatanetTxOptions(cmd).action(async (valoper: string, o: FromOpts & { commission: boolean }) => {
    parseValoper(valoper);
    await broadcastOperatorTx(
      o,
      (from) => withOperatorQueries(o, async (q) => {
        await getValidator(q, valoper);
        if (o.commission && operatorAccount(valoper) !== from) {
          throw new UserError(`--commission: ${from} is not the operator of ${valoper} (its operator account is ${operatorAccount(valoper)})`);
        }
        if (!(await delegatedValidators(q, from)).includes(valoper)) throw new UserError(`${from} has no delegation to ${valoper}: no rewards to withdraw`);
        // The chain refuses a commission withdrawal of nothing (the SDK's ErrNoValidatorCommission).
        if (o.commission && ((await q.distribution.validatorCommission(valoper)).commission?.commission ?? []).every((c) => BigInt(c.amount) === 0n)) {
          throw new UserError(`validator ${valoper} has no commission to withdraw`);
        }
        const msgs = [withdrawMsg(from, valoper)];
        if (o.commission) msgs.push({ typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission", value: { validatorAddress: valoper } });
        return msgs;
      }),
      (from) => `withdraw the rewards of ${o.from} (${from}) from ${valoper}${o.commission ? " and the validator's commission" : ""}`,
    );
  });
}

function withdrawAllRewardsCmd(): Command {
  const cmd = new Command("withdraw-all-rewards").description("withdraw the rewards of every delegation of --from (one message per validator)");
  return addDatanetTxOptions(cmd).action(async (o: FromOpts) => {
    let count = 0;
    await broadcastOperatorTx(
      o,
      (from) => withOperatorQueries(o, async (q) => {
        const validators = await delegatedValidators(q, from);
        if (validators.length === 0) throw new UserError(`${from} has no delegations: no rewards to withdraw`);
        count = validators.length;
        return validators.map((v) => withdrawMsg(from, v));
      }),
      (from) => `withdraw the rewards of ${o.from} (${from}) from ${count} validator(s)`,
    );
  });
}

function setWithdrawAddrCmd(): Command {
  const cmd = new Command("set-withdraw-addr")
    .description("send --from's future rewards (and commission, for an operator) to another address")
    .argument("<withdraw-addr>", "trib1… address");
  return addDatanetTxOptions(cmd).action(async (addr: string, o: FromOpts) => {
    checkAddressArg(addr, "withdraw address");
    await broadcastOperatorTx(
      o,
      async (from) => [{ typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", value: { delegatorAddress: from, withdrawAddress: addr } }],
      (from) => `set the withdraw address of ${o.from} (${from}) to ${addr}`,
    );
  });
}

function fundCommunityPoolCmd(): Command {
  const cmd = new Command("fund-community-pool")
    .description("give coins of --from to the community pool")
    .argument("<amount>", "coins, e.g. 1000000utrib");
  return addDatanetTxOptions(cmd).action(async (amountText: string, o: FromOpts) => {
    const amount = parseCoinsArg(amountText).map(wireCoin);
    await broadcastOperatorTx(
      o,
      async (from) => [{ typeUrl: "/cosmos.distribution.v1beta1.MsgFundCommunityPool", value: { amount, depositor: from } }],
      (from) => `fund the community pool with ${amountText} from ${o.from} (${from})`,
    );
  });
}

export function distributionTxCommand(): Command {
  const cmd = new Command("distribution").description("distribution transactions: rewards, commission, community pool");
  for (const c of [withdrawRewardsCmd(), withdrawAllRewardsCmd(), setWithdrawAddrCmd(), fundCommunityPoolCmd()]) cmd.addCommand(c);
  return cmd;
}

