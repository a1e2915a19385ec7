/**
 * What `tx inference request` prints: the output, the top credited contributors of the
 * attribution record (points, share, amount paid, their contributions) and every payout.
 */
import type { DeliverTxResponse } from "@cosmjs/stargate";
import type { InferenceResult } from "../../../client/inferenceTypes.ts";
import type { AttributionRecord } from "../../../modules/attribution/types.ts";
import type { Json } from "../attribution/format.ts";
import { printLine } from "../common.ts";
import { coinText, payoutJson } from "./format.ts";

export interface CreditedContributor {
  contributor: string;
  points: bigint;
  amount: bigint;
  contributions: bigint[];
}

/** The record's contributors by points (most first; address breaks ties), at most `n`. */
export function topContributors(record: AttributionRecord, n: number): CreditedContributor[] {
  return record.contributors
    .map((c) => ({
      contributor: c.contributor,
      points: c.points,
      amount: c.amount,
      contributions: record.contributions.filter((x) => x.contributor === c.contributor).map((x) => x.contributionId),
    }))
    .sort((a, b) => (a.points === b.points ? (a.contributor < b.contributor ? -1 : 1) : a.points > b.points ? -1 : 1))
    .slice(0, n);
}

/** Basis points of a part as "40.6%" (integer arithmetic, one decimal, rounded down). */
export function percent(part: bigint, whole: bigint): string {
  if (whole === 0n) return "0.0%";
  const tenths = (part * 1000n) / whole;
  return `${tenths / 10n}.${tenths % 10n}%`;
}

export function requestReportJson(tx: DeliverTxResponse, r: InferenceResult, record: AttributionRecord | undefined, top: number): { [k: string]: Json } {
  return {
    txhash: tx.transactionHash,
    height: String(tx.height),
    code: tx.code,
    gas_wanted: String(tx.gasWanted),
    gas_used: String(tx.gasUsed),
    inference_id: r.inferenceId.toString(),
    output: r.output,
    tokens_generated: r.tokensGenerated,
    stop_reason: r.stopReason,
    fee: coinText(r.fee),
    attribution_record_id: r.attributionRecordId.toString(),
    attribution: record
      ? {
          total_points: record.totalPoints.toString(),
          residual: record.residual.toString(),
          contributors_credited: record.contributors.length,
          top_contributors: topContributors(record, top).map((c) => ({
            contributor: c.contributor,
            points: c.points.toString(),
            amount: c.amount.toString(),
            contributions: c.contributions.map(String),
          })),
        }
      : null,
    payouts: r.payouts.map(payoutJson),
  };
}

function indent(text: string): string {
  return text.split("\n").map((l) => `  ${l}`).join("\n");
}

export function printRequestReport(tx: DeliverTxResponse, r: InferenceResult, record: AttributionRecord | undefined, top: number, maxFee: string): void {
  const denom = r.fee?.denom ?? "";
  printLine(`output (${r.tokensGenerated} tokens, stopped at ${r.stopReason}):`);
  printLine(indent(r.output));
  printLine("");
  if (!record) {
    printLine("attribution: none (the output holds nothing the training datanets could credit; the data share went to their pools)");
  } else if (record.contributors.length === 0) {
    printLine(`attribution record ${record.id}: no contributor credited; all ${record.totalPoints} points are residual (paid to the datanet pools)`);
  } else {
    const credited = record.totalPoints - record.residual;
    printLine(`attribution record ${record.id}: ${record.contributors.length} contributor(s) credited with ${credited} of ${record.totalPoints} points (${percent(credited, record.totalPoints)}); residual ${record.residual}`);
    const rows = topContributors(record, top);
    if (rows.length > 0) {
      printLine(`  top ${rows.length}:`);
      for (const c of rows) {
        const ids = c.contributions.length > 6 ? `${c.contributions.slice(0, 6).join(", ")}, … (${c.contributions.length})` : c.contributions.join(", ");
        printLine(`    ${c.contributor}  ${String(c.points).padStart(7)} pts  ${percent(c.points, record.totalPoints).padStart(6)}  ${`${c.amount}${denom}`.padStart(12)}  contributions ${ids}`);
      }
    }
  }
  printLine("");
  printLine(`payouts (fee ${coinText(r.fee)} of max ${maxFee}):`);
  for (const p of r.payouts) {
    const where = p.role === "datanet_pool" ? ` (datanet ${p.datanetId} version ${p.version})` : "";
    printLine(`  ${p.role.padEnd(13)} ${p.recipient}  ${`${p.amount}${denom}`.padStart(12)}${where}`);
  }
  printLine("");
  printLine(`inference ${r.inferenceId}: tx ${tx.transactionHash} in block ${tx.height}, gas used ${tx.gasUsed} of ${tx.gasWanted}`);
}
