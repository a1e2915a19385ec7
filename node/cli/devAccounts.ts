/**
 * ⚠️  DEV-ONLY ACCOUNTS — THESE MNEMONICS ARE PUBLIC. NEVER USE THEM ON A REAL NETWORK. ⚠️
 *
 * `tributary dev-init` funds these accounts in genesis and imports them into the `test`
 * keyring as alice/bob/carol/dave, so a local chain has spendable keys at once and tests,
 * docs and scripts can rely on fixed addresses. Anyone can read these words in this file,
 * so anything sent to these addresses on any public chain can be taken by anyone.
 *
 * Each mnemonic is Bip39.encode(sha256("tributary dev account <name>")); the address is at
 * m/44'/118'/0'/0/0 with prefix trib.
 */
export interface DevAccount {
  name: string;
  mnemonic: string;
  address: string;
}

/** A tuple, so callers can take alice, bob, … by position without a missing-account case. */
export const DEV_ACCOUNTS: readonly [DevAccount, DevAccount, DevAccount, DevAccount] = [
  {
    name: "alice",
    mnemonic: "upgrade rare patch keen describe weasel unveil key muscle model blade great milk medal search snap skull people intact honey journey leisure gallery smooth",
    address: "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw",
  },
  {
    name: "bob",
    mnemonic: "remain east start lift cattle eagle ostrich zone certain library have present tell strike genre invest absorb polar climb holiday panda minute win genre",
    address: "trib1m6k5j73ryflqs97e3tpzrms3xk4wpwfr75jat0",
  },
  {
    name: "carol",
    mnemonic: "fun grace success demise garage sleep skill airport park vanish expire hand shuffle assume sense cram ahead sick joy shy clay solution vicious pattern",
    address: "trib15p7h60l54x8m8mdw0xvtnp7zy4czs0xgw94plt",
  },
  {
    name: "dave",
    mnemonic: "man raw warrior relax wonder yard naive mule must below run clever bulb race kind like praise found daring moral response person camp daughter",
    address: "trib1tq30wnwpl37t228dujev9c7hnyqs22etldpucj",
  },
];

/**
 * The dev chain's validator operator (same derivation, name "validator"): `dev-init` funds it,
 * bonds the node's consensus key through staking with its self-delegation, and imports it into
 * the test keyring, so commission and rewards accrue on a dev chain as on a real one.
 */
export const DEV_VALIDATOR: DevAccount = {
  name: "validator",
  mnemonic: "boost quarter patch exhibit agent make planet muffin camp fee yellow sign response labor pony parade father assist hybrid tortoise gravity turtle wet sick",
  address: "trib1gh9qkut64axzu6vyphwdwpja2wty4xrhgk8k46",
};

/** The dev validator's self-delegation: 100,000 TRIB, i.e. consensus power 100,000. */
export const DEV_VALIDATOR_SELF_BOND = 100_000_000_000n;

/** 1,000,000 TRIB each. */
export const DEV_ACCOUNT_FUNDS = [{ denom: "utrib", amount: "1000000000000" }];
