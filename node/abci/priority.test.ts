/**
 * Consensus requests first: a ProcessProposal sent on one connection while another connection
 * works through a pipelined CheckTx backlog is answered before that backlog is done, and the
 * backlog is still answered completely and in order.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { CheckTxType, Request, ResponseProcessProposal_ProposalStatus } from "cosmjs-types/tendermint/abci/types";
import { AppHarness } from "../../test/appHarness.ts";
import { waitFor } from "../../test/support/waitFor.ts";
import { isConsensusRequest } from "./priority.ts";
import { type AbciServer, startAbciServer } from "./server.ts";
import { AbciTestClient } from "./testClient.ts";

const STRANGER = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f";
const silent = pino({ level: "silent" });

describe("isConsensusRequest", () => {
  const time = { seconds: 1n, nanos: 0 };
  const commit = { round: 0, votes: [] };
  const consensus: Request[] = [
    { initChain: { time, chainId: "c", validators: [], appStateBytes: new Uint8Array(), initialHeight: 1n } },
    { commit: {} },
    { prepareProposal: { maxTxBytes: 1n, txs: [], localLastCommit: commit, misbehavior: [], height: 2n, time, nextValidatorsHash: new Uint8Array(), proposerAddress: new Uint8Array() } },
    { processProposal: { txs: [new Uint8Array(300)], proposedLastCommit: commit, misbehavior: [], hash: new Uint8Array(32), height: 2n, time, nextValidatorsHash: new Uint8Array(), proposerAddress: new Uint8Array() } },
    { extendVote: { hash: new Uint8Array(), height: 2n, time, txs: [], proposedLastCommit: commit, misbehavior: [], nextValidatorsHash: new Uint8Array(), proposerAddress: new Uint8Array() } },
    { verifyVoteExtension: { hash: new Uint8Array(), validatorAddress: new Uint8Array(), height: 2n, voteExtension: new Uint8Array() } },
    { finalizeBlock: { txs: [], decidedLastCommit: commit, misbehavior: [], hash: new Uint8Array(32), height: 2n, time, nextValidatorsHash: new Uint8Array(), proposerAddress: new Uint8Array() } },
  ];
  const others: Request[] = [
    { echo: { message: "x" } },
    { flush: {} },
    { info: { version: "", blockVersion: 0n, p2pVersion: 0n, abciVersion: "" } },
    { query: { data: new Uint8Array(), path: "/x", height: 0n, prove: false } },
    { checkTx: { tx: new Uint8Array(300), type: CheckTxType.NEW } },
    { listSnapshots: {} },
    { applySnapshotChunk: { index: 0, chunk: new Uint8Array(), sender: "" } },
  ];

  it("reads the method from the leading protobuf tag of an encoded Request", () => {
    for (const r of consensus) expect(isConsensusRequest(Request.encode(r).finish()), Object.keys(r)[0]).toBe(true);
    for (const r of others) expect(isConsensusRequest(Request.encode(r).finish()), Object.keys(r)[0]).toBe(false);
  });

  it("takes an empty or truncated body, or another wire type, as not consensus", () => {
    expect(isConsensusRequest(new Uint8Array())).toBe(false);
    expect(isConsensusRequest(Uint8Array.from([0xa2]))).toBe(false); // finalize_block's tag cut after its first byte
    expect(isConsensusRequest(Uint8Array.from([0x58, 0x00]))).toBe(false); // field 11 as a varint, not a message
  });
});

describe("ABCI socket server: consensus requests first", () => {
  let h: AppHarness;
  let server: AbciServer;

  beforeAll(async () => {
    h = await AppHarness.create({ accounts: 2 });
    server = await startAbciServer({ app: h.app, laddr: "tcp://127.0.0.1:0", logger: silent });
  });
  afterAll(async () => {
    await server?.close();
    await h?.close();
  });

  it("answers a ProcessProposal sent during a 400-CheckTx backlog on another connection before the backlog ends", { timeout: 120_000 }, async () => {
    const N = 400;
    const txs: Uint8Array[] = [];
    for (let i = 0; i < N; i++) txs.push(await h.signTx(0, { msgs: [h.send(0, STRANGER, "1")], sequence: BigInt(i) }));
    // Which CheckTx the app had answered when the ProcessProposal ran.
    let checked = 0;
    let checkedAtProposal: number | undefined;
    const checkTx = h.app.checkTx.bind(h.app);
    const processProposal = h.app.processProposal.bind(h.app);
    h.app.checkTx = async (req) => {
      const res = await checkTx(req);
      checked++;
      return res;
    };
    h.app.processProposal = async (req) => {
      checkedAtProposal = checked;
      return processProposal(req);
    };
    try {
      const mempool = await AbciTestClient.connect(server.address);
      const consensus = await AbciTestClient.connect(server.address);
      mempool.send(...txs.map((tx) => ({ checkTx: { tx, type: CheckTxType.NEW } })), { flush: {} });
      await waitFor("the backlog started", () => checked > 0, 60_000, 1);
      const time = { seconds: 1_700_000_000n, nanos: 0 };
      consensus.send(
        { processProposal: { txs: [txs[0]!], proposedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32), height: h.height + 1n, time, nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20) } },
        { flush: {} },
      );
      await consensus.waitFor(2);
      expect(consensus.responses[0]!.processProposal?.status).toBe(ResponseProcessProposal_ProposalStatus.ACCEPT);
      expect(checkedAtProposal, "the ProposalProposal waited for the whole CheckTx backlog").toBeLessThan(N / 2);
      // The backlog, in order: sequences 0…N-1 of one account pass only that way.
      await mempool.waitFor(N + 1);
      expect(mempool.responses.slice(0, N).map((r) => r.checkTx?.code)).toEqual(new Array(N).fill(0));
      expect(mempool.responses[N]!.flush).toEqual({});
      mempool.close();
      consensus.close();
    } finally {
      Reflect.deleteProperty(h.app, "checkTx");
      Reflect.deleteProperty(h.app, "processProposal");
    }
  });
});
