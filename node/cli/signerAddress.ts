import type { AccountData } from "@cosmjs/proto-signing";
import { UserError } from "./errors.ts";

/** The address a keyring signer signs for: its first (a keyring key's only) account. */
export async function signerAddress(signer: { getAccounts(): Promise<readonly AccountData[]> }): Promise<string> {
  const [account] = await signer.getAccounts();
  if (!account) throw new UserError("the signing key holds no account");
  return account.address;
}
