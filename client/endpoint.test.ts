import { describe, expect, it } from "vitest";
import { normaliseEndpoint } from "./endpoint.ts";
import { TributaryClientError } from "./errors.ts";

describe("normaliseEndpoint", () => {
  it("turns CometBFT tcp:// addresses into HTTP (CosmJS would otherwise open a websocket)", () => {
    expect(normaliseEndpoint("tcp://127.0.0.1:26657")).toBe("http://127.0.0.1:26657");
    expect(normaliseEndpoint("TCP://localhost:26657")).toBe("http://localhost:26657");
    expect(normaliseEndpoint("tcp://[::1]:26657")).toBe("http://[::1]:26657");
  });

  it("treats host:port as HTTP and keeps http(s) and ws(s) URLs, without a trailing slash", () => {
    expect(normaliseEndpoint("127.0.0.1:26657")).toBe("http://127.0.0.1:26657");
    expect(normaliseEndpoint(" http://127.0.0.1:26657/ ")).toBe("http://127.0.0.1:26657");
    expect(normaliseEndpoint("https://rpc.example.org/tributary")).toBe("https://rpc.example.org/tributary");
    expect(normaliseEndpoint("ws://127.0.0.1:26657")).toBe("ws://127.0.0.1:26657");
    expect(normaliseEndpoint("wss://rpc.example.org")).toBe("wss://rpc.example.org");
  });

  it("refuses empty, unsupported and malformed endpoints with a hint", () => {
    for (const bad of ["", "   ", "unix:///var/run/tributary.sock", "http://", "tcp://:26657"]) {
      let caught: unknown;
      try {
        normaliseEndpoint(bad);
      } catch (e) {
        caught = e;
      }
      expect(caught, bad).toBeInstanceOf(TributaryClientError);
      expect((caught as TributaryClientError).code).toBe("ENDPOINT_INVALID");
      expect((caught as TributaryClientError).hint).toMatch(/26657/);
    }
  });
});
