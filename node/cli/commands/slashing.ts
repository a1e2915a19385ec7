/** `tributary tx slashing unjail` and `tributary query slashing signing-info|params`. */
import { Command } from "commander";
import { sha256 } from "@noble/hashes/sha2.js";
import { PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import type { Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { consAddressString } from "../../../chain/address.ts";
import { outputFormat, type QueryOpts, withQueryOptions } from "../common.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { UserError } from "../errors.ts";
import { parseConsAddress, parseValoper, valoperOf } from "../operator/args.ts";
import { getValidator, withOperatorQueries } from "../operator/connect.ts";
import { print, signingInfoJson, slashingParamsJson } from "../operator/format.ts";
import { broadcastOperatorTx } from "./stakingTx.ts";

/** A validator's consensus address: sha256(ed25519 consensus pubkey)[0:20] as tribvalcons1…. */
const consAddressOf = (v: Validator): string => consAddressString(sha256(PubKey.decode(v.consensusPubkey!.value).key).slice(0, 20));

function unjailCmd(): Command {
  const cmd = new Command("unjail").description("bring the validator operated by --from back after its jail time (downtime), if its self-delegation still covers its minimum");
  return addDatanetTxOptions(cmd).action(async (o: FromOpts) => {
    await broadcastOperatorTx(
      o,
      (from) => withOperatorQueries(o, async (q) => {
        const valoper = valoperOf(from);
        const v = await getValidator(q, valoper).catch(() => {
          throw new UserError(`${from} operates no validator (${valoper} not found): nothing to unjail`);
        });
        // The chain refuses these too; checking first saves the fee and says it plainly.
        if (!v.jailed) throw new UserError(`validator ${valoper} is not jailed: nothing to unjail`);
        const info = (await q.slashing.signingInfo(consAddressOf(v)).catch(() => undefined))?.valSigningInfo;
        if (info?.tombstoned) throw new UserError(`validator ${valoper} is tombstoned for double signing and can never be unjailed`);
        // Still inside its jail time: the chain's simulation refuses it, naming jailed_until.
        return [{ typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail", value: { validatorAddr: valoper } }];
      }),
      (from) => `unjail validator ${valoperOf(from)}`,
    );
  });
}

export function slashingTxCommand(): Command {
  return new Command("slashing").description("slashing transactions").addCommand(unjailCmd());
}

function signingInfoCmd(): Command {
  const cmd = new Command("signing-info")
    .description("a validator's liveness record: start height, missed blocks in the window, jailed until, tombstoned")
    .argument("<validator>", "tribvalcons1… address, the consensus pubkey JSON, or the tribvaloper1… operator address");
  return withQueryOptions(cmd).action(async (who: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const info = await withOperatorQueries(o, async (q) => {
      let cons: string;
      if (who.startsWith("tribvaloper")) {
        const v = await getValidator(q, parseValoper(who));
        cons = consAddressOf(v);
      } else {
        cons = parseConsAddress(who);
      }
      try {
        return (await q.slashing.signingInfo(cons)).valSigningInfo;
      } catch (e) {
        if (e instanceof Error && /not found/i.test(e.message)) throw new UserError(`no signing info for ${cons}: not a validator that has been bonded`);
        throw e;
      }
    });
    print(format, { val_signing_info: signingInfoJson(info) });
  });
}

function paramsCmd(): Command {
  const cmd = new Command("params").description("slashing parameters: signed blocks window, min signed, jail duration, slash fractions");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    const params = await withOperatorQueries(o, async (q) => (await q.slashing.params()).params);
    print(format, { params: slashingParamsJson(params) });
  });
}

export function slashingQueryCommand(): Command {
  const cmd = new Command("slashing").description("slashing queries");
  for (const c of [signingInfoCmd(), paramsCmd()]) cmd.addCommand(c);
  return cmd;
}
