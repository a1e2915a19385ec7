/**
 * The golden script: a fixed genesis, then every phase in a fixed order, then blocks of
 * background traffic up to GOLDEN_HEIGHT. Nothing reads a clock or an unseeded random source,
 * so every run on every machine builds the same blocks; only the chain's rules decide what
 * they do to the state.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { type BlockRecord, GoldenChain } from "./chain.ts";
import { ScriptContext } from "./context.ts";
import { goldenAppState, goldenKeys } from "./genesis.ts";
import { genesisForRules } from "./rulesVersions.ts";
import { attributionPhase, datanetPhase, inferencePhase, laterRoundPhase, storageNodePhase } from "./phasesAi.ts";
import { governanceOutcome, governancePhase } from "./phasesGov.ts";
import { bankPhase, doubleSignPhase, mintPhase, stakingPhase, startDowntime, unjailPhase } from "./phasesCosmos.ts";
import { TxSigner } from "./txs.ts";

/** The last height of the v0.1.0 phases; governance (added after launch) runs after it. */
export const GOLDEN_HEIGHT = 300n;
/** Where the second round starts: after the first round's unbondings (60 s = 12 blocks) have matured. */
const LATER_ROUND_HEIGHT = 150n;
/** Where validator D double-signs (after the second round, which still delegates to it). */
const DOUBLE_SIGN_HEIGHT = 200n;

export interface GoldenRun {
  /** sha256 of the genesis app_state JSON the chain started from. */
  genesisSha256: string;
  /** Height 0 is InitChain (its app hash); then one record per block. */
  blocks: BlockRecord[];
  /** Message types that passed proposals executed (governance-only messages run only so). */
  govExecuted: string[];
}

/**
 * Runs the whole script on a fresh store and returns what every height produced. The schedule:
 * `rulesVersion` from height 1 (rulesVersions.ts; 1 = the v0.1.0 genesis as it was).
 */
export async function runGoldenScript(rulesVersion = 1): Promise<GoldenRun> {
  const keys = goldenKeys();
  const appState = genesisForRules(goldenAppState(keys), rulesVersion);
  const appStateJson = JSON.stringify(appState);
  const chain = await GoldenChain.start(appState);
  try {
    const s = new ScriptContext(chain, new TxSigner(keys, keys.map((_, i) => BigInt(i))));
    await s.block();
    await bankPhase(s);
    await stakingPhase(s);
    startDowntime(s);
    await datanetPhase(s);
    await unjailPhase(s);
    await attributionPhase(s);
    await inferencePhase(s);
    await storageNodePhase(s);
    await mintPhase(s);
    await s.advanceTo(LATER_ROUND_HEIGHT);
    await laterRoundPhase(s);
    await s.advanceTo(DOUBLE_SIGN_HEIGHT);
    await doubleSignPhase(s);
    if (s.height > GOLDEN_HEIGHT) throw new Error(`golden script: the phases need ${s.height} blocks, more than GOLDEN_HEIGHT ${GOLDEN_HEIGHT}`);
    await s.advanceTo(GOLDEN_HEIGHT);
    const govExecuted = await governanceOutcome(s, await governancePhase(s));
    return { genesisSha256: bytesToHex(sha256(new TextEncoder().encode(appStateJson))), blocks: chain.blocks, govExecuted };
  } finally {
    await chain.close();
  }
}
