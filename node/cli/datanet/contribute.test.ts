import { describe, expect, it } from "vitest";
import type { ContributionResult, RecordInput } from "../../../client/datanetMsgs.ts";
import { type Backend, type BatchProgress, type DeliverResult, RequestTooLarge, type SimResult, cleanLog, contributeAll, recordError, summarize } from "./contribute.ts";
import type { LabelledRecord } from "./records.ts";
import { createProgress, progressBar } from "./progress.ts";

const text = (r: RecordInput) => (typeof r.body === "string" ? r.body : new TextDecoder().decode(r.body));

function records(...bodies: string[]): LabelledRecord[] {
  return bodies.map((body, index) => ({ index, label: `line ${index + 1}`, record: { body } }));
}

/**
 * A chain in miniature: a body starting "dup" is a near-duplicate (datanet/10), "quota" hits the
 * quota (datanet/12, not about the record), "late" passes simulation once and then fails
 * delivery (state changed in between). Gas: 1,000 per record.
 */
class FakeChain implements Backend {
  sims: string[][] = [];
  delivers: { bodies: string[]; gas: number }[] = [];
  nextId = 1n;
  outOfGasOnce = false;
  private lateSeen = new Set<string>();

  size(rs: RecordInput[]): number {
    return rs.reduce((n, r) => n + text(r).length + 10, 0);
  }

  private firstBad(bodies: string[], delivering: boolean): { i: number; code: number; log: string } | undefined {
    for (const [i, b] of bodies.entries()) {
      if (b.startsWith("dup")) return { i, code: 10, log: `record ${i}: near-duplicate of contribution 1 of datanet 1 (5-gram Jaccard similarity ≥ 0.8): near-duplicate record` };
      if (b.startsWith("quota")) return { i, code: 12, log: `record ${i}: trib1x already sent 5000 records; the quota is 5000 records per 600 blocks: contribution quota exceeded` };
      if (b.startsWith("late") && delivering && !this.lateSeen.has(b)) {
        this.lateSeen.add(b);
        return { i, code: 9, log: `record ${i}: same token sequence as contribution 7 of datanet 1: duplicate record (messages reverted; fee and sequence kept)` };
      }
    }
    return undefined;
  }

  /** A node body limit: simulation sends 2 bytes per byte (hex), delivery 4 per 3 (base64). */
  bodyLimit = Infinity;
  refused: string[][] = [];

  private checkBody(rs: RecordInput[], perByte: number): void {
    const bytes = Math.ceil(this.size(rs) * perByte) + 100;
    if (bytes > this.bodyLimit) {
      this.refused.push(rs.map(text));
      throw new RequestTooLarge(bytes);
    }
  }

  async simulate(rs: RecordInput[]): Promise<SimResult> {
    this.checkBody(rs, 2);
    const bodies = rs.map(text);
    this.sims.push(bodies);
    const bad = this.firstBad(bodies, false);
    if (bad) return { codespace: "datanet", code: bad.code, log: `${bad.log} With gas wanted: '0' and gas used: '${1000 * (bad.i + 1)}' `, gasUsed: 0 };
    return { codespace: "", code: 0, log: "", gasUsed: 1000 * rs.length };
  }

  async deliver(rs: RecordInput[], gas: number): Promise<DeliverResult> {
    this.checkBody(rs, 4 / 3);
    const bodies = rs.map(text);
    this.delivers.push({ bodies, gas });
    const base = { txhash: `TX${this.delivers.length}`, height: 10 + this.delivers.length };
    if (this.outOfGasOnce) {
      this.outOfGasOnce = false;
      return { ...base, codespace: "sdk", code: 11, log: "out of gas", results: [] };
    }
    const bad = this.firstBad(bodies, true);
    if (bad) return { ...base, codespace: "datanet", code: bad.code, log: bad.log, results: [] };
    const results: ContributionResult[] = rs.map(() => ({ contributionId: this.nextId++, status: "ACCEPTED", contentHash: new Uint8Array(32).fill(1), tokens: 40, maskedTokens: 0 }));
    return { ...base, codespace: "", code: 0, log: "", results };
  }
}

const opts = { maxRecordsPerMsg: 3, maxMsgBytes: 1000, gasAdjustment: 1.5 };

describe("contributeAll", () => {
  it("batches by record count and encoded size, and reports every record accepted", async () => {
    const chain = new FakeChain();
    const seen: BatchProgress[] = [];
    const out = await contributeAll(records("a", "b", "c", "d", "e", "x".repeat(990), "y".repeat(990)), chain, { ...opts, onBatch: (p) => seen.push(p) });
    expect(chain.delivers.map((d) => d.bodies.length)).toEqual([3, 2, 1, 1]);
    expect(chain.delivers[0]!.gas).toBe(4500); // 3,000 simulated × 1.5
    expect(out.aborted).toBeUndefined();
    expect(summarize(out.reports)).toEqual({ accepted: 7, pending: 0, rejected: 0, unsent: 0 });
    expect(out.reports.map((r) => r.contribution_id)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(out.reports[0]).toMatchObject({ label: "line 1", tokens: 40, txhash: "TX1", height: 11, content_hash: "01".repeat(32) });
    expect(seen.map((p) => [p.done, p.total, p.sent])).toEqual([[3, 7, 3], [5, 7, 2], [6, 7, 1], [7, 7, 1]]);
  });

  it("drops the record a simulation names, reports the chain's reason, and sends the rest", async () => {
    const chain = new FakeChain();
    const out = await contributeAll(records("a", "dup-1", "b", "dup-2", "c"), chain, { ...opts, maxRecordsPerMsg: 5 });
    expect(chain.sims).toEqual([["a", "dup-1", "b", "dup-2", "c"], ["a", "b", "dup-2", "c"], ["a", "b", "c"]]);
    expect(chain.delivers.map((d) => d.bodies)).toEqual([["a", "b", "c"]]);
    expect(out.reports.map((r) => r.status)).toEqual(["accepted", "rejected", "accepted", "rejected", "accepted"]);
    expect(out.reports[1]).toMatchObject({ code: "datanet/10", reason: "near-duplicate of contribution 1 of datanet 1 (5-gram Jaccard similarity ≥ 0.8): near-duplicate record" });
    expect(out.reports[1]!.contribution_id).toBeUndefined();
    expect(summarize(out.reports)).toEqual({ accepted: 3, pending: 0, rejected: 2, unsent: 0 });
  });

  it("a record refused at delivery (state changed after simulation) is dropped and the rest retried", async () => {
    const chain = new FakeChain();
    const out = await contributeAll(records("a", "late", "b"), chain, opts);
    expect(chain.delivers.map((d) => d.bodies)).toEqual([["a", "late", "b"], ["a", "b"]]);
    expect(out.reports.map((r) => r.status)).toEqual(["accepted", "rejected", "accepted"]);
    expect(out.reports[1]).toMatchObject({ code: "datanet/9", reason: "same token sequence as contribution 7 of datanet 1: duplicate record" });
  });

  it("out of gas at delivery: retried with a larger adjustment", async () => {
    const chain = new FakeChain();
    chain.outOfGasOnce = true;
    const out = await contributeAll(records("a", "b"), chain, opts);
    expect(chain.delivers.map((d) => d.gas)).toEqual([3000, 4500]);
    expect(summarize(out.reports).accepted).toBe(2);
  });

  it("an error that is not about one record stops the run: later records are reported unsent with it", async () => {
    const chain = new FakeChain();
    const out = await contributeAll(records("a", "b", "c", "quota", "d"), chain, opts);
    expect(out.aborted).toMatch(/^datanet\/12: record 0: .*quota exceeded$/);
    expect(out.reports.map((r) => r.status)).toEqual(["accepted", "accepted", "accepted", "unsent", "unsent"]);
    expect(out.reports[4]!.reason).toMatch(/^not sent: datanet\/12/);
  });

  it("a CheckTx refusal stops the run with the node's message", async () => {
    const chain = new FakeChain();
    chain.deliver = async () => {
      throw new Error("the node refused the transaction (sdk/13): insufficient fee");
    };
    const out = await contributeAll(records("a"), chain, opts);
    expect(out.aborted).toBe("the node refused the transaction (sdk/13): insufficient fee");
    expect(out.reports[0]).toMatchObject({ status: "unsent", reason: "not sent: the node refused the transaction (sdk/13): insufficient fee" });
  });

  it("cuts a batch whose gas limit would pass the block's max gas; a lone record that cannot fit is rejected", async () => {
    const chain = new FakeChain();
    // 1,000 gas per record × 1.5 = 1,500 per record; the block takes 4,000: two records per tx.
    const out = await contributeAll(records("a", "b", "c", "d", "e"), chain, { ...opts, maxRecordsPerMsg: 5, maxGas: 4000 });
    expect(chain.delivers.map((d) => d.bodies)).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(chain.delivers.every((d) => d.gas <= 4000)).toBe(true);
    expect(summarize(out.reports).accepted).toBe(5);
    const tight = await contributeAll(records("a"), new FakeChain(), { ...opts, maxGas: 1000 });
    expect(tight.reports[0]).toMatchObject({ status: "rejected", code: "cli", reason: "needs a gas limit of 1500, above the block's max gas of 1000" });
  });

  it("a record too large for any tx is rejected without being sent", async () => {
    const chain = new FakeChain();
    const out = await contributeAll(records("a", "z".repeat(2000)), chain, opts);
    expect(out.reports[1]).toMatchObject({ status: "rejected", code: "cli", reason: "record is 2010 bytes encoded; a tx to this node carries at most 1000 bytes of records" });
    expect(chain.sims.flat()).not.toContain("z".repeat(2000));
  });

  it("a request the node refuses as too large goes back in the queue as smaller batches; every record is sent once", async () => {
    const chain = new FakeChain();
    chain.bodyLimit = 600;
    const notices: string[] = [];
    const bodies = Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(2, "0")}` + "x".repeat(37)); // 50 bytes each in FakeChain.size
    const out = await contributeAll(records(...bodies), chain, { ...opts, maxRecordsPerMsg: 12, maxMsgBytes: 10_000, onNotice: (l) => notices.push(l) });
    expect(out.aborted).toBeUndefined();
    expect(summarize(out.reports)).toEqual({ accepted: 12, pending: 0, rejected: 0, unsent: 0 });
    // 12 × 50 = 600 bytes: refused (1,300 in hex); the budget halves to 300 (6 records), then to 150 (3 records) and stays.
    expect(chain.refused.map((r) => r.length)).toEqual([12, 6]);
    expect(chain.delivers.map((d) => d.bodies.length)).toEqual([3, 3, 3, 3]);
    expect(chain.delivers.flatMap((d) => d.bodies)).toEqual(bodies);
    expect(notices).toEqual(["the node refused a request of 1300 bytes as too large; batches now carry at most 300 bytes of records", "the node refused a request of 700 bytes as too large; batches now carry at most 150 bytes of records"]);
  });

  it("a record whose request the node refuses alone is rejected; the run goes on", async () => {
    const chain = new FakeChain();
    chain.bodyLimit = 400;
    const out = await contributeAll(records("a", "b".repeat(300), "c"), chain, { ...opts, maxMsgBytes: 10_000 });
    expect(out.aborted).toBeUndefined();
    expect(out.reports.map((r) => r.status)).toEqual(["accepted", "rejected", "accepted"]);
    expect(out.reports[1]).toMatchObject({ code: "cli", reason: "the node refused the request carrying this record alone as too large (720 bytes): its rpc.max_body_bytes is smaller" });
    expect(chain.delivers.flatMap((d) => d.bodies)).toEqual(["a", "c"]);
  });

  it("a too-large refusal when the records before a rejection are sent at once puts them back, none twice", async () => {
    const chain = new FakeChain();
    let clock = 0;
    const sim = chain.simulate.bind(chain);
    const deliver = chain.deliver.bind(chain);
    let refuseNextDelivery = false;
    const refusedDeliveries: number[] = [];
    // Re-simulating is slow, so the prefix [e, g] goes straight to delivery, which the node refuses once.
    chain.simulate = async (rs) => ((clock += 100 * rs.length), sim(rs));
    chain.deliver = async (rs, gas) => {
      clock += 150;
      if (refuseNextDelivery) {
        refuseNextDelivery = false;
        refusedDeliveries.push(rs.length);
        throw new RequestTooLarge(undefined);
      }
      return deliver(rs, gas);
    };
    const first = chain.delivers.length;
    const out = await contributeAll(records("a", "b", "c", "d", "e", "g", "dup", "f"), chain, {
      ...opts,
      maxRecordsPerMsg: 4,
      now: () => clock,
      onBatch: () => (refuseNextDelivery = chain.delivers.length === first + 1),
    });
    expect(out.aborted).toBeUndefined();
    expect(summarize(out.reports)).toEqual({ accepted: 7, pending: 0, rejected: 1, unsent: 0 });
    expect(refusedDeliveries).toEqual([2]); // [e, g], sent without a second simulation
    expect(chain.delivers.flatMap((d) => d.bodies).sort()).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  it("sends the records before a rejection at once when re-simulating them would take longer than a block", async () => {
    const chain = new FakeChain();
    let clock = 0;
    // Simulation: 100 ms per record; delivery: 150 ms. Re-simulating two records (200 ms) loses.
    const sim = chain.simulate.bind(chain);
    const deliver = chain.deliver.bind(chain);
    chain.simulate = async (rs) => ((clock += 100 * rs.length), sim(rs));
    chain.deliver = async (rs, gas) => ((clock += 150), deliver(rs, gas));
    const out = await contributeAll(records("a", "b", "c", "d", "e", "dup", "f"), chain, { ...opts, maxRecordsPerMsg: 4, now: () => clock });
    // First batch a-d measures delivery; in e, dup, f the prefix [e] (100 ms) is re-simulated...
    expect(chain.delivers.map((d) => d.bodies)).toEqual([["a", "b", "c", "d"], ["e", "f"]]);
    const slow = new FakeChain();
    let t = 0;
    const sim2 = slow.simulate.bind(slow);
    const del2 = slow.deliver.bind(slow);
    slow.simulate = async (rs) => ((t += 100 * rs.length), sim2(rs));
    slow.deliver = async (rs, gas) => ((t += 150), del2(rs, gas));
    await contributeAll(records("a", "b", "c", "d", "e", "g", "dup", "f"), slow, { ...opts, maxRecordsPerMsg: 4, now: () => t });
    // ...but [e, g] (200 ms) is sent as its own tx, with the failed simulation's gas (3,000 × 1.5).
    expect(slow.delivers.map((d) => d.bodies)).toEqual([["a", "b", "c", "d"], ["e", "g"], ["f"]]);
    expect(slow.delivers[1]!.gas).toBe(4500);
    expect(summarize(out.reports)).toEqual({ accepted: 6, pending: 0, rejected: 1, unsent: 0 });
  });
});

describe("recordError", () => {
  it("is a datanet record error only for the record codes with a record index", () => {
    expect(recordError({ codespace: "datanet", code: 11, log: "record 4: 90 of 100 tokens repeat runs: record mostly copied" })).toEqual({ index: 4, reason: "90 of 100 tokens repeat runs: record mostly copied" });
    expect(recordError({ codespace: "datanet", code: 20, log: "record 0: title is 300 bytes, above the maximum of 256: invalid record metadata" })?.index).toBe(0);
    expect(recordError({ codespace: "sdk", code: 10, log: "record 3: x" })).toBeUndefined(); // sdk/10 is invalid coins
    expect(recordError({ codespace: "datanet", code: 12, log: "record 3: quota" })).toBeUndefined(); // affects every later record
    expect(recordError({ codespace: "datanet", code: 10, log: "datanet 9 does not exist" })).toBeUndefined();
    expect(cleanLog("x: duplicate record (messages reverted; fee and sequence kept)")).toBe("x: duplicate record");
  });
});

describe("progress", () => {
  it("redraws a bar on a terminal and writes one line per batch otherwise", () => {
    const p = { done: 50, total: 200, txhash: "AB", height: 7, sent: 50, rejected: 3 };
    let tty = "";
    const bar = createProgress({ isTTY: true, write: (s) => (tty += s) });
    bar.update(p);
    bar.finish();
    expect(tty).toBe(`\r${progressBar(50, 200)} 25% 50/200 records, 3 rejected, height 7\x1b[K\n`);
    expect(progressBar(50, 200, 8)).toBe("[##......]");
    let plain = "";
    const lines = createProgress({ write: (s) => (plain += s) });
    lines.update(p);
    lines.finish();
    expect(plain).toBe("batch: 50 records in tx AB at height 7; 50/200 done, 3 rejected\n");
  });

  it("a note clears the bar's line on a terminal and is a plain line otherwise", () => {
    const p = { done: 1, total: 2, txhash: "AB", height: 7, sent: 1, rejected: 0 };
    let tty = "";
    const bar = createProgress({ isTTY: true, write: (s) => (tty += s) });
    bar.update(p);
    bar.note("smaller batches");
    bar.finish();
    expect(tty).toBe(`\r${progressBar(1, 2)} 50% 1/2 records, 0 rejected, height 7\x1b[K\r\x1b[Knote: smaller batches\n`);
    let plain = "";
    createProgress({ write: (s) => (plain += s) }).note("smaller batches");
    expect(plain).toBe("note: smaller batches\n");
  });
});
