import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromBase64, toHex } from "@cosmjs/encoding";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { afterAll, describe, expect, it } from "vitest";
import { generateEd25519Key, homePaths, loadNodeKey, loadValidatorKey, nodeIdFromKey, writeNodeKey, writeValidatorKey } from "./home.ts";

const home = mkdtempSync(join(tmpdir(), "trib-home-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe("home keys", () => {
  it("writes priv_validator_key.json in CometBFT format and loads it back", () => {
    const key = generateEd25519Key();
    const written = writeValidatorKey(home, key);
    const file = JSON.parse(readFileSync(homePaths(home).privValidatorKey, "utf8"));
    expect(file.address).toBe(toHex(sha256(key.pubkey).slice(0, 20)).toUpperCase());
    expect(file.pub_key.type).toBe("tendermint/PubKeyEd25519");
    expect(fromBase64(file.pub_key.value)).toEqual(key.pubkey);
    expect(file.priv_key.type).toBe("tendermint/PrivKeyEd25519");
    const priv = fromBase64(file.priv_key.value);
    expect(priv).toHaveLength(64);
    expect(priv.slice(32)).toEqual(key.pubkey);
    expect(statSync(homePaths(home).privValidatorKey).mode & 0o077).toBe(0);
    const loaded = loadValidatorKey(home);
    expect(loaded.address).toBe(written.address);
    // the loaded key signs verifiably
    const sig = ed25519.sign(new Uint8Array([1, 2, 3]), loaded.seed);
    expect(ed25519.verify(sig, new Uint8Array([1, 2, 3]), key.pubkey)).toBe(true);
  });

  it("derives the node id as lower-case hex of sha256(pubkey)[0:20]", () => {
    const key = generateEd25519Key();
    writeNodeKey(home, key);
    const id = nodeIdFromKey(loadNodeKey(home));
    expect(id).toMatch(/^[0-9a-f]{40}$/);
    expect(id).toBe(toHex(sha256(key.pubkey).slice(0, 20)));
  });

  it("rejects a key file whose public half does not match the seed", () => {
    const file = homePaths(home).nodeKey;
    const j = JSON.parse(readFileSync(file, "utf8"));
    const bytes = fromBase64(j.priv_key.value);
    bytes[40]! ^= 1;
    j.priv_key.value = Buffer.from(bytes).toString("base64");
    writeFileSync(file, JSON.stringify(j));
    expect(() => loadNodeKey(home)).toThrow(/does not match its seed/);
    expect(() => loadValidatorKey(join(home, "nope"))).toThrow(/validator key not found .* run `tributary init` first/);
  });
});
