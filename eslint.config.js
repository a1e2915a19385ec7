// Lint rules. The determinism rules for consensus code (chain/, modules/, node/inference,
// node/attribution; see eslint/README.md) are the point:
// every validator must compute the same app hash, so consensus code may not read the clock,
// randomness, the environment, the filesystem or the network, nor parse floating point.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import determinism from "./eslint/determinism.js";

// Which hazards are banned, and which are not (each judged by what differs between two honest
// validators, not by what merely looks risky):
// - banned: the clock, timers, randomness (Math.random, crypto.getRandomValues/randomUUID, the
//   random functions of node:crypto however imported), the environment and the process
//   (`process` altogether), the filesystem, network and OS modules, code loading (`require`,
//   `import()`, `import.meta`, `eval`, `new Function`, node:module, node:vm), anything reached
//   through `globalThis`/`global`/`window`/`self` (the easy way around a global ban), `Intl`
//   and every locale-, ICU- or Unicode-version-dependent method (localeCompare, toLocale*,
//   normalize, toLowerCase/toUpperCase: case maps grow with each Unicode version, so two Node
//   versions can disagree on non-ASCII text; the datanet normaliser uses checked-in tables
//   instead), float formatting (toFixed/toPrecision/toExponential), GC-observable objects
//   (WeakRef, FinalizationRegistry), and every Math function except the exact integer ones:
//   sin/exp/log/pow/… are "implementation-approximated" in ECMA-262, and V8 has changed them
//   between releases (sqrt and fround are exact but float-only: integer code uses bigint roots).
//   Also Unicode-version-dependent regexes (\p{…}, /iu, /i on non-ASCII patterns), stack
//   traces (this node's paths), packages not on CONSENSUS_PACKAGES, and eslint-disable comments
//   (noInlineConfig below). Float literals are banned as DESIGN.md's "no floating point" tripwire.
// - kept: Math.abs/ceil/clz32/floor/imul/max/min/round/sign/trunc (exact on the safe integers
//   consensus code gives them), `/` and Number(x) (IEEE-754 division and string-to-number
//   conversion are correctly rounded, identical on every conforming engine; banning them would
//   flag hundreds of index computations for nothing), structuredClone (a specified, order-
//   preserving copy of plain data), WeakMap/WeakSet (not enumerable, so GC cannot be observed),
//   node:crypto's hashes (hash, createHash, createHmac: deterministic by definition) and
//   number `**` (cannot be told from bigint `**` without type information; exact on integers).
// gen/ holds offline generators, exempt from this profile; consensus code must not import them.
const GEN_IMPORT_BAN = { group: ["**/gen/**", "!**/proto/gen/**"], message: "gen/ holds offline generators, exempt from the determinism lint: consensus code never imports them." };
// Test and bench helpers (seeded PRNGs, fixtures, harnesses) live in test/support and bench/lib, outside
// the profile; consensus code never imports them.
const TEST_IMPORT_BAN = { group: ["**/test/**", "**/bench/**"], message: "test/ and bench/ hold test helpers, outside the determinism lint: consensus code never imports them." };
// Packages consensus code may import, each checked to be deterministic for the use made of it
// (hashes and curves, protobuf codecs, the LevelDB store, the onnxruntime runner whose graphs
// the validator restricts, pino for logs). Node built-ins are judged by the path bans below.
// @bufbuild/protobuf: the protobuf-es runtime (proto/codec.ts); a pure encoder/decoder, no clock or randomness.
const CONSENSUS_PACKAGES = ["@noble/hashes/", "@noble/curves/", "@cosmjs/", "cosmjs-types/", "classic-level$", "onnxruntime-node$", "pino$", "@bufbuild/protobuf$"];
const PACKAGE_ALLOWLIST = {
  regex: `^(?!\\.|node:|${CONSENSUS_PACKAGES.map((p) => p.replaceAll(".", "\\.")).join("|")})`,
  message: "consensus code imports only the packages in CONSENSUS_PACKAGES (eslint.config.js); add one there once it is checked to be deterministic.",
};
const CLOCK = "Consensus code must take time from the block header.";
const RANDOM = "Randomness must come from block data.";
const LOCALE = "the result depends on the locale or the ICU/Unicode version of the node; use an ASCII or table-driven helper.";
const UNICODE_REGEX = "the match depends on the node's Unicode version; use the datanet text tables or ASCII classes.";
const consensusBans = {
  "no-restricted-globals": [
    "error",
    { name: "Date", message: CLOCK },
    { name: "performance", message: "Consensus code must not read the clock." },
    { name: "setTimeout", message: "Consensus code must not depend on timers." },
    { name: "setInterval", message: "Consensus code must not depend on timers." },
    { name: "setImmediate", message: "Consensus code must not depend on timers." },
    { name: "parseFloat", message: "No floating point in consensus code: use bigint fixed-point." },
    { name: "fetch", message: "Consensus code must not touch the network." },
    { name: "WebSocket", message: "Consensus code must not touch the network." },
    { name: "XMLHttpRequest", message: "Consensus code must not touch the network." },
    { name: "crypto", message: `${RANDOM} (Web Crypto is randomness and async keys; hashes come from @noble/hashes or node:crypto's createHash.)` },
    { name: "Intl", message: "Intl output depends on the node's ICU data and locale." },
    { name: "Temporal", message: CLOCK },
    { name: "navigator", message: "navigator describes this machine (language, hardware)." },
    { name: "WeakRef", message: "WeakRef observes garbage collection, which differs between nodes." },
    { name: "FinalizationRegistry", message: "FinalizationRegistry observes garbage collection, which differs between nodes." },
    { name: "process", message: "Consensus code must not read the process (environment, argv, clock, platform)." },
    { name: "require", message: "Consensus code must not load code at run time." },
    { name: "module", message: "Consensus code must not load code at run time." },
    { name: "__dirname", message: "Consensus code must not depend on where it is installed." },
    { name: "__filename", message: "Consensus code must not depend on where it is installed." },
    { name: "eval", message: "Consensus code must not evaluate strings." },
    { name: "Function", message: "Consensus code must not evaluate strings (new Function)." },
    ...["globalThis", "global", "window", "self"].map((name) => ({ name, message: "Reaching globals through the global object bypasses the determinism bans." })),
  ],
  "no-restricted-properties": [
    "error",
    { object: "crypto", property: "getRandomValues", message: RANDOM },
  ],
  "no-restricted-syntax": [
    "error",
    { selector: "ImportExpression", message: "Consensus code must not load code at run time (dynamic import)." },
    { selector: "MetaProperty[meta.name='import']", message: "import.meta is where this node installed the code: it differs between nodes." },
    { selector: "TSImportEqualsDeclaration[moduleReference.type='TSExternalModuleReference']", message: "Consensus code must not load code with require." },
    // Unicode property classes and Unicode case folding follow the engine's Unicode version;
    // /i on an ASCII-only pattern without u/v is version-independent (ECMA-262 Canonicalize
    // never maps a non-ASCII character to ASCII there), so it stays allowed.
    { selector: "Literal[regex.pattern=/\\\\[pP]\\{/]", message: `\\p{…} classes: ${UNICODE_REGEX}` },
    { selector: "Literal[regex.flags=/i/][regex.flags=/[uv]/]", message: `/iu and /iv case folding: ${UNICODE_REGEX}` },
    { selector: "Literal[regex.flags=/i/][regex.pattern=/[^\\x00-\\x7f]/]", message: `/i on a non-ASCII pattern: ${UNICODE_REGEX}` },
  ],
  "no-restricted-imports": [
    "error",
    {
      paths: ["fs", "fs/promises", "net", "http", "https", "http2", "dgram", "dns", "dns/promises", "tls", "child_process", "cluster",
        "perf_hooks", "timers", "timers/promises", "os", "worker_threads", "process", "module", "vm", "v8", "inspector", "async_hooks", "readline", "repl"]
        .flatMap((name) => [name, `node:${name}`])
        .map((name) => ({ name, message: "Consensus code must not touch the filesystem, network, clock, OS or code loading." })),
      patterns: [
        { group: ["**/node/**", "**/genesis/**", "**/client/**"], message: "Imports point down: chain/ and modules/ never import node/, genesis/ or client/." },
        GEN_IMPORT_BAN,
        TEST_IMPORT_BAN,
        PACKAGE_ALLOWLIST,
      ],
    },
  ],
  "determinism/guarded-globals": [
    "error",
    { name: "Math", allow: ["abs", "ceil", "clz32", "floor", "imul", "max", "min", "round", "sign", "trunc"], message: "only the exact integer Math functions are allowed: the others (sin, exp, log, pow, sqrt, random, …) are approximations or randomness that can differ between nodes." },
    { name: "Number", deny: ["parseFloat"], message: "No floating point in consensus code: use bigint fixed-point." },
  ],
  "determinism/banned-property-names": [
    "error",
    { names: ["localeCompare", "toLocaleString", "toLocaleDateString", "toLocaleTimeString", "toLocaleLowerCase", "toLocaleUpperCase", "normalize", "toLowerCase", "toUpperCase"], message: LOCALE },
    { names: ["toFixed", "toPrecision", "toExponential"], message: "float formatting: no floating point in consensus code (format bigint fixed-point instead)." },
    { names: ["stack", "captureStackTrace", "prepareStackTrace"], message: "stack traces hold this node's file paths and engine frames." },
  ],
  "determinism/module-allow-list": [
    "error",
    { modules: ["crypto", "node:crypto"], allow: ["hash", "createHash", "createHmac", "getHashes", "timingSafeEqual"], message: `only node:crypto's hashes are allowed in consensus code. ${RANDOM}` },
  ],
  "determinism/no-float-literal": "error",
};

// Consensus code: chain/ and modules/, and the parts of node/ whose results reach state (the
// onnxruntime runner's logits, the attribution index builds whose hashes are committed).
// Generators under gen/ run offline on a developer's machine (they read ICU and write files);
// their output is checked in and pinned by golden tests, so they are exempt.
const CONSENSUS_FILES = ["chain/**/*.ts", "modules/**/*.ts", "node/inference/**/*.ts", "node/attribution/**/*.ts"];
const NOT_CONSENSUS = ["**/*.test.ts", "**/gen/**"];

// node/attribution's plumbing: the worker thread and the segment files (a cache the provider
// uses only after the assembled index hashes to the chain's commitment) and the build timer
// (metrics). They may use worker_threads, fs, import.meta (to find the worker script) and the
// clock; every other ban still holds. The deterministic build itself is modules/ code.
const NODE_IO_FILES = ["node/attribution/worker.ts", "node/attribution/buildWorkerMain.ts", "node/attribution/segmentFiles.ts"];
const NODE_IO_MODULES = ["fs", "node:fs", "worker_threads", "node:worker_threads"];
// chain/crypto/secp256k1.ts loads libsecp256k1's binding through createRequire(import.meta.url);
// it falls back to @noble/curves, and both give the same answer on every input (tested), so
// which one loads never reaches state.
const NATIVE_LOADER_FILES = ["chain/crypto/secp256k1.ts"];
// node/inference and node/attribution import chain/, modules/ and their own folder; the rest of
// node/ is not under this profile, so a helper there could bring the clock back in.
const NODE_CONSENSUS_PATTERNS = [
  GEN_IMPORT_BAN,
  TEST_IMPORT_BAN,
  PACKAGE_ALLOWLIST,
  { group: ["**/node/**", "**/genesis/**", "**/client/**"], message: "consensus code in node/ imports chain/, modules/ and its own folder only." },
  { regex: "^\\.\\./(?!\\.\\./)", message: "consensus code in node/ imports chain/, modules/ and its own folder only (the rest of node/ is not linted for determinism)." },
];
const except = (rule, keep) => ["error", ...consensusBans[rule].slice(1).filter(keep)];
const pathsExcept = (names) => consensusBans["no-restricted-imports"][1].paths.filter((p) => !names.includes(p.name));
const withoutImportMeta = except("no-restricted-syntax", (r) => !r.selector.startsWith("MetaProperty"));
const CHAIN_PATTERNS = [{ group: ["**/modules/**", "**/node/**", "**/genesis/**", "**/client/**"], message: "chain/ knows no module and no node code." }, GEN_IMPORT_BAN, TEST_IMPORT_BAN, PACKAGE_ALLOWLIST];

export default tseslint.config(
  { ignores: ["test/lint/*.fixture.ts", "node_modules/**", "proto/gen/**", ".tributary-dev/**", ".bin/**", "bin/**", "dist/**", "client/dist/**", "dashboard/dist/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-constant-condition": ["error", { checkLoops: false }],
    },
  },
  // Plain-JS build and worker scripts run on Node.
  { files: ["**/*.mjs"], languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" } } },
  {
    files: CONSENSUS_FILES,
    ignores: NOT_CONSENSUS,
    plugins: { determinism },
    // No eslint-disable comments in consensus code: a ban switched off inline is a ban anyone
    // can bypass. Exemptions are per file, below, where each says why.
    linterOptions: { noInlineConfig: true },
    rules: consensusBans,
  },
  {
    // node/ code imports node/ code; the path bans stay.
    files: ["node/inference/**/*.ts", "node/attribution/**/*.ts"],
    ignores: NOT_CONSENSUS,
    rules: { "no-restricted-imports": ["error", { paths: consensusBans["no-restricted-imports"][1].paths, patterns: NODE_CONSENSUS_PATTERNS }] },
  },
  {
    files: NODE_IO_FILES,
    rules: {
      "no-restricted-imports": ["error", { paths: pathsExcept(NODE_IO_MODULES), patterns: NODE_CONSENSUS_PATTERNS }],
      "no-restricted-globals": except("no-restricted-globals", (g) => g.name !== "performance"),
      "no-restricted-syntax": withoutImportMeta,
    },
  },
  {
    files: ["chain/**/*.ts"],
    ignores: NOT_CONSENSUS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: consensusBans["no-restricted-imports"][1].paths,
          patterns: CHAIN_PATTERNS,
        },
      ],
    },
  },
  {
    files: NATIVE_LOADER_FILES,
    rules: {
      "no-restricted-imports": ["error", { paths: pathsExcept(["module", "node:module"]), patterns: CHAIN_PATTERNS }],
      "no-restricted-syntax": withoutImportMeta,
    },
  },
  {
    files: ["client/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/chain/**", "**/modules/**", "**/node/**", "**/genesis/**"], message: "client/ imports proto/ only, so it runs in a browser." }] },
      ],
    },
  },
);
