import { moduleAddress } from "../chain/address.ts";
import { GenesisError } from "../chain/genesisError.ts";
import type { Module } from "../chain/module.ts";
import { SigVerifyCache } from "../chain/tx/sigCache.ts";
import type { AnteHandler } from "../chain/tx/txContext.ts";
import { createAnteHandler } from "./auth/ante/index.ts";
import { AuthKeeper, FEE_COLLECTOR } from "./auth/keeper.ts";
import { authModule } from "./auth/module.ts";
import type { IndexProvider } from "./attribution/expected.ts";
import { AttributionKeeper } from "./attribution/keeper.ts";
import { onVersionPublished } from "./attribution/lifecycle.ts";
import { attributionForInference } from "./attribution/inferenceApi.ts";
import { attributionModule } from "./attribution/module.ts";
import { BankKeeper } from "./bank/keeper.ts";
import { bankModule } from "./bank/module.ts";
import type { ContentReader } from "./datanet/expected.ts";
import { DatanetKeeper } from "./datanet/keeper.ts";
import { datanetModule } from "./datanet/module.ts";
import { distributionHooks } from "./distribution/hooks.ts";
import { DistributionKeeper } from "./distribution/keeper.ts";
import { distributionModule } from "./distribution/module.ts";
import { distributionForModules } from "./distribution/pool.ts";
import { MintKeeper } from "./mint/keeper.ts";
import { mintModule } from "./mint/module.ts";
import { rootedChunkAt, rootedTotals } from "./datanet/rootIndex.ts";
import { textRules } from "./datanet/rules.ts";
import { RewardsKeeper } from "./rewards/keeper.ts";
import { rewardsModule } from "./rewards/module.ts";
import { fundFromDatanetFees } from "./rewards/pool.ts";
import { SlashingKeeper } from "./slashing/keeper.ts";
import { slashingHooks, slashingModule } from "./slashing/module.ts";
import { StakingKeeper } from "./staking/keeper.ts";
import { stakingModule } from "./staking/module.ts";
import { BONDED, BONDED_POOL, sharesOf, tokensOf } from "./staking/types.ts";
import { stakingForDistribution } from "./staking/distributionApi.ts";
import { stakingForSlashing } from "./staking/slashingApi.ts";
import type { ModelRunner } from "./inference/expected.ts";
import { InferenceKeeper } from "./inference/keeper.ts";
import { inferenceModule } from "./inference/module.ts";
import { Router } from "../chain/router.ts";
import { GovKeeper } from "./gov/keeper.ts";
import { govModule } from "./gov/module.ts";
import { operatorOf } from "./staking/keeper.ts";
import { genesisTxDeliverer } from "./genutil/deliver.ts";
import { GenutilKeeper } from "./genutil/keeper.ts";
import { genutilModule } from "./genutil/module.ts";
import { applyValidatorSetUpdates } from "./staking/valset.ts";
import { UpgradeKeeper } from "./upgrade/keeper.ts";
import { upgradeModule } from "./upgrade/module.ts";
import type { UpgradeHandlers } from "./upgrade/types.ts";

export interface TributaryModules {
  /** In execution order: genesis, begin-block and end-block hooks follow it. */
  modules: Module[];
  ante: AnteHandler;
  keepers: TributaryKeepers;
}

export interface TributaryKeepers { auth: AuthKeeper; bank: BankKeeper; mint: MintKeeper; rewards: RewardsKeeper; distribution: DistributionKeeper; staking: StakingKeeper; slashing: SlashingKeeper; datanet: DatanetKeeper; attribution: AttributionKeeper; inference: InferenceKeeper; upgrade: UpgradeKeeper }

/** Node-local services some modules read outside consensus (queries, genesis export). */
export interface ModuleOptions {
  /** The node's content store of datanet record bodies (tests pass an in-memory map). */
  content?: ContentReader;
  /** The node's attribution indexes (built off the block path); absent: built in process. */
  attributionIndexes?: IndexProvider;
  /** The node's model runner (onnxruntime-node); absent: the pure-TypeScript interpreter, same bits. */
  modelRunner?: ModelRunner;
  /**
   * The upgrade handlers this binary knows (node/upgrades), built from the keepers they migrate.
   * Absent: none, so any scheduled plan halts the chain at its height (an "old binary").
   */
  upgradeHandlers?: (keepers: TributaryKeepers) => UpgradeHandlers;
}

/** Wires the keepers to each other through the narrow interfaces each declares. */
export function createModules(sigCache = new SigVerifyCache(), opts: ModuleOptions = {}): TributaryModules {
  const auth = new AuthKeeper();
  const bank = new BankKeeper(auth);
  const staking = new StakingKeeper(bank, auth);
  const mint = new MintKeeper(
    {
      // The SDK's StakingTokenSupply and TotalBondedTokens (the bonded pool's balance).
      stakingTokenSupply: (kv) => bank.getSupply(kv, staking.getParams(kv).bondDenom),
      totalBondedTokens: (kv) => bank.getBalance(kv, moduleAddress(BONDED_POOL), staking.getParams(kv).bondDenom),
    },
    bank,
    auth,
    FEE_COLLECTOR,
  );
  const distribution = new DistributionKeeper(bank, auth, stakingForDistribution(staking), FEE_COLLECTOR);
  const slashing = new SlashingKeeper(stakingForSlashing(staking));
  // Distribution first, as simapp: it settles rewards before slashing reacts.
  staking.setHooks(distributionHooks(distribution), slashingHooks(slashing));
  const datanet = new DatanetKeeper(bank, auth, { feeCollector: FEE_COLLECTOR, content: opts.content });
  const attribution = new AttributionKeeper(datanet, { accountNumber: (kv, addr) => auth.getAccount(kv, addr)?.accountNumber }, textRules, opts.attributionIndexes);
  const rewards = new RewardsKeeper(bank, auth, {
    hasDatanet: (kv, id) => datanet.getDatanet(kv, id) !== undefined,
    rootedTotals,
    rootedChunkAt,
    getContribution: (kv, id) => datanet.getContribution(kv, id),
  }, FEE_COLLECTOR, mint);
  datanet.setHooks({
    afterVersionPublished: (ctx, v) => onVersionPublished(ctx, attribution, v),
    afterFeesCollected: (ctx, fees) => fundFromDatanetFees(ctx, rewards, fees),
  });
  const inference = new InferenceKeeper(bank, auth, attributionForInference(attribution), {
    getVersion: (kv, dn, n) => datanet.getVersion(kv, dn, n),
    latestVersion: (kv, dn) => datanet.getCounters(kv, dn).latestVersion,
    getContribution: (kv, id) => datanet.getContribution(kv, id),
    addEarned: (ctx, id, amount) => datanet.addEarned(ctx, id, amount),
  }, distributionForModules(distribution), opts.modelRunner);
  const stakingForGov = stakingForDistribution(staking);
  const gov = new GovKeeper(bank, auth, {
    bondedValidators: async (kv) => (await staking.allValidators(kv)).filter((v) => v.status === BONDED).map((v) => ({ operator: operatorOf(v), tokens: tokensOf(v), delegatorShares: sharesOf(v) })),
    delegationsOf: (kv, del) => stakingForGov.delegationsOf(kv, del),
    totalBondedTokens: (kv) => bank.getBalance(kv, moduleAddress(BONDED_POOL), staking.getParams(kv).bondDenom),
  });
  const upgrade = new UpgradeKeeper();
  const keepers: TributaryKeepers = { auth, bank, mint, rewards, distribution, staking, slashing, datanet, attribution, inference, upgrade };
  const handlers = opts.upgradeHandlers?.(keepers) ?? new Map();
  // Upgrade first: its PreBlock halts or switches the rules before anything else runs, and its
  // genesis (the initial rules version) is read before the sections after it.
  const modules: Module[] = [upgradeModule(upgrade, handlers, () => modules.map((m) => m.name)), authModule(auth), bankModule(bank), mintModule(mint), rewardsModule(rewards), distributionModule(distribution), govModule(gov), stakingModule(staking), slashingModule(slashing), datanetModule(datanet), attributionModule(attribution), inferenceModule(inference)];
  const ante = createAnteHandler(auth, bank, sigCache);
  // genutil last: its gen_txs run MsgCreateValidator through the ante on every other module's genesis state.
  const genutil = new GenutilKeeper(
    { hasBondedValidators: async (kv) => (await staking.lastPowers(kv)).length > 0, applyGenesisValidatorSet: (ctx) => applyValidatorSetUpdates(staking, ctx, { genesis: true }) },
    genesisTxDeliverer(() => modules, ante),
  );
  modules.push(genutilModule(genutil));
  bank.setBlockedModuleAccounts(modules.flatMap((m) => m.moduleAccounts ?? []));
  // Gov executes passed proposals through the same routing table the app builds from these modules.
  gov.setRouter(new Router(modules));
  return {
    modules,
    ante,
    keepers,
  };
}

/** Every module's default genesis section, keyed by module name (for `tributary init`). */
export function defaultAppState(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of createModules().modules) if (m.defaultGenesis) out[m.name] = m.defaultGenesis();
  return out;
}

/** Validates every module's section; errors name the field as `app_state.<module>.<path>`. */
export function validateAppState(appState: Record<string, unknown>): void {
  if (typeof appState !== "object" || appState === null || Array.isArray(appState)) {
    throw new GenesisError("app_state", "must be an object");
  }
  const { modules } = createModules();
  const known = new Set(modules.map((m) => m.name));
  for (const key of Object.keys(appState)) {
    if (!known.has(key)) throw new GenesisError(`app_state.${key}`, `unknown module ${key}; known: ${[...known].join(", ")}`);
  }
  for (const m of modules) {
    const section = appState[m.name];
    if (section === undefined || !m.validateGenesis) continue;
    try {
      m.validateGenesis(section);
    } catch (e) {
      if (e instanceof GenesisError) {
        const field = e.field === m.name ? `app_state.${m.name}` : `app_state.${m.name}.${e.field}`;
        throw new GenesisError(field, e.reason);
      }
      throw e;
    }
  }
}
