import * as pb from "../../../proto/gen/tributary/rewards/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import type { Context } from "../../../chain/context.ts";
import { formatDec } from "../../../chain/dec.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { bytesServed, requiredBond } from "../bond.ts";
import { coinOut } from "../codec.ts";
import { rewardsErrors } from "../errors.ts";
import { emitRegistered, emitUnregistered, emitUpdated } from "../events.ts";
import type { RewardsKeeper } from "../keeper.ts";
import { rewardsKeys } from "../keys.ts";
import { type Node, BOND_POOL, type RewardsParams, zeroStats } from "../types.ts";
import { validateBondCoin, validateDatanetIds, validateEndpoint, validateRoles } from "../validate.ts";
import { type Filled } from "../../../proto/codec.ts";

type MsgRegisterNode = Filled<pb.MsgRegisterNode>;

/** The ids, which must all exist and be at most max_datanets_per_node. PERF: one read per id. */
function knownDatanets(ctx: Context, keeper: RewardsKeeper, p: RewardsParams, raw: MsgRegisterNode["datanetIds"]): bigint[] {
  const ids = validateDatanetIds(raw, p.maxDatanetsPerNode);
  for (const id of ids) if (!keeper.datanet.hasDatanet(ctx.kv, id)) throw rewardsErrors.unknownDatanet.wrap(`datanet ${id} does not exist`);
  return ids;
}

/** Throws bondTooSmall unless `bond` covers the bytes served. */
function requireBond(p: RewardsParams, bond: bigint, bytes: bigint): bigint {
  const need = requiredBond(p, bytes);
  if (bond < need) {
    const d = p.minBond.denom;
    throw rewardsErrors.bondTooSmall.wrap(
      `bond ${bond}${d} is below the ${need}${d} required: min_bond ${p.minBond.amount}${d} + ${formatDec(p.bondPerByte)}${d} per byte × ${bytes} bytes served`,
    );
  }
  return need;
}

function requireDenom(p: RewardsParams, denom: string, field: string): void {
  if (denom !== p.minBond.denom) throw rewardsErrors.wrongDenom.wrap(`${field} is in ${denom}; bonds are in ${p.minBond.denom}`);
}

export function msgRegisterNodeHandler(keeper: RewardsKeeper): MsgImplOf<typeof pb.Msg.method.registerNode> {
  return {
    validateBasic(msg) {
      addressBytes(msg.operator, "operator");
      validateRoles(msg.roles ?? []);
      validateDatanetIds(msg.datanetIds ?? [], Number.MAX_SAFE_INTEGER);
      validateEndpoint(msg.endpoint ?? "");
      validateBondCoin(msg.bond, "bond");
    },
    signers: (msg) => [msg.operator],
    // PERF: one read per datanet, the node write and one bank transfer.
    handle(ctx, msg) {
      const p = keeper.getParams(ctx.kv);
      const addr = addressBytes(msg.operator, "operator");
      if (keeper.getNode(ctx.kv, addr)) throw rewardsErrors.alreadyRegistered.wrap(`${msg.operator} is already registered; use MsgUpdateNode to change it`);
      const ids = knownDatanets(ctx, keeper, p, msg.datanetIds);
      const bond = validateBondCoin(msg.bond, "bond");
      requireDenom(p, bond.denom, "bond");
      const bytes = bytesServed(ctx.kv, keeper.datanet, ids);
      const need = requireBond(p, bond.amount, bytes);
      keeper.bank.sendCoinsToModule(ctx, addr, BOND_POOL, [bond]);
      const n: Node = {
        operator: msg.operator, roles: validateRoles(msg.roles), datanetIds: ids, endpoint: msg.endpoint, bond, registeredHeight: ctx.block.height,
        jailedUntilEpoch: 0n, stats: { ...zeroStats(), bytesServed: bytes },
      };
      keeper.setNode(ctx, n);
      emitRegistered(ctx, n, bytes);
      return { bytesServed: bytes, requiredBond: need.toString() };
    },
  };
}

export function msgUpdateNodeHandler(keeper: RewardsKeeper): MsgImplOf<typeof pb.Msg.method.updateNode> {
  return {
    validateBasic(msg) {
      addressBytes(msg.operator, "operator");
      if ((msg.datanetIds ?? []).length > 0) validateDatanetIds(msg.datanetIds, Number.MAX_SAFE_INTEGER);
      if (msg.endpoint) validateEndpoint(msg.endpoint);
      if (msg.addBond) validateBondCoin(msg.addBond, "add_bond");
      if ((msg.datanetIds ?? []).length === 0 && !msg.endpoint && !msg.addBond) {
        throw rewardsErrors.emptyUpdate.wrap("MsgUpdateNode sets none of datanet_ids, endpoint, add_bond");
      }
    },
    signers: (msg) => [msg.operator],
    // PERF: one read per datanet, the node write and at most one bank transfer.
    handle(ctx, msg) {
      const p = keeper.getParams(ctx.kv);
      const before = keeper.mustGetNode(ctx.kv, msg.operator);
      const n: Node = { ...before };
      const changed: string[] = [];
      if (msg.datanetIds.length > 0) {
        n.datanetIds = knownDatanets(ctx, keeper, p, msg.datanetIds);
        changed.push("datanets");
      }
      if (msg.endpoint) {
        n.endpoint = msg.endpoint;
        changed.push("endpoint");
      }
      if (msg.addBond) {
        const add = validateBondCoin(msg.addBond, "add_bond");
        requireDenom(p, add.denom, "add_bond");
        keeper.bank.sendCoinsToModule(ctx, addressBytes(msg.operator), BOND_POOL, [add]);
        n.bond = { denom: n.bond.denom, amount: n.bond.amount + add.amount };
        changed.push("bond");
      }
      const bytes = bytesServed(ctx.kv, keeper.datanet, n.datanetIds);
      // A new set of datanets must be covered; a top-up or a new endpoint alone is always welcome
      // (a node slashed below its requirement earns on the bytes its bond still covers).
      if (changed.includes("datanets")) requireBond(p, n.bond.amount, bytes);
      keeper.setNode(ctx, n);
      emitUpdated(ctx, n, changed);
      return { bond: coinOut(n.bond), bytesServed: bytes };
    },
  };
}

export function msgUnregisterNodeHandler(keeper: RewardsKeeper): MsgImplOf<typeof pb.Msg.method.unregisterNode> {
  return {
    validateBasic(msg) {
      addressBytes(msg.operator, "operator");
    },
    signers: (msg) => [msg.operator],
    // PERF: O(challenges per epoch) deletes, one queue write.
    async handle(ctx, msg) {
      const p = keeper.getParams(ctx.kv);
      const n = keeper.mustGetNode(ctx.kv, msg.operator);
      const addr = addressBytes(msg.operator);
      const epoch = keeper.getEpoch(ctx.kv);
      const work = keeper.getWork(ctx.kv, addr);
      // Leaving with proofs owed would dodge the window's slash: wait for it to close.
      if (work && !epoch.windowClosed) {
        throw rewardsErrors.openChallenges.wrap(
          `${msg.operator} has ${work.challenges - work.passed} unanswered challenges of epoch ${epoch.number} open until height ${epoch.windowEndHeight}; unregister after the window closes`,
        );
      }
      // The epoch's payout goes to registered nodes only: leaving forfeits it.
      for (const c of await keeper.listChallenges(ctx.kv, addr)) ctx.kv.delete(rewardsKeys.challenge(addr, c.index));
      if (work) ctx.kv.delete(rewardsKeys.work(addr));
      keeper.deleteNode(ctx, msg.operator);
      const completion = ctx.block.height + p.unbondingBlocks;
      if (n.bond.amount > 0n) keeper.addRefund(ctx, { operator: msg.operator, amount: n.bond, completionHeight: completion });
      emitUnregistered(ctx, msg.operator, n.bond, completion);
      return { refund: coinOut(n.bond), completionHeight: completion };
    },
  };
}
