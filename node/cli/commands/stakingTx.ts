/** `tributary tx staking …`: delegations (delegate, unbond, redelegate) and the group with the validator commands. */
import { Command } from "commander";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { queryError } from "../datanet/connect.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { UserError } from "../errors.ts";
import { parseCoinArg, parseValoper, wireCoin } from "../operator/args.ts";
import { type OperatorQueries, getValidator, withOperatorQueries } from "../operator/connect.ts";
import { signAndBroadcast } from "./tx.ts";
import { stakingValidatorCommands } from "./stakingValidatorTx.ts";

/**
 * signAndBroadcast with the --from key; `buildMsgs` runs once the signer's address is known
 * (it checks the chain first, so a typo costs no fee). A refusal by the chain's simulation
 * (--gas auto) becomes one line with the chain's message.
 */
export async function broadcastOperatorTx(
  o: FromOpts,
  buildMsgs: (from: string) => Promise<EncodeObject[]>,
  describe: (from: string) => string,
  extra?: (r: DeliverTxResponse) => Record<string, string>,
): Promise<void> {
  try {
    await signAndBroadcast(o.from, buildMsgs, describe, o, extra);
  } catch (e) {
    throw queryError(e);
  }
}

/** The coin must be the bond denom; returns it for the messages. */
async function bondCoin(q: OperatorQueries, text: string, what: string) {
  const coin = parseCoinArg(text, what);
  const { bondDenom } = (await q.staking.params()).params;
  if (coin.denom !== bondDenom) throw new UserError(`${what} must be in the bond denom ${bondDenom}, got ${coin.denom}`);
  return wireCoin(coin);
}

/** The delegator's delegation to `valoper` (its balance in the bond denom), or a one-line error. */
async function delegationBalance(q: OperatorQueries, delegator: string, valoper: string): Promise<bigint> {
  await getValidator(q, valoper);
  try {
    return BigInt((await q.staking.delegation(delegator, valoper)).delegationResponse?.balance?.amount ?? "0");
  } catch (e) {
    if (e instanceof Error && /not found/i.test(e.message)) throw new UserError(`${delegator} has no delegation to ${valoper}`);
    throw e;
  }
}

function delegateCmd(): Command {
  const cmd = new Command("delegate")
    .description("delegate tokens of --from to a validator")
    .argument("<validator-addr>", "tribvaloper1… address")
    .argument("<amount>", "in the bond denom, e.g. 1000000utrib");
  return addDatanetTxOptions(cmd).action(async (valoper: string, amountText: string, o: FromOpts) => {
    parseValoper(valoper);
    parseCoinArg(amountText);
    await broadcastOperatorTx(
      o,
      (from) => withOperatorQueries(o, async (q) => {
        await getValidator(q, valoper);
        const amount = await bondCoin(q, amountText, "amount");
        return [{ typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: { delegatorAddress: from, validatorAddress: valoper, amount } }];
      }),
      (from) => `delegate ${amountText} from ${o.from} (${from}) to ${valoper}`,
    );
  });
}

function unbondCmd(): Command {
  const cmd = new Command("unbond")
    .description("undelegate tokens of --from from a validator; they return after the unbonding time")
    .argument("<validator-addr>", "tribvaloper1… address")
    .argument("<amount>", "in the bond denom, e.g. 1000000utrib");
  return addDatanetTxOptions(cmd).action(async (valoper: string, amountText: string, o: FromOpts) => {
    parseValoper(valoper);
    parseCoinArg(amountText);
    await broadcastOperatorTx(
      o,
      (from) => withOperatorQueries(o, async (q) => {
        const amount = await bondCoin(q, amountText, "amount");
        const held = await delegationBalance(q, from, valoper);
        if (BigInt(amount.amount) > held) throw new UserError(`${from} has ${held}${amount.denom} delegated to ${valoper}: cannot unbond ${amountText}`);
        return [{ typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate", value: { delegatorAddress: from, validatorAddress: valoper, amount } }];
      }),
      (from) => `unbond ${amountText} of ${o.from} (${from}) from ${valoper}`,
    );
  });
}

function redelegateCmd(): Command {
  const cmd = new Command("redelegate")
    .description("move a delegation of --from to another validator at once (no unbonding wait)")
    .argument("<src-validator-addr>", "tribvaloper1… address delegated to now")
    .argument("<dst-validator-addr>", "tribvaloper1… address to delegate to")
    .argument("<amount>", "in the bond denom, e.g. 1000000utrib");
  return addDatanetTxOptions(cmd).action(async (src: string, dst: string, amountText: string, o: FromOpts) => {
    parseValoper(src, "source validator address");
    parseValoper(dst, "destination validator address");
    if (src === dst) throw new UserError("source and destination validators are the same");
    parseCoinArg(amountText);
    await broadcastOperatorTx(
      o,
      (from) => withOperatorQueries(o, async (q) => {
        const amount = await bondCoin(q, amountText, "amount");
        const held = await delegationBalance(q, from, src);
        if (BigInt(amount.amount) > held) throw new UserError(`${from} has ${held}${amount.denom} delegated to ${src}: cannot redelegate ${amountText}`);
        await getValidator(q, dst);
        return [{ typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate", value: { delegatorAddress: from, validatorSrcAddress: src, validatorDstAddress: dst, amount } }];
      }),
      (from) => `redelegate ${amountText} of ${o.from} (${from}) from ${src} to ${dst}`,
    );
  });
}

export function stakingTxCommand(): Command {
  const cmd = new Command("staking").description("staking transactions: run a validator, delegate");
  for (const c of [...stakingValidatorCommands(), delegateCmd(), unbondCmd(), redelegateCmd()]) cmd.addCommand(c);
  return cmd;
}
