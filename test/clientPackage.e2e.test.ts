/**
 * @tributary/client as another project gets it: `npm pack` of client/ (its prepack builds the
 * ESM bundle and the type declarations), installed into a fresh project, type-checked there by
 * TypeScript, run under Node against a real node (a query and a signed send), and bundled for
 * a browser by esbuild.
 */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toBech32 } from "@cosmjs/encoding";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { packageFile } from "../node/packageRoot.ts";
import { type TestNode, startTestNode } from "./testNode.ts";

const CONSUMER = `
import { TributaryClient, TRIBUTARY_DENOM, makeDevWallet } from "@tributary/client";

const [rpc, mnemonic, to] = process.argv.slice(2) as [string, string, string];
const wallet = await makeDevWallet(mnemonic);
const [{ address: from }] = await wallet.getAccounts();
const client = await TributaryClient.connectWithSigner(rpc, wallet);
const before = await client.getBalance(from, TRIBUTARY_DENOM);
const sent = await client.send(from, to, "1234utrib", "auto");
const received = await client.getBalance(to, TRIBUTARY_DENOM);
console.log(JSON.stringify({ before: before.amount, code: sent.code, received: received.amount }));
client.disconnect();
`;

let project: string;
let t: TestNode;

/** Runs in the consumer project without blocking this process (the node under test runs in it). */
async function run(cmd: string, args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(cmd, args, { cwd: project, encoding: "utf8" });
    return { code: 0, stdout };
  } catch (e) {
    const failed = e as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "trib-client-consumer-"));
  execFileSync("npm", ["pack", "--silent", "--pack-destination", project], { cwd: packageFile("client"), stdio: ["ignore", "ignore", "inherit"] });
  const [tarball] = readdirSync(project).filter((f) => f.endsWith(".tgz"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const installed = await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", `./${tarball}`]);
  if (installed.code !== 0) throw new Error(`npm install of the packed client failed: ${installed.stdout}`);
  t = await startTestNode();
}, 180_000);

afterAll(async () => {
  await t?.stop();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("@tributary/client installed in another project", () => {
  it("type-checks a consumer against the shipped declarations (and refuses a wrong call)", async () => {
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true, types: [] } }));
    writeFileSync(join(project, "use.ts"), CONSUMER.replace("process.argv.slice(2)", "([] as string[])"));
    const tsc = packageFile("node_modules/typescript/bin/tsc");
    const ok = await run(process.execPath, [tsc, "-p", "."]);
    expect(ok.code, ok.stdout).toBe(0);
    writeFileSync(join(project, "use.ts"), `import { isTributaryAddress } from "@tributary/client";\nisTributaryAddress(5);\n`);
    const wrong = await run(process.execPath, [tsc, "-p", "."]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stdout).toMatch(/not assignable to parameter of type 'string'/);
  });

  it("runs under Node: signs and broadcasts a send, and reads the balances", async () => {
    const to = toBech32("trib", new Uint8Array(20).fill(42));
    writeFileSync(join(project, "use.mjs"), CONSUMER.replace(" as [string, string, string]", ""));
    const r = await run(process.execPath, ["use.mjs", t.rpcUrl, DEV_ACCOUNTS[0].mnemonic, to]);
    expect(r.code, r.stdout).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({ before: expect.stringMatching(/^[1-9]\d*$/), code: 0, received: "1234" });
  });

  it("bundles for a browser (no Node built-ins reached)", async () => {
    writeFileSync(join(project, "browser.js"), `import { TributaryClient, createTributaryRegistry } from "@tributary/client";\nconsole.log(TributaryClient, createTributaryRegistry());\n`);
    const result = await build({ absWorkingDir: project, entryPoints: ["browser.js"], bundle: true, platform: "browser", format: "esm", write: false, logLevel: "silent" });
    expect(result.errors).toEqual([]);
    // The generated protobuf-es schema of a Tributary message (its descriptor is embedded, base64).
    expect(result.outputFiles[0]!.text).toContain("MsgContributeSchema");
  });
});
