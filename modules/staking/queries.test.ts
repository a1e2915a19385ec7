import { afterEach, describe, expect, it } from "vitest";
import * as q from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { StakingHarness, TRIB } from "../../test/stakingHarness.ts";

describe("staking queries", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("Validators filters by status and pages with key, offset and count_total", async () => {
    s = await StakingHarness.create({
      accounts: 5,
      validators: [{ account: 0, power: 10n }, { account: 1, power: 9n }, { account: 2, power: 8n }, { account: 3, power: 7n }],
      staking: (g) => (g.params.max_validators = 3),
    });
    const page = (status: string, pagination: any) =>
      s.query("/cosmos.staking.v1beta1.Query/Validators", { status, pagination }, [q.QueryValidatorsRequest, q.QueryValidatorsResponse]);
    const bondedAll = await page("BOND_STATUS_BONDED", { key: new Uint8Array(), offset: 0n, limit: 0n, countTotal: true, reverse: false });
    expect(bondedAll.validators).toHaveLength(3);
    expect(bondedAll.pagination?.total).toBe(3n);
    const first = await page("BOND_STATUS_BONDED", { key: new Uint8Array(), offset: 0n, limit: 2n, countTotal: true, reverse: false });
    expect(first.validators).toHaveLength(2);
    expect(first.pagination?.total).toBe(3n);
    const second = await page("BOND_STATUS_BONDED", { key: first.pagination!.nextKey, offset: 0n, limit: 2n, countTotal: false, reverse: false });
    expect(second.validators.map((v) => v.status)).toEqual([BondStatus.BOND_STATUS_BONDED]);
    expect([...first.validators, ...second.validators].map((v) => v.operatorAddress).sort()).toEqual(bondedAll.validators.map((v) => v.operatorAddress).sort());
    const skipped = await page("BOND_STATUS_BONDED", { key: new Uint8Array(), offset: 2n, limit: 5n, countTotal: false, reverse: false });
    expect(skipped.validators.map((v) => v.operatorAddress)).toEqual(second.validators.map((v) => v.operatorAddress));
    const unbonding = await page("BOND_STATUS_UNBONDING", undefined);
    expect(unbonding.validators.map((v) => v.operatorAddress)).toEqual([s.valoper(3)]);
    expect((await page("", undefined)).validators).toHaveLength(4);
    await expect(page("BONDED", undefined)).rejects.toThrow(/invalid validator status BONDED/);
  });

  it("delegation, unbonding and redelegation queries by delegator and by validator; not-found and bad input are clear", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }] });
    await s.tx(2, [s.delegate(2, s.valoper(0), 3n * TRIB), s.delegate(2, s.valoper(1), 2n * TRIB)]);
    await s.tx(2, [s.undelegate(2, s.valoper(0), TRIB)]);
    await s.tx(2, [s.redelegate(2, s.valoper(1), s.valoper(0), TRIB)]);
    const byVal = await s.query("/cosmos.staking.v1beta1.Query/ValidatorDelegations", { validatorAddr: s.valoper(0) }, [q.QueryValidatorDelegationsRequest, q.QueryValidatorDelegationsResponse]);
    expect(byVal.delegationResponses.map((r) => [r.delegation.delegatorAddress, r.balance.amount]).sort()).toEqual([[s.address(0), "10000000"], [s.address(2), "3000000"]].sort());
    const byDel = await s.query("/cosmos.staking.v1beta1.Query/DelegatorDelegations", { delegatorAddr: s.address(2) }, [q.QueryDelegatorDelegationsRequest, q.QueryDelegatorDelegationsResponse]);
    expect(byDel.delegationResponses.map((r) => r.balance.amount).sort()).toEqual(["1000000", "3000000"]);
    const ubds = await s.query("/cosmos.staking.v1beta1.Query/ValidatorUnbondingDelegations", { validatorAddr: s.valoper(0) }, [q.QueryValidatorUnbondingDelegationsRequest, q.QueryValidatorUnbondingDelegationsResponse]);
    expect(ubds.unbondingResponses.map((u) => u.delegatorAddress)).toEqual([s.address(2)]);
    const one = await s.query("/cosmos.staking.v1beta1.Query/UnbondingDelegation", { delegatorAddr: s.address(2), validatorAddr: s.valoper(0) }, [q.QueryUnbondingDelegationRequest, q.QueryUnbondingDelegationResponse]);
    expect(one.unbond.entries[0]!.initialBalance).toBe("1000000");
    const fromSrc = await s.query("/cosmos.staking.v1beta1.Query/Redelegations", { delegatorAddr: "", srcValidatorAddr: s.valoper(1), dstValidatorAddr: "" }, [q.QueryRedelegationsRequest, q.QueryRedelegationsResponse]);
    expect(fromSrc.redelegationResponses.map((r) => r.redelegation.validatorDstAddress)).toEqual([s.valoper(0)]);
    const exact = await s.query("/cosmos.staking.v1beta1.Query/Redelegations", { delegatorAddr: s.address(2), srcValidatorAddr: s.valoper(1), dstValidatorAddr: s.valoper(0) }, [q.QueryRedelegationsRequest, q.QueryRedelegationsResponse]);
    expect(exact.redelegationResponses[0]!.entries[0]!.balance).toBe("1000000");
    const vals = await s.query("/cosmos.staking.v1beta1.Query/DelegatorValidators", { delegatorAddr: s.address(2) }, [q.QueryDelegatorValidatorsRequest, q.QueryDelegatorValidatorsResponse]);
    expect(vals.validators.map((v) => v.operatorAddress).sort()).toEqual([s.valoper(0), s.valoper(1)].sort());
    const params = await s.query("/cosmos.staking.v1beta1.Query/Params", {}, [q.QueryParamsRequest, q.QueryParamsResponse]);
    expect([params.params.unbondingTime.seconds, params.params.maxValidators, params.params.bondDenom, params.params.minCommissionRate]).toEqual([1_814_400n, 100, "utrib", "0"]);

    await expect(s.query("/cosmos.staking.v1beta1.Query/Delegation", { delegatorAddr: s.address(3), validatorAddr: s.valoper(0) }, [q.QueryDelegationRequest, q.QueryDelegationResponse])).rejects.toThrow(
      /sdk\/22 rpc error: code = NotFound desc = delegation with delegator trib1\w+ not found for validator tribvaloper1/,
    );
    await expect(s.query("/cosmos.staking.v1beta1.Query/Validator", { validatorAddr: s.address(0) }, [q.QueryValidatorRequest, q.QueryValidatorResponse])).rejects.toThrow(
      /sdk\/18 validator address: .*expected prefix "tribvaloper"/,
    );
  });
});
