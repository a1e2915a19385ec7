/**
 * Store keys a block's BeginBlock fee allocation writes on its own, whatever the block's txs do:
 * the previous block's fees leave fee_collector for the distribution module account and (with
 * nobody signing, as in harnesses without validators) the community pool, and a pending
 * inference compute share is booked as allocated. Tests that check "a refused tx changed
 * nothing" across a block allow these, as they allow the fee collector's balance.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import { moduleAddress } from "../chain/address.ts";
import { bankKeys } from "../modules/bank/keys.ts";
import { distributionKeys } from "../modules/distribution/keys.ts";

export const ALLOCATION_KEYS: readonly string[] = [
  bankKeys.balance(moduleAddress("distribution"), "utrib"),
  distributionKeys.feePool,
  distributionKeys.computeRewards,
].map(bytesToHex);
