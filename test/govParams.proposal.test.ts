/**
 * Parameters change through governance end to end: one proposal carrying MsgUpdateParams of
 * auth, bank, staking, slashing, distribution, datanet, attribution, inference and rewards, plus a
 * MsgCommunityPoolSpend, is submitted, voted and executed by the real gov module on the
 * in-process chain (test/support/govProposal.ts: real txs, real blocks), and every module's Params
 * query then answers the new values. A proposal whose params are invalid, or which overdraws the
 * community pool, fails as a whole and changes nothing.
 */
import type { DescMessage } from "@bufbuild/protobuf";
import type { EncodeObject, GeneratedType } from "@cosmjs/proto-signing";
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryParamsResponse as AuthParams } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { MsgUpdateParams as AuthUpdate } from "cosmjs-types/cosmos/auth/v1beta1/tx";
import { QueryParamsResponse as BankParams } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgUpdateParams as BankUpdate } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { QueryCommunityPoolResponse, QueryParamsResponse as DistrParams } from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { MsgCommunityPoolSpend, MsgUpdateParams as DistrUpdate } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { QueryParamsResponse as SlashingParams } from "cosmjs-types/cosmos/slashing/v1beta1/query";
import { MsgUpdateParams as SlashingUpdate } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { QueryParamsResponse as StakingParams } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { MsgUpdateParams as StakingUpdate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { afterEach, describe, expect, it } from "vitest";
import { GOV_AUTHORITY } from "../chain/authority.ts";
import { cosmjsType, decode } from "../proto/codec.ts";
import * as attribution from "../proto/gen/tributary/attribution/v1/index.ts";
import * as datanet from "../proto/gen/tributary/datanet/v1/index.ts";
import * as inference from "../proto/gen/tributary/inference/v1/index.ts";
import * as rewards from "../proto/gen/tributary/rewards/v1/index.ts";
import { type AppHarness, registry } from "./appHarness.ts";
import { StakingHarness } from "./stakingHarness.ts";
import { deliverAll, passProposal } from "./support/govProposal.ts";

const TRIBUTARY = { datanet, attribution, inference, rewards } as const;
type Tributary = keyof typeof TRIBUTARY;
const TYPES: [string, GeneratedType][] = [
  ["/cosmos.auth.v1beta1.MsgUpdateParams", AuthUpdate],
  ["/cosmos.bank.v1beta1.MsgUpdateParams", BankUpdate],
  ["/cosmos.staking.v1beta1.MsgUpdateParams", StakingUpdate],
  ["/cosmos.slashing.v1beta1.MsgUpdateParams", SlashingUpdate],
  ["/cosmos.distribution.v1beta1.MsgUpdateParams", DistrUpdate],
  ["/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", MsgCommunityPoolSpend],
  ...Object.entries(TRIBUTARY).map(([name, pb]): [string, GeneratedType] => [`/tributary.${name}.v1.MsgUpdateParams`, cosmjsType(pb.MsgUpdateParamsSchema as DescMessage) as never]),
];
for (const [url, type] of TYPES) if (!registry.lookupType(url)) registry.register(url, type);

async function query(h: AppHarness, path: string, data = new Uint8Array()): Promise<Uint8Array> {
  const res = await h.app.query({ path, data, height: 0n, prove: false });
  if (res.code !== 0) throw new Error(`${path}: ${res.log}`);
  return res.value;
}

/** Every module's params as its Params query answers them (the tributary ones without $typeName). */
async function allParams(h: AppHarness) {
  const sdk = {
    auth: AuthParams.decode(await query(h, "/cosmos.auth.v1beta1.Query/Params")).params!,
    bank: BankParams.decode(await query(h, "/cosmos.bank.v1beta1.Query/Params")).params!,
    staking: StakingParams.decode(await query(h, "/cosmos.staking.v1beta1.Query/Params")).params!,
    slashing: SlashingParams.decode(await query(h, "/cosmos.slashing.v1beta1.Query/Params")).params!,
    distribution: DistrParams.decode(await query(h, "/cosmos.distribution.v1beta1.Query/Params")).params!,
  };
  const ours = {} as Record<Tributary, Record<string, unknown>>;
  for (const [name, pb] of Object.entries(TRIBUTARY) as [Tributary, (typeof TRIBUTARY)[Tributary]][]) {
    const res = decode(pb.QueryParamsResponseSchema as DescMessage, await query(h, `/tributary.${name}.v1.Query/Params`)) as { params?: Record<string, unknown> };
    const { $typeName: _, ...fields } = res.params ?? {};
    ours[name] = fields;
  }
  return { ...sdk, ...ours };
}

const msg = (typeUrl: string, value: object): EncodeObject => ({ typeUrl, value: { authority: GOV_AUTHORITY, ...value } });

let s: StakingHarness | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** A one-validator chain (account 0 votes) whose community pool holds 1,000,000 utrib from account 2. */
async function chain(): Promise<StakingHarness> {
  const c = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
  await deliverAll(c.h, [{ account: 2, msgs: [{ typeUrl: "/cosmos.distribution.v1beta1.MsgFundCommunityPool", value: { depositor: c.address(2), amount: [{ denom: "utrib", amount: "1000000" }] } }] }]);
  return c;
}

describe("parameters through governance", () => {
  it("one passed proposal changes every module's params and spends from the community pool", async () => {
    s = await chain();
    const before = await allParams(s.h);
    const recipient = s.address(3);
    const balance = await s.h.balance(recipient);
    const changes = {
      auth: { ...before.auth, maxMemoCharacters: 512n },
      bank: { ...before.bank, defaultSendEnabled: true },
      staking: { ...before.staking, maxValidators: 50 },
      slashing: { ...before.slashing, downtimeJailDuration: { seconds: 1200n, nanos: 0 } },
      distribution: { ...before.distribution, communityTax: "30000000000000000" },
      datanet: { ...before.datanet, maxCurators: 8 },
      attribution: { ...before.attribution, attributableDelayBlocks: 4n },
      inference: { ...before.inference, modelGasPerKib: 80n },
      rewards: { ...before.rewards, challengesPerEpoch: 2 },
    };
    const out = await passProposal(s.h, {
      proposer: 1,
      messages: [
        msg("/cosmos.auth.v1beta1.MsgUpdateParams", { params: changes.auth }),
        msg("/cosmos.bank.v1beta1.MsgUpdateParams", { params: changes.bank }),
        msg("/cosmos.staking.v1beta1.MsgUpdateParams", { params: changes.staking }),
        msg("/cosmos.slashing.v1beta1.MsgUpdateParams", { params: changes.slashing }),
        msg("/cosmos.distribution.v1beta1.MsgUpdateParams", { params: changes.distribution }),
        ...(["datanet", "attribution", "inference", "rewards"] as const).map((m) => msg(`/tributary.${m}.v1.MsgUpdateParams`, { params: changes[m] })),
        msg("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", { recipient, amount: [{ denom: "utrib", amount: "250000" }] }),
      ],
    });
    expect(out.proposal.failedReason).toBe("");
    expect(out.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(await allParams(s.h)).toEqual(changes);
    expect(await s.h.balance(recipient)).toBe(balance + 250_000n);
  });

  it("a proposal with invalid params fails as a whole: no module's params change", async () => {
    s = await chain();
    const before = await allParams(s.h);
    const out = await passProposal(s.h, {
      proposer: 1,
      messages: [
        msg("/tributary.datanet.v1.MsgUpdateParams", { params: { ...before.datanet, maxCurators: 8 } }),
        msg("/cosmos.staking.v1beta1.MsgUpdateParams", { params: { ...before.staking, unbondingTime: { seconds: 0n, nanos: 0 } } }),
      ],
    });
    expect(out.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(out.proposal.failedReason).toMatch(/msg 1 \(\/cosmos\.staking\.v1beta1\.MsgUpdateParams\) failed on execution: .*params\.unbonding_time: unbonding time must be positive/);
    expect(await allParams(s.h)).toEqual(before);
  });

  it("a community pool spend above what the pool holds fails and pays nothing", async () => {
    s = await chain();
    const pool = async () => QueryCommunityPoolResponse.decode(await query(s!.h, "/cosmos.distribution.v1beta1.Query/CommunityPool")).pool;
    const [poolBefore, balance] = [await pool(), await s.h.balance(s.address(3))];
    const out = await passProposal(s.h, {
      proposer: 1, messages: [msg("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", { recipient: s.address(3), amount: [{ denom: "utrib", amount: "999999999" }] })],
    });
    expect(out.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(out.proposal.failedReason).toMatch(/community pool does not have sufficient coins to distribute/);
    expect(await s.h.balance(s.address(3))).toBe(balance);
    // The pool only grew (the community tax on the proposal's and votes' fees): nothing left it.
    expect(BigInt((await pool())[0]!.amount)).toBeGreaterThanOrEqual(BigInt(poolBefore[0]!.amount));
  });
});
