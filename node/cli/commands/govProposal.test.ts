/** Proposal files: every message type the node routes encodes from its proto-JSON; bad files name the field. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toBase64 } from "@cosmjs/encoding";
import { GOV_AUTHORITY } from "../../../chain/authority.ts";
import { waitFor } from "../../../test/support/waitFor.ts";
import { makeTestHome, startTestNode, type TestNode } from "../../../test/testNode.ts";
import { Keyring } from "../../keyring/index.ts";
import { runInProcess } from "../cliTestHarness.ts";
import { DEV_ACCOUNTS, DEV_VALIDATOR } from "../devAccounts.ts";
import { convert } from "../../api/json.ts";
import { createModules } from "../../../modules/index.ts";
import { draftProposal } from "./govDraft.ts";
import { messageAny, parseProposal } from "./govProposal.ts";

describe("proposal messages", () => {
  it("every message type the router registers encodes from its JSON (the node's types are the CLI's)", () => {
    const urls = createModules().modules.flatMap((m) => (m.msgs ?? []).map((h) => h.typeUrl));
    expect(urls.length).toBeGreaterThan(30);
    const unknown = urls.filter((typeUrl) => {
      try {
        messageAny({ "@type": typeUrl }, "m");
        return false;
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
  });

  it("a message's bytes are what the node's decoder reads, LegacyDec fields scaled", async () => {
    const { MsgUpdateParams } = await import("cosmjs-types/cosmos/mint/v1beta1/tx");
    const any = messageAny({ "@type": "/cosmos.mint.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { mint_denom: "utrib", inflation_max: "0.25", blocks_per_year: "100" } }, "m");
    const msg = MsgUpdateParams.decode(any.value);
    expect(msg.authority).toBe(GOV_AUTHORITY);
    expect(msg.params).toMatchObject({ mintDenom: "utrib", inflationMax: "250000000000000000", blocksPerYear: 100n });
    // …and print dotted again, as the SDK's JSON (REST, tx decode, query gov proposal).
    const printed = convert({ typeUrl: any.typeUrl, value: toBase64(any.value) }) as { params: Record<string, unknown> };
    expect(printed.params).toMatchObject({ mint_denom: "utrib", inflation_max: "0.250000000000000000", blocks_per_year: "100" });
  });

  it("Durations and Timestamps in proto-JSON (\"600s\", RFC 3339) encode as what they say, not zero", async () => {
    const { MsgUpdateParams: SlashingMsg } = await import("cosmjs-types/cosmos/slashing/v1beta1/tx");
    const { MsgUpdateParams: StakingMsg } = await import("cosmjs-types/cosmos/staking/v1beta1/tx");
    const { MsgUpdateParams: GovMsg } = await import("cosmjs-types/cosmos/gov/v1/tx");
    const { MsgSoftwareUpgrade } = await import("cosmjs-types/cosmos/upgrade/v1beta1/tx");
    const enc = (m: Record<string, unknown>) => messageAny({ authority: GOV_AUTHORITY, ...m }, "messages[0]").value;
    const slashing = SlashingMsg.decode(enc({ "@type": "/cosmos.slashing.v1beta1.MsgUpdateParams", params: { signed_blocks_window: "100", downtime_jail_duration: "600s", min_signed_per_window: "0.5" } }));
    expect(slashing.params!.downtimeJailDuration).toEqual({ seconds: 600n, nanos: 0 });
    const staking = StakingMsg.decode(enc({ "@type": "/cosmos.staking.v1beta1.MsgUpdateParams", params: { unbonding_time: "1814400.25s", bond_denom: "utrib" } }));
    expect(staking.params!.unbondingTime).toEqual({ seconds: 1814400n, nanos: 250_000_000 });
    // gov's durations are nullable messages in cosmjs-types: found all the same.
    const gov = GovMsg.decode(enc({ "@type": "/cosmos.gov.v1.MsgUpdateParams", params: { voting_period: "172800s", max_deposit_period: "0.000000001s", quorum: "0.334" } }));
    expect(gov.params).toMatchObject({ votingPeriod: { seconds: 172800n, nanos: 0 }, maxDepositPeriod: { seconds: 0n, nanos: 1 }, quorum: "0.334" });
    // A Timestamp keeps its nanoseconds (a Date would drop them); other strings are left alone.
    const up = MsgSoftwareUpgrade.decode(enc({ "@type": "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", plan: { name: "600s", time: "2026-01-02T03:04:05.123456789Z", height: "100", info: "1s" } }));
    expect(up.plan).toMatchObject({ name: "600s", info: "1s", height: 100n, time: { seconds: 1767323045n, nanos: 123456789 } });
    // …and print back as they were written.
    const printed = convert({ typeUrl: "/cosmos.slashing.v1beta1.MsgUpdateParams", value: toBase64(SlashingMsg.encode(slashing).finish()) }) as { params: Record<string, unknown> };
    expect(printed.params.downtime_jail_duration).toBe("600s");
  });

  it("a malformed Duration or Timestamp is refused naming its field", () => {
    const slashing = (d: unknown) => messageAny({ "@type": "/cosmos.slashing.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { downtime_jail_duration: d } }, "messages[0]");
    expect(() => slashing("10m")).toThrow(/^messages\[0\]: cannot encode .*params\.downtime_jail_duration: "10m" is not a duration such as "600s"/);
    expect(() => slashing("600")).toThrow(/params\.downtime_jail_duration: "600" is not a duration/);
    const upgrade = (t: string) => messageAny({ "@type": "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", authority: GOV_AUTHORITY, plan: { name: "v2", time: t } }, "messages[0]");
    expect(() => upgrade("yesterday")).toThrow(/plan\.time: "yesterday" is not an RFC 3339 time/);
  });

  it("draft-proposal's skeletons use the field names the parser accepts, authority the gov account", () => {
    const draft = draftProposal(["/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", "/tributary.datanet.v1.MsgUpdateParams"]);
    expect(draft.messages).toEqual([
      { "@type": "/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", authority: GOV_AUTHORITY, recipient: "", amount: [] },
      expect.objectContaining({ "@type": "/tributary.datanet.v1.MsgUpdateParams", authority: GOV_AUTHORITY }),
    ]);
    expect(parseProposal({ ...draft, title: "t", summary: "s" }).messages.map((m) => m.typeUrl)).toEqual(["/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", "/tributary.datanet.v1.MsgUpdateParams"]);
    expect(() => draftProposal(["/cosmos.nope.v1.MsgNope"])).toThrow(/unknown message type "\/cosmos\.nope\.v1\.MsgNope"/);
  });

  it("parses the SDK v0.47+ file shape and names a wrong field", () => {
    const p = parseProposal({ messages: [], metadata: "m", deposit: "5utrib", title: "t", summary: "s" });
    expect(p).toEqual({ messages: [], metadata: "m", deposit: [{ denom: "utrib", amount: "5" }], title: "t", summary: "s", expedited: false });
    expect(() => parseProposal({ title: "t", summary: "s", expedited: "yes" })).toThrow(/^expedited: expected true or false/);
    expect(() => parseProposal({ title: "t" })).toThrow(/^summary: expected a string/);
    expect(() => parseProposal([])).toThrow(/must be a JSON object/);
  });
});

/**
 * What an operator does: print the params with `query … params -o json`, change one, submit them
 * all. The slashing and staking params carry Durations ("600s"), which once encoded as 0 s and
 * failed the proposal in execution ("downtime jail duration must be positive").
 */
describe("a MsgUpdateParams built from `query … params -o json` passes with its Durations", () => {
  const VOTING_PERIOD_S = 4;
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
    await keyring.add("alice", DEV_ACCOUNTS[0]!.mnemonic);
    await keyring.add("validator", DEV_VALIDATOR.mnemonic);
    common = ["--node", node.rpcUrl, "--home", home];
    dir = mkdtempSync(join(tmpdir(), "trib-govfile-"));
  }, 30_000);
  afterAll(async () => {
    await node?.stop();
    if (node) rmSync(node.home, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  const json = async (args: string[]): Promise<Record<string, any>> => {
    const r = await runInProcess([...args, "-o", "json", ...common]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  it("slashing, staking, auth and bank params from the queries, fields changed, PASSED and applied; the durations kept", async () => {
    const slashing = (await json(["query", "slashing", "params"])).params;
    const staking = (await json(["query", "staking", "params"])).params;
    const auth = (await json(["query", "auth", "params"])).params;
    const bank = (await json(["query", "bank", "params"])).params;
    expect(slashing.downtime_jail_duration).toBe("600s");
    // auth and bank print what the REST gateway prints.
    for (const [m, printed] of [["auth", auth], ["bank", bank]] as const) {
      expect(await (await fetch(`${node.node.apiUrl!}/cosmos/${m}/v1beta1/params`)).json()).toEqual({ params: printed });
    }
    expect(auth.max_memo_characters).toBe("256");
    const file = join(dir, "params.json");
    writeFileSync(file, JSON.stringify({
      messages: [
        { "@type": "/cosmos.slashing.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { ...slashing, signed_blocks_window: "200" } },
        { "@type": "/cosmos.staking.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { ...staking, max_validators: 50 } },
        { "@type": "/cosmos.auth.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { ...auth, max_memo_characters: "512" } },
        { "@type": "/cosmos.bank.v1beta1.MsgUpdateParams", authority: GOV_AUTHORITY, params: { ...bank, default_send_enabled: true } },
      ],
      metadata: "",
      deposit: "10000000utrib",
      title: "Longer window, fewer validators",
      summary: "from the params queries",
    }));
    const submitted = await json(["tx", "gov", "submit-proposal", file, "--from", "alice", "--gas", "400000", "--yes"]);
    expect(submitted.code).toBe(0);
    const id = submitted.proposal_id as string;
    // The proposal holds what the file said, durations included.
    const messages = (await json(["query", "gov", "proposal", id])).proposal.messages;
    expect(messages[0].params).toEqual({ ...slashing, signed_blocks_window: "200" });
    expect(messages[1].params.unbonding_time).toBe(staking.unbonding_time);
    expect((await json(["tx", "gov", "vote", id, "yes", "--from", "validator", "--yes"])).code).toBe(0);

    const done = async () => (await json(["query", "gov", "proposal", id])).proposal;
    await waitFor("the proposal to leave its voting period", async () => (await done()).status !== "PROPOSAL_STATUS_VOTING_PERIOD", (VOTING_PERIOD_S + 30) * 1000);
    expect(await done()).toMatchObject({ status: "PROPOSAL_STATUS_PASSED", failed_reason: "" });
    expect((await json(["query", "slashing", "params"])).params).toEqual({ ...slashing, signed_blocks_window: "200" });
    expect((await json(["query", "staking", "params"])).params).toEqual({ ...staking, max_validators: 50 });
    expect((await json(["query", "auth", "params"])).params).toEqual({ ...auth, max_memo_characters: "512" });
    expect((await json(["query", "bank", "params"])).params).toEqual(bank);
  }, 60_000);
});
