/**
 * The one error type of the attribution engine. The on-chain attribution module turns it into
 * its own registered error (codespace "attribution"); the message already names what is wrong.
 */
export class AttributionEngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AttributionEngineError";
  }
}
