import { readFileSync } from "node:fs";
import { packageFile } from "./packageRoot.ts";

/** Tributary's version, from package.json. */
export const TRIBUTARY_VERSION: string = (JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version: string }).version;

/**
 * The CometBFT version whose RPC and ABCI Tributary speaks. CosmJS picks its client from the
 * `node_info.version` prefix ("0.38." → Comet38Client), so the RPC should report this string.
 */
export const COMETBFT_VERSION = "0.38.17";
export const ABCI_VERSION = "2.0.0";
