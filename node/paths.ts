import { join } from "node:path";
import { homePaths } from "./home.ts";

/** The node's databases under `<home>/data` (CometBFT's names where one exists). */
export const appDbPath = (home: string) => join(homePaths(home).dataDir, "application.db");
export const blockstoreDbPath = (home: string) => join(homePaths(home).dataDir, "blockstore.db");
export const txIndexDbPath = (home: string) => join(homePaths(home).dataDir, "tx_index.db");
