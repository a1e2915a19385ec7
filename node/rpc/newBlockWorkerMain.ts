/**
 * Worker thread body: renders NewBlock payloads (newBlockJson.ts) and answers each request with
 * its UTF-8 bytes, transferred (not copied) back to the main thread.
 */
import { parentPort } from "node:worker_threads";
import { newBlockDataJson, type NewBlockJsonRequest } from "./newBlockJson.ts";

const port = parentPort;
if (!port) throw new Error("newBlockWorkerMain.ts runs as a worker thread only");

port.on("message", ({ id, req }: { id: number; req: NewBlockJsonRequest }) => {
  try {
    const json = newBlockDataJson(req);
    port.postMessage({ id, json }, [json.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
