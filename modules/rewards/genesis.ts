import { addressBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { ChainError } from "../../chain/errors.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectObject } from "../../chain/genesisJson.ts";
import { chunkCount } from "../../chain/contentRoot.ts";
import {
  type RewardsGenesis, challengeFromJson, challengeToJson, epochFromJson, epochToJson, nodeFromJson, nodeToJson, paramsFromJson, paramsToJson,
  refundFromJson, refundToJson, workFromJson, workToJson,
} from "./genesisJson.ts";
import type { RewardsKeeper } from "./keeper.ts";
import {
  BOND_POOL, BPS, type BondRefund, type Challenge, DEFAULT_REWARDS_PARAMS, type EpochInfo, type EpochWork, GENESIS_EPOCH, LIMITS, type Node,
  type RewardsParams, STORAGE_POOL,
} from "./types.ts";
import { validateDatanetIds, validateEndpoint, validateRoles } from "./validate.ts";

export type { RewardsGenesis } from "./genesisJson.ts";

interface Parsed {
  params: RewardsParams;
  nodes: Node[];
  epoch: EpochInfo;
  challenges: Challenge[];
  work: EpochWork[];
  refunds: BondRefund[];
}

export function defaultRewardsGenesis(): RewardsGenesis {
  return { params: paramsToJson(DEFAULT_REWARDS_PARAMS), nodes: [], epoch: epochToJson(GENESIS_EPOCH), challenges: [], work: [], refunds: [] };
}

function asGenesis<T>(field: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof ChainError) throw new GenesisError(field, e.message);
    throw e;
  }
}

/** Params.Validate of the genesis section (also MsgUpdateParams's check); errors name the field. */
export function validateParams(p: RewardsParams): void {
  if (p.epochBlocks < 2n) throw new GenesisError("params.epoch_blocks", "must be at least 2");
  if (p.proofWindowBlocks < 1n || p.proofWindowBlocks >= p.epochBlocks) {
    throw new GenesisError("params.proof_window_blocks", `must be in 1..epoch_blocks-1 (${p.epochBlocks - 1n}): the window closes before the epoch is paid`);
  }
  if (p.challengesPerEpoch < 1 || p.challengesPerEpoch > LIMITS.maxChallengesPerEpoch) {
    throw new GenesisError("params.challenges_per_epoch", `must be in 1..${LIMITS.maxChallengesPerEpoch}`);
  }
  if (p.bondPerByte < 0n) throw new GenesisError("params.bond_per_byte", "must not be negative");
  for (const [name, v] of [["inflation_share_bps", p.inflationShareBps], ["datanet_fee_share_bps", p.datanetFeeShareBps], ["slash_fraction_bps", p.slashFractionBps]] as const) {
    if (BigInt(v) > BPS) throw new GenesisError(`params.${name}`, `${v} is above ${BPS} (100%)`);
  }
  if (p.maxDatanetsPerNode < 1) throw new GenesisError("params.max_datanets_per_node", "must be at least 1");
}

function parseNodes(raw: unknown, p: RewardsParams): Node[] {
  const seen = new Set<string>();
  const nodes = expectArray(raw, "nodes").map((v, i) => {
    const f = `nodes[${i}]`;
    const { node, roles } = nodeFromJson(v, f);
    const key = Buffer.from(asGenesis(`${f}.operator`, () => addressBytes(node.operator, "operator"))).toString("hex");
    if (seen.has(key)) throw new GenesisError(`${f}.operator`, `duplicate node ${node.operator}`);
    seen.add(key);
    const n: Node = { ...node, roles: asGenesis(`${f}.roles`, () => validateRoles(roles)) };
    asGenesis(`${f}.datanet_ids`, () => validateDatanetIds(n.datanetIds.map(String), p.maxDatanetsPerNode));
    asGenesis(`${f}.endpoint`, () => validateEndpoint(n.endpoint));
    if (n.bond.denom !== p.minBond.denom) throw new GenesisError(`${f}.bond.denom`, `bonds are in ${p.minBond.denom}, not ${n.bond.denom}`);
    return n;
  });
  return nodes.sort((a, b) => Buffer.compare(addressBytes(a.operator), addressBytes(b.operator)));
}

function parseEpoch(raw: unknown): EpochInfo {
  const e = epochFromJson(raw ?? {});
  if (e.number === 0n) return e;
  if (e.seed.length !== 32) throw new GenesisError("epoch.seed", "an epoch that started has a 32-byte seed");
  if (!(e.startHeight < e.windowEndHeight && e.windowEndHeight < e.nextStartHeight)) {
    throw new GenesisError("epoch", "heights must satisfy start_height < window_end_height < next_start_height");
  }
  return e;
}

/** The current epoch's challenges and work must agree with each other and with the nodes. */
function parseEpochWork(rawC: unknown, rawW: unknown, nodes: Node[], e: EpochInfo): { challenges: Challenge[]; work: EpochWork[] } {
  const known = new Set(nodes.map((n) => n.operator));
  const work = expectArray(rawW, "work").map((v, i) => {
    const w = workFromJson(v, `work[${i}]`);
    if (!known.has(w.operator)) throw new GenesisError(`work[${i}].operator`, `${w.operator} is not a node`);
    if (w.epoch !== e.number || e.number === 0n) throw new GenesisError(`work[${i}].epoch`, `is ${w.epoch}; only the current epoch (${e.number}) has work`);
    if (w.bytesCounted > w.bytesServed) throw new GenesisError(`work[${i}].bytes_counted`, "is above bytes_served");
    return w;
  });
  const byOp = new Map<string, EpochWork>();
  work.forEach((w, i) => {
    if (byOp.has(w.operator)) throw new GenesisError(`work[${i}].operator`, `duplicate work for ${w.operator}`);
    byOp.set(w.operator, w);
  });
  const counts = new Map<string, { n: number; passed: number; missed: number; idx: Set<number> }>();
  const challenges = expectArray(rawC, "challenges").map((v, i) => {
    const f = `challenges[${i}]`;
    const c = challengeFromJson(v, f);
    const w = byOp.get(c.operator);
    if (!w) throw new GenesisError(`${f}.operator`, `${c.operator} has no work record in this epoch`);
    if (c.epoch !== e.number) throw new GenesisError(`${f}.epoch`, `is ${c.epoch}, not the current epoch ${e.number}`);
    if (c.index >= w.challenges) throw new GenesisError(`${f}.index`, `${c.index} is not below the node's ${w.challenges} challenges`);
    if (c.chunkCount !== chunkCount(c.bytes)) throw new GenesisError(`${f}.chunk_count`, `a ${c.bytes}-byte body has ${chunkCount(c.bytes)} chunks`);
    if (c.chunkIndex >= c.chunkCount) throw new GenesisError(`${f}.chunk_index`, `is not below chunk_count ${c.chunkCount}`);
    if (c.deadlineHeight !== e.windowEndHeight) throw new GenesisError(`${f}.deadline_height`, `is not the epoch's window end ${e.windowEndHeight}`);
    if (c.status === "PENDING" && e.windowClosed) throw new GenesisError(`${f}.status`, "PENDING after the window closed");
    if (c.status === "MISSED" && !e.windowClosed) throw new GenesisError(`${f}.status`, "MISSED while the window is open");
    if ((c.status === "PASSED") !== (c.provedHeight > 0n)) throw new GenesisError(`${f}.proved_height`, "set exactly when the challenge PASSED");
    let k = counts.get(c.operator);
    if (!k) counts.set(c.operator, (k = { n: 0, passed: 0, missed: 0, idx: new Set() }));
    if (k.idx.has(c.index)) throw new GenesisError(`${f}.index`, `duplicate challenge ${c.index} for ${c.operator}`);
    k.idx.add(c.index);
    k.n++;
    if (c.status === "PASSED") k.passed++;
    if (c.status === "MISSED") k.missed++;
    return c;
  });
  work.forEach((w, i) => {
    const k = counts.get(w.operator) ?? { n: 0, passed: 0, missed: 0 };
    if (k.n !== w.challenges || k.passed !== w.passed || k.missed !== w.missed) {
      throw new GenesisError(`work[${i}]`, `counts ${w.challenges}/${w.passed}/${w.missed} (challenges/passed/missed) but the challenges say ${k.n}/${k.passed}/${k.missed}`);
    }
  });
  return { challenges, work };
}

function parseRefunds(raw: unknown, p: RewardsParams): BondRefund[] {
  const seen = new Set<string>();
  return expectArray(raw, "refunds").map((v, i) => {
    const f = `refunds[${i}]`;
    const r = refundFromJson(v, f);
    asGenesis(`${f}.operator`, () => addressBytes(r.operator, "operator"));
    if (r.amount.denom !== p.minBond.denom || r.amount.amount === 0n) throw new GenesisError(`${f}.amount`, `must be a positive amount of ${p.minBond.denom}`);
    const key = `${r.completionHeight}/${r.operator}`;
    if (seen.has(key)) throw new GenesisError(f, `duplicate refund for ${r.operator} at height ${r.completionHeight}`);
    seen.add(key);
    return r;
  });
}

function parse(g: RewardsGenesis): Parsed {
  const root = expectObject(g, "rewards");
  const params = paramsFromJson(root.params);
  validateParams(params);
  const nodes = parseNodes(root.nodes, params);
  const epoch = parseEpoch(root.epoch);
  const { challenges, work } = parseEpochWork(root.challenges, root.work, nodes, epoch);
  return { params, nodes, epoch, challenges, work, refunds: parseRefunds(root.refunds, params) };
}

export function validateRewardsGenesis(g: RewardsGenesis): void {
  parse(g);
}

/**
 * Writes the section and creates the module accounts. The bond escrow must hold exactly the
 * bonds and pending refunds (bank's genesis runs first). Datanet ids are not checked against
 * datanets here: the datanet section is written after this one.
 * PERF: O(nodes + challenges + refunds) writes.
 */
export function initRewardsGenesis(keeper: RewardsKeeper, ctx: Context, g: RewardsGenesis): void {
  const p = parse(g);
  keeper.setParams(ctx, p.params);
  keeper.setEpoch(ctx, p.epoch);
  for (const n of p.nodes) keeper.setNode(ctx, n);
  for (const c of p.challenges) keeper.setChallenge(ctx, c);
  for (const w of p.work) keeper.setWork(ctx, w);
  for (const r of p.refunds) keeper.addRefund(ctx, r);
  keeper.accounts.moduleAccount(ctx, BOND_POOL, ["burner"]);
  keeper.accounts.moduleAccount(ctx, STORAGE_POOL);
  const denom = p.params.minBond.denom;
  const owed = p.nodes.reduce((a, n) => a + n.bond.amount, 0n) + p.refunds.reduce((a, r) => a + r.amount.amount, 0n);
  const held = keeper.bank.getBalance(ctx.kv, keeper.bondPool, denom);
  if (held !== owed) throw new GenesisError("nodes", `bonds and pending refunds total ${owed}${denom}, but the ${BOND_POOL} account holds ${held}${denom} in bank balances`);
}

/** The section from state. PERF: one pass over the module's state. */
export async function exportRewardsGenesis(keeper: RewardsKeeper, ctx: Context): Promise<RewardsGenesis> {
  return {
    params: paramsToJson(keeper.getParams(ctx.kv)),
    nodes: (await keeper.listNodes(ctx.kv)).map(nodeToJson),
    epoch: epochToJson(keeper.getEpoch(ctx.kv)),
    challenges: (await keeper.listChallenges(ctx.kv)).map(challengeToJson),
    work: (await keeper.listWork(ctx.kv)).map(workToJson),
    refunds: (await keeper.listRefunds(ctx.kv)).map(refundToJson),
  };
}
