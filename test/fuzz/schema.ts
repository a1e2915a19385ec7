/**
 * Valid seed messages for every type URL the router knows, built from the .proto files by
 * reflection: every `proto/<module>/**.proto` under proto/ (vendored Cosmos files resolve as
 * imports), filled by field name with values from the fuzz world (a funded signer, the ids the
 * setup created). A module added later is seeded the same way without editing this file; a
 * type with no .proto (the SDK's own messages are not vendored) takes a seed from seeds.ts.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import protobuf from "protobufjs";
import { words } from "../datanetHarness.ts";

const PROTO_DIR = join(import.meta.dirname, "..", "..", "proto");
const VENDOR = join(PROTO_DIR, "vendor");
const SOURCES = ["tributary", "cosmos"].map((d) => join(PROTO_DIR, d));

/** What a generated seed may refer to: the fuzz world's accounts and the objects setup made. */
export interface SeedWorld {
  signer: string;
  valoper: string;
  /** By field name (snake_case): datanet_id, model_id, contribution_id, … */
  ids: Record<string, bigint>;
  artifact: Uint8Array;
}

let root: protobuf.Root | undefined;

function protoFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) protoFiles(p, out);
    else if (name.endsWith(".proto")) out.push(p);
  }
  return out;
}

export function protoRoot(): protobuf.Root {
  if (root) return root;
  const r = new protobuf.Root();
  r.resolvePath = (origin, target) => {
    if (target.startsWith("/")) return target;
    for (const base of [PROTO_DIR, VENDOR]) {
      const p = join(base, target);
      try {
        statSync(p);
        return p;
      } catch {
        /* try the next include dir */
      }
    }
    return protobuf.util.path.resolve(origin, target);
  };
  const files = SOURCES.flatMap((d) => {
    try {
      return protoFiles(d);
    } catch {
      return [];
    }
  });
  r.loadSync(files, { keepCase: true });
  r.resolveAll();
  root = r;
  return r;
}

export function lookupType(typeUrl: string): protobuf.Type | undefined {
  try {
    return protoRoot().lookupType(typeUrl.replace(/^\//, ""));
  } catch {
    return undefined;
  }
}

const ADDRESS_FIELDS = /(address|owner|operator|contributor|requester|claimer|uploader|submitter|curator|sender|delegator|recipient|creator|authority|signer)s?$/;

/** A valid-looking object of `type` (snake_case keys) for protobufjs fromObject. */
export function exampleObject(type: protobuf.Type, w: SeedWorld, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (depth > 6) return out;
  for (const f of type.fieldsArray) {
    const one = () => exampleValue(f, w, depth);
    out[f.name] = f.repeated ? [one()] : one();
  }
  return out;
}

function exampleValue(f: protobuf.Field, w: SeedWorld, depth: number): unknown {
  const name = f.name;
  const rt = f.resolvedType;
  if (rt instanceof protobuf.Type) {
    if (rt.fullName === ".cosmos.base.v1beta1.Coin") return { denom: "utrib", amount: "1000" };
    return exampleObject(rt, w, depth + 1);
  }
  if (rt instanceof protobuf.Enum) {
    const values = Object.values(rt.values).filter((v) => v !== 0);
    return values[0] ?? 0;
  }
  switch (f.type) {
    case "string":
      if (/valoper|validator/.test(name)) return w.valoper;
      if (ADDRESS_FIELDS.test(name)) return w.signer;
      if (name.includes("denom")) return "utrib";
      if (/amount|fee|price|bond/.test(name)) return "1000";
      if (/endpoint|url/.test(name)) return "http://127.0.0.1:9";
      if (/prompt|output|description|details|text|reason/.test(name)) return words(name.length, 8).join(" ");
      return "fuzz";
    case "bytes":
      if (name === "artifact") return w.artifact;
      if (name.includes("hash") || name.includes("root")) return new Uint8Array(32).fill(1);
      return new TextEncoder().encode(words(name.length + 3, 60).join(" "));
    case "bool":
      return true;
    case "double":
    case "float":
      return 1;
    default: {
      const singular = name.replace(/s$/, "");
      if (w.ids[name] !== undefined) return w.ids[name].toString();
      if (w.ids[singular] !== undefined) return w.ids[singular].toString();
      if (/bps$/.test(name)) return 2500;
      return name.includes("index") ? 0 : 1;
    }
  }
}

/** The seed bytes for a type URL from its .proto, or undefined when no .proto defines it. */
export function reflectedSeed(typeUrl: string, w: SeedWorld, over: Record<string, unknown> = {}): Uint8Array | undefined {
  const t = lookupType(typeUrl);
  if (!t) return undefined;
  return t.encode(t.fromObject({ ...exampleObject(t, w), ...over })).finish();
}
