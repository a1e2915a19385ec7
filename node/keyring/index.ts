export { Keyring, type AddKeyResult, type OpenKeyringOptions } from "./keyring.ts";
export { deriveKey, generateMnemonic, normaliseMnemonic, HD_PATH, ADDRESS_PREFIX } from "./derive.ts";
export { WrongPassphraseError } from "./encryption.ts";
export type { PassphraseProvider } from "./fileBackend.ts";
export { KEYRING_BACKENDS, KeyringError, type KeyInfo, type KeyringBackendName } from "./types.ts";
