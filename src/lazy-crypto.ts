/**
 * node:crypto, loaded on first use. Importing it costs ~8 ms of start-up (it pulls in
 * some twenty internal modules), and `envdiff compare` needs it only on rare paths: a
 * fingerprint key too long to print (its hash), a temp file name, a GitHub log marker.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  return process.getBuiltinModule('node:crypto');
}
