import { createCipheriv, createDecipheriv, randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

/**
 * scrypt parameters: N=2^15, r=8, p=1 (~32 MiB, ~0.1 s): the interactive setting from the
 * scrypt paper, slow enough to make offline guessing of a weak passphrase expensive.
 */
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

export interface SealedBox {
  kdf: "scrypt";
  n: number;
  r: number;
  p: number;
  salt: string;
  cipher: "aes-256-gcm";
  iv: string;
  ciphertext: string;
  tag: string;
}

export class WrongPassphraseError extends Error {
  override readonly name = "WrongPassphraseError";
  constructor() {
    super("incorrect keyring passphrase");
  }
}

function kdf(passphrase: string, salt: Buffer, n: number, r: number, p: number): Buffer {
  return scryptSync(passphrase.normalize("NFKD"), salt, 32, { N: n, r, p, maxmem: SCRYPT.maxmem });
}

export function seal(plaintext: string, passphrase: string): SealedBox {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", kdf(passphrase, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return {
    kdf: "scrypt",
    n: SCRYPT.N,
    r: SCRYPT.r,
    p: SCRYPT.p,
    salt: salt.toString("base64"),
    cipher: "aes-256-gcm",
    iv: iv.toString("base64"),
    ciphertext: ciphertext.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
  };
}

/** Decrypts; a wrong passphrase (or a tampered box) fails GCM authentication. */
export function open(box: SealedBox, passphrase: string): string {
  const key = kdf(passphrase, Buffer.from(box.salt, "base64"), box.n, box.r, box.p);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(box.iv, "base64"));
  decipher.setAuthTag(Buffer.from(box.tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(box.ciphertext, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new WrongPassphraseError();
  }
}

/** A passphrase verifier, so a wrong passphrase is caught before a key is sealed with it. */
export interface PassphraseHash {
  salt: string;
  hash: string;
}

export function hashPassphrase(passphrase: string): PassphraseHash {
  const salt = randomBytes(16);
  return { salt: salt.toString("base64"), hash: kdf(passphrase, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p).toString("base64") };
}

export function checkPassphrase(h: PassphraseHash, passphrase: string): boolean {
  const got = kdf(passphrase, Buffer.from(h.salt, "base64"), SCRYPT.N, SCRYPT.r, SCRYPT.p);
  const want = Buffer.from(h.hash, "base64");
  return got.length === want.length && timingSafeEqual(got, want);
}
