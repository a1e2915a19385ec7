/**
 * `tx gov draft-proposal`: a proposal file to fill in, as SDK v0.50's draft-proposal writes
 * (theirs asks interactively; this one takes the message types as flags). Each message is the
 * type's JSON with every field at its default and `authority` set to the gov module account.
 */
import { existsSync, writeFileSync } from "node:fs";
import { Command } from "commander";
import { GOV_AUTHORITY } from "../../../chain/authority.ts";
import { ANY_TYPES, convert, messageJson } from "../../api/json.ts";
import { TO_OBJECT, lookupTributaryType } from "../../api/protoRoot.ts";
import { UserError } from "../errors.ts";

/** The type's proto-JSON with default values, or a UserError naming an unknown type. */
function skeleton(typeUrl: string): Record<string, unknown> {
  const reflected = lookupTributaryType(typeUrl.replace(/^\//, ""));
  let fields: Record<string, unknown>;
  if (reflected) {
    fields = convert(reflected.toObject(reflected.fromObject({}), TO_OBJECT)) as Record<string, unknown>;
  } else {
    const known = ANY_TYPES.get(typeUrl);
    if (!known?.fromPartial) throw new UserError(`unknown message type ${JSON.stringify(typeUrl)} (e.g. /cosmos.mint.v1beta1.MsgUpdateParams)`);
    fields = messageJson(known, known.fromPartial({})) as Record<string, unknown>;
  }
  return { "@type": typeUrl, ...fields, ...("authority" in fields ? { authority: GOV_AUTHORITY } : {}) };
}

export function draftProposal(messageTypes: readonly string[]): Record<string, unknown> {
  return { messages: messageTypes.map(skeleton), metadata: "", deposit: "", title: "", summary: "" };
}

export function draftProposalCmd(): Command {
  return new Command("draft-proposal")
    .description("write a proposal file to fill in: one message skeleton per --message type, authority set to the gov account")
    .option("--message <type-url>", "a message the proposal carries (repeat for several), e.g. /cosmos.mint.v1beta1.MsgUpdateParams", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--output-document <file>", "write it there (refused if the file exists) instead of stdout")
    .action((o: { message: string[]; outputDocument?: string }) => {
      const text = JSON.stringify(draftProposal(o.message), null, 2) + "\n";
      if (o.outputDocument === undefined) return void process.stdout.write(text);
      if (existsSync(o.outputDocument)) throw new UserError(`${o.outputDocument} exists: choose another --output-document`);
      writeFileSync(o.outputDocument, text);
      process.stderr.write(`wrote ${o.outputDocument}: fill in the messages' fields, title, summary and deposit, then \`tx gov submit-proposal ${o.outputDocument}\`\n`);
    });
}
