/**
 * `tributary tx datanet contribute <datanet-id> <path>`: reads records (a text file, a folder
 * or a .jsonl file), sends them in MsgContribute txs under the node's tx size limit, and
 * reports accepted / pending / rejected per record with the chain's reason.
 */
import { existsSync } from "node:fs";
import { Command } from "commander";
import { QueryClient, SigningStargateClient } from "@cosmjs/stargate";
import { setupDatanetExtension } from "../../../client/datanetQueries.ts";
import { createTributaryRegistry } from "../../../client/registry.ts";
import { loadNodeConfig } from "../../config.ts";
import { homePaths } from "../../home.ts";
import { openKeyring, outputFormat, printJson, printLine, resolveNode } from "../common.ts";
import { UserError } from "../errors.ts";
import { signerAddress } from "../signerAddress.ts";
import { DEFAULT_MAX_BODY_BYTES } from "../tooLarge.ts";
import { connectComet, onNode } from "../rpcClients.ts";
import { parseCount, parseId } from "../datanet/args.ts";
import { blockMaxGas, chainBackend } from "../datanet/chainBackend.ts";
import { queryError } from "../datanet/connect.ts";
import { type ContributeOutcome, type RecordReport, contributeAll, summarize } from "../datanet/contribute.ts";
import { createProgress } from "../datanet/progress.ts";
import { DEFAULT_MAX_TX_BYTES, ENVELOPE_BYTES, recordBudget } from "../datanet/limits.ts";
import { readRecords } from "../datanet/records.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { confirm, fee } from "./tx.ts";
import { refuseGenerateOnly } from "../tx/generate.ts";

type ContributeOpts = FromOpts & { maxTxBytes?: string; allowRefusals?: boolean };

/** --max-tx-bytes, else the home's mempool.max_tx_bytes, else the default. */
function maxTxBytes(o: ContributeOpts): number {
  if (o.maxTxBytes !== undefined) {
    const n = parseCount(o.maxTxBytes, "--max-tx-bytes");
    if (n < 4 * ENVELOPE_BYTES) throw new UserError(`--max-tx-bytes ${n} is too small: a tx needs ${ENVELOPE_BYTES} bytes for its envelope alone`);
    return n;
  }
  if (existsSync(homePaths(o.home).config)) return loadNodeConfig(o.home).mempool.max_tx_bytes;
  return DEFAULT_MAX_TX_BYTES;
}

/**
 * The node's rpc.max_body_bytes as the home's config says, else CometBFT's default (no RPC call
 * reports it). If the node's is lower after all, the engine halves its batches on the 413.
 */
function maxBodyBytes(o: ContributeOpts): number {
  if (existsSync(homePaths(o.home).config)) return loadNodeConfig(o.home).rpc.max_body_bytes;
  return DEFAULT_MAX_BODY_BYTES;
}

/** Gas: simulated × adjustment unless a number was given with --gas. */
function gasChoice(o: ContributeOpts): { fixedGas?: number; adjustment: number } {
  const adjustment = Number(o.gasAdjustment);
  if (!Number.isFinite(adjustment) || adjustment <= 0) throw new UserError(`--gas-adjustment must be a positive number, got ${JSON.stringify(o.gasAdjustment)}`);
  if (o.gas === "auto") return { adjustment };
  if (!/^[0-9]+$/.test(o.gas) || Number(o.gas) <= 0 || !Number.isSafeInteger(Number(o.gas))) throw new UserError(`--gas must be "auto" or a positive integer, got ${JSON.stringify(o.gas)}`);
  return { fixedGas: Number(o.gas), adjustment };
}

export function contributeCmd(): Command {
  const cmd = new Command("contribute")
    .description(
      "contribute records: a text file (one record), a folder (one record per text file, recursive, sorted by path) or a .jsonl file " +
        '(one {"body", "title"?, "source"?, "licence"?, "extra"?: {k: v}} per line). Each batch is simulated first; a record the chain ' +
        "refuses is left out and reported with the reason; the exit code is 1 when any record was refused (see --allow-refusals)",
    )
    .argument("<datanet-id>", "datanet id")
    .argument("<path>", "file, folder or .jsonl file")
    .option("--max-tx-bytes <n>", "largest tx the node takes (default: mempool.max_tx_bytes of --home, else 1048576)")
    .option("--allow-refusals", "exit 0 when the command worked even if records were refused (the report still lists them)");
  addDatanetTxOptions(cmd);
  return cmd.action(async (idArg: string, path: string, o: ContributeOpts) => {
    refuseGenerateOnly(o, "datanet contribute");
    const format = outputFormat(o.output);
    const datanetId = parseId(idArg, "datanet id");
    const gas = gasChoice(o);
    fee(1, o); // refuses a bad --fees / --gas-prices before anything is read or signed
    const budget = recordBudget({ maxTxBytes: maxTxBytes(o), maxBodyBytes: maxBodyBytes(o), memoBytes: Buffer.byteLength(o.memo) });
    const { records, skipped } = readRecords(path);
    if (skipped.length > 0) process.stderr.write(`skipping ${skipped.length} files that are not UTF-8 text: ${skipped.slice(0, 5).join(", ")}${skipped.length > 5 ? ", …" : ""}\n`);
    const url = resolveNode(o);
    const signer = await openKeyring(o).getSigner(o.from);
    const from = await signerAddress(signer);
    const comet = await connectComet(url);
    try {
      const stargate = SigningStargateClient.createWithSigner(comet, signer, { registry: createTributaryRegistry() });
      const queries = QueryClient.withExtensions(comet, setupDatanetExtension).datanet;
      const { chainId, params, maxGas } = await onNode(url, async () => {
        const chainId = await stargate.getChainId();
        if (o.chainId !== undefined && o.chainId !== chainId) throw new UserError(`--chain-id ${o.chainId} does not match the node at ${url}, which serves ${chainId}`);
        await queries.datanet(datanetId).catch((e) => Promise.reject(queryError(e)));
        return { chainId, params: await queries.params(), maxGas: await blockMaxGas(url) };
      });
      if (gas.fixedGas !== undefined && maxGas !== undefined && gas.fixedGas > maxGas) {
        throw new UserError(`--gas ${gas.fixedGas} is above the block's max gas of ${maxGas}`);
      }
      await confirm(`contribute ${records.length} records from ${path} to datanet ${datanetId} as ${o.from} (${from}), chain ${chainId}; each batch is simulated first`, o.yes);
      const backend = chainBackend({ comet, stargate, signer, from, datanetId, memo: o.memo, fee: (limit) => fee(limit, o) });
      const progress = createProgress(process.stderr);
      const outcome = await onNode(url, () =>
        contributeAll(records, backend, {
          maxRecordsPerMsg: Math.max(1, params.maxRecordsPerMsg),
          maxMsgBytes: budget.bytes,
          budgetLimit: budget.limit,
          gasAdjustment: gas.adjustment,
          fixedGas: gas.fixedGas,
          maxGas,
          onBatch: (p) => progress.update(p),
          onNotice: (line) => progress.note(line),
        }),
      );
      progress.finish();
      printReport(datanetId, outcome, format);
      if (outcome.aborted) throw new UserError(`stopped: ${outcome.aborted}`);
      const { rejected } = summarize(outcome.reports);
      if (rejected > 0 && !o.allowRefusals) {
        throw new UserError(`${rejected} of ${outcome.reports.length} records were refused (reasons in the report); --allow-refusals exits 0 when some are`);
      }
    } finally {
      comet.disconnect();
    }
  });
}

function printReport(datanetId: bigint, outcome: ContributeOutcome, format: "json" | "text"): void {
  const summary = summarize(outcome.reports);
  if (format === "json") {
    printJson({ datanet_id: datanetId.toString(), summary, ...(outcome.aborted ? { aborted: outcome.aborted } : {}), records: outcome.reports });
    return;
  }
  for (const r of outcome.reports) printLine(reportLine(r));
  printLine(`accepted: ${summary.accepted}, pending: ${summary.pending}, rejected: ${summary.rejected}${summary.unsent ? `, not sent: ${summary.unsent}` : ""} (of ${outcome.reports.length} records)`);
}

function reportLine(r: RecordReport): string {
  const head = `#${r.index} ${r.label}:`;
  if (r.status === "accepted" || r.status === "pending") {
    return `${head} ${r.status} as contribution ${r.contribution_id} (${r.tokens} tokens${r.masked_tokens ? `, ${r.masked_tokens} masked` : ""})`;
  }
  return `${head} ${r.status === "unsent" ? "not sent" : "rejected"}: ${r.reason ?? ""}${r.code ? ` (${r.code})` : ""}`;
}
