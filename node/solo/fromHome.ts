/** Opens the solo driver from a node home (config/, data/), as `tributary start` does. */
import { readFileSync } from "node:fs";
import type { Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import type { NodeConfig } from "../config.ts";
import { homePaths, loadNodeKey, loadValidatorKey, nodeIdFromKey } from "../home.ts";
import { SoloDriver } from "./driver.ts";

export async function openSoloFromHome(home: string, app: AbciApp, config: NodeConfig, logger?: Logger): Promise<SoloDriver> {
  const paths = homePaths(home);
  return SoloDriver.open({
    app,
    dataDir: paths.dataDir,
    genesisJson: readFileSync(paths.genesis, "utf8"),
    validatorKey: loadValidatorKey(home),
    timeoutCommitMs: config.consensus.timeout_commit_ms,
    createEmptyBlocks: config.consensus.create_empty_blocks,
    mempool: config.mempool,
    identity: { nodeId: nodeIdFromKey(loadNodeKey(home)), moniker: config.moniker, rpcAddress: config.rpc.laddr },
    logger,
  });
}
