/**
 * Mixed load on the solo chaos node: bank sends, datanet contributions, version publishes and
 * paid inferences, one loop per dev account, one tx at a time (CosmJS signAndBroadcast with a
 * fixed fee, which polls until the tx is in a block). A tx the client saw in a block is
 * "confirmed": its hash and a fingerprint of its result (height, code, gas used, events) are
 * kept, and every later life of the node must return exactly that result for the hash.
 *
 * `setup` (on a node run without kills) creates the datanet, contributes its first documents,
 * publishes version 1, waits for it to be READY, trains a tiny model on it in process
 * (node/factory) and registers it, so inferences can be paid for during the chaos.
 */
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { DirectSecp256k1HdWallet, type EncodeObject } from "@cosmjs/proto-signing";
import { type DeliverTxResponse, SigningStargateClient, type StdFee } from "@cosmjs/stargate";
import { TributaryClient } from "../../client/client.ts";
import { msgContribute, msgPublishVersion } from "../../client/datanetMsgs.ts";
import { msgRequestInference } from "../../client/inferenceMsgs.ts";
import { createTributaryRegistry } from "../../client/registry.ts";
import { DEV_ACCOUNTS } from "../../node/cli/devAccounts.ts";
import { runFactory } from "../../node/factory/factory.ts";
import * as aq from "../../proto/gen/tributary/attribution/v1/index.ts";
import { text } from "../datanetHarness.ts";
import { TINY_MODEL } from "../inferenceHarness.ts";
import { waitFor } from "../processNode.ts";
import { decode, encode } from "../../proto/codec.ts";

export type TxKind = "send" | "contribute" | "publish" | "inference";

export interface ConfirmedTx {
  hash: string;
  kind: TxKind;
  height: number;
  code: number;
  /** height, code, gas used and events, as JSON: what the node must return for the hash. */
  fingerprint: string;
}

const FEES: Record<TxKind, StdFee> = {
  send: { amount: [{ denom: "utrib", amount: "600" }], gas: "200000" },
  contribute: { amount: [{ denom: "utrib", amount: "30000" }], gas: "10000000" },
  publish: { amount: [{ denom: "utrib", amount: "30000" }], gas: "10000000" },
  inference: { amount: [{ denom: "utrib", amount: "20000" }], gas: "8000000" },
};

const [ALICE, BOB, CAROL, DAVE] = DEV_ACCOUNTS;

/** The fields a tx result and a later `tx` query share; bigints as strings. */
export function fingerprint(r: { height: number; code: number; gasUsed: bigint | number; events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[] }): string {
  return JSON.stringify({ height: r.height, code: r.code, gasUsed: String(r.gasUsed), events: r.events.map((e) => [e.type, e.attributes.map((a) => [a.key, a.value])]) });
}

export interface LoadTargets {
  datanetId: bigint;
  modelId: bigint;
  prompts: string[];
}

async function commitmentReady(url: string, datanetId: bigint, version: bigint): Promise<boolean> {
  const comet = await Comet38Client.connect(url);
  try {
    const data = encode(aq.QueryCommitmentRequestSchema, { datanetId, version });
    const res = await comet.abciQuery({ path: "/tributary.attribution.v1.Query/Commitment", data });
    if (res.code !== 0) return false;
    return decode(aq.QueryCommitmentResponseSchema, res.value).commitment?.status === 2; // COMMITMENT_STATUS_READY
  } finally {
    comet.disconnect();
  }
}

/** Datanet with version 1 READY and a tiny model trained on it and registered (node not killed meanwhile). */
export async function setupTargets(url: string): Promise<LoadTargets> {
  const connect = async (a: (typeof DEV_ACCOUNTS)[number]) =>
    TributaryClient.connectWithSigner(url, await DirectSecp256k1HdWallet.fromMnemonic(a.mnemonic, { prefix: "trib" }), { broadcastPollIntervalMs: 100 });
  const [alice, bob, carol] = await Promise.all([connect(ALICE), connect(BOB), connect(CAROL)]);
  try {
    const docs = Array.from({ length: 12 }, (_, i) => text(500 + i, 60));
    const { datanetId } = await alice.createDatanet(ALICE.address, { metadata: { name: "chaos solo" }, policy: { curation: "OPEN" } }, "auto");
    await bob.contribute(BOB.address, datanetId, docs.filter((_, i) => i % 2 === 0).map((body) => ({ body })), "auto");
    await carol.contribute(CAROL.address, datanetId, docs.filter((_, i) => i % 2 === 1).map((body) => ({ body })), "auto");
    await alice.publishVersion(ALICE.address, datanetId, "auto");
    const trained = runFactory(docs.map((d) => new TextEncoder().encode(d)), TINY_MODEL);
    await waitFor("datanet version 1 READY", () => commitmentReady(url, datanetId, 1n), 120_000, 200);
    const { artifact } = await trained;
    const { modelId } = await alice.registerModel(
      ALICE.address,
      {
        name: "chaos tiny", description: "chaos", artifact, contextLength: 64, trainingManifest: [{ datanetId, version: 1n }],
        pricing: { baseFee: 1000, feePerToken: 100 }, split: { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 }, maxOutputTokens: 12,
      },
      "auto",
    );
    return { datanetId, modelId, prompts: docs.map((d) => d.split(" ").slice(0, 5).join(" ")) };
  } finally {
    [alice, bob, carol].forEach((c) => c.disconnect());
  }
}

/** The kinds each account sends, in rotation. */
const ROTATIONS: Record<string, TxKind[]> = {
  [ALICE.address]: ["send", "send", "send", "publish"],
  [BOB.address]: ["contribute", "send"],
  [CAROL.address]: ["contribute", "contribute", "send"],
  [DAVE.address]: ["inference", "send"],
};

export class SoloLoad {
  readonly confirmed: ConfirmedTx[] = [];
  readonly byKind: Record<TxKind, number> = { send: 0, contribute: 0, publish: 0, inference: 0 };
  /** Txs signed and handed to the node, confirmed or not. */
  attempted = 0;
  private counter = 0;

  constructor(private readonly targets: LoadTargets, private readonly seed: number) {}

  /** Sends until `stop()` returns true; errors (the node died under us) end an account's round. */
  async run(url: string, stop: () => boolean): Promise<void> {
    const registry = createTributaryRegistry();
    await Promise.all(
      [ALICE, BOB, CAROL, DAVE].map(async (account) => {
        const wallet = await DirectSecp256k1HdWallet.fromMnemonic(account.mnemonic, { prefix: "trib" });
        let client: SigningStargateClient;
        try {
          client = await SigningStargateClient.connectWithSigner(url, wallet, { registry, broadcastPollIntervalMs: 100, broadcastTimeoutMs: 15_000 });
        } catch {
          return;
        }
        try {
          for (let i = 0; !stop(); i++) {
            const rotation = ROTATIONS[account.address]!;
            const kind = rotation[i % rotation.length]!;
            this.attempted++;
            const tx = await client.signAndBroadcast(account.address, [this.message(kind, account.address)], FEES[kind]).catch((e: Error) => void (process.env.CHAOS_DEBUG && process.stderr.write(`${kind}: ${e.message}\n`)));
            if (tx) this.record(kind, tx);
            else if (!stop()) await new Promise((r) => setTimeout(r, 100));
          }
        } finally {
          client.disconnect();
        }
      }),
    );
  }

  private record(kind: TxKind, tx: DeliverTxResponse): void {
    this.byKind[kind]++;
    this.confirmed.push({ hash: tx.transactionHash, kind, height: tx.height, code: tx.code, fingerprint: fingerprint(tx) });
  }

  private message(kind: TxKind, from: string): EncodeObject {
    const n = this.counter++;
    const { datanetId, modelId, prompts } = this.targets;
    switch (kind) {
      case "send":
        return { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: from === DAVE.address ? ALICE.address : DAVE.address, amount: [{ denom: "utrib", amount: String(1 + (n % 97)) }] } };
      case "contribute":
        // Unique text per contribution (seed and counter), so no record is a duplicate.
        return msgContribute(from, datanetId, [{ body: `${text(this.seed * 100_000 + n, 30)} chaos ${this.seed}-${n}` }]);
      case "publish":
        return msgPublishVersion(from, datanetId);
      case "inference":
        return msgRequestInference(from, { modelId, prompt: prompts[n % prompts.length]!, maxOutputTokens: 8, maxFee: "100000utrib" });
    }
  }
}
