/**
 * Consensus rules versioned by height (DESIGN.md, "Rules over time"). A rule that can change is
 * never edited in place: each one has a table (`rulesTable`) giving its value per rules version,
 * and code reads the value through the `Rules` the block context carries (`ctx.rules`). The
 * version active at a height comes from a schedule kept in state; an upgrade handler appends
 * to it, so a node replaying from genesis applies old rules to old blocks.
 *
 * The schedule is the app's own key (like chain id and consensus params), not a module's: every
 * module reads it through the context and none may write it except through `scheduleRules`.
 * A chain whose state has no schedule (every chain started on v0.1.0) runs version 1.
 */
import { sdkErrors } from "./errors.ts";
import { utf8 } from "./keys.ts";
import type { KVReader, KVStore } from "./store/types.ts";

/** What the block context carries. Only the version: each rule's value comes from its own table. */
export interface Rules {
  readonly version: number;
}

/** Everything the chain did before rules were versioned. */
export const FIRST_RULES_VERSION = 1;
/** The newest version this binary knows; new chains (`init`, `defaultAppState()`) start on it. */
export const LATEST_RULES_VERSION = 2;

/** One switch: `version` applies from `height` on (inclusive). */
export interface RulesSwitch {
  height: bigint;
  version: number;
}

/** Public (STORE_LAYOUT.md): an off-chain verifier reads it to know which rules ran at a height. */
export const SCHEDULE_KEY = utf8("app/rules_schedule");
/** Each entry: u64 big-endian height, u32 big-endian version. */
const ENTRY_BYTES = 12;

const frozen = new Map<number, Rules>();
/** One frozen object per version, so contexts share it and nobody can change it. */
export function rulesOf(version: number): Rules {
  assertKnownVersion(version);
  let r = frozen.get(version);
  if (!r) frozen.set(version, (r = Object.freeze({ version })));
  return r;
}

export function assertKnownVersion(version: number): void {
  if (!Number.isInteger(version) || version < FIRST_RULES_VERSION || version > LATEST_RULES_VERSION) {
    throw new Error(`unknown rules version ${version}: this binary knows versions ${FIRST_RULES_VERSION}..${LATEST_RULES_VERSION}`);
  }
}

/** The schedule in state, ascending by height; empty when none was ever written (version 1 throughout). */
export function readRulesSchedule(kv: Pick<KVReader, "get">): RulesSwitch[] {
  const raw = kv.get(SCHEDULE_KEY);
  if (!raw) return [];
  if (raw.length % ENTRY_BYTES !== 0) throw new Error(`rules schedule: ${raw.length} bytes is not a whole number of ${ENTRY_BYTES}-byte entries`);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const out: RulesSwitch[] = [];
  for (let o = 0; o < raw.length; o += ENTRY_BYTES) out.push({ height: view.getBigUint64(o), version: view.getUint32(o + 8) });
  return out;
}

/** The rules that apply to the block at `height`. PERF: one point read and a scan of a few entries. */
export function rulesAt(kv: Pick<KVReader, "get">, height: bigint): Rules {
  let version = FIRST_RULES_VERSION;
  for (const s of readRulesSchedule(kv)) if (s.height <= height) version = s.version;
  return rulesOf(version);
}

/**
 * Appends a switch: `version` from `height` on. Refused unless it moves forward in both height
 * and version (rules never go back, and a switch is never rewritten: old blocks keep theirs).
 */
export function scheduleRules(kv: KVStore, height: bigint, version: number): void {
  assertKnownVersion(version);
  const schedule = readRulesSchedule(kv);
  const last = schedule.at(-1);
  const currentVersion = last?.version ?? FIRST_RULES_VERSION;
  if (version <= currentVersion) throw new Error(`rules version ${version} is not after the scheduled version ${currentVersion}`);
  if (last && height <= last.height) throw new Error(`rules switch at height ${height} is not after the last switch at height ${last.height}`);
  const raw = new Uint8Array((schedule.length + 1) * ENTRY_BYTES);
  const view = new DataView(raw.buffer);
  [...schedule, { height, version }].forEach((s, i) => {
    view.setBigUint64(i * ENTRY_BYTES, s.height);
    view.setUint32(i * ENTRY_BYTES + 8, s.version);
  });
  kv.set(SCHEDULE_KEY, raw);
}

/**
 * One rule's value per rules version: the one place where version N's value is chosen. Only the
 * versions that change the rule are listed; a version takes the value of the highest listed
 * version at or below it. Version 1 must be listed (today's behaviour, byte for byte).
 */
export class RulesTable<T> {
  private readonly entries: [number, T][];

  constructor(
    readonly name: string,
    values: Readonly<Record<number, T>>,
  ) {
    this.entries = Object.entries(values).map(([v, x]) => [Number(v), x] as [number, T]).sort((a, b) => a[0] - b[0]);
    if (this.entries[0]?.[0] !== FIRST_RULES_VERSION) throw new Error(`rules table ${name}: version ${FIRST_RULES_VERSION} must be listed`);
    for (const [v] of this.entries) assertKnownVersion(v);
  }

  at(rules: Rules): T {
    let value = this.entries[0]![1];
    for (const [v, x] of this.entries) if (v <= rules.version) value = x;
    return value;
  }
}

export function rulesTable<T>(name: string, values: Readonly<Record<number, T>>): RulesTable<T> {
  return new RulesTable(name, values);
}

/**
 * Message availability: a message type registered only from some rules version
 * (MsgHandler.sinceRules) is refused below it, as the SDK refuses a type it does not know.
 */
export function assertMsgAvailable(typeUrl: string, sinceRules: number | undefined, rules: Rules): void {
  if (sinceRules !== undefined && rules.version < sinceRules) {
    throw sdkErrors.unknownRequest.wrap(`${typeUrl} is available from rules version ${sinceRules}; this block runs rules version ${rules.version}`);
  }
}
