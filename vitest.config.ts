import { defineConfig } from "vitest/config";

// CI sets VITEST_JSON_REPORT so .ci/run can print a plain "N passed, N failed" line.
const jsonReport = process.env.VITEST_JSON_REPORT;

/**
 * Tests that run networks of OS processes (CometBFT nodes and apps) go last and one file at a
 * time: on a 2-core machine they time out when they share it with the parallel unit tests.
 */
const PROCESS_NETWORKS = ["test/cometbft/**/*.test.ts", "test/chaos/network*.test.ts"];

export default defineConfig({
  test: {
    exclude: ["node_modules/**", ".tributary-dev/**"],
    globalSetup: ["test/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
    projects: [
      { extends: true, test: { name: "unit", include: ["**/*.test.ts"], exclude: ["node_modules/**", ".tributary-dev/**", "**/dist/**", ...PROCESS_NETWORKS], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "networks", include: PROCESS_NETWORKS, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
