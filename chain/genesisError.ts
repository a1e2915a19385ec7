/** A genesis validation failure; `field` is a JSON path such as `app_state.bank.balances[3].address`. */
export class GenesisError extends Error {
  override readonly name = "GenesisError";
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`invalid genesis: ${field}: ${reason}`);
  }
}
