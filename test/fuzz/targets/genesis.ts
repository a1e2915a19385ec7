/**
 * Genesis files: a valid dev genesis (as `tributary dev-init` writes it) mutated as JSON, then
 * loaded both ways a user meets it: `genesis validate` (validateGenesisDoc) and
 * `tributary start` (the solo driver's readSoloGenesis, then InitChain and the first block on a
 * fresh store). Each must accept it or refuse it with an error of ours (GenesisError,
 * SoloGenesisError, ChainError or a plain Error naming the problem), never a JS engine error
 * (TypeError, RangeError, SyntaxError …) leaking from the code.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "../../../chain/app.ts";
import { ChainError } from "../../../chain/errors.ts";
import { GenesisError } from "../../../chain/genesisError.ts";
import { CommitStore } from "../../../chain/store/commitStore.ts";
import { validateGenesisDoc } from "../../../genesis/doc.ts";
import type { GenesisDoc } from "../../../genesis/types.ts";
import { createModules } from "../../../modules/index.ts";
import { validateGenesisText } from "../../../node/solo/fromHome.ts";
import { SoloGenesisError, readSoloGenesis } from "../../../node/solo/genesis.ts";
import { makeTestHome } from "../../testNode.ts";
import { type Json, jsonText, mutateJson } from "../jsonMutate.ts";
import type { CaseResult } from "../report.ts";
import type { Rng } from "../../support/rng.ts";
import type { Target } from "../runner.ts";

/** Ours: a refusal written for the user. Engine errors (TypeError …) are subclasses, so compare exactly. */
function clearError(e: unknown): boolean {
  if (e instanceof GenesisError || e instanceof SoloGenesisError || e instanceof ChainError) return true;
  return e instanceof Error && Object.getPrototypeOf(e) === Error.prototype && e.message.length > 0;
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.constructor.name}: ${e.message.slice(0, 200)}` : String(e);
}

/** What `tributary start` does with a fresh home's genesis (node/solo/fromHome.ts, then the driver's InitChain and first block). */
async function start(text: string, dir: string, n: number): Promise<void> {
  validateGenesisText(text);
  const g = readSoloGenesis(text);
  const store = await CommitStore.open(join(dir, `s${n}`));
  try {
    const { modules, ante } = createModules();
    const app = new App({ store, modules, ante });
    await app.initChain(g.initChain);
    await app.finalizeBlock({ txs: [], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32), height: g.initialHeight, time: g.genesisTime, nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20) });
    await app.commit();
  } finally {
    await store.close();
    rmSync(join(dir, `s${n}`), { recursive: true, force: true });
  }
}

export const genesisTarget: Target = {
  name: "genesis",
  async open() {
    const home = makeTestHome({ bondValidator: true });
    const base = JSON.parse(readFileSync(join(home, "config", "genesis.json"), "utf8")) as Json;
    rmSync(home, { recursive: true, force: true });
    const dir = mkdtempSync(join(tmpdir(), "trib-fuzz-genesis-"));
    let validatedButNotStarted = 0;
    let startedButInvalid = 0;
    return {
      async run(rng: Rng, index: number): Promise<CaseResult> {
        const { root, ops } = mutateJson(structuredClone(base), rng);
        const text = jsonText(root, rng, ops);
        const label = ops.join(", ");
        let valid: unknown;
        try {
          validateGenesisDoc(JSON.parse(text) as GenesisDoc);
        } catch (e) {
          valid = e;
        }
        let started: unknown;
        try {
          await start(text, dir, index);
        } catch (e) {
          started = e;
        }
        const outcome = valid === undefined ? "valid" : `refused: ${valid instanceof GenesisError ? "GenesisError" : (valid as Error)?.constructor?.name}`;
        const r: CaseResult = { target: "genesis", index, label, outcome: valid === undefined ? "accepted" : outcome };
        // JSON.parse's SyntaxError is the CLI's "not valid JSON" (readGenesis wraps it); only a
        // parsable document must be refused by our own checks.
        const parsable = (() => { try { JSON.parse(text); return true; } catch { return false; } })();
        if (parsable && valid !== undefined && !clearError(valid)) r.failure = `genesis validate: ${describe(valid)}`;
        else if (parsable && started !== undefined && !clearError(started)) r.failure = `start: ${describe(started)}`;
        // A clear refusal at InitChain of a genesis `genesis validate` accepted (a cross-module
        // check such as the bonded pool's balance) is counted, not failed.
        if (valid === undefined && started !== undefined) validatedButNotStarted++;
        if (valid !== undefined && started === undefined) startedButInvalid++;
        return r;
      },
      async close() {
        rmSync(dir, { recursive: true, force: true });
        console.log(`  genesis: ${startedButInvalid} refused by genesis validate but started; ${validatedButNotStarted} validated but did not start`);
        return [];
      },
    };
  },
};
