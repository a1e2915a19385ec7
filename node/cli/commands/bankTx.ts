/** `tributary tx bank multi-send`: one input, several outputs (MsgMultiSend), as simd's. */
import { Command } from "commander";
import type { Coin } from "../../../chain/coins.ts";
import { checkAddressArg } from "../common.ts";
import { queryError } from "../datanet/connect.ts";
import { UserError } from "../errors.ts";
import { parseCoinsArg, wireCoin } from "../operator/args.ts";
import { addTxOptions, signAndBroadcast, type TxOpts } from "./tx.ts";

const text = (coins: Coin[]) => coins.map((c) => `${c.amount}${c.denom}`).join(",");

/**
 * Without --split every address receives <amount> (the sender pays amount × addresses); with
 * --split the amount is shared: each receives amount / addresses, rounded down, and the
 * remainder stays with the sender (simd: 1000utrib to 3 addresses sends 333 to each).
 */
export function multiSendOutputs(amount: Coin[], recipients: number, split: boolean): { each: Coin[]; total: Coin[] } {
  const n = BigInt(recipients);
  const each = split ? amount.map((c) => ({ denom: c.denom, amount: c.amount / n })) : amount;
  const zero = each.find((c) => c.amount === 0n);
  if (zero) throw new UserError(`--split: ${zero.denom} shared between ${recipients} addresses gives each nothing`);
  return { each, total: each.map((c) => ({ denom: c.denom, amount: c.amount * n })) };
}

export function bankMultiSendCmd(): Command {
  const cmd = new Command("multi-send")
    .description("send coins to several addresses in one message: `tx bank multi-send <from-key> <to-address>... <amount>`")
    .argument("<from-key>", "name of the sending key in the keyring")
    .argument("<to-addresses-and-amount...>", "two or more trib1… recipients, then the coins (e.g. 1000utrib)")
    .option("--split", "share <amount> equally between the recipients instead of sending it to each", false);
  addTxOptions(cmd);
  cmd.options.find((o) => o.long === "--gas")?.default("auto");
  cmd.setOptionValueWithSource("gas", "auto", "default");
  return cmd.action(async (fromKey: string, rest: string[], o: TxOpts & { split: boolean }) => {
    const recipients = rest.slice(0, -1);
    if (recipients.length < 2) throw new UserError("multi-send needs at least two recipient addresses and an amount (use tx bank send for one)");
    recipients.forEach((r, i) => checkAddressArg(r, `recipient address ${i + 1}`));
    const amountText = rest[rest.length - 1]!; // the last of at least three, checked above
    const { each, total } = multiSendOutputs(parseCoinsArg(amountText), recipients.length, o.split);
    try {
      await signAndBroadcast(
        fromKey,
        (from) => [{
          typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
          value: { inputs: [{ address: from, coins: total.map(wireCoin) }], outputs: recipients.map((address) => ({ address, coins: each.map(wireCoin) })) },
        }],
        (from) => `send ${text(each)} to each of ${recipients.length} addresses (${text(total)} in all) from ${fromKey} (${from})`,
        o,
      );
    } catch (e) {
      throw queryError(e);
    }
  });
}
