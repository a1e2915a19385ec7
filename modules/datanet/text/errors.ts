/**
 * The one error type of the text pipeline. Callers in the datanet module turn it into their own
 * registered error (codespace "datanet"); the message already says what is wrong and where.
 */
export class DatanetTextError extends Error {
  /** Byte offset (decodeUtf8Strict) or index (sequence helpers) the problem was found at, if any. */
  readonly offset: number | undefined;

  constructor(message: string, offset?: number) {
    super(message);
    this.name = "DatanetTextError";
    this.offset = offset;
  }
}
