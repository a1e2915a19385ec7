/**
 * The module contract of modules/README.md as checks: each returns the ways a module breaks a
 * rule (an empty list when it keeps them), so moduleContract.test.ts can run them on the real
 * modules/ and on a broken fixture alike. Test-only code: nothing in consensus imports it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { Module } from "../chain/module.ts";

/** Files every module folder has, by these names. */
export const REQUIRED_FILES = [
  "types.ts", "keys.ts", "keeper.ts", "queries.ts", "genesis.ts", "events.ts", "errors.ts", "expected.ts", "module.ts", "README.md",
] as const;

/** Folders next to modules/ a module may not import from: imports point down (node → genesis → modules → chain → proto). */
const UPPER_LAYERS = ["node", "genesis", "client", "dashboard"];

const isTest = (file: string) => file.endsWith(".test.ts");

/** Every .ts file under `dir`, tests included, in path order. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** Required files present; message handlers in `msgs.ts` or a `msgs/` folder, and nowhere else. */
export function checkFiles(moduleDir: string, hasMsgs: boolean): string[] {
  const problems: string[] = [];
  const entries = readdirSync(moduleDir);
  for (const f of REQUIRED_FILES) if (!entries.includes(f)) problems.push(`missing ${f}`);
  const file = entries.includes("msgs.ts");
  const folder = entries.includes("msgs") && statSync(join(moduleDir, "msgs")).isDirectory();
  if (file && folder) problems.push("both msgs.ts and msgs/: keep one");
  if (hasMsgs && !file && !folder) problems.push("registers messages but has neither msgs.ts nor msgs/");
  for (const f of entries) {
    if (/^msgs?[A-Z_-]/.test(f) && !isTest(f)) problems.push(`message file ${f}: handlers live in msgs.ts or msgs/<topic>.ts`);
  }
  if (folder) {
    for (const f of readdirSync(join(moduleDir, "msgs"))) {
      if (/^msg/i.test(f)) problems.push(`msgs/${f}: name files in msgs/ by topic, without the msg prefix`);
    }
  }
  return problems;
}

interface ImportRef {
  file: string;
  spec: string;
  typeOnly: boolean;
}

/** Static imports and re-exports (`import … from`, `export … from`, `import "…"`) and dynamic `import("…")`. */
export function importsOf(file: string): ImportRef[] {
  const src = readFileSync(file, "utf8");
  const refs: ImportRef[] = [];
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^;"']*?\sfrom\s+)?["']([^"']+)["']/gm)) {
    refs.push({ file, spec: m[3]!, typeOnly: m[2] !== undefined });
  }
  for (const m of src.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) refs.push({ file, spec: m[1]!, typeOnly: false });
  return refs;
}

/**
 * A module's non-test files import only their own folder, chain/, proto/ and packages; the one
 * door to another module is the importer's own expected.ts, and only for that module's types
 * (`import type … from "../<other>/types.ts"`): behaviour comes in through interfaces the app
 * wires, never through another module's keeper, codec, errors or helpers.
 */
export function checkImports(modulesRoot: string, name: string): string[] {
  const problems: string[] = [];
  const moduleDir = join(modulesRoot, name);
  const repoRoot = dirname(modulesRoot);
  for (const file of tsFiles(moduleDir).filter((f) => !isTest(f))) {
    const shown = relative(repoRoot, file);
    for (const ref of importsOf(file)) {
      if (!ref.spec.startsWith(".")) continue;
      const target = resolve(dirname(file), ref.spec);
      const fromRepo = relative(repoRoot, target).split(sep);
      if (UPPER_LAYERS.includes(fromRepo[0]!)) problems.push(`${shown} imports ${ref.spec}: modules may not import ${fromRepo[0]}/`);
      if (fromRepo[0] !== basename(modulesRoot)) continue;
      const other = fromRepo.length > 2 ? fromRepo[1]! : undefined;
      if (other === name) continue;
      if (other === undefined) {
        problems.push(`${shown} imports ${ref.spec}: the app wiring (modules/index.ts) imports modules, never the reverse`);
        continue;
      }
      const viaExpected = file === join(moduleDir, "expected.ts") && ref.typeOnly && fromRepo.length === 3 && fromRepo[2] === "types.ts";
      if (!viaExpected) {
        problems.push(`${shown} imports ${ref.spec}: reach ${other} through ${name}/expected.ts (type-only imports of ${other}/types.ts there, interfaces the app wires)`);
      }
    }
  }
  return problems;
}

/** `{ kv } as Context`-style fakes: a read takes a KVReader instead (see modules/README.md). */
export function findContextFakes(files: readonly string[]): string[] {
  const problems: string[] = [];
  for (const file of files.filter((f) => !isTest(f))) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, i) => {
      if (/\bas\s+(unknown\s+as\s+)?Context\b/.test(line)) problems.push(`${file}:${i + 1}: a Context made up by a cast: ${line.trim()}`);
    });
  }
  return problems;
}

/**
 * Keeper reads that take a Context (modules/README.md: reads take a KVReader). A read is known
 * by its name, get*, has*, is* or iterate*: a keeper method so named whose first parameter is
 * typed `Context`. Name-based on purpose: telling a read from a write by what the body does
 * needs the type checker, and the naming is the keepers' own convention (writers are set*,
 * delete*, add*, ...).
 */
export function findContextReads(keeperFile: string): string[] {
  const problems: string[] = [];
  readFileSync(keeperFile, "utf8").split("\n").forEach((line, i) => {
    const m = /^\s+(?:async\s+)?((?:get|has|is|iterate)[A-Z]\w*)\s*\(\s*\w+\s*:\s*Context\b/.exec(line);
    if (m) problems.push(`${keeperFile}:${i + 1}: ${m[1]} reads, so it takes a KVReader, not a Context`);
  });
  return problems;
}

/** One rpc of a proto service: method name and the full names of its input and output types. */
export interface ServiceMethod {
  name: string;
  input: string;
  output: string;
}

/** Services by full name (`tributary.datanet.v1.Query`), parsed from .proto sources. */
export function protoServices(protoFiles: readonly string[]): Map<string, ServiceMethod[]> {
  const services = new Map<string, ServiceMethod[]>();
  for (const file of protoFiles) {
    const src = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    const pkg = /^\s*package\s+([\w.]+)\s*;/m.exec(src)?.[1];
    if (!pkg) continue;
    const qualify = (t: string) => (t.includes(".") ? t.replace(/^\./, "") : `${pkg}.${t}`);
    for (const m of src.matchAll(/\bservice\s+(\w+)\s*\{/g)) {
      const body = braceBody(src, m.index + m[0].length - 1);
      const methods = [...body.matchAll(/\brpc\s+(\w+)\s*\(\s*(?:stream\s+)?([\w.]+)\s*\)\s*returns\s*\(\s*(?:stream\s+)?([\w.]+)\s*\)/g)].map(
        (r) => ({ name: r[1]!, input: qualify(r[2]!), output: qualify(r[3]!) }),
      );
      services.set(`${pkg}.${m[1]}`, methods);
    }
  }
  return services;
}

function braceBody(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === "{") depth++;
    else if (src[i] === "}" && --depth === 0) return src.slice(open + 1, i);
  }
  throw new Error(`unbalanced braces after offset ${open}`);
}

/**
 * A cosmjs-types service client (`MsgClientImpl`, `QueryClientImpl`) as the service it calls:
 * each method's source names the service, the method and the request and response codecs.
 */
export function cosmjsService(client: { prototype: object }, codecs: Record<string, unknown>): { name: string; methods: ServiceMethod[] } {
  let name = "";
  const methods: ServiceMethod[] = [];
  const proto = client.prototype as Record<string, unknown>;
  for (const method of Object.getOwnPropertyNames(proto).filter((n) => n !== "constructor")) {
    const src = String(proto[method]);
    const call = /\.request\("([\w.]+)", "(\w+)"/.exec(src);
    const input = /exports\.(\w+)\.encode\(/.exec(src)?.[1];
    const output = /exports\.(\w+)\.decode\(/.exec(src)?.[1];
    if (!call || !input || !output) throw new Error(`cannot read the service of cosmjs-types method ${method}`);
    name = call[1]!;
    const pkg = name.slice(0, name.lastIndexOf("."));
    const typeName = (t: string) => ((codecs[t] as { typeUrl?: string } | undefined)?.typeUrl ?? `/${pkg}.${t}`).slice(1);
    methods.push({ name: call[2]!, input: typeName(input), output: typeName(output) });
  }
  return { name, methods };
}

/**
 * SDK modules whose proto package defines no Msg and no Query service, so they serve nothing and
 * their package cannot be read off their handlers: genutil (genesis transactions only).
 */
export const SERVICELESS_PACKAGES: Readonly<Record<string, string>> = { genutil: "cosmos.genutil.v1beta1" };

/** The one proto package a module's handlers belong to, or a problem. */
export function modulePackage(mod: Module): string | string[] {
  const pkgs = new Set<string>();
  const serviceless = SERVICELESS_PACKAGES[mod.name];
  if (serviceless !== undefined && !mod.msgs?.length && !mod.queries?.length) return serviceless;
  for (const h of mod.msgs ?? []) pkgs.add(h.typeUrl.slice(1, h.typeUrl.lastIndexOf(".")));
  for (const q of mod.queries ?? []) pkgs.add(q.path.split("/")[1]!.replace(/\.Query$/, ""));
  if (pkgs.size === 1) return [...pkgs][0]!;
  return [pkgs.size === 0 ? "registers no message and no query" : `handlers of several proto packages: ${[...pkgs].sort().join(", ")}`];
}

/**
 * The module as checked against each proto package it serves: itself for a one-package module;
 * for a module serving several versions of one SDK package (gov: cosmos.gov.v1 and v1beta1), one
 * view per version with that version's handlers and its `notServed` entries, which such a module
 * writes `<version>/Msg/<method>` (an unqualified entry goes to every view). Else the problem.
 */
export function packageViews(mod: Module): ({ pkg: string; view: Module } | string)[] {
  const one = modulePackage(mod);
  if (typeof one === "string") return [{ pkg: one, view: mod }];
  const pkgs = [...new Set([...(mod.msgs ?? []).map((h) => h.typeUrl.slice(1, h.typeUrl.lastIndexOf("."))), ...(mod.queries ?? []).map((q) => q.path.split("/")[1]!.replace(/\.Query$/, ""))])].sort();
  const base = (p: string) => p.slice(0, p.lastIndexOf("."));
  if (pkgs.length < 2 || pkgs.some((p) => base(p) !== base(pkgs[0]!))) return one;
  return pkgs.map((pkg) => {
    const version = pkg.slice(pkg.lastIndexOf(".") + 1);
    const notServed = Object.fromEntries(Object.entries(mod.notServed ?? {}).flatMap(([k, why]) => {
      if (k.startsWith(`${version}/`)) return [[k.slice(version.length + 1), why]];
      return /^[^/]+\/(Msg|Query)\//.test(k) ? [] : [[k, why]];
    }));
    const msgs = (mod.msgs ?? []).filter((h) => h.typeUrl.startsWith(`/${pkg}.`));
    const queries = (mod.queries ?? []).filter((q) => q.path.startsWith(`/${pkg}.Query/`));
    return { pkg, view: { ...mod, msgs, queries, notServed } };
  });
}

/**
 * Handlers against the module's `service Msg` and `service Query`: one msg handler per Msg
 * method (its input type's URL, its output as the response type), one query handler per Query
 * method, except the methods `notServed` names with a reason; nothing served that the service
 * lacks. `services` maps full service names to their methods.
 */
export function checkServices(mod: Module, pkg: string, services: ReadonlyMap<string, readonly ServiceMethod[]>): string[] {
  const problems: string[] = [];
  const notServed = new Map(Object.entries(mod.notServed ?? {}));
  for (const [key, why] of notServed) if (why.trim() === "") problems.push(`notServed ${key} gives no reason`);

  const msgService = services.get(`${pkg}.Msg`);
  const handlers = new Map((mod.msgs ?? []).map((h) => [h.typeUrl, h]));
  if (!msgService && handlers.size > 0) problems.push(`registers messages but its protos have no service ${pkg}.Msg`);
  for (const m of msgService ?? []) {
    const h = handlers.get(`/${m.input}`);
    handlers.delete(`/${m.input}`);
    if (notServed.delete(`Msg/${m.name}`)) {
      if (h) problems.push(`Msg/${m.name} is listed as not served but has a handler`);
      continue;
    }
    if (!h) problems.push(`Msg/${m.name} (${m.input}) has no handler and is not listed in notServed`);
    else if (h.responseTypeUrl !== `/${m.output}`) problems.push(`Msg/${m.name} answers ${h.responseTypeUrl}; the service says /${m.output}`);
    else if (h.module !== mod.name) problems.push(`Msg/${m.name}'s handler names module ${h.module}, not ${mod.name}`);
  }
  if (msgService) for (const url of handlers.keys()) problems.push(`msg handler ${url} is no method of service ${pkg}.Msg`);

  const queryService = services.get(`${pkg}.Query`);
  const paths = new Set((mod.queries ?? []).map((q) => q.path));
  if (!queryService && paths.size > 0) problems.push(`serves queries but its protos have no service ${pkg}.Query`);
  for (const m of queryService ?? []) {
    const path = `/${pkg}.Query/${m.name}`;
    const served = paths.delete(path);
    if (notServed.delete(`Query/${m.name}`)) {
      if (served) problems.push(`Query/${m.name} is listed as not served but is served`);
    } else if (!served) {
      problems.push(`Query/${m.name} is not served and not listed in notServed`);
    }
  }
  if (queryService) for (const path of paths) problems.push(`query ${path} is no method of service ${pkg}.Query`);
  for (const key of notServed.keys()) problems.push(`notServed ${key} names no method of ${pkg}'s services`);
  return problems;
}

/** A type URL or query service name written out in a string (`"/tributary.datanet.v1.MsgX"`, `"tributary.x.v1.Query"`); comments may name them. */
const HAND_TYPED_NAME = /["'`]\/?tributary\.[a-z0-9_.]+\.(Msg[A-Za-z0-9]*|Query)\b|["'`]\/tributary\.[a-z0-9_]+\.v[0-9]+\.["'`]/;

/**
 * A Tributary module (protobuf-es code, with runtime service descriptors) registers its handlers
 * from the generated services, `msgService(Msg, …)` (chain/msgService.ts) in module.ts and
 * `queryService(Query, …)` in queries.ts, so no type URL or service name is typed by hand: a
 * method missing or misspelled is a type error. The SDK modules (cosmjs-types, no descriptors)
 * keep the string-keyed form; `checkServices` checks both kinds against the service.
 */
export function checkRegistration(moduleDir: string, hasMsgs: boolean): string[] {
  const problems: string[] = [];
  const read = (file: string) => (existsSync(join(moduleDir, file)) ? readFileSync(join(moduleDir, file), "utf8") : "");
  if (hasMsgs && !/\bmsgService\(\s*[A-Za-z_$][\w$.]*\s*,/.test(read("module.ts"))) {
    problems.push("module.ts does not register its messages with msgService(<generated service Msg>, …)");
  }
  const queries = read("queries.ts");
  if (!/\bqueryService\(/.test(queries)) problems.push("queries.ts does not build its queries with queryService");
  else if (/\bqueryService\(\s*(["'`]|[A-Z][A-Z0-9_]*\s*,)/.test(queries)) {
    problems.push("queries.ts names its query service by a string; pass the generated service descriptor (Query)");
  }
  for (const file of tsFiles(moduleDir).filter((f) => !isTest(f))) {
    readFileSync(file, "utf8").split("\n").forEach((line, i) => {
      if (!/^\s*(\*|\/\/|\/\*)/.test(line) && HAND_TYPED_NAME.test(line)) problems.push(`${relative(moduleDir, file)}:${i + 1} types a type URL or service name by hand: ${line.trim()}`);
    });
  }
  return problems;
}

/** .proto files under `dir`, recursively. */
export function protoFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...protoFiles(path));
    else if (name.endsWith(".proto")) out.push(path);
  }
  return out;
}
