import { createInterface, type Interface } from "node:readline";
import { createInterface as createPromptInterface } from "node:readline/promises";

/**
 * Lines from piped stdin, read lazily and shared by every prompt in the process (the
 * mnemonic for `keys add --recover` and then the passphrase can both come from one pipe).
 */
let reader: Interface | undefined;
const buffered: string[] = [];
const waiting: { resolve: (l: string) => void; reject: (e: Error) => void }[] = [];
let closed = false;

function ensureReader(): void {
  if (reader) return;
  reader = createInterface({ input: process.stdin, terminal: false });
  reader.on("line", (line) => {
    const w = waiting.shift();
    if (w) w.resolve(line);
    else buffered.push(line);
  });
  reader.on("close", () => {
    closed = true;
    for (const w of waiting.splice(0)) w.reject(new Error("stdin ended before the expected input"));
  });
}

export function stdinIsTty(): boolean {
  return process.stdin.isTTY === true;
}

/** The next line of stdin; `what` names the input in the error when stdin has ended. */
export async function readStdinLine(what: string): Promise<string> {
  ensureReader();
  const line = buffered.shift();
  if (line !== undefined) return line;
  if (closed) throw new Error(`expected ${what} on stdin, but stdin ended`);
  return new Promise((resolve, reject) => waiting.push({ resolve, reject: () => reject(new Error(`expected ${what} on stdin, but stdin ended`)) }));
}

/** Lets the process exit: a paused readline on stdin would otherwise keep it alive. */
export function closeStdin(): void {
  reader?.close();
  reader = undefined;
}

/** Asks on the terminal (stderr), hiding what is typed when `hidden`. */
export async function promptTty(question: string, hidden = false): Promise<string> {
  const rl = createPromptInterface({ input: process.stdin, output: process.stderr, terminal: true });
  if (hidden) {
    // readline echoes through _writeToOutput; let only the question itself through.
    const rlWithOutput = rl as unknown as { _writeToOutput: (s: string) => void };
    rlWithOutput._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stderr.write(question);
    };
  }
  try {
    return await rl.question(question);
  } finally {
    rl.close();
    if (hidden) process.stderr.write("\n");
  }
}

/** A line from the terminal if there is one, else from piped stdin. */
export async function ask(question: string, what: string, hidden = false): Promise<string> {
  if (stdinIsTty()) return promptTty(question, hidden);
  return readStdinLine(what);
}
