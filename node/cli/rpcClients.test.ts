/** A --node address where something other than a node's RPC answers: one line naming the address. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, it } from "vitest";
import { expectOneLineError, runInProcess } from "./cliTestHarness.ts";

let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(404).end());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("an HTTP error status at --node names the node and the status, for a query and for status", async () => {
  const named = new RegExp(`^Error: the node at ${url.replace(/\./g, "\\.")} answered HTTP 404: is it a node's RPC address\\? \\(see --node\\)$`);
  expectOneLineError(await runInProcess(["query", "bank", "balances", "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw", "--node", url, "--chain-id", "x"]), named);
  expectOneLineError(await runInProcess(["status", "--node", url]), named);
});
