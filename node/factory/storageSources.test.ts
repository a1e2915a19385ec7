import { describe, expect, it } from "vitest";
import type { RewardsQueries } from "../../client/rewardsQueries.ts";
import type { StorageNode } from "../../client/rewardsTypes.ts";
import { storageSourcesFor } from "./storageFetch.ts";

const node = (operator: string, o: { passed?: bigint; missed?: bigint; jailedUntil?: bigint; datanets?: bigint[]; endpoint?: string } = {}): StorageNode => ({
  operator,
  roles: ["STORAGE"],
  datanetIds: o.datanets ?? [1n],
  endpoint: o.endpoint ?? `http://${operator}.example/`,
  bond: null,
  registeredHeight: 1n,
  jailedUntilEpoch: o.jailedUntil ?? 0n,
  stats: { epochsServed: 0n, challengesPassed: o.passed ?? 0n, challengesMissed: o.missed ?? 0n, bytesServed: 0n, rewardsEarned: [], totalSlashed: null, timesJailed: 0n, lastEpoch: 0n },
});

/** The two queries storageSourcesFor makes, answered from a fixed list (epoch 5). */
const chainWith = (nodes: StorageNode[]) =>
  ({
    nodes: async () => ({ items: nodes, nextKey: undefined, total: BigInt(nodes.length) }),
    epoch: async () => ({ epoch: { number: 5n }, pool: [], height: 50n, epochBlocks: 10n }),
  }) as unknown as RewardsQueries;

describe("the storage nodes the factory asks", () => {
  it("serve the datanet over http(s); unjailed first, by challenges passed minus missed; jailed ones last, not dropped", async () => {
    const sources = await storageSourcesFor(
      chainWith([
        node("a", { passed: 3n }),
        node("b", { passed: 9n, jailedUntil: 5n }),
        node("c", { passed: 9n, missed: 1n }),
        node("d", { passed: 1n, datanets: [2n] }),
        node("e", { passed: 5n, endpoint: "ftp://e.example" }),
        node("f", { passed: 3n, jailedUntil: 4n }),
      ]),
      1n,
    );
    expect(sources).toEqual([
      { operator: "c", endpoint: "http://c.example" },
      { operator: "a", endpoint: "http://a.example" },
      { operator: "f", endpoint: "http://f.example" },
      { operator: "b", endpoint: "http://b.example" },
    ]);
  });
});
