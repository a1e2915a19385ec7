/**
 * Funds thousands of bench accounts in a simd genesis.json by editing the document:
 * `simd add-genesis-account` rereads and rewrites the whole file per account (minutes for 5,000).
 * Pure, so it is tested without simd.
 *
 * Account numbers: the SDK v0.46 auth InitGenesis sorts the genesis accounts by account_number
 * and then gives each the next global number (AccountKeeper.NewAccount), ignoring the number
 * written. So every account is renumbered here 0, 1, 2, … in list order (the validators `simd
 * testnet init-files` wrote all carry 0); the chain then assigns exactly these numbers, which the
 * bench signs with.
 */

export interface Coin {
  denom: string;
  amount: string;
}

interface GenesisAccount {
  "@type": string;
  address?: string;
  account_number?: string;
  base_account?: { address: string; account_number: string };
  [k: string]: unknown;
}

export interface SimdGenesis {
  chain_id: string;
  app_state: {
    auth: { accounts: GenesisAccount[] };
    bank: { balances: { address: string; coins: Coin[] }[]; supply: Coin[] };
    [module: string]: unknown;
  };
  [k: string]: unknown;
}

/** Module accounts (and vesting accounts) nest the number under base_account. */
function baseOf(a: GenesisAccount): { address: string; account_number: string } {
  if (a.base_account) return a.base_account;
  if (typeof a.address === "string") return a as { address: string; account_number: string };
  throw new Error(`simd genesis: an auth account of type ${a["@type"]} has neither address nor base_account`);
}

/**
 * Appends `addresses` as BaseAccounts holding `coins`, renumbers every account in list order,
 * adds the coins to the supply (when genesis states one; an empty supply is computed by the chain)
 * and returns each address's account number.
 * PERF: linear in accounts.
 */
export function addSimdGenesisAccounts(genesis: SimdGenesis, addresses: readonly string[], coins: readonly Coin[]): Map<string, bigint> {
  const { auth, bank } = genesis.app_state;
  const present = new Set(auth.accounts.map((a) => baseOf(a).address));
  for (const address of addresses) {
    if (present.has(address)) throw new Error(`simd genesis: account ${address} is already in genesis`);
    present.add(address);
  }
  for (const c of coins) if (!/^[0-9]+$/.test(c.amount)) throw new Error(`simd genesis: coin amount "${c.amount}" of ${c.denom} is not a whole number`);
  for (const address of addresses) {
    auth.accounts.push({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address, pub_key: null, account_number: "0", sequence: "0" });
    bank.balances.push({ address, coins: coins.map((c) => ({ ...c })) });
  }
  const numbers = new Map<string, bigint>();
  auth.accounts.forEach((a, i) => {
    const base = baseOf(a);
    base.account_number = String(i);
    numbers.set(base.address, BigInt(i));
  });
  if (bank.supply.length > 0) {
    for (const c of coins) {
      const added = BigInt(c.amount) * BigInt(addresses.length);
      const entry = bank.supply.find((s) => s.denom === c.denom);
      if (entry) entry.amount = (BigInt(entry.amount) + added).toString();
      else bank.supply.push({ denom: c.denom, amount: added.toString() });
    }
    // The SDK refuses unsorted coins in genesis.
    bank.supply.sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
  }
  return numbers;
}
