import { addressBytes, BECH32_PREFIX } from "../chain/address.ts";
import { addCoins, type Coin, coinFromWire, coinToWire, sortCoins } from "../chain/coins.ts";
import { GenesisError } from "../chain/genesisError.ts";
import { defaultAuthGenesis, type AuthGenesis } from "../modules/auth/genesis.ts";
import { BASE_ACCOUNT_URL } from "../modules/auth/types.ts";
import { defaultBankGenesis, type BankGenesis } from "../modules/bank/genesis.ts";
import type { GenesisDoc } from "./types.ts";

export interface AddGenesisAccountOptions {
  /** Like simd's `--append`: add the coins to an account that already exists instead of failing. */
  append?: boolean;
}

/** The auth and bank sections of app_state, created with module defaults when missing. */
function authAndBank(doc: GenesisDoc): { auth: AuthGenesis; bank: BankGenesis } {
  doc.app_state ??= {};
  const auth = (doc.app_state.auth ??= defaultAuthGenesis()) as AuthGenesis;
  const bank = (doc.app_state.bank ??= defaultBankGenesis()) as BankGenesis;
  auth.accounts ??= [];
  bank.balances ??= [];
  bank.supply ??= [];
  return { auth, bank };
}

function checkAddress(address: string): void {
  try {
    addressBytes(address);
  } catch (e) {
    throw new GenesisError("address", `${JSON.stringify(address)} is not a valid ${BECH32_PREFIX}1… bech32 address (${(e as Error).message})`);
  }
}

function checkCoins(coins: readonly { denom: string; amount: string }[]): Coin[] {
  const parsed = coins.map((c, i) => {
    try {
      return coinFromWire(c);
    } catch (e) {
      throw new GenesisError(`coins[${i}]`, (e as Error).message);
    }
  });
  for (const c of parsed) if (c.amount <= 0n) throw new GenesisError("coins", `amount of ${c.denom} must be positive, got ${c.amount}`);
  const denoms = new Set(parsed.map((c) => c.denom));
  if (denoms.size !== parsed.length) throw new GenesisError("coins", "a denom appears twice");
  return sortCoins(parsed);
}

function wireToCoins(list: readonly { denom: string; amount: string }[]): Coin[] {
  return list.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) }));
}

function nextAccountNumber(auth: AuthGenesis): bigint {
  let next = 0n;
  for (const a of auth.accounts) {
    const n = BigInt(a.account_number);
    if (n >= next) next = n + 1n;
  }
  return next;
}

/**
 * Adds a funded BaseAccount to the genesis doc (in place, and returns it): appends the
 * account with the next account number, adds or merges its balance (coins sorted by denom)
 * and raises the supply. Throws GenesisError on a bad address, bad coins, or an account that
 * already exists (unless `append`).
 */
export function addGenesisAccount(
  doc: GenesisDoc,
  address: string,
  coins: readonly { denom: string; amount: string }[],
  opts: AddGenesisAccountOptions = {},
): GenesisDoc {
  checkAddress(address);
  const added = checkCoins(coins);
  const { auth, bank } = authAndBank(doc);
  const existing = auth.accounts.find((a) => a.address === address);
  if (existing && !opts.append) {
    throw new GenesisError("app_state.auth.accounts", `duplicate account ${address}: it is already in genesis (use --append to add coins to it)`);
  }
  if (!existing) {
    auth.accounts.push({ "@type": BASE_ACCOUNT_URL, address, pub_key: null, account_number: nextAccountNumber(auth).toString(), sequence: "0" });
  }

  // The SDK computes an empty supply at init; keep it consistent with the balances we hold.
  const supplyBefore = bank.supply.length === 0 ? bank.balances.reduce<Coin[]>((s, b) => addCoins(s, wireToCoins(b.coins)), []) : wireToCoins(bank.supply);

  const balance = bank.balances.find((b) => b.address === address);
  if (balance) balance.coins = addCoins(wireToCoins(balance.coins), added).map(coinToWire);
  else bank.balances.push({ address, coins: added.map(coinToWire) });

  bank.supply = addCoins(supplyBefore, added).map(coinToWire);
  return doc;
}
