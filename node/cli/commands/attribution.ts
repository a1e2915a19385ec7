/**
 * `tributary tx attribution record`, `tributary query attribution …` and
 * `tributary attribution verify|explain` (recomputation from public chain data alone).
 * The model output is --text <text> or --text-file <path>; -o / --output is the output format
 * (json|text) here as on every command.
 */
import { Command } from "commander";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { checkAddressArg, outputFormat, type OutputFormat, printJson, printLine, type QueryOpts, withQueryOptions } from "../common.ts";
import { UserError } from "../errors.ts";
import { parseId } from "../datanet/args.ts";
import { printValue } from "../output.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { addTextFlags, attributionFormat, MSG_RECORD_ATTRIBUTION, MSG_RECORD_ATTRIBUTION_RESPONSE, parseTexts, recordMsgPb, type TextFlags } from "../attribution/args.ts";
import { allRecords, type AttributionChain, withAttributionChain } from "../attribution/chainQueries.ts";
import { firstRecordDifference } from "../attribution/compare.ts";
import { explainJson, printExplain } from "../attribution/explain.ts";
import { attributionParamsJson, commitmentJson, recordJson, recordText } from "../attribution/format.ts";
import { recompute } from "../attribution/recompute.ts";
import { manifestOut } from "../../../modules/attribution/codec.ts";
import { manifestText } from "../../../modules/attribution/types.ts";
import { signAndBroadcast } from "./tx.ts";
import { decode } from "../../../proto/codec.ts";

// --- tx ---------------------------------------------------------------------------------------

function recordTxCmd(): Command {
  const cmd = addTextFlags(new Command("record").description("attribute a model output to READY datanet versions and store the record (gas grows with the output: --gas auto by default)"));
  return addDatanetTxOptions(cmd).action(async (o: FromOpts & TextFlags) => {
    attributionFormat(o.output); // before anything else: names --text to whoever put the text in --output
    const { manifest, output, prompt } = parseTexts(o);
    const extra = (r: DeliverTxResponse): Record<string, string> => {
      const found = r.msgResponses.find((m) => m.typeUrl === MSG_RECORD_ATTRIBUTION_RESPONSE);
      if (!found) return {};
      const res = decode(recordMsgPb.MsgRecordAttributionResponseSchema, found.value);
      return { record_id: String(res.recordId), total_points: String(res.totalPoints), residual: String(res.residual) };
    };
    await signAndBroadcast(
      o.from,
      (from) => [{ typeUrl: MSG_RECORD_ATTRIBUTION, value: { submitter: from, manifest: manifestOut(manifest), output, prompt } }],
      (from) => `record an attribution of a ${output.length}-character output against ${manifestText(manifest)} as ${o.from} (${from})`,
      o,
      extra,
    );
  });
}

export function attributionTxCommand(): Command {
  return new Command("attribution").description("attribution transactions").addCommand(recordTxCmd());
}

// --- queries ----------------------------------------------------------------------------------

/** The fee denom the text output names amounts in; JSON keeps them bare and needs no query. */
const denomFor = (format: OutputFormat, c: AttributionChain) => (format === "json" ? "" : c.feeDenom());

function recordCmd(): Command {
  const cmd = new Command("record").description("an attribution record").argument("<id>", "record id");
  return withQueryOptions(cmd).action(async (id: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const [r, denom] = await withAttributionChain(o, (c) => Promise.all([c.record(parseId(id, "record id")), denomFor(format, c)]));
    printValue(format === "json" ? recordJson(r) : recordText(r, denom), format);
  });
}

function recordsCmd(): Command {
  const cmd = new Command("records")
    .description("every attribution record crediting a contributor or a contribution")
    .option("--contributor <address>", "contributor trib1… address")
    .option("--contribution <id>", "contribution id");
  return withQueryOptions(cmd).action(async (o: QueryOpts & { contributor?: string; contribution?: string }) => {
    const format = outputFormat(o.output);
    if ((o.contributor === undefined) === (o.contribution === undefined)) throw new UserError("give exactly one of --contributor <address> or --contribution <id>");
    const who = o.contributor === undefined ? undefined : checkAddressArg(o.contributor, "--contributor");
    const cid = o.contribution === undefined ? undefined : parseId(o.contribution, "--contribution id");
    const [records, denom] = await withAttributionChain(o, (c) =>
      Promise.all([allRecords((key) => (who ? c.recordsByContributor(who, key) : c.recordsByContribution(cid!, key))), denomFor(format, c)]));
    printValue({ records: records.map((r) => (format === "json" ? recordJson(r) : recordText(r, denom))) }, format);
  });
}

function attributeCmd(): Command {
  const cmd = addTextFlags(new Command("attribute").description("who would be credited for this output now (the record a tx would store; nothing is stored)"));
  return withQueryOptions(cmd).action(async (o: QueryOpts & TextFlags) => {
    const format = attributionFormat(o.output);
    const { manifest, output, prompt } = parseTexts(o);
    const [r, denom] = await withAttributionChain(o, (c) => Promise.all([c.attribute(manifest, output, prompt), denomFor(format, c)]));
    printValue({ ...(format === "json" ? recordJson(r.record) : recordText(r.record, denom)), gas: r.gas.toString() }, format);
  });
}

function commitmentCmd(): Command {
  const cmd = new Command("commitment").description("the index commitment of a datanet version (PENDING, or READY with its hash)").argument("<datanet-id>", "datanet id").argument("<version>", "version number");
  return withQueryOptions(cmd).action(async (dn: string, v: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const c = await withAttributionChain(o, (q) => q.commitment(parseId(dn, "datanet id"), parseId(v, "version number")));
    printValue(commitmentJson(c), format);
  });
}

function paramsCmd(): Command {
  return withQueryOptions(new Command("params").description("the attribution module's parameters")).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(attributionParamsJson(await withAttributionChain(o, (c) => c.params())), format);
  });
}

export function attributionQueryCommand(): Command {
  const cmd = new Command("attribution").description("attribution queries");
  for (const c of [recordCmd(), recordsCmd(), attributeCmd(), commitmentCmd(), paramsCmd()]) cmd.addCommand(c);
  return cmd;
}

// --- verify / explain -------------------------------------------------------------------------

function verifyCmd(): Command {
  const cmd = new Command("verify")
    .description("recompute a record from public chain data alone (documents, vocabulary, index checked against its commitment) and compare every field; MATCH exits 0, a difference exits 1")
    .argument("<record-id>", "record id");
  return withQueryOptions(cmd).action(async (idArg: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const id = parseId(idArg, "record id");
    const { difference, hashes } = await withAttributionChain(o, async (c) => {
      const onChain = await c.record(id);
      const r = await recompute(c, onChain);
      return { difference: firstRecordDifference(onChain, r.record), hashes: r.indexHashes };
    });
    if (format === "json") printJson({ record_id: id.toString(), match: difference === undefined, difference: difference ?? null, index_hashes: hashes.map((h) => ({ datanet: `${h.entry.datanetId}:${h.entry.version}`, hash: h.hash })) });
    else printLine(difference === undefined ? `MATCH record ${id} (indexes ${hashes.map((h) => `${h.entry.datanetId}:${h.entry.version} ${h.hash}`).join(", ")})` : `DIFFERENCE record ${id}: ${difference}`);
    if (difference !== undefined) process.exitCode = 1;
  });
}

function explainCmd(): Command {
  const cmd = new Command("explain").description("the spans of a record's output, the contributions they matched, and the residual by cause (recomputed from chain data)").argument("<record-id>", "record id");
  return withQueryOptions(cmd).action(async (idArg: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const id = parseId(idArg, "record id");
    const { record, attribution, words, contributors } = await withAttributionChain(o, async (c) => {
      const onChain = await c.record(id);
      const r = await recompute(c, onChain);
      const ids = new Set(r.attribution.spans.flatMap((s) => s.documents.map((d) => d.contribution)));
      const contributors = new Map<bigint, string>();
      for (const cid of [...ids].sort((a, b) => (a < b ? -1 : 1))) contributors.set(cid, (await c.datanet.contribution(cid)).contributor);
      return { record: onChain, attribution: r.attribution, words: r.words, contributors };
    });
    const e = explainJson(record, attribution, words, (cid) => contributors.get(cid) ?? "?");
    if (format === "json") return printJson(e);
    printExplain(e, attribution);
  });
}

export function attributionCommand(): Command {
  return new Command("attribution").description("check and explain attribution records from public chain data").addCommand(verifyCmd()).addCommand(explainCmd());
}
