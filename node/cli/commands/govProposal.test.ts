/** Proposal files: every message type the node routes encodes from its proto-JSON; bad files name the field. */
import { describe, expect, it } from "vitest";
import { toBase64 } from "@cosmjs/encoding";
import { GOV_AUTHORITY } from "../../../chain/authority.ts";
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
