/**
 * Runs governance-only messages the way a passed proposal does (the gov module account as the
 * signer, routed and executed by the app's own router and handlers) on a branch of an
 * AppHarness's committed state, and reads that branch back through the modules' own query
 * handlers. For testing MsgUpdateParams and friends at the handler level, without a proposal.
 * Nothing reaches the harness's store: each call starts again from the committed state.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import { ChainError } from "../../chain/errors.ts";
import { EventManager } from "../../chain/events.ts";
import { GasMeter } from "../../chain/gas.ts";
import { brokenInvariants } from "../../chain/invariants.ts";
import type { Context } from "../../chain/context.ts";
import { rulesAt } from "../../chain/rules.ts";
import type { Branch } from "../../chain/store/types.ts";
import { createModules } from "../../modules/index.ts";
import { type AppHarness, TEST_CHAIN_ID, registry } from "../appHarness.ts";

export interface GovExecution {
  /** The ChainError a message threw (the whole execution is then discarded), else undefined. */
  error?: ChainError;
  /** The branch the messages ran on: after an error, a branch with nothing written. */
  state: Branch;
  /** Runs a module query handler (`/cosmos.bank.v1beta1.Query/Params`) on `state`. */
  query(path: string, request?: Uint8Array): Promise<Uint8Array>;
  /** Keys written under the messages, as hex (empty after an error). */
  written: string[];
  /** Every module invariant broken on `state`, as `<name>: <message>` (none expected). */
  brokenInvariants(): Promise<string[]>;
}

function contextOn(h: AppHarness, kv: Branch): Context {
  const height = h.height + 1n;
  return {
    mode: "finalize",
    block: { chainId: TEST_CHAIN_ID, height, timeSeconds: h.nextBlockSeconds(), timeNanos: 0, proposerAddress: new Uint8Array(20) },
    kv,
    rules: rulesAt(kv, height),
    gasMeter: GasMeter.infinite(),
    events: new EventManager(),
    blockMaxGas: -1n,
    minGasPrices: [],
  };
}

/** Executes `msgs` in order as gov would; a refusal leaves the returned state untouched. */
export async function executeAsGov(h: AppHarness, msgs: EncodeObject[]): Promise<GovExecution> {
  const committed = h.store.branch();
  const work = committed.branch();
  let error: ChainError | undefined;
  try {
    for (const m of msgs) {
      const { handler, msg } = h.app.router.routeMsg({ typeUrl: m.typeUrl, value: registry.encode(m) });
      await handler.handle(contextOn(h, work), msg);
    }
    work.write();
  } catch (e) {
    if (!(e instanceof ChainError)) throw e;
    error = e;
  }
  const written = committed.changes().map((c) => Buffer.from(c.key).toString("hex"));
  return {
    error,
    state: committed,
    written,
    async brokenInvariants() {
      const broken = await brokenInvariants(createModules().modules, contextOn(h, committed.branch()));
      return broken.map((b) => `${b.name}: ${b.message}`);
    },
    async query(path, request = new Uint8Array()) {
      const q = h.app.router.query(path);
      if (!q) throw new Error(`no query handler ${path}`);
      return q.handle(contextOn(h, committed.branch()), request);
    },
  };
}
