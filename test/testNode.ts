/**
 * Starts a real node for end-to-end tests: a fresh home made by the same code as
 * `tributary dev-init` (dev accounts funded), a free RPC port, short blocks.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addGenesisAccount } from "../genesis/accounts.ts";
import { DEV_ACCOUNT_FUNDS, DEV_ACCOUNTS, DEV_VALIDATOR, DEV_VALIDATOR_SELF_BOND } from "../node/cli/devAccounts.ts";
import { initHome } from "../node/cli/initHome.ts";
import { loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { type RunningNode, startNode } from "../node/node.ts";

export const TEST_NODE_CHAIN_ID = "tributary-e2e-1";

export interface TestNode {
  home: string;
  node: RunningNode;
  rpcUrl: string;
  stop(): Promise<void>;
}

/**
 * `bondValidator`: the node's validator is bonded through staking by the dev validator operator,
 * as `dev-init` does (rewards and commission accrue); without it, it is only in genesis.json.
 */
export function makeTestHome(opts: { timeoutCommitMs?: number; chainId?: string; bondValidator?: boolean } = {}): string {
  const home = mkdtempSync(join(tmpdir(), "trib-node-"));
  initHome({
    home,
    moniker: "e2e",
    chainId: opts.chainId ?? TEST_NODE_CHAIN_ID,
    editGenesis: (doc) => [...DEV_ACCOUNTS, ...(opts.bondValidator ? [DEV_VALIDATOR] : [])].forEach((a) => addGenesisAccount(doc, a.address, DEV_ACCOUNT_FUNDS)),
    bondValidator: opts.bondValidator ? { operator: DEV_VALIDATOR.address, selfBond: DEV_VALIDATOR_SELF_BOND } : undefined,
  });
  const config = loadNodeConfig(home);
  config.consensus.timeout_commit_ms = opts.timeoutCommitMs ?? 200;
  config.rpc.laddr = "tcp://127.0.0.1:0";
  config.storage.address = "tcp://127.0.0.1:0";
  config.api.address = "tcp://127.0.0.1:0";
  config.grpc.address = "tcp://127.0.0.1:0";
  config.metrics.address = "tcp://127.0.0.1:0";
  config.log_level = "warn";
  writeNodeConfig(home, config);
  return home;
}

export async function startTestNode(opts: { home?: string; timeoutCommitMs?: number; bondValidator?: boolean } = {}): Promise<TestNode> {
  const home = opts.home ?? makeTestHome(opts);
  const node = await startNode({ home });
  return {
    home,
    node,
    rpcUrl: node.rpcUrl,
    async stop() {
      await node.stop();
      if (!opts.home) rmSync(home, { recursive: true, force: true });
    },
  };
}
