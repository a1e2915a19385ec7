/**
 * Writing RPC responses on node:http: one `writeHead` with a flat header list and one
 * `end(string)`, which Node sends as a single socket write (header block + body in one string).
 */
import type { ServerResponse } from "node:http";

export const JSON_TYPE = "application/json; charset=utf-8";
export const HTML_TYPE = "text/html";
export const TEXT_TYPE = "text/plain; charset=utf-8";

/** Extra response headers as a flat [name, value, name, value, …] list (CORS, Connection). */
export type HeaderList = readonly string[];

/**
 * PERF: grows with the body's length only (one byte count, one write); no per-call closures.
 * HEAD requests get the same headers and no body (Node drops it).
 */
export function sendText(res: ServerResponse, status: number, contentType: string, body: string, extra: HeaderList | undefined): void {
  const length = String(Buffer.byteLength(body));
  const headers = extra === undefined ? ["content-type", contentType, "content-length", length] : [...extra, "content-type", contentType, "content-length", length];
  res.writeHead(status, headers);
  res.end(body);
}

export function sendJsonText(res: ServerResponse, status: number, json: string, extra: HeaderList | undefined): void {
  sendText(res, status, JSON_TYPE, json, extra);
}

/** A response with no body and no content type (CORS preflight). */
export function sendEmpty(res: ServerResponse, status: number, extra: HeaderList | undefined): void {
  res.writeHead(status, extra === undefined ? [] : [...extra]);
  res.end();
}

export const CONNECTION_CLOSE: HeaderList = ["connection", "close"];

export function withConnectionClose(extra: HeaderList | undefined): HeaderList {
  return extra === undefined ? CONNECTION_CLOSE : [...CONNECTION_CLOSE, ...extra];
}
