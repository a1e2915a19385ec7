import type { EventManager } from "./events.ts";
import type { GasMeter } from "./gas.ts";
import type { Rules } from "./rules.ts";
import type { KVStore } from "./store/types.ts";

/** Why the state machine is running: some checks differ (signatures are skipped in simulate). */
export type ExecMode = "genesis" | "check" | "recheck" | "simulate" | "finalize" | "query";

/** Block header facts a handler may use. Time comes from the header, never the clock. */
export interface BlockInfo {
  chainId: string;
  height: bigint;
  /** Block time as Unix seconds and nanoseconds, from the header. */
  timeSeconds: bigint;
  timeNanos: number;
  proposerAddress: Uint8Array;
  /**
   * Hash of the block being finalized (RequestFinalizeBlock.hash): randomness from block data
   * (storage challenges). Absent outside FinalizeBlock (CheckTx, queries, genesis).
   */
  hash?: Uint8Array;
}

/**
 * What every keeper method and handler receives: the (gas-metered) store of the current
 * branch, the gas meter, the event sink and the block facts.
 */
export interface Context {
  readonly mode: ExecMode;
  readonly block: BlockInfo;
  readonly kv: KVStore;
  readonly gasMeter: GasMeter;
  readonly events: EventManager;
  /**
   * The consensus rules version of this block (chain/rules.ts): every rule that can change
   * reads its value through it. Check, simulate and queries carry the next block's.
   */
  readonly rules: Rules;
  /** Consensus params the ante handler enforces: block max gas (-1 = unlimited). */
  readonly blockMaxGas: bigint;
  /** Node-local minimum gas price (only CheckTx enforces it), as [denom, numerator/denominator]. */
  readonly minGasPrices: readonly MinGasPrice[];
  /**
   * What consensus reports with the block (RequestFinalizeBlock's decided_last_commit and
   * misbehavior). Set only for FinalizeBlock's begin- and end-block hooks; absent elsewhere.
   */
  readonly consensus?: ConsensusInfo;
  /** sha256 of the raw tx whose messages run in this context (absent outside a tx). */
  readonly txHash?: Uint8Array;
}

/** One vote of decided_last_commit: who (consensus address), with what power, and how. */
export interface CommitVote {
  /** Validator consensus address: sha256(pubkey)[0:20]. */
  address: Uint8Array;
  power: bigint;
  /** CometBFT BlockIDFlag: 1 absent, 2 commit, 3 nil. */
  blockIdFlag: number;
}

/** Evidence of misbehaviour CometBFT committed in the block. */
export interface MisbehaviorInfo {
  type: "duplicate_vote" | "light_client_attack" | "unknown";
  /** Validator consensus address (20 bytes). */
  address: Uint8Array;
  /** The validator's power at the infraction height. */
  power: bigint;
  /** Height and time of the infraction. */
  height: bigint;
  timeSeconds: bigint;
  timeNanos: number;
  totalVotingPower: bigint;
}

export interface ConsensusInfo {
  votes: readonly CommitVote[];
  misbehavior: readonly MisbehaviorInfo[];
}

/** A decimal gas price kept as an exact fraction: amount = ceil(gas * num / den). */
export interface MinGasPrice {
  denom: string;
  num: bigint;
  den: bigint;
}
