// Lint rules. The determinism rules for consensus code (chain/, modules/) are the point:
// every validator must compute the same app hash, so consensus code may not read the clock,
// randomness, the environment, the filesystem or the network, nor parse floating point.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const consensusBans = {
  "no-restricted-globals": [
    "error",
    { name: "Date", message: "Consensus code must take time from the block header." },
    { name: "performance", message: "Consensus code must not read the clock." },
    { name: "setTimeout", message: "Consensus code must not depend on timers." },
    { name: "setInterval", message: "Consensus code must not depend on timers." },
    { name: "setImmediate", message: "Consensus code must not depend on timers." },
    { name: "parseFloat", message: "No floating point in consensus code: use bigint fixed-point." },
    { name: "fetch", message: "Consensus code must not touch the network." },
  ],
  "no-restricted-properties": [
    "error",
    { object: "Math", property: "random", message: "Randomness must come from block data." },
    { object: "process", property: "env", message: "Consensus code must not read the environment." },
    { object: "process", property: "hrtime", message: "Consensus code must not read the clock." },
    { object: "Number", property: "parseFloat", message: "No floating point in consensus code." },
    { object: "crypto", property: "getRandomValues", message: "Randomness must come from block data." },
  ],
  "no-restricted-imports": [
    "error",
    {
      paths: ["fs", "node:fs", "fs/promises", "node:fs/promises", "net", "node:net", "http", "node:http",
        "https", "node:https", "dgram", "node:dgram", "child_process", "node:child_process",
        "perf_hooks", "node:perf_hooks", "timers", "node:timers", "os", "node:os", "worker_threads", "node:worker_threads"]
        .map((name) => ({ name, message: "Consensus code must not touch the filesystem, network, clock or OS." })),
      patterns: [
        { group: ["**/node/**", "**/genesis/**", "**/client/**"], message: "Imports point down: chain/ and modules/ never import node/, genesis/ or client/." },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/**", "proto/gen/**", ".tributary-dev/**", ".bin/**", "bin/**", "dist/**", "client/dist/**", "dashboard/dist/**"] },
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
    files: ["chain/**/*.ts", "modules/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: consensusBans,
  },
  {
    files: ["chain/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: consensusBans["no-restricted-imports"][1].paths,
          patterns: [{ group: ["**/modules/**", "**/node/**", "**/genesis/**", "**/client/**"], message: "chain/ knows no module and no node code." }],
        },
      ],
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
