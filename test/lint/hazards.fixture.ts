// @ts-nocheck -- hazards on purpose (window, self, import = require …): not typechecked, not linted
// by `make lint`; test/lint.test.ts lints it as if it were consensus code. Every line marked
// "hazard" must be reported by the consensus profile, every other line must not.
import { randomBytes } from "node:crypto"; // hazard
import { randomInt as pick } from "crypto"; // hazard
import { randomUUID } from "node:crypto"; // hazard
import { webcrypto } from "node:crypto"; // hazard
import { generateKeyPairSync } from "node:crypto"; // hazard
export { randomFillSync } from "node:crypto"; // hazard
export * from "node:crypto"; // hazard
import nodeCrypto from "node:crypto";
import * as nsCrypto from "node:crypto";
import { createHash, hash } from "node:crypto";
import { readFileSync } from "node:fs"; // hazard
import { writeFile } from "fs/promises"; // hazard
import os from "os"; // hazard
import { createRequire } from "node:module"; // hazard
import vm from "node:vm"; // hazard
import { env } from "node:process"; // hazard
import { setTimeout as sleep } from "node:timers/promises"; // hazard
import { Worker } from "node:worker_threads"; // hazard
import { performance as perf } from "node:perf_hooks"; // hazard
import type { Thing } from "../../node/config.ts"; // hazard
import fsRequired = require("fs"); // hazard
import { v4 } from "uuid"; // hazard
import dayjs from "dayjs"; // hazard

const key = "random";

export const hazards = [
  nodeCrypto.randomBytes(8), // hazard
  nsCrypto.randomInt(10), // hazard
  nsCrypto["randomUUID"](), // hazard
  [nodeCrypto], // hazard
  crypto.randomUUID(), // hazard
  crypto.getRandomValues(new Uint8Array(4)), // hazard
  globalThis.crypto.randomUUID(), // hazard
  Math.random(), // hazard
  Math.random.call(null), // hazard
  Reflect.get(Math, "random")(), // hazard
  Math["random"](), // hazard
  Math[`random`](), // hazard
  Math[key](), // hazard
  globalThis.Math.random(), // hazard
  globalThis["Math"].random(), // hazard
  window.Math.random(), // hazard
  self.Date.now(), // hazard
  global.Date.now(), // hazard
  globalThis.Date.now(), // hazard
  Date.now(), // hazard
  new Date(), // hazard
  Date, // hazard
  performance.now(), // hazard
  process.hrtime.bigint(), // hazard
  process.env.HOME, // hazard
  globalThis.process.env.HOME, // hazard
  process.argv, // hazard
  process.platform, // hazard
  process.memoryUsage(), // hazard
  Math.sin(1), // hazard
  Math.cos(1), // hazard
  Math.tan(1), // hazard
  Math.atan2(1, 2), // hazard
  Math.exp(1), // hazard
  Math.expm1(1), // hazard
  Math.log(2), // hazard
  Math.log2(8), // hazard
  Math.log10(100), // hazard
  Math.log1p(1), // hazard
  Math.pow(2, 3), // hazard
  Math.sqrt(2), // hazard
  Math.cbrt(8), // hazard
  Math.hypot(3, 4), // hazard
  Math.sinh(1), // hazard
  Math.PI, // hazard
  (1234).toFixed(2), // hazard
  (1234).toPrecision(2), // hazard
  (1234).toExponential(2), // hazard
  new Intl.NumberFormat("en").format(1), // hazard
  Intl.Collator, // hazard
  Temporal.Now.instant(), // hazard
  navigator.language, // hazard
  "a".localeCompare("b"), // hazard
  (1234).toLocaleString(), // hazard
  "Ǆ".toLocaleUpperCase("tr"), // hazard
  "é".normalize("NFC"), // hazard
  "x"["normalize"](), // hazard
  "İ".toLowerCase(), // hazard
  "ß".toUpperCase(), // hazard
  /\p{L}+/u.test("a"), // hazard
  /[a-z]/iu.test("K"), // hazard
  /straße/i.test("STRASSE"), // hazard
  new Error("x").stack, // hazard
  Error.captureStackTrace({}), // hazard
  new WeakRef({}), // hazard
  new FinalizationRegistry(() => undefined), // hazard
  require("fs"), // hazard
  import("./other.ts"), // hazard
  import.meta.url, // hazard
  eval("1"), // hazard
  new Function("return 1"), // hazard
  Function("return 1"), // hazard
  setTimeout(() => undefined, 1), // hazard
  setInterval(() => undefined, 1), // hazard
  setImmediate(() => undefined), // hazard
  parseFloat("1"), // hazard
  Number.parseFloat("1"), // hazard
  Number["parseFloat"]("1"), // hazard
  fetch("http://127.0.0.1/"), // hazard
  new WebSocket("ws://127.0.0.1/"), // hazard
  __dirname, // hazard
  3 * 0.5, // hazard
  1e-3, // hazard
  randomBytes, pick, randomUUID, webcrypto, generateKeyPairSync, createHash, hash,
  readFileSync, writeFile, os, createRequire, vm, env, sleep, Worker, perf, fsRequired, v4, dayjs,
];

const { random } = Math; // hazard
const { sin: sine, floor } = Math; // hazard
const { ["exp"]: ex } = Math; // hazard
const M = Math; // hazard
const { parseFloat: pf } = Number; // hazard
const { normalize, localeCompare } = String.prototype; // hazard
const { randomBytes: rb } = nsCrypto; // hazard
export type T = Thing;
export { random, sine, floor, ex, M, pf, normalize, localeCompare, rb };
