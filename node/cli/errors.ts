/** An error caused by the user's input or environment: printed as one line, never with a stack. */
export class UserError extends Error {
  override readonly name = "UserError";
}

/** One line: the message with newlines and runs of whitespace collapsed. */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\s*\n\s*/g, " ").trim() || (err instanceof Error ? err.name : "unknown error");
}
