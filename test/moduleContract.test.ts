/**
 * The module contract (modules/README.md), checked on every folder of modules/: the same files
 * by the same names, message files in msgs.ts or msgs/, another module reached only through the
 * importer's expected.ts, no Context made up by a cast, keeper reads (get*, has*, is*, iterate*)
 * that take a KVReader, and handlers that match the module's
 * proto `service Msg` and `service Query` one for one. The second half proves each check fails
 * on a module that breaks it.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Module, MsgHandler } from "../chain/module.ts";
import { createModules } from "../modules/index.ts";
import {
  type ServiceMethod, checkFiles, checkImports, checkRegistration, checkServices, cosmjsService, findContextFakes, findContextReads, modulePackage, packageViews, protoFiles, protoServices, tsFiles,
} from "./moduleContract.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const modulesRoot = join(repo, "modules");
const folders = readdirSync(modulesRoot).filter((d) => statSync(join(modulesRoot, d)).isDirectory()).sort();
const { modules } = createModules();

/** Tributary's services from its .proto sources; the SDK's from the cosmjs-types the modules decode with. */
async function servicesOf(pkg: string): Promise<Map<string, ServiceMethod[]>> {
  if (!pkg.startsWith("cosmos.")) return protoServices(protoFiles(join(repo, "proto", "tributary")));
  const out = new Map<string, ServiceMethod[]>();
  for (const [file, client] of [["tx", "MsgClientImpl"], ["query", "QueryClientImpl"]] as const) {
    // A package without services (genutil) has no tx/query file: it then has no service of that kind.
    const codecs = (await import(`cosmjs-types/${pkg.replaceAll(".", "/")}/${file}`).catch(() => ({}))) as Record<string, unknown>;
    const impl = codecs[client] as { prototype: object } | undefined;
    if (!impl) continue;
    const { name, methods } = cosmjsService(impl, codecs);
    out.set(name, methods);
  }
  return out;
}

describe("every module keeps the contract", () => {
  it("modules/ holds exactly the modules the app wires, each in the folder of its name", () => {
    expect(modules.map((m) => m.name).sort()).toEqual(folders);
  });

  for (const mod of modules) {
    describe(mod.name, () => {
      it("has the required files and one message-file naming", () => {
        expect(checkFiles(join(modulesRoot, mod.name), (mod.msgs ?? []).length > 0)).toEqual([]);
      });

      it("reaches other modules only through its own expected.ts", () => {
        expect(checkImports(modulesRoot, mod.name)).toEqual([]);
      });

      it("its keeper's reads (get*, has*, is*, iterate*) take a KVReader, not a Context", () => {
        expect(findContextReads(join(modulesRoot, mod.name, "keeper.ts"))).toEqual([]);
      });

      it("serves its proto services' methods, one handler each, and nothing else", async () => {
        const views = packageViews(mod);
        expect(views.filter((v) => typeof v === "string")).toEqual([]);
        for (const v of views) if (typeof v !== "string") expect(checkServices(v.view, v.pkg, await servicesOf(v.pkg))).toEqual([]);
      });

      // The SDK modules' cosmjs-types carry no runtime descriptors: they keep string-keyed handlers.
      if (!packageViews(mod).every((v) => typeof v !== "string" && v.pkg.startsWith("cosmos."))) {
        it("registers its handlers from the generated service descriptors, no type URL typed by hand", () => {
          expect(checkRegistration(join(modulesRoot, mod.name), (mod.msgs ?? []).length > 0)).toEqual([]);
        });
      }
    });
  }

  it("no consensus or node code makes a Context up from a store by a cast", () => {
    const files = ["modules", "chain", "node"].flatMap((d) => tsFiles(join(repo, d)));
    expect(findContextFakes(files)).toEqual([]);
  });
});

describe("the checks fail on a module that breaks the contract", () => {
  const root = mkdtempSync(join(tmpdir(), "module-contract-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const modDir = join(root, "modules");
  const write = (path: string, text: string) => {
    mkdirSync(join(modDir, path, ".."), { recursive: true });
    writeFileSync(join(modDir, path), text);
  };
  write("bar/types.ts", "export interface Bar { id: bigint }\n");
  write("bar/keeper.ts", "export class BarKeeper {}\n");
  write("foo/keeper.ts", 'import { BarKeeper } from "../bar/keeper.ts";\nexport const k = new BarKeeper();\n');
  write("foo/expected.ts", 'import type { Bar } from "../bar/types.ts";\nimport { BarKeeper } from "../bar/keeper.ts";\nexport type { Bar };\nexport { BarKeeper };\n');
  write("foo/types.ts", 'import type { Bar } from "../bar/types.ts";\nexport type Foo = Bar;\n');
  write("foo/msgCreate.ts", 'const ctx = { kv } as Context;\nconst late = await import("../bar/keeper.ts");\n');
  write("foo/wiring.ts", 'import { createModules } from "../index.ts";\nimport { x } from "../../node/x.ts";\n');
  write("foo/foo.test.ts", 'import { BarKeeper } from "../bar/keeper.ts";\nconst ctx = {} as Context;\n');
  write("baz/msgs/msgSend.ts", "export {};\n");
  write("baz/keeper.ts", [
    "export class BazKeeper {", "  getThing(ctx: Context, id: bigint): Thing | undefined {", "  async hasThing(c: Context): Promise<boolean> {",
    "  isOpen(ctx : Context) {", "  iterateThings(ctx: Context) {", "  getOk(kv: KVReader, id: bigint) {", "  setThing(ctx: Context, t: Thing): void {",
    "  getterFor(ctx: Context) {", "}",
  ].join("\n"));
  write("baz/msgs.ts", "export {};\n");

  it("names missing files and message files outside msgs.ts or msgs/", () => {
    const problems = checkFiles(join(modDir, "foo"), true);
    expect(problems).toEqual(expect.arrayContaining([
      "missing queries.ts", "missing README.md", "registers messages but has neither msgs.ts nor msgs/",
      "message file msgCreate.ts: handlers live in msgs.ts or msgs/<topic>.ts",
    ]));
    expect(problems.some((p) => p.includes("types.ts") || p.includes("keeper.ts"))).toBe(false);
    expect(checkFiles(join(modDir, "baz"), true)).toEqual(expect.arrayContaining([
      "both msgs.ts and msgs/: keep one", "msgs/msgSend.ts: name files in msgs/ by topic, without the msg prefix",
    ]));
  });

  it("allows only type imports of another module's types.ts, and only in expected.ts", () => {
    const problems = checkImports(modDir, "foo");
    const flagged = (file: string, spec: string) => problems.some((p) => p.startsWith(`modules/${file} imports ${spec}`));
    expect(flagged("foo/keeper.ts", "../bar/keeper.ts")).toBe(true);
    expect(flagged("foo/expected.ts", "../bar/keeper.ts")).toBe(true);
    expect(flagged("foo/types.ts", "../bar/types.ts")).toBe(true);
    expect(flagged("foo/msgCreate.ts", "../bar/keeper.ts")).toBe(true);
    expect(flagged("foo/wiring.ts", "../index.ts")).toBe(true);
    expect(flagged("foo/wiring.ts", "../../node/x.ts")).toBe(true);
    expect(flagged("foo/expected.ts", "../bar/types.ts")).toBe(false);
    expect(problems.some((p) => p.includes("foo.test.ts"))).toBe(false);
    expect(problems).toHaveLength(6);
  });

  it("finds a Context made up by a cast outside tests", () => {
    const problems = findContextFakes(tsFiles(join(modDir, "foo")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("msgCreate.ts:1");
  });

  it("names keeper reads that take a Context, and only those", () => {
    const problems = findContextReads(join(modDir, "baz", "keeper.ts"));
    expect(problems.map((p) => p.slice(p.indexOf("keeper.ts:")))).toEqual([
      "keeper.ts:2: getThing reads, so it takes a KVReader, not a Context",
      "keeper.ts:3: hasThing reads, so it takes a KVReader, not a Context",
      "keeper.ts:4: isOpen reads, so it takes a KVReader, not a Context",
      "keeper.ts:5: iterateThings reads, so it takes a KVReader, not a Context",
    ]);
  });

  it("names unserved, invented, mistyped and unexplained methods", () => {
    const handler = (typeUrl: string, responseTypeUrl: string): MsgHandler => ({
      typeUrl, responseTypeUrl, module: "foo", decode: () => ({}), validateBasic: () => {}, signers: () => [], handle: () => new Uint8Array(),
    });
    const services = new Map<string, ServiceMethod[]>([
      ["t.foo.v1.Msg", [
        { name: "Create", input: "t.foo.v1.MsgCreate", output: "t.foo.v1.MsgCreateResponse" },
        { name: "Delete", input: "t.foo.v1.MsgDelete", output: "t.foo.v1.MsgDeleteResponse" },
        { name: "Rename", input: "t.foo.v1.MsgRename", output: "t.foo.v1.MsgRenameResponse" },
        { name: "Burn", input: "t.foo.v1.MsgBurn", output: "t.foo.v1.MsgBurnResponse" },
      ]],
      ["t.foo.v1.Query", [{ name: "Foo", input: "t.foo.v1.QueryFooRequest", output: "t.foo.v1.QueryFooResponse" }, { name: "Foos", input: "a", output: "b" }]],
    ]);
    const mod: Module = {
      name: "foo",
      msgs: [handler("/t.foo.v1.MsgCreate", "/t.foo.v1.MsgCreateResponse"), handler("/t.foo.v1.MsgRename", "/t.foo.v1.Wrong"), handler("/t.foo.v1.MsgExtra", "/x"), handler("/t.foo.v1.MsgBurn", "/t.foo.v1.MsgBurnResponse")],
      queries: [{ path: "/t.foo.v1.Query/Foo", handle: () => new Uint8Array() }, { path: "/t.foo.v1.Query/Bar", handle: () => new Uint8Array() }],
      notServed: { "Msg/Burn": "needs governance", "Query/Nothing": "reason", "Query/Foos": " " },
    };
    expect(modulePackage(mod)).toBe("t.foo.v1");
    expect(checkServices(mod, "t.foo.v1", services).sort()).toEqual([
      "Msg/Burn is listed as not served but has a handler",
      "Msg/Delete (t.foo.v1.MsgDelete) has no handler and is not listed in notServed",
      "Msg/Rename answers /t.foo.v1.Wrong; the service says /t.foo.v1.MsgRenameResponse",
      "msg handler /t.foo.v1.MsgExtra is no method of service t.foo.v1.Msg",
      "notServed Query/Foos gives no reason",
      "notServed Query/Nothing names no method of t.foo.v1's services",
      "query /t.foo.v1.Query/Bar is no method of service t.foo.v1.Query",
    ]);
    expect(checkServices({ ...mod, notServed: {} }, "t.foo.v1", new Map())).toEqual([
      "registers messages but its protos have no service t.foo.v1.Msg", "serves queries but its protos have no service t.foo.v1.Query",
    ]);
    expect(modulePackage({ name: "mixed", queries: [{ path: "/a.v1.Query/X", handle: () => new Uint8Array() }], msgs: [handler("/b.v1.MsgY", "/b.v1.MsgYResponse")] }))
      .toEqual(["handlers of several proto packages: a.v1, b.v1"]);
  });

  it("names handlers registered by hand instead of from the generated services", () => {
    write("hand/module.ts", 'export const m = { msgs: [createHandler(keeper)] };\n');
    write("hand/queries.ts", 'const SERVICE = "t.hand.v1.Query";\nexport const q = queryService(SERVICE, {});\n');
    write("hand/msgs.ts", '// "/tributary.hand.v1.MsgCreate" in a comment is fine\nexport const h = { typeUrl: "/tributary.hand.v1.MsgCreate" };\nconst P = "/tributary.hand.v1.";\n');
    write("hand/hand.test.ts", 'const url = "/tributary.hand.v1.MsgCreate";\n');
    expect(checkRegistration(join(modDir, "hand"), true)).toEqual([
      "module.ts does not register its messages with msgService(<generated service Msg>, …)",
      "queries.ts names its query service by a string; pass the generated service descriptor (Query)",
      'msgs.ts:2 types a type URL or service name by hand: export const h = { typeUrl: "/tributary.hand.v1.MsgCreate" };',
      'msgs.ts:3 types a type URL or service name by hand: const P = "/tributary.hand.v1.";',
    ]);
    write("good/module.ts", "export const m = { msgs: msgService(Msg, \"good\", { create: createHandler(keeper) }) };\n");
    write("good/queries.ts", "export const q = queryService(pb.Query, { params: (ctx) => new Uint8Array() });\n");
    expect(checkRegistration(join(modDir, "good"), true)).toEqual([]);
    expect(checkRegistration(join(modDir, "bar"), false)).toEqual(["queries.ts does not build its queries with queryService"]);
  });

  it("reads a service from proto source, comments and options included", () => {
    write("svc.proto", [
      "syntax = \"proto3\";", "package t.foo.v1;", "// service Fake { rpc No(A) returns (B); }",
      "service Query {", "  /* rpc Hidden(A) returns (B); */", "  rpc Foo(QueryFooRequest) returns (QueryFooResponse) {", "    option (google.api.http).get = \"/foo/{id}\";", "  }",
      "  rpc Bar(.other.v1.Req) returns (stream other.v1.Res);", "}",
    ].join("\n"));
    expect(protoServices([join(modDir, "svc.proto")])).toEqual(new Map([["t.foo.v1.Query", [
      { name: "Foo", input: "t.foo.v1.QueryFooRequest", output: "t.foo.v1.QueryFooResponse" },
      { name: "Bar", input: "other.v1.Req", output: "other.v1.Res" },
    ]]]));
  });
});
