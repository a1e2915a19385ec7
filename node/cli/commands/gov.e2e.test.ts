/**
 * Governance and upgrade proposals through the real CLI against a real solo node with short gov
 * periods: a param change and a software upgrade submitted, deposited, voted and PASSED, their
 * effects read back through the CLI and the REST gateway; refusals of bad input change nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOV_AUTHORITY } from "../../../chain/authority.ts";
import { TributaryClient, makeDevWallet } from "../../../client/index.ts";
import { reflectedClient } from "../../../test/grpcClient.ts";
import { waitFor } from "../../../test/support/waitFor.ts";
import { makeTestHome, startTestNode, type TestNode } from "../../../test/testNode.ts";
import { Keyring } from "../../keyring/index.ts";
import { type Run, expectOneLineError, runInProcess } from "../cliTestHarness.ts";
import { DEV_ACCOUNTS, DEV_VALIDATOR } from "../devAccounts.ts";

const [ALICE] = DEV_ACCOUNTS;
const VOTING_PERIOD_S = 8;
let node: TestNode;
let common: string[];
let dir = "";

beforeAll(async () => {
  const home = makeTestHome({ bondValidator: true });
  const file = join(home, "config", "genesis.json");
  const genesis = JSON.parse(readFileSync(file, "utf8"));
  genesis.app_state.gov.params.voting_period = `${VOTING_PERIOD_S}s`;
  genesis.app_state.gov.params.max_deposit_period = "120s";
  writeFileSync(file, JSON.stringify(genesis, null, 2));
  node = await startTestNode({ home });
  const keyring = Keyring.open({ home, backend: "test" });
  await keyring.add("alice", ALICE!.mnemonic);
  await keyring.add("validator", DEV_VALIDATOR.mnemonic);
  common = ["--node", node.rpcUrl, "--home", home];
  dir = mkdtempSync(join(tmpdir(), "trib-gov-"));
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

function writeJson(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}

/** The SDK's JSON for mint params with blocks_per_year changed (every other value the default). */
async function mintParamsWith(blocksPerYear: string): Promise<Record<string, unknown>> {
  const { params } = await json(["query", "mint", "params"]);
  return { ...params, blocks_per_year: blocksPerYear };
}

async function proposalStatus(id: string): Promise<string> {
  return (await json(["query", "gov", "proposal", id])).proposal.status;
}

describe("tx gov and tx upgrade", () => {
  it("a param change and a software upgrade pass through gov: submit, deposit, vote, PASSED, applied", async () => {
    const params = await mintParamsWith("6311520");
    const file = writeJson("mint.json", {
      messages: [{ "@type": "/cosmos.mint.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params }],
      metadata: "ipfs://none",
      deposit: "1000000utrib",
      title: "Five-second blocks",
      summary: "blocks_per_year for 5 s blocks",
    });
    const submitted = await tx(["gov", "submit-proposal", file, "--from", "alice"]);
    expect(submitted.code).toBe(0);
    const id = submitted.proposal_id as string;
    expect(id).toMatch(/^\d+$/);
    const p = (await json(["query", "gov", "proposal", id])).proposal;
    expect(p).toMatchObject({ status: "PROPOSAL_STATUS_DEPOSIT_PERIOD", title: "Five-second blocks", proposer: ALICE!.address, metadata: "ipfs://none" });
    // The message prints as it was written: LegacyDec fields dotted, as `query mint params` prints them.
    expect(p.messages[0]).toEqual({ "@type": "/cosmos.mint.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params });

    const upgrade = await tx(["upgrade", "software-upgrade", "v2-test", "--upgrade-height", "1000000", "--upgrade-info", "{}", "--title", "v2", "--summary", "to v2", "--deposit", "10000000utrib", "--from", "alice"]);
    const upgradeId = upgrade.proposal_id as string;
    expect(await proposalStatus(upgradeId)).toBe("PROPOSAL_STATUS_VOTING_PERIOD");

    expect((await tx(["gov", "deposit", id, "9000000utrib", "--from", "alice"])).code).toBe(0);
    expect(await proposalStatus(id)).toBe("PROPOSAL_STATUS_VOTING_PERIOD");
    const deposits = (await json(["query", "gov", "deposits", id])).deposits;
    expect(deposits).toEqual([{ proposal_id: id, depositor: ALICE!.address, amount: [{ denom: "utrib", amount: "10000000" }] }]);

    expect((await tx(["gov", "vote", id, "yes", "--from", "validator"])).code).toBe(0);
    expect((await tx(["gov", "vote", upgradeId, "yes", "--from", "validator"])).code).toBe(0);
    expect((await tx(["gov", "weighted-vote", id, "yes=0.6,no=0.4", "--from", "alice"])).code).toBe(0);
    const vote = (await json(["query", "gov", "vote", id, DEV_VALIDATOR.address])).vote;
    expect(vote.options).toEqual([{ option: "VOTE_OPTION_YES", weight: "1.000000000000000000" }]);
    const weighted = (await json(["query", "gov", "vote", id, ALICE!.address])).vote;
    expect(weighted.options).toEqual([{ option: "VOTE_OPTION_YES", weight: "0.600000000000000000" }, { option: "VOTE_OPTION_NO", weight: "0.400000000000000000" }]);
    expect((await json(["query", "gov", "votes", id])).votes).toHaveLength(2);
    expect(BigInt((await json(["query", "gov", "tally", id])).tally.yes_count)).toBeGreaterThan(0n);

    await waitFor("both proposals to pass", async () => (await proposalStatus(id)) === "PROPOSAL_STATUS_PASSED" && (await proposalStatus(upgradeId)) === "PROPOSAL_STATUS_PASSED", (VOTING_PERIOD_S + 30) * 1000);
    expect((await json(["query", "mint", "params"])).params.blocks_per_year).toBe("6311520");
    expect((await json(["query", "gov", "proposals", "--status", "passed"])).proposals.map((x: { id: string }) => x.id)).toEqual([id, upgradeId]);
    expect((await json(["query", "upgrade", "plan"])).plan).toMatchObject({ name: "v2-test", height: "1000000", info: "{}" });
    expect(await json(["query", "upgrade", "applied", "v2-test"])).toEqual({ height: "0" });

    // The REST gateway prints the same state at the SDK's paths.
    const api = node.node.apiUrl!;
    const rest = async (path: string) => {
      const r = await fetch(api + path);
      expect(r.status, path).toBe(200);
      return (await r.json()) as Record<string, any>;
    };
    expect((await rest(`/cosmos/gov/v1/proposals/${id}`)).proposal).toEqual((await json(["query", "gov", "proposal", id])).proposal);
    expect((await rest("/cosmos/gov/v1/proposals?proposal_status=PROPOSAL_STATUS_PASSED")).proposals).toHaveLength(2);
    // Refunded once the proposal passed, and deleted, as the SDK does.
    expect((await rest(`/cosmos/gov/v1/proposals/${id}/deposits`)).deposits).toEqual([]);
    expect((await rest(`/cosmos/gov/v1/proposals/${id}/tally`)).tally.yes_count).toMatch(/^[1-9]\d*$/);
    expect((await rest("/cosmos/gov/v1/params/voting")).params.voting_period).toBe(`${VOTING_PERIOD_S}s`);
    expect((await rest(`/cosmos/gov/v1beta1/proposals/${id}`)).proposal.status).toBe("PROPOSAL_STATUS_PASSED");
    expect((await rest("/cosmos/gov/v1beta1/params/tallying")).tally_params.quorum).toBe("0.334000000000000000");
    expect((await rest("/cosmos/upgrade/v1beta1/current_plan")).plan.name).toBe("v2-test");
    expect(await rest("/cosmos/upgrade/v1beta1/applied_plan/v2-test")).toEqual({ height: "0" });
    expect((await rest("/cosmos/upgrade/v1beta1/module_versions")).module_versions).toContainEqual({ name: "gov", version: "1" });

    // gRPC, with a client built from server reflection alone.
    for (const [service, method, request, check] of [
      ["cosmos.gov.v1.Query", "Proposal", { proposal_id: id }, (r: any) => expect(r.proposal).toMatchObject({ id, title: "Five-second blocks" })],
      ["cosmos.gov.v1beta1.Query", "Proposal", { proposal_id: id }, (r: any) => expect(r.proposal.proposal_id).toBe(id)],
      ["cosmos.upgrade.v1beta1.Query", "CurrentPlan", {}, (r: any) => expect(r.plan).toMatchObject({ name: "v2-test", height: "1000000" })],
    ] as const) {
      const client = await reflectedClient(node.node.grpcAddress!, service);
      try {
        check((await client.call(method, request)).response);
      } finally {
        client.close();
      }
    }
  }, 90_000);

  it("the client package's helpers submit, deposit on and vote on a proposal the CLI then reads", async () => {
    const client = await TributaryClient.connectWithSigner(node.rpcUrl, await makeDevWallet(ALICE!.mnemonic));
    try {
      const { proposalId } = await client.submitProposal(ALICE!.address, { messages: [], deposit: ["4000000utrib"], title: "from the client", summary: "text only" }, "auto");
      expect(await proposalStatus(String(proposalId))).toBe("PROPOSAL_STATUS_DEPOSIT_PERIOD");
      await client.depositOnProposal(ALICE!.address, proposalId, ["6000000utrib"], "auto");
      await client.voteOnProposal(ALICE!.address, proposalId, { abstain: "0.5", no: "0.5" }, "auto");
      const p = (await json(["query", "gov", "proposal", String(proposalId)])).proposal;
      expect(p).toMatchObject({ title: "from the client", status: "PROPOSAL_STATUS_VOTING_PERIOD", total_deposit: [{ denom: "utrib", amount: "10000000" }] });
      expect((await json(["query", "gov", "vote", String(proposalId), ALICE!.address])).vote.options).toHaveLength(2);
    } finally {
      client.disconnect();
    }
  });

  it("query gov params, upgrade authority and module-versions; an unknown module is refused", async () => {
    expect((await json(["query", "gov", "params"])).params).toMatchObject({ voting_period: `${VOTING_PERIOD_S}s`, min_deposit: [{ denom: "utrib", amount: "10000000" }], quorum: "0.334000000000000000" });
    expect(await json(["query", "upgrade", "authority"])).toEqual({ address: GOV_AUTHORITY });
    expect(await json(["query", "upgrade", "module-versions", "gov"])).toEqual({ module_versions: [{ name: "gov", version: "1" }] });
    expectOneLineError(await runInProcess(["query", "upgrade", "module-versions", "nope", ...common]), /query failed \(sdk \d+\): .*module nope not found/);
    expectOneLineError(await runInProcess(["query", "gov", "proposal", "999", ...common]), /query failed \(sdk 38\): proposal 999 doesn't exist/);
  });

  it("--generate-only builds the proposal for offline signing, messages as proto-JSON", async () => {
    const r = ok(await runInProcess(["tx", "upgrade", "software-upgrade", "v3", "--upgrade-height", "500", "--title", "t", "--summary", "s", "--from", ALICE!.address, "--generate-only", "--gas", "300000", ...common]));
    const msg = JSON.parse(r.stdout).body.messages[0];
    expect(msg).toMatchObject({ "@type": "/cosmos.gov.v1.MsgSubmitProposal", proposer: ALICE!.address, title: "t", summary: "s" });
    expect(msg.messages).toEqual([{ "@type": "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", authority: GOV_AUTHORITY, plan: expect.objectContaining({ name: "v3", height: "500" }) }]);
    // The printed JSON encodes back to the same bytes (tx encode/decode round trip).
    const file = writeJson("gen.json", r.stdout);
    const b64 = ok(await runInProcess(["tx", "encode", file])).stdout.trim();
    expect(JSON.parse(ok(await runInProcess(["tx", "decode", b64])).stdout)).toEqual(JSON.parse(r.stdout));

    // generate → sign → broadcast: the proposal lands.
    const draft = writeJson("offline.json", { messages: [], deposit: "1utrib", title: "signed offline", summary: "s" });
    const unsigned = writeJson("offline.tx.json", ok(await runInProcess(["tx", "gov", "submit-proposal", draft, "--from", ALICE!.address, "--generate-only", "--gas", "300000", ...common])).stdout);
    const signed = join(dir, "offline.signed.json");
    ok(await runInProcess(["tx", "sign", unsigned, "--from", "alice", "--output-document", signed, ...common]));
    expect((await json(["tx", "broadcast", signed])).code).toBe(0);
    await waitFor("the offline-signed proposal", async () => (await json(["query", "gov", "proposals", "--status", "deposit_period"])).proposals.some((p: { title: string }) => p.title === "signed offline"));
  });

  it("refuses bad proposal files, vote options and weights with a clear error, and sends nothing", async () => {
    const seq = (await json(["query", "auth", "account", ALICE!.address])).sequence;
    const base = { messages: [], title: "t", summary: "s", deposit: "1utrib" };
    const cases: [unknown, RegExp][] = [
      ["{not json", /is not JSON/],
      [{ ...base, titel: "x" }, /titel: not a proposal field/],
      [{ ...base, title: "" }, /title: must not be empty/],
      [{ ...base, deposit: 5 }, /deposit: expected coins as a string/],
      [{ ...base, deposit: "5 utrib!" }, /deposit: invalid coins/],
      [{ ...base, messages: {} }, /messages: expected an array/],
      [{ ...base, messages: [{ authority: GOV_AUTHORITY }] }, /messages\[0\]\["@type"\]: missing/],
      [{ ...base, messages: [{ "@type": "/cosmos.nope.v1.MsgNope" }] }, /messages\[0\]\["@type"\]: unknown message type \/cosmos\.nope\.v1\.MsgNope/],
      [{ ...base, messages: [{ "@type": "/cosmos.bank.v1beta1.MsgSend", from_adress: "x" }] }, /messages\[0\]\.from_adress: not a field of \/cosmos\.bank\.v1beta1\.MsgSend/],
      [{ ...base, messages: [{ "@type": "/cosmos.mint.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { inflation_max: "lots" } }] }, /messages\[0\]: cannot encode \/cosmos\.mint\.v1beta1\.MsgUpdateParams: params\.inflation_max: "lots" is not a decimal number/],
    ];
    for (const [doc, pattern] of cases) {
      expectOneLineError(await runInProcess(["tx", "gov", "submit-proposal", writeJson("bad.json", doc), "--from", "alice", "--yes", ...common]), pattern);
    }
    const bad: [string[], RegExp][] = [
      [["vote", "1", "maybe"], /unknown vote option "maybe": expected yes, no, abstain or no_with_veto/],
      [["vote", "zero", "yes"], /proposal id must be a positive integer/],
      [["weighted-vote", "1", "yes=0.6,no=0.3"], /weights must sum to exactly 1, got 0\.9/],
      [["weighted-vote", "1", "yes=0.5,yes=0.5"], /option yes is given twice/],
      [["weighted-vote", "1", "yes=1.5"], /weight of yes must be in \(0, 1\]/],
      [["weighted-vote", "1", "yes:1"], /invalid weighted option "yes:1"/],
      [["deposit", "1", "lots"], /deposit: invalid coins/],
    ];
    for (const [args, pattern] of bad) expectOneLineError(await runInProcess(["tx", "gov", ...args, "--from", "alice", "--yes", ...common]), pattern);
    expectOneLineError(await runInProcess(["query", "gov", "proposals", "--status", "open", ...common]), /--status must be one of deposit_period, voting_period, passed, rejected, failed/);
    expectOneLineError(await runInProcess(["tx", "upgrade", "software-upgrade", "v9", "--upgrade-height", "-3", "--title", "t", "--summary", "s", "--from", "alice", "--yes", ...common]), /--upgrade-height must be a positive integer/);
    expect((await json(["query", "auth", "account", ALICE!.address])).sequence).toBe(seq);
  });
});
