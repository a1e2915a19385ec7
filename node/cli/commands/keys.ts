import { readFileSync } from "node:fs";
import { Command } from "commander";
import { addressBytes, consAddressString, valoperString } from "../../../chain/address.ts";
import type { KeyInfo } from "../../keyring/index.ts";
import { addHomeOption, addKeyringOption, addOutputOption, openKeyring, outputFormat, printJson, printLine } from "../common.ts";
import { UserError } from "../errors.ts";
import { ask, stdinIsTty } from "../stdin.ts";

interface KeyringOpts {
  home: string;
  keyringBackend: string;
  output: string;
}

function withKeyringOptions(cmd: Command): Command {
  addHomeOption(cmd);
  addKeyringOption(cmd);
  return addOutputOption(cmd);
}

function printKeyText(k: KeyInfo): void {
  printLine(`- name: ${k.name}`);
  printLine(`  type: ${k.type}`);
  printLine(`  address: ${k.address}`);
  printLine(`  pubkey: '${JSON.stringify(k.pubkey)}'`);
}

function addCmd(): Command {
  const cmd = new Command("add")
    .description("create a key (a new 24-word mnemonic is printed once: write it down), or --recover one from its mnemonic on stdin")
    .argument("<name>", "key name")
    .option("--recover", "read the BIP-39 mnemonic from stdin instead of generating one", false);
  return withKeyringOptions(cmd).action(async (name: string, o: KeyringOpts & { recover: boolean }) => {
    const format = outputFormat(o.output);
    const keyring = openKeyring(o);
    const mnemonic = o.recover ? await ask("> Enter your bip39 mnemonic\n", "the mnemonic", false) : undefined;
    if (o.recover && mnemonic!.trim() === "") throw new UserError("empty mnemonic on stdin");
    const result = await keyring.add(name, mnemonic);
    if (format === "json") return printJson({ ...result.info, ...(result.mnemonic ? { mnemonic: result.mnemonic } : {}) });
    printKeyText(result.info);
    if (result.mnemonic) {
      printLine("");
      printLine("**Important** write this mnemonic phrase in a safe place.");
      printLine("It is the only way to recover your account if you ever forget your password.");
      printLine("");
      printLine(result.mnemonic);
    }
  });
}

function listCmd(): Command {
  return withKeyringOptions(new Command("list").description("list all keys")).action(async (o: KeyringOpts) => {
    const keys = await openKeyring(o).list();
    if (outputFormat(o.output) === "json") return printJson(keys);
    if (keys.length === 0) return printLine("No records were found in keyring");
    keys.forEach(printKeyText);
  });
}

function showCmd(): Command {
  const cmd = new Command("show")
    .description("show a key's public information")
    .argument("<name>", "key name")
    .option("-a, --address", "print only the address", false)
    .option("--bech <acc|val|cons>", "the address form: account (trib1…), validator operator (tribvaloper1…) or consensus prefix (tribvalcons1…, the same bytes, as simd)", "acc");
  return withKeyringOptions(cmd).action(async (name: string, o: KeyringOpts & { address: boolean; bech: string }) => {
    const format = outputFormat(o.output);
    const forms: Record<string, (b: Uint8Array) => string> = { val: valoperString, cons: consAddressString };
    if (o.bech !== "acc" && !(o.bech in forms)) throw new UserError(`--bech must be acc, val or cons, got ${JSON.stringify(o.bech)}`);
    const shown = await openKeyring(o).show(name);
    const form = forms[o.bech];
    const key = form ? { ...shown, address: form(addressBytes(shown.address)) } : shown;
    if (o.address) return printLine(key.address);
    if (format === "json") return printJson(key);
    printKeyText(key);
  });
}

function deleteCmd(): Command {
  const cmd = new Command("delete")
    .description("delete a key (asks for confirmation unless --yes)")
    .argument("<name>", "key name")
    .option("-y, --yes", "skip confirmation", false);
  return withKeyringOptions(cmd).action(async (name: string, o: KeyringOpts & { yes: boolean }) => {
    const keyring = openKeyring(o);
    await keyring.show(name);
    if (!o.yes) {
      if (!stdinIsTty()) throw new UserError(`refusing to delete key ${JSON.stringify(name)} without confirmation: pass --yes`);
      const answer = await ask(`Key reference will be deleted. Continue? [y/N]: `, "a confirmation");
      if (!/^y(es)?$/i.test(answer.trim())) throw new UserError("aborted: key not deleted");
    }
    await keyring.delete(name);
    printLine("Key deleted forever (uh oh!)");
  });
}

/** A passphrase for an export file: hidden and confirmed on a terminal, else one stdin line. */
async function filePassphrase(question: string, confirm: boolean): Promise<string> {
  const first = await ask(question, "the export passphrase", true);
  if (confirm && stdinIsTty()) {
    const again = await ask("Repeat the passphrase: ", "the export passphrase", true);
    if (again !== first) throw new UserError("passphrases do not match");
  }
  return first;
}

function exportCmd(): Command {
  const cmd = new Command("export")
    .description("print the key armored and encrypted with a new passphrase (prompted, or one stdin line after the keyring passphrase)")
    .argument("<name>", "key name");
  return withKeyringOptions(cmd).action(async (name: string, o: KeyringOpts) => {
    const armored = await openKeyring(o).exportArmored(name, () => filePassphrase("Enter passphrase to encrypt the exported key: ", true));
    process.stdout.write(armored);
  });
}

function importCmd(): Command {
  const cmd = new Command("import")
    .description("add a key from a `keys export` file (its passphrase is prompted, or read as one stdin line)")
    .argument("<name>", "name for the imported key")
    .argument("<keyfile>", "the armored key file");
  return withKeyringOptions(cmd).action(async (name: string, file: string, o: KeyringOpts) => {
    let armored: string;
    try {
      armored = readFileSync(file, "utf8");
    } catch (e) {
      throw new UserError(`cannot read key file ${file}: ${(e as Error).message}`);
    }
    const info = await openKeyring(o).importArmored(name, armored, () => filePassphrase("Enter passphrase to decrypt your key: ", false));
    if (outputFormat(o.output) === "json") return printJson(info);
    printKeyText(info);
  });
}

function renameCmd(): Command {
  const cmd = new Command("rename")
    .description("rename a key (asks for confirmation unless --yes)")
    .argument("<old>", "current key name")
    .argument("<new>", "new key name")
    .option("-y, --yes", "skip confirmation", false);
  return withKeyringOptions(cmd).action(async (from: string, to: string, o: KeyringOpts & { yes: boolean }) => {
    const keyring = openKeyring(o);
    await keyring.show(from);
    if (!o.yes) {
      if (!stdinIsTty()) throw new UserError(`refusing to rename key ${JSON.stringify(from)} without confirmation: pass --yes`);
      const answer = await ask(`Key reference will be renamed from ${from} to ${to}. Continue? [y/N]: `, "a confirmation");
      if (!/^y(es)?$/i.test(answer.trim())) throw new UserError("aborted: key not renamed");
    }
    const info = await keyring.rename(from, to);
    if (outputFormat(o.output) === "json") return printJson(info);
    printLine(`Key was successfully renamed from ${from} to ${to}`);
  });
}

export function keysCommand(): Command {
  return new Command("keys")
    .description("manage the local keyring (secp256k1 keys at m/44'/118'/0'/0/0, trib1… addresses)")
    .addCommand(addCmd())
    .addCommand(listCmd())
    .addCommand(showCmd())
    .addCommand(deleteCmd())
    .addCommand(exportCmd())
    .addCommand(importCmd())
    .addCommand(renameCmd());
}
