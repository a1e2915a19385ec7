/** Opens the solo driver from a node home (config/, data/), as `tributary start` does. */
import { readFileSync } from "node:fs";
import type { Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import { validateGenesisDoc } from "../../genesis/doc.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import type { NodeConfig } from "../config.ts";
import { homePaths, loadNodeKey, loadValidatorKey, nodeIdFromKey } from "../home.ts";
import { SoloDriver } from "./driver.ts";
import { tuneHeapGrowth } from "./heapGrowth.ts";

/**
 * Checks a genesis document as `genesis validate` does, so a node that has not initialised from
 * it yet refuses a bad one naming the field (GenesisError) instead of failing inside InitChain
 * with whatever a module's parser threw. Text that is not JSON is left to readSoloGenesis.
 */
export function validateGenesisText(text: string): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return;
  }
  validateGenesisDoc(doc as GenesisDoc);
}

export async function openSoloFromHome(home: string, app: AbciApp, config: NodeConfig, logger?: Logger): Promise<SoloDriver> {
  tuneHeapGrowth();
  const paths = homePaths(home);
  const genesisJson = readFileSync(paths.genesis, "utf8");
  // Only before InitChain: a running chain keeps starting from the genesis it began with.
  const info = await app.info({ version: "", blockVersion: 0n, p2pVersion: 0n, abciVersion: "" });
  if (info.lastBlockHeight === 0n) validateGenesisText(genesisJson);
  return SoloDriver.open({
    app,
    dataDir: paths.dataDir,
    genesisJson,
    validatorKey: loadValidatorKey(home),
    timeoutCommitMs: config.consensus.timeout_commit_ms,
    createEmptyBlocks: config.consensus.create_empty_blocks,
    mempool: config.mempool,
    identity: { nodeId: nodeIdFromKey(loadNodeKey(home)), moniker: config.moniker, rpcAddress: config.rpc.laddr },
    logger,
  });
}
