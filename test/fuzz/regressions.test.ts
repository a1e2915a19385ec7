/**
 * Every failure the fuzzer found, as a fixed case: the input it built (or its essence), what
 * the chain answered before the fix (in the comment) and what it must answer now.
 */
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GenesisError } from "../../chain/genesisError.ts";
import { validateGenesisDoc } from "../../genesis/doc.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import { AppHarness, TEST_CHAIN_ID } from "../appHarness.ts";
import { makeTestHome, startTestNode } from "../testNode.ts";
import { bodyBytes, harnessKey, signDirect, txRaw } from "./txBuild.ts";
import { take } from "../support/take.ts";

let h: AppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("fuzz regressions", () => {
  it("a signer's public key Any whose value is malformed protobuf is refused as an invalid pubkey (was: internal error 'premature EOF')", async () => {
    // FUZZ_SEED=3 FUZZ_TARGET=tx FUZZ_CASE=41: auth_info's PubKey value mutated into a truncated varint.
    h = await AppHarness.create({ accounts: 2 });
    const key = harnessKey(0);
    const [alice, bob] = take(h.accounts.map((a) => a.address), 2);
    const body = bodyBytes([{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: alice, toAddress: bob, amount: [{ denom: "utrib", amount: "5" }] }).finish() }]);
    const auth = AuthInfo.encode(
      AuthInfo.fromPartial({
        signerInfos: [{ publicKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: Uint8Array.of(0x08, 0xcc, 0xd0) }, modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } }, sequence: 0n }],
        fee: { amount: [{ denom: "utrib", amount: "5000" }], gasLimit: 200_000n },
      }),
    ).finish();
    const tx = txRaw(body, auth, [signDirect(key, body, auth, TEST_CHAIN_ID, 0n)]);
    const before = [await h.balance(alice), await h.balance(bob)];

    const check = await h.checkTx(tx);
    expect({ codespace: check.codespace, code: check.code }).toEqual({ codespace: "sdk", code: 8 });
    expect(check.log).toMatch(/public key does not decode: .*invalid pubkey/);
    const res = await h.deliver([tx]);
    expect({ codespace: res.txResults[0]!.codespace, code: res.txResults[0]!.code }).toEqual({ codespace: "sdk", code: 8 });
    expect([await h.balance(alice), await h.balance(bob)]).toEqual(before);
  });

  describe("genesis files", () => {
    const home = makeTestHome({ bondValidator: true });
    const base = JSON.parse(readFileSync(join(home, "config", "genesis.json"), "utf8")) as GenesisDoc & { app_state: Record<string, any> };
    const refusal = (edit: (g: typeof base) => void): unknown => {
      const g = structuredClone(base);
      edit(g);
      try {
        validateGenesisDoc(g);
      } catch (e) {
        return e;
      }
      return undefined;
    };

    it("the base genesis is valid (so each case below is refused for its one change)", () => {
      expect(refusal(() => undefined)).toBeUndefined();
    });

    // Each was a TypeError from `genesis validate` or from InitChain at `tributary start`
    // (FUZZ_SEED=6/7 FUZZ_TARGET=genesis), now a GenesisError naming the field.
    it.each([
      ["attribution commitments not a list (was: (g.commitments ?? []).forEach is not a function)", (g: typeof base) => (g.app_state.attribution.commitments = 5), "app_state.attribution.commitments"],
      ["attribution commitment null", (g: typeof base) => (g.app_state.attribution.commitments = [null]), "app_state.attribution.commitments[0]"],
      ["attribution records not a list", (g: typeof base) => (g.app_state.attribution.records = {}), "app_state.attribution.records"],
      ["inference claim_checkpoints not a list (was: forEach is not a function)", (g: typeof base) => (g.app_state.inference.claim_checkpoints = "x"), "app_state.inference.claim_checkpoints"],
      ["an account's pub_key not an object (was at start: Cannot read properties of undefined (reading 'match'))", (g: typeof base) => (g.app_state.auth.accounts[0].pub_key = 7), "app_state.auth.accounts[0].pub_key"],
      ["an account's pub_key of 32 bytes", (g: typeof base) => (g.app_state.auth.accounts[0].pub_key = { "@type": "/cosmos.crypto.secp256k1.PubKey", key: Buffer.alloc(32, 2).toString("base64") }), "app_state.auth.accounts[0].pub_key.key"],
      ["a denom unit null (was at start: Cannot read properties of null (reading 'denom'))", (g: typeof base) => (g.app_state.bank.denom_metadata = [{ base: "utrib", display: "trib", denom_units: [{ denom: "utrib", exponent: 0, aliases: [] }, null] }]), "app_state.bank.denom_metadata[0].denom_units[1]"],
    ])("%s", (_what, edit, field) => {
      const e = refusal(edit);
      expect(e).toBeInstanceOf(GenesisError);
      expect((e as GenesisError).field).toBe(field);
    });

    it("tributary start refuses a genesis that genesis validate refuses, naming the field (was: 'Cannot convert undefined to a BigInt' from InitChain)", () => {
      const g = structuredClone(base);
      delete g.app_state.auth.accounts[2].account_number;
      writeFileSync(join(home, "config", "genesis.json"), JSON.stringify(g));
      const bin = join(import.meta.dirname, "..", "..", "bin", "tributary.js");
      const r = spawnSync(process.execPath, [bin, "start", "--home", home], { encoding: "utf8", timeout: 60_000, env: { ...process.env, TRIBUTARY_TRACE: "" } });
      rmSync(home, { recursive: true, force: true });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain("invalid genesis: app_state.auth.accounts[2].account_number: ");
      expect(r.stderr).not.toContain("BigInt");
    });
  });

  it("a plain GET /websocket (no Upgrade) is a 400 with a JSON-RPC error body (was: an empty 404)", { timeout: 90_000 }, async () => {
    // FUZZ_SEED=9 FUZZ_TARGET=http FUZZ_CASE=18
    const t = await startTestNode();
    try {
      const res = await fetch(`${t.rpcUrl.replace(/\/$/, "")}/websocket`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: number; data: string } };
      expect(body.error.code).toBe(-32600);
      expect(body.error.data).toMatch(/websocket protocol/);
      // The websocket itself still works: a subscription is answered.
      const { WebSocket } = await import("ws");
      const ws = new WebSocket(`${t.rpcUrl.replace(/^http/, "ws").replace(/\/$/, "")}/websocket`);
      const answer = await new Promise<any>((resolve, reject) => {
        ws.once("error", reject);
        ws.once("open", () => ws.send(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "subscribe", params: { query: "tm.event='NewBlock'" } })));
        ws.once("message", (d) => resolve(JSON.parse(d.toString())));
      });
      ws.terminate();
      expect(answer).toMatchObject({ jsonrpc: "2.0", id: 1, result: {} });
    } finally {
      await t.stop();
    }
  });
});
