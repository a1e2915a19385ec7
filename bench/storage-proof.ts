/**
 * Storage-proof verification per proof, and what a MsgSubmitStorageProof costs a
 * block, for 1 KiB chunks of records of 4 KiB … 1 MiB.
 *
 * 1. verify: verifyChunkProof (chain/contentRoot.ts) on proofs of deterministic chunk indexes
 *    of one record per size, in batches; per-proof time is the median batch time / batch size.
 *    Also the content root of the record (what ingestion adds per record).
 * 2. deliver (records up to 1 MiB − 1 KiB: a tx is at most 1 MiB): an in-process App wired as the node (bench/lib/datanetChain.ts: CheckTx first, so
 *    signatures are cached, then FinalizeBlock and Commit), one record of the size in an OPEN
 *    datanet, NODES storage nodes with CHALLENGES each; when the epoch starts every node answers
 *    all its challenges in one tx, for BENCH_PROOF_BLOCKS epochs. Per-proof FinalizeBlock time =
 *    (median proof block − median empty block) / proofs; gas per proof message from the txs'
 *    gas_used (one tx of CHALLENGES proofs, so the tx's own ante cost is shared).
 * Env: BENCH_PROOF_NODES (16), BENCH_PROOF_CHALLENGES (16), BENCH_PROOF_BLOCKS (3), BENCH_VERIFY_BATCH (2000), BENCH_VERIFY_ROUNDS (15).
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import * as q from "../proto/gen/tributary/rewards/v1/index.ts";
import * as tx from "../proto/gen/tributary/rewards/v1/index.ts";
import { chunkCount, chunkProof, contentRoot, verifyChunkProof } from "../chain/contentRoot.ts";
import { type BenchAccount, deriveAccounts } from "../test/support/accounts.ts";
import { DatanetBenchChain } from "./lib/datanetChain.ts";
import { emit, note } from "./lib/emit.ts";
import { median, nowMs } from "./lib/stats.ts";
import { decode, encode } from "../proto/codec.ts";

const NODES = Number(process.env.BENCH_PROOF_NODES ?? 16);
const CHALLENGES = Number(process.env.BENCH_PROOF_CHALLENGES ?? 16);
const BATCH = Number(process.env.BENCH_VERIFY_BATCH ?? 2000);
const ROUNDS = Number(process.env.BENCH_VERIFY_ROUNDS ?? 15);
const REPEATS = Number(process.env.BENCH_PROOF_BLOCKS ?? 3);
const SIZES_KIB = [4, 16, 64, 256, 1024];
const EPOCH_BLOCKS = 10n;

/** A text record of exactly `bytes` bytes: numbered words (ASCII, so any cut is valid UTF-8), many distinct. */
function record(bytes: number, seed: number): Uint8Array {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const w = `w${seed}x${(i * 2654435761) % 1_000_003} `;
    parts.push(w);
    n += w.length;
  }
  return new TextEncoder().encode(parts.join("").slice(0, bytes - 1) + ".");
}

function verifyBench(body: Uint8Array, kib: number): void {
  const t0 = nowMs();
  const root = contentRoot(body);
  const rootMs = nowMs() - t0;
  const n = chunkCount(body.length);
  const proofs = Array.from({ length: Math.min(n, 256) }, (_, k) => {
    const index = Number(BigInt(`0x${bytesToHex(sha256(Uint8Array.of(k))).slice(0, 12)}`) % BigInt(n));
    return { index, ...chunkProof(body, index) };
  });
  const perProofUs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const s = nowMs();
    for (let i = 0; i < BATCH; i++) {
      const p = proofs[i % proofs.length]!;
      if (!verifyChunkProof(root, p.index, n, p.chunk, p.path)) throw new Error("a valid proof failed to verify");
    }
    perProofUs.push(((nowMs() - s) * 1000) / BATCH);
  }
  emit("storage_proof_verify", {
    record_kib: kib, chunks: n, path_hashes: proofs[0]!.path.length, verify_p50_us: median(perProofUs), verify_min_us: Math.min(...perProofUs), content_root_ms: rootMs,
  });
}

const msg = (typeUrl: string, value: Uint8Array) => ({ typeUrl, value });

async function deliverBench(body: Uint8Array, kib: number): Promise<void> {
  const accounts = deriveAccounts(1 + NODES);
  const [owner, ...nodes] = accounts;
  if (!owner) throw new Error("no accounts derived");
  const chain = await DatanetBenchChain.create(accounts, "bench-storage-1", (s) => {
    Object.assign(s.datanet.params, { max_record_bytes: 2_000_000, max_tokens_per_record: 1_000_000 });
    Object.assign(s.rewards.params, {
      epoch_blocks: String(EPOCH_BLOCKS), proof_window_blocks: "5", challenges_per_epoch: CHALLENGES, min_bond: { denom: "utrib", amount: "1000000" },
    });
  });
  try {
    const must = async (txs: Uint8Array[], what: string) => {
      const t = await chain.block(txs);
      const bad = t.res.txResults.find((r) => r.code !== 0);
      if (bad) throw new Error(`${what}: ${bad.codespace}/${bad.code} ${bad.log}`);
      return t;
    };
    await must([chain.createDatanetTx(owner)], "create datanet");
    await must([chain.contributeTx(owner, 1n, [new TextDecoder().decode(body)])], "contribute");
    await must(nodes.map((n) => chain.sign(n, [msg("/tributary.rewards.v1.MsgRegisterNode", encode(tx.MsgRegisterNodeSchema, {
      operator: n.address, roles: [1], datanetIds: [1n], endpoint: `https://n${n.index}.example.org`, bond: { denom: "utrib", amount: "50000000" },
    }))])), "register");
    const empty: number[] = [];
    const blocks: { finalizeMs: number; commitMs: number; gas: number }[] = [];
    // REPEATS epochs: each starts (challenges drawn), then every node answers all in one tx.
    for (let e = 1n; e <= BigInt(REPEATS); e++) {
      while (chain.height < e * EPOCH_BLOCKS) empty.push((await chain.block([])).finalizeMs);
      await chain.block([]);
      const t = await must(await Promise.all(nodes.map((n) => proofsTx(chain, n, body))), "proofs");
      blocks.push({ finalizeMs: t.finalizeMs, commitMs: t.commitMs, gas: median(t.res.txResults.map((r) => Number(r.gasUsed))) });
    }
    const emptyMs = median(empty);
    const proofs = NODES * CHALLENGES;
    const finalizeMs = median(blocks.map((b) => b.finalizeMs));
    emit("storage_proof_deliver", {
      record_kib: kib, record_bytes: body.length, proofs_per_block: proofs, txs: NODES, blocks: REPEATS, finalize_p50_ms: finalizeMs, empty_block_finalize_p50_ms: emptyMs,
      per_proof_us: ((finalizeMs - emptyMs) * 1000) / proofs, commit_p50_ms: median(blocks.map((b) => b.commitMs)), gas_per_tx: median(blocks.map((b) => b.gas)),
      gas_per_proof: median(blocks.map((b) => b.gas)) / CHALLENGES,
    });
  } finally {
    await chain.close();
  }
}

async function proofsTx(chain: DatanetBenchChain, n: BenchAccount, body: Uint8Array): Promise<Uint8Array> {
  const res = await chain.app.query({ path: "/tributary.rewards.v1.Query/Challenges", data: encode(q.QueryChallengesRequestSchema, { operator: n.address }), height: 0n, prove: false });
  if (res.code !== 0) throw new Error(res.log);
  const list = decode(q.QueryChallengesResponseSchema, res.value).challenges;
  if (list.length !== CHALLENGES) throw new Error(`${n.address} has ${list.length} challenges, expected ${CHALLENGES}`);
  return chain.sign(n, list.map((c) => {
    const { chunk, path } = chunkProof(body, c.chunkIndex ?? 0);
    return msg("/tributary.rewards.v1.MsgSubmitStorageProof", encode(tx.MsgSubmitStorageProofSchema, { operator: n.address, epoch: c.epoch, challengeIndex: c.index, chunk, path }));
  }));
}

for (const kib of SIZES_KIB) verifyBench(record(kib * 1024, kib), kib);
for (const kib of SIZES_KIB) {
  // A tx is at most 1 MiB, so the largest record that can be contributed is 1 KiB short of it
  // (1,023 chunks: the same 10-hash paths as 1,024).
  const bytes = Math.min(kib * 1024, 1024 * 1024 - 1024);
  note(`deliver: ${NODES} nodes × ${CHALLENGES} proofs on a ${bytes}-byte record`);
  await deliverBench(record(bytes, kib), kib);
}
