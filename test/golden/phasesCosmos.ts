/**
 * The golden script's Cosmos SDK phases: bank (and the failing txs), staking, distribution,
 * validator downtime and unjail, and mint's governance-only message.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import type { ScriptContext } from "./context.ts";
import { ROLE, TRIB, consensusKey } from "./genesis.ts";
import * as m from "./msgs.ts";

export async function bankPhase(s: ScriptContext): Promise<void> {
  const { valA, valB, delegator, contributor1, contributor2, operator, poor } = ROLE;
  await s.block([
    s.tx(valA, "send 5 TRIB valA→delegator", [m.send(s.addr(valA), s.addr(delegator), 5n * TRIB)]),
    s.tx(valB, "multi-send valB→contributors, operator", [m.multiSend(s.addr(valB), [[s.addr(contributor1), 7n * TRIB], [s.addr(contributor2), 3n * TRIB], [s.addr(operator), 1n]])]),
  ]);
  await s.block([
    s.tx(contributor1, "two sends in one tx", [m.send(s.addr(contributor1), s.addr(poor), 10n), m.send(s.addr(contributor1), s.addr(valB), 20n)], "ok", { memo: "two messages" }),
    s.tx(contributor2, "overdraft send (insufficient funds)", [m.send(s.addr(contributor2), s.addr(valA), 10n ** 15n)], "fail"),
    s.tx(delegator, "bad signature", [m.send(s.addr(delegator), s.addr(valA), 1n)], "reject", { corruptSignature: true }),
    s.tx(operator, "wrong sequence", [m.send(s.addr(operator), s.addr(valA), 1n)], "reject", { sequence: 7n }),
    s.tx(poor, "fee above the balance", [m.send(s.addr(poor), s.addr(valA), 1n)], "reject"),
    s.tx(valB, "send after the failures", [m.send(s.addr(valB), s.addr(poor), 4000n)]),
  ]);
  // Now the poor account can pay one fee, and does.
  await s.block([s.tx(poor, "send by the once-poor account", [m.send(s.addr(poor), s.addr(valA), 1n)], "ok", { fee: "4000" })]);
}

export async function stakingPhase(s: ScriptContext): Promise<void> {
  const { valA, valB, valD, delegator, contributor1, operator } = ROLE;
  await s.block([s.tx(valD, "create validator D", [m.createValidator(s.addr(valD), consensusKey(valD), 20n * TRIB, "golden-3")])]);
  await s.block([
    s.tx(delegator, "delegate to A and D", [m.delegate(s.addr(delegator), s.addr(valA), 50n * TRIB), m.delegate(s.addr(delegator), s.addr(valD), 30n * TRIB)]),
    s.tx(valD, "edit validator D", [m.editValidator(s.addr(valD), "golden-3-renamed", "edited by the golden script")]),
  ]);
  await s.block([
    s.tx(delegator, "redelegate A→B", [m.redelegate(s.addr(delegator), s.addr(valA), s.addr(valB), 10n * TRIB)]),
    s.tx(delegator, "undelegate from D", [m.undelegate(s.addr(delegator), s.addr(valD), 5n * TRIB)]),
    s.tx(contributor1, "delegate more than the balance", [m.delegate(s.addr(contributor1), s.addr(valB), 10n ** 15n)], "fail"),
  ]);
  await s.block([
    s.tx(delegator, "set withdraw address to the operator", [m.setWithdrawAddress(s.addr(delegator), s.addr(operator))]),
    s.tx(contributor1, "fund the community pool", [m.fundCommunityPool(s.addr(contributor1), 123_456n)]),
  ]);
  await s.advance(3);
  await s.block([
    s.tx(delegator, "withdraw rewards from B (to the withdraw address)", [m.withdrawReward(s.addr(delegator), s.addr(valB))]),
    s.tx(valA, "withdraw A's commission", [m.withdrawCommission(s.addr(valA))]),
    s.tx(contributor1, "withdraw rewards without a delegation", [m.withdrawReward(s.addr(contributor1), s.addr(valA))], "fail"),
  ]);
}

/** Validator C stops signing from now on; `unjailPhase` waits for its jailing. */
export function startDowntime(s: ScriptContext): void {
  s.chain.absent.add(bytesToHex(consensusKey(ROLE.valC)));
}

export async function unjailPhase(s: ScriptContext): Promise<void> {
  const { valC } = ROLE;
  for (let i = 0; !(await s.validatorJailed(valC)); i++) {
    if (i === 40) throw new Error("golden script: validator C was never jailed for downtime");
    await s.block();
  }
  s.chain.absent.clear();
  await s.block([s.tx(valC, "unjail before the jail time is over", [m.unjail(s.addr(valC))], "fail")]);
  await s.advance(7);
  await s.block([s.tx(valC, "unjail", [m.unjail(s.addr(valC))])]);
  if (await s.validatorJailed(valC)) throw new Error("golden script: validator C is still jailed after MsgUnjail");
}

/** Only the gov module may change mint params (there is no gov yet): the handler refuses an account. */
export async function mintPhase(s: ScriptContext): Promise<void> {
  await s.block([s.tx(ROLE.valA, "mint params by a non-authority", [m.mintUpdateParams(s.addr(ROLE.valA))], "fail")]);
}

/** Validator D double-signs: the next block carries the evidence; D is slashed, jailed and tombstoned. */
export async function doubleSignPhase(s: ScriptContext): Promise<void> {
  s.chain.doubleSigners.add(bytesToHex(consensusKey(ROLE.valD)));
  await s.block();
  if (!(await s.validatorJailed(ROLE.valD))) throw new Error("golden script: validator D was not jailed for double-signing");
  await s.block([s.tx(ROLE.valD, "unjail a tombstoned validator", [m.unjail(s.addr(ROLE.valD))], "fail")]);
}
