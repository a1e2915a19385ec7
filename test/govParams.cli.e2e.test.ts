/**
 * The README's "Changing parameters" how-to, through the real CLI against a real solo node with a
 * short voting period: a proposal file carrying inference and distribution MsgUpdateParams and a
 * MsgCommunityPoolSpend, built from `query … params -o json`, is submitted, voted and PASSED;
 * the new params are what `query … params` and the REST gateway answer, and the recipient is paid
 * from the community pool.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOV_AUTHORITY } from "../chain/authority.ts";
import { Keyring } from "../node/keyring/index.ts";
import { type Run, runInProcess } from "../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNTS, DEV_VALIDATOR } from "../node/cli/devAccounts.ts";
import { waitFor } from "./support/waitFor.ts";
import { makeTestHome, startTestNode, type TestNode } from "./testNode.ts";

const [ALICE, BOB] = DEV_ACCOUNTS;
const VOTING_PERIOD_S = 6;
let node: TestNode;
let common: string[];
let dir = "";

beforeAll(async () => {
  const home = makeTestHome({ bondValidator: true });
  const file = join(home, "config", "genesis.json");
  const genesis = JSON.parse(readFileSync(file, "utf8"));
  genesis.app_state.gov.params.voting_period = `${VOTING_PERIOD_S}s`;
  writeFileSync(file, JSON.stringify(genesis, null, 2));
  node = await startTestNode({ home });
  const keyring = Keyring.open({ home, backend: "test" });
  await keyring.add("alice", ALICE!.mnemonic);
  await keyring.add("validator", DEV_VALIDATOR.mnemonic);
  common = ["--node", node.rpcUrl, "--home", home];
  dir = mkdtempSync(join(tmpdir(), "trib-params-"));
}, 30_000);
afterAll(async () => {
  await node?.stop();
  if (node) rmSync(node.home, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

const ok = (r: Run): Run => {
  expect(r.code, r.stderr).toBe(0);
  return r;
};
const json = async (args: string[]): Promise<Record<string, any>> => JSON.parse(ok(await runInProcess([...args, "-o", "json", ...common])).stdout);
const tx = (args: string[]) => json(["tx", ...args, "--yes"]);
const balance = async (address: string) => BigInt((await json(["query", "bank", "balances", address])).balances.find((c: { denom: string }) => c.denom === "utrib")?.amount ?? "0");

describe("changing parameters through a proposal, from the CLI", () => {
  it("inference and distribution params change and the community pool pays, as the README shows", async () => {
    expect((await tx(["distribution", "fund-community-pool", "2000000utrib", "--from", "alice"])).code).toBe(0);
    const inference = await json(["query", "inference", "params"]);
    const distribution = (await json(["query", "distribution", "params"])).params;
    expect(inference.model_gas_per_kib).toBe("64");
    const before = await balance(BOB!.address);

    const file = join(dir, "params.json");
    writeFileSync(file, JSON.stringify({
      messages: [
        { "@type": "/tributary.inference.v1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { ...inference, model_gas_per_kib: "96" } },
        { "@type": "/cosmos.distribution.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { ...distribution, community_tax: "0.050000000000000000" } },
        { "@type": "/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", authority: GOV_AUTHORITY, recipient: BOB!.address, amount: [{ denom: "utrib", amount: "1500000" }] },
      ],
      metadata: "", deposit: "10000000utrib", title: "Model gas, community tax, a grant", summary: "three changes in one proposal",
    }));
    const submitted = await tx(["gov", "submit-proposal", file, "--from", "alice", "--gas", "400000"]);
    expect(submitted.code).toBe(0);
    const id = submitted.proposal_id as string;
    expect((await tx(["gov", "vote", id, "yes", "--from", "validator"])).code).toBe(0);
    await waitFor(`proposal ${id} to leave its voting period`, async () => (await json(["query", "gov", "proposal", id])).proposal.status !== "PROPOSAL_STATUS_VOTING_PERIOD", (VOTING_PERIOD_S + 30) * 1000);
    const { proposal } = await json(["query", "gov", "proposal", id]);
    expect([proposal.status, proposal.failed_reason]).toEqual(["PROPOSAL_STATUS_PASSED", ""]);

    expect(await json(["query", "inference", "params"])).toEqual({ ...inference, model_gas_per_kib: "96" });
    expect((await json(["query", "distribution", "params"])).params.community_tax).toBe("0.050000000000000000");
    expect(await balance(BOB!.address)).toBe(before + 1_500_000n);
    const rest = await fetch(`${node.node.apiUrl!}/tributary/inference/v1/params`);
    expect(rest.status).toBe(200);
    expect(((await rest.json()) as { params: Record<string, unknown> }).params.model_gas_per_kib).toBe("96");
  }, 90_000);
});
