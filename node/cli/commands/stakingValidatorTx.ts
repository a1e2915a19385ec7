/** `tributary tx staking create-validator|edit-validator`: a validator's creation and its description, commission and minimum. */
import { existsSync } from "node:fs";
import { Command } from "commander";
import { toBase64 } from "@cosmjs/encoding";
import { encodePubkey } from "@cosmjs/proto-signing";
import { loadNodeConfig } from "../../config.ts";
import { homePaths, loadValidatorKey } from "../../home.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { UserError } from "../errors.ts";
import { parseCoinArg, parseConsPubkey, parsePositiveInt, parseRate, valoperOf, wireCoin } from "../operator/args.ts";
import { getValidator, withOperatorQueries } from "../operator/connect.ts";
import { decText } from "../operator/format.ts";
import { broadcastOperatorTx } from "./stakingTx.ts";

interface DescriptionFlags {
  moniker?: string;
  identity?: string;
  website?: string;
  securityContact?: string;
  details?: string;
}

function addDescriptionFlags(cmd: Command): Command {
  return cmd
    .option("--moniker <name>", "the validator's name")
    .option("--identity <id>", "identity signature (e.g. a Keybase key id)")
    .option("--website <url>", "the validator's website")
    .option("--security-contact <email>", "security contact")
    .option("--details <text>", "free text about the validator");
}

/** The consensus key: --pubkey, else the home's priv_validator_key.json (simd's default). */
function consensusKey(o: { pubkey?: string; home: string }): Uint8Array {
  if (o.pubkey !== undefined) return parseConsPubkey(o.pubkey);
  const file = homePaths(o.home).privValidatorKey;
  if (!existsSync(file)) throw new UserError(`no consensus key at ${file}: pass --pubkey '{"@type":"/cosmos.crypto.ed25519.PubKey","key":"<base64>"}' or use the --home of the node that will sign`);
  return loadValidatorKey(o.home).pubkey;
}

/** --moniker, else the home's node moniker. */
function monikerOf(o: { moniker?: string; home: string }): string {
  if (o.moniker !== undefined) {
    if (o.moniker.trim() === "") throw new UserError("--moniker must not be empty");
    return o.moniker;
  }
  if (existsSync(homePaths(o.home).config)) return loadNodeConfig(o.home).moniker;
  throw new UserError("--moniker is required (no node config in --home to take it from)");
}

type CreateFlags = FromOpts & DescriptionFlags & {
  amount?: string;
  pubkey?: string;
  commissionRate: string;
  commissionMaxRate: string;
  commissionMaxChangeRate: string;
  minSelfDelegation: string;
};

function createValidatorCmd(): Command {
  const cmd = new Command("create-validator")
    .description("create a validator operated by --from, self-delegating --amount (simd's flags)")
    .option("--amount <coin>", "self-delegation, e.g. 10000000utrib (required)")
    .option("--pubkey <json>", `consensus key, {"@type":"/cosmos.crypto.ed25519.PubKey","key":"<base64>"} (default: <home>/config/priv_validator_key.json)`)
    .option("--commission-rate <rate>", "initial commission rate", "0.1")
    .option("--commission-max-rate <rate>", "maximum commission rate, fixed forever", "0.2")
    .option("--commission-max-change-rate <rate>", "maximum daily change of the commission rate, fixed forever", "0.01")
    .option("--min-self-delegation <n>", "the least self-delegation (in the bond denom) the operator keeps, else the validator is jailed", "1");
  addDescriptionFlags(cmd);
  return addDatanetTxOptions(cmd).action(async (o: CreateFlags) => {
    if (o.amount === undefined) throw new UserError("--amount is required, e.g. --amount 10000000utrib");
    const amount = parseCoinArg(o.amount, "--amount");
    const rate = parseRate(o.commissionRate, "--commission-rate");
    const maxRate = parseRate(o.commissionMaxRate, "--commission-max-rate");
    const maxChange = parseRate(o.commissionMaxChangeRate, "--commission-max-change-rate");
    if (BigInt(rate) > BigInt(maxRate)) throw new UserError(`--commission-rate ${o.commissionRate} is above --commission-max-rate ${o.commissionMaxRate}`);
    if (BigInt(maxChange) > BigInt(maxRate)) throw new UserError(`--commission-max-change-rate ${o.commissionMaxChangeRate} is above --commission-max-rate ${o.commissionMaxRate}`);
    const minSelf = parsePositiveInt(o.minSelfDelegation, "--min-self-delegation");
    if (amount.amount < BigInt(minSelf)) throw new UserError(`--amount ${o.amount} is below --min-self-delegation ${minSelf}`);
    const pubkey = consensusKey(o);
    const moniker = monikerOf(o);
    await broadcastOperatorTx(
      o,
      async (from) => {
        const valoper = valoperOf(from);
        await withOperatorQueries(o, async (q) => {
          const exists = await getValidator(q, valoper).then(() => true, () => false);
          if (exists) throw new UserError(`validator ${valoper} already exists: use tx staking edit-validator to change it`);
          const { bondDenom } = (await q.staking.params()).params;
          if (amount.denom !== bondDenom) throw new UserError(`--amount must be in the bond denom ${bondDenom}, got ${amount.denom}`);
        });
        return [{
          typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
          value: {
            description: { moniker, identity: o.identity ?? "", website: o.website ?? "", securityContact: o.securityContact ?? "", details: o.details ?? "" },
            commission: { rate, maxRate, maxChangeRate: maxChange },
            minSelfDelegation: minSelf,
            delegatorAddress: "",
            validatorAddress: valoper,
            pubkey: encodePubkey({ type: "tendermint/PubKeyEd25519", value: toBase64(pubkey) }),
            value: wireCoin(amount),
          },
        }];
      },
      (from) => `create validator ${JSON.stringify(moniker)} (${valoperOf(from)}) with self-delegation ${o.amount}, commission ${decText(rate)} (max ${decText(maxRate)}, max change ${decText(maxChange)} a day)`,
    );
  });
}

/** simd's "[do-not-modify]": a description field the edit leaves as it is. */
const KEEP = "[do-not-modify]";

function editValidatorCmd(): Command {
  const cmd = new Command("edit-validator")
    .description("change the description, commission rate or minimum self-delegation of the validator operated by --from; flags not given keep their value")
    .option("--commission-rate <rate>", "new commission rate (at most once a day, within the max change rate)")
    .option("--min-self-delegation <n>", "new minimum self-delegation (can only go up)");
  addDescriptionFlags(cmd);
  return addDatanetTxOptions(cmd).action(async (o: FromOpts & DescriptionFlags & { commissionRate?: string; minSelfDelegation?: string }) => {
    const desc = [o.moniker, o.identity, o.website, o.securityContact, o.details];
    if (desc.every((v) => v === undefined) && o.commissionRate === undefined && o.minSelfDelegation === undefined) {
      throw new UserError("nothing to edit: give at least one of --moniker, --identity, --website, --security-contact, --details, --commission-rate, --min-self-delegation");
    }
    if (o.moniker !== undefined && o.moniker.trim() === "") throw new UserError("--moniker must not be empty");
    const rate = o.commissionRate === undefined ? "" : parseRate(o.commissionRate, "--commission-rate");
    const minSelf = o.minSelfDelegation === undefined ? "" : parsePositiveInt(o.minSelfDelegation, "--min-self-delegation");
    await broadcastOperatorTx(
      o,
      async (from) => {
        const valoper = valoperOf(from);
        await withOperatorQueries(o, (q) => getValidator(q, valoper).catch(() => {
          throw new UserError(`${from} operates no validator (${valoper} not found): create one with tx staking create-validator`);
        }));
        return [{
          typeUrl: "/cosmos.staking.v1beta1.MsgEditValidator",
          value: {
            description: { moniker: o.moniker ?? KEEP, identity: o.identity ?? KEEP, website: o.website ?? KEEP, securityContact: o.securityContact ?? KEEP, details: o.details ?? KEEP },
            validatorAddress: valoper,
            commissionRate: rate,
            minSelfDelegation: minSelf,
          },
        }];
      },
      (from) => {
        const changes = [
          ...(["moniker", "identity", "website", "securityContact", "details"] as const).filter((k) => o[k] !== undefined).map((k) => `${k} ${JSON.stringify(o[k])}`),
          ...(rate ? [`commission rate ${decText(rate)}`] : []),
          ...(minSelf ? [`min self-delegation ${minSelf}`] : []),
        ];
        return `edit validator ${valoperOf(from)}: ${changes.join(", ")}`;
      },
    );
  });
}

export const stakingValidatorCommands = (): Command[] => [createValidatorCmd(), editValidatorCmd()];
