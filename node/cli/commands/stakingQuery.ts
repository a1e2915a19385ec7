/** `tributary query staking …`: validators, delegations, unbondings, the pools and params (simd's verbs and JSON). */
import { Command } from "commander";
import { checkAddressArg, outputFormat, type QueryOpts, withQueryOptions } from "../common.ts";
import { UserError } from "../errors.ts";
import { parseValoper } from "../operator/args.ts";
import { type OperatorQueries, allPages, getValidator, withOperatorQueries } from "../operator/connect.ts";
import {
  allItems, print, delegationResponseJson, stakingParamsJson, unbondingJson, unbondingText, validatorJson, validatorText,
} from "../operator/format.ts";

const bondDenom = async (q: OperatorQueries) => (await q.staking.params()).params.bondDenom;

function validatorsCmd(): Command {
  const cmd = new Command("validators").description("every validator (bonded, unbonding and unbonded), ordered by operator address");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    const [validators, denom] = await withOperatorQueries(o, async (q) => [await allPages((k) => q.staking.validators("", k), (r) => r.validators), await bondDenom(q)] as const);
    const pagination = allItems(validators.length);
    print(format, { validators: validators.map(validatorJson), pagination }, () => ({ validators: validators.map((v) => validatorText(v, denom)), pagination }));
  });
}

function validatorCmd(): Command {
  const cmd = new Command("validator").description("one validator").argument("<validator-addr>", "tribvaloper1… address");
  return withQueryOptions(cmd).action(async (valoper: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    parseValoper(valoper);
    const [v, denom] = await withOperatorQueries(o, async (q) => [await getValidator(q, valoper), await bondDenom(q)] as const);
    print(format, { validator: validatorJson(v) }, () => ({ validator: validatorText(v, denom) }));
  });
}

function delegationCmd(): Command {
  const cmd = new Command("delegation")
    .description("a delegator's delegation to one validator: shares and their worth")
    .argument("<delegator-addr>", "trib1… address")
    .argument("<validator-addr>", "tribvaloper1… address");
  return withQueryOptions(cmd).action(async (delegator: string, valoper: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    checkAddressArg(delegator, "delegator address");
    parseValoper(valoper);
    const r = await withOperatorQueries(o, async (q) => {
      await getValidator(q, valoper);
      try {
        return (await q.staking.delegation(delegator, valoper)).delegationResponse!;
      } catch (e) {
        if (e instanceof Error && /not found/i.test(e.message)) throw new UserError(`${delegator} has no delegation to ${valoper}`);
        throw e;
      }
    });
    print(format, { delegation_response: delegationResponseJson(r) });
  });
}

function delegationsCmd(): Command {
  const cmd = new Command("delegations").description("every delegation of a delegator").argument("<delegator-addr>", "trib1… address");
  return withQueryOptions(cmd).action(async (delegator: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    checkAddressArg(delegator, "delegator address");
    const list = await withOperatorQueries(o, (q) => allPages((k) => q.staking.delegatorDelegations(delegator, k), (r) => r.delegationResponses));
    print(format, { delegation_responses: list.map(delegationResponseJson), pagination: allItems(list.length) });
  });
}

function unbondingsCmd(): Command {
  const cmd = new Command("unbonding-delegations").description("a delegator's unbonding delegations: entries with balance and completion time").argument("<delegator-addr>", "trib1… address");
  return withQueryOptions(cmd).action(async (delegator: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    checkAddressArg(delegator, "delegator address");
    const [list, denom] = await withOperatorQueries(o, async (q) => [await allPages((k) => q.staking.delegatorUnbondingDelegations(delegator, k), (r) => r.unbondingResponses), await bondDenom(q)] as const);
    const pagination = allItems(list.length);
    print(format, { unbonding_responses: list.map(unbondingJson), pagination }, () => ({ unbonding_responses: list.map((u) => unbondingText(u, denom)), pagination }));
  });
}

function poolCmd(): Command {
  const cmd = new Command("pool").description("tokens in the bonded and not-bonded pools");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    const [pool, denom] = await withOperatorQueries(o, async (q) => [(await q.staking.pool()).pool, await bondDenom(q)] as const);
    print(format, { pool: { not_bonded_tokens: pool.notBondedTokens, bonded_tokens: pool.bondedTokens } }, () =>
      ({ pool: { not_bonded_tokens: `${pool.notBondedTokens}${denom}`, bonded_tokens: `${pool.bondedTokens}${denom}` } }));
  });
}

function paramsCmd(): Command {
  const cmd = new Command("params").description("staking parameters: unbonding time, max validators, bond denom, …");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    const params = await withOperatorQueries(o, async (q) => (await q.staking.params()).params);
    print(format, { params: stakingParamsJson(params) });
  });
}

export function stakingQueryCommand(): Command {
  const cmd = new Command("staking").description("staking queries");
  for (const c of [validatorsCmd(), validatorCmd(), delegationCmd(), delegationsCmd(), unbondingsCmd(), poolCmd(), paramsCmd()]) cmd.addCommand(c);
  return cmd;
}
