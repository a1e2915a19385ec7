/**
 * The node's HTTP content listener (config `storage.address`, flag `--storage.address`): record
 * bodies of accepted contributions, straight from the node's content store, for readers (the
 * model factory, other nodes, browsers) and for the storage-node role, whose registered endpoint
 * is this server's public URL.
 *
 *   GET /content/<datanet>/<contribution>
 *     200  the stored body (the bytes whose SHA-256 is the chain's content hash), with
 *          X-Tributary-Content-Hash   hex SHA-256 of the body (= Contribution.content_hash)
 *          X-Tributary-Content-Root   hex chunked Merkle root (chain/contentRoot.ts)
 *          X-Tributary-Root-On-Chain  true: the chain recorded that root; false: a contribution
 *                                     from before the rule, root computed from the checked body
 *          X-Tributary-Chunk-Count    chunks of 1024 bytes (X-Tributary-Chunk-Size)
 *   GET /content/<datanet>/<contribution>/chunks/<i>
 *     200  JSON { datanet_id, contribution_id, index, count, content_hash, content_root,
 *          root_on_chain, chunk (base64), path (hex sibling hashes, leaf level first) }
 *   400  JSON { error } for an id or index that is not a decimal integer in range
 *   404  JSON { error } for a contribution that does not exist, is in another datanet, is not
 *        ACCEPTED, or whose body this node does not hold; for a chunk index past the end
 *   500  JSON { error } when the stored body does not hash to the chain's content hash
 *
 * Everything served is public chain data, so any origin may read it (CORS *). The body is
 * checked against the chain's hash before it is sent: a damaged store never serves bad bytes.
 */
import Fastify, { type FastifyReply } from "fastify";
import { bytesToHex } from "@noble/hashes/utils.js";
import { sha256 } from "@noble/hashes/sha2.js";
import type { Logger } from "pino";
import { CHUNK_SIZE, chunkCount, chunkProof } from "../../chain/contentRoot.ts";
import type { ContentStore } from "../content/store.ts";
import { type ContributionLookup, type ContributionView, rootFor } from "./contributions.ts";

export const HEADER = {
  contentHash: "x-tributary-content-hash",
  contentRoot: "x-tributary-content-root",
  rootOnChain: "x-tributary-root-on-chain",
  chunkCount: "x-tributary-chunk-count",
  chunkSize: "x-tributary-chunk-size",
} as const;

const MAX_U64 = (1n << 64n) - 1n;

export interface ContentServerOptions {
  /** "tcp://host:port" (port 0 picks a free one). */
  address: string;
  store: ContentStore;
  lookup: ContributionLookup;
  logger: Logger;
}

export interface ContentServer {
  /** "http://host:port", the base URL a reader (or a node's registered endpoint) uses. */
  url: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseStorageAddress(address: string): { host: string; port: number } {
  const m = /^(?:tcp|http):\/\/([^:/\s]+):([0-9]{1,5})$/.exec(address);
  if (!m || Number(m[2]) > 65535) throw new Error(`invalid storage address ${JSON.stringify(address)}: expected tcp://host:port`);
  return { host: m[1]!, port: Number(m[2]) };
}

/** A decimal uint64 ≥ `min`; anything else is a 400 naming what was wrong. */
function parseU64(raw: string, what: string, min: bigint): bigint {
  if (!/^[0-9]{1,20}$/.test(raw)) throw new HttpError(400, `${what} must be a decimal integer, got ${JSON.stringify(raw)}`);
  const v = BigInt(raw);
  if (v < min || v > MAX_U64) throw new HttpError(400, `${what} ${raw} is out of range (${min}..${MAX_U64})`);
  return v;
}

interface Served {
  contribution: ContributionView;
  body: Uint8Array;
  root: Uint8Array;
  onChain: boolean;
}

/** The checked body of an accepted contribution of the datanet, or an HttpError. */
async function resolve(opts: ContentServerOptions, dnRaw: string, idRaw: string): Promise<Served> {
  const datanetId = parseU64(dnRaw, "datanet id", 1n);
  const id = parseU64(idRaw, "contribution id", 1n);
  const c = await opts.lookup(id);
  if (!c) throw new HttpError(404, `contribution ${id} does not exist`);
  if (c.datanetId !== datanetId) throw new HttpError(404, `contribution ${id} is not in datanet ${datanetId}`);
  if (!c.accepted) throw new HttpError(404, `contribution ${id} is not accepted: only accepted records are served`);
  const body = opts.store.get(c.contentHash);
  const hash = bytesToHex(c.contentHash);
  if (!body) {
    opts.logger.warn({ contribution: id.toString(), contentHash: hash }, "content requested but its body is not in this node's store; run `tributary datanet rebuild-content`");
    throw new HttpError(404, `this node does not hold the body of contribution ${id} (content hash ${hash})`);
  }
  if (bytesToHex(sha256(body)) !== hash) {
    opts.logger.error({ contribution: id.toString(), contentHash: hash }, "stored body does not hash to the chain's content hash; the content store is damaged");
    throw new HttpError(500, `this node's stored body of contribution ${id} does not hash to ${hash}`);
  }
  return { contribution: c, body, ...rootFor(c, body) };
}

function sendError(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).type("application/json").send(JSON.stringify({ error: message }));
}

export async function startContentServer(opts: ContentServerOptions): Promise<ContentServer> {
  const { host, port } = parseStorageAddress(opts.address);
  const app = Fastify({ logger: false });
  const exposed = Object.values(HEADER).join(", ");
  app.addHook("onRequest", async (_req, reply) => {
    reply.header("access-control-allow-origin", "*");
    reply.header("access-control-expose-headers", exposed);
  });
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    if (err instanceof HttpError) return sendError(reply, err.status, err.message);
    opts.logger.error({ err: err.message }, "content server error");
    return sendError(reply, err.statusCode ?? 500, err.message);
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, 404, `no route ${req.method} ${req.url.split("?")[0]}: use GET /content/<datanet>/<contribution>[/chunks/<i>]`),
  );

  app.get<{ Params: { dn: string; id: string } }>("/content/:dn/:id", async (req, reply) => {
    const s = await resolve(opts, req.params.dn, req.params.id);
    return reply
      .header(HEADER.contentHash, bytesToHex(s.contribution.contentHash))
      .header(HEADER.contentRoot, bytesToHex(s.root))
      .header(HEADER.rootOnChain, String(s.onChain))
      .header(HEADER.chunkCount, String(chunkCount(s.body.length)))
      .header(HEADER.chunkSize, String(CHUNK_SIZE))
      .header("etag", `"${bytesToHex(s.contribution.contentHash)}"`)
      .header("cache-control", "public, max-age=31536000, immutable")
      .type("application/octet-stream")
      .send(Buffer.from(s.body.buffer, s.body.byteOffset, s.body.byteLength));
  });

  app.get<{ Params: { dn: string; id: string; index: string } }>("/content/:dn/:id/chunks/:index", async (req, reply) => {
    const s = await resolve(opts, req.params.dn, req.params.id);
    const count = chunkCount(s.body.length);
    if (!/^[0-9]{1,10}$/.test(req.params.index)) throw new HttpError(400, `chunk index must be a decimal integer, got ${JSON.stringify(req.params.index)}`);
    const index = Number(req.params.index);
    if (index >= count) throw new HttpError(404, `contribution ${s.contribution.id} has ${count} chunks: no chunk ${index}`);
    const { chunk, path } = chunkProof(s.body, index);
    return reply.type("application/json").send(
      JSON.stringify({
        datanet_id: s.contribution.datanetId.toString(),
        contribution_id: s.contribution.id.toString(),
        index,
        count,
        content_hash: bytesToHex(s.contribution.contentHash),
        content_root: bytesToHex(s.root),
        root_on_chain: s.onChain,
        chunk: Buffer.from(chunk).toString("base64"),
        path: path.map(bytesToHex),
      }),
    );
  });

  await app.listen({ host, port });
  const bound = app.server.address();
  const url = `http://${host}:${typeof bound === "object" && bound !== null ? bound.port : port}`;
  opts.logger.info({ url }, "content server listening");
  return { url, close: () => app.close() };
}
