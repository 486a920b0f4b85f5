// SSH keys as OpenSSH 8.7 stores and shows them: the public key blob (RFC 4253 wire format), the one-line
// public key, the openssh-key-v1 private key file, SHA256 fingerprints and the randomart of sshkey.c
// (fingerprint_randomart: a 17x9 field walked two bits at a time). Key material comes from the world's seeded
// random source, so the same seed gives the same keys.
import { DIGESTS } from '../../coreutils/md5sum/digest';
import { concatBytes, hexBytes } from '../../lib/bytes';

const sha256 = (data: Uint8Array) => hexBytes(DIGESTS.sha256(data));

export type KeyType = 'ed25519' | 'rsa' | 'ecdsa';

export interface SshKey {
  type: KeyType;
  /** The public key blob. */
  blob: Uint8Array;
  bits: number;
}

/** `ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`: the name in key files and known_hosts. */
export const KEY_NAME: Record<KeyType, string> = { ed25519: 'ssh-ed25519', rsa: 'ssh-rsa', ecdsa: 'ecdsa-sha2-nistp256' };
/** sshkey_type(): `ED25519`, `RSA`, `ECDSA`. */
export const KEY_LABEL: Record<KeyType, string> = { ed25519: 'ED25519', rsa: 'RSA', ecdsa: 'ECDSA' };
/** The default file of each type in ~/.ssh. */
export const KEY_FILE: Record<KeyType, string> = { ed25519: 'id_ed25519', rsa: 'id_rsa', ecdsa: 'id_ecdsa' };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array, pad = true): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (left > 1 ? B64[(n >> 6) & 63] : pad ? '=' : '') + (left > 2 ? B64[n & 63] : pad ? '=' : '');
  }
  return out;
}

export function unbase64(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=]/g, '');
  if (/[^A-Za-z0-9+/]/.test(clean)) return null;
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 255);
    }
  }
  return new Uint8Array(out);
}

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 255);

/** Concatenate SSH wire fields: a number is a uint32, a Uint8Array or string a length-prefixed string. */
function wire(...parts: (number | string | Uint8Array | { raw: Uint8Array })[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const p of parts) {
    if (typeof p === 'number') chunks.push(Uint8Array.of(p >>> 24, (p >>> 16) & 255, (p >>> 8) & 255, p & 255));
    else if (p instanceof Uint8Array || typeof p === 'string') {
      const b = typeof p === 'string' ? enc(p) : p;
      chunks.push(wire(b.length), b);
    } else chunks.push(p.raw);
  }
  return concatBytes(chunks);
}

/** An mpint: big-endian, with a leading zero byte when the top bit is set. */
const mpint = (b: Uint8Array) => (b[0] & 0x80 ? Uint8Array.of(0, ...b) : b);

/** `bytes(n)` gives n random bytes (the world's rng, or a digest stream for host keys). */
export type ByteSource = (n: number) => Uint8Array;

export function rngBytes(next: () => number): ByteSource {
  return (n) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
}

/** A byte stream drawn from SHA-256 of a seed text (the same text, the same bytes). */
export function digestBytes(seed: string): ByteSource {
  let counter = 0;
  let pool: number[] = [];
  return (n) => {
    while (pool.length < n) pool.push(...sha256(enc(`${seed}#${counter++}`)));
    return Uint8Array.from(pool.splice(0, n));
  };
}

export interface KeyPair {
  key: SshKey;
  /** The fields of the private section after the key name (wire-encoded). */
  secret: Uint8Array;
}

/** A new key pair of `type` (RSA 3072 bits by default, as ssh-keygen 8.7 makes). */
export function generateKey(type: KeyType, bytes: ByteSource, rsaBits = 3072): KeyPair {
  if (type === 'ed25519') {
    const seed = bytes(32);
    const pub = bytes(32);
    return { key: { type, blob: wire(KEY_NAME.ed25519, pub), bits: 256 }, secret: wire(pub, Uint8Array.of(...seed, ...pub)) };
  }
  if (type === 'ecdsa') {
    const q = Uint8Array.of(4, ...bytes(64));
    return { key: { type, blob: wire(KEY_NAME.ecdsa, 'nistp256', q), bits: 256 }, secret: wire('nistp256', q, mpint(bytes(32))) };
  }
  const n = bytes(rsaBits / 8);
  n[0] |= 0x80;
  n[n.length - 1] |= 1;
  const e = Uint8Array.of(1, 0, 1);
  const half = rsaBits / 16;
  return {
    key: { type, blob: wire(KEY_NAME.rsa, e, mpint(n)), bits: rsaBits },
    secret: wire(mpint(n), e, mpint(bytes(rsaBits / 8)), mpint(bytes(half)), mpint(bytes(half)), mpint(bytes(half))),
  };
}

/** The one-line public key: `ssh-ed25519 AAAA... comment`. */
export function publicLine(key: SshKey, comment: string): string {
  return `${KEY_NAME[key.type]} ${base64(key.blob)}${comment ? ' ' + comment : ''}`;
}

/** Read a key blob back (from a public key line or a private key file). */
export function parseBlob(blob: Uint8Array): SshKey | null {
  const str = (off: number): [Uint8Array, number] | null => {
    if (off + 4 > blob.length) return null;
    const len = (blob[off] << 24) | (blob[off + 1] << 16) | (blob[off + 2] << 8) | blob[off + 3];
    if (len < 0 || off + 4 + len > blob.length) return null;
    return [blob.subarray(off + 4, off + 4 + len), off + 4 + len];
  };
  const name = str(0);
  if (!name) return null;
  const n = String.fromCharCode(...name[0]);
  const type = (Object.keys(KEY_NAME) as KeyType[]).find((t) => KEY_NAME[t] === n);
  if (!type) return null;
  let bits = 256;
  if (type === 'rsa') {
    const e = str(name[1]);
    const mod = e && str(e[1]);
    if (!mod) return null;
    bits = (mod[0][0] === 0 ? mod[0].length - 1 : mod[0].length) * 8;
  }
  return { type, blob: Uint8Array.from(blob), bits };
}

/** A public key line (`type base64 [comment]`): the key and its comment, or null. */
export function parsePublicLine(line: string): { key: SshKey; comment: string } | null {
  const [name, b64, ...rest] = line.trim().split(/\s+/);
  if (!name || !b64) return null;
  const blob = unbase64(b64);
  const key = blob && parseBlob(blob);
  if (!key || KEY_NAME[key.type] !== name) return null;
  return { key, comment: rest.join(' ') };
}

export const sameKey = (a: SshKey, b: SshKey) => base64(a.blob) === base64(b.blob);

/** `SHA256:` and the unpadded base64 of the blob's digest (43 characters). */
export function fingerprint(key: SshKey): string {
  return 'SHA256:' + base64(sha256(key.blob), false);
}

/** The randomart picture of sshkey.c for the SHA256 digest of the key (no trailing newline). */
export function randomart(key: SshKey): string {
  const X = 17;
  const Y = 9;
  const aug = ' .o+=*BOX@%&#/^SE';
  const len = aug.length - 1;
  const field = Array.from({ length: X }, () => new Array<number>(Y).fill(0));
  let x = X >> 1;
  let y = Y >> 1;
  for (const byte of sha256(key.blob)) {
    let input = byte;
    for (let b = 0; b < 4; b++) {
      x = Math.min(Math.max(x + (input & 1 ? 1 : -1), 0), X - 1);
      y = Math.min(Math.max(y + (input & 2 ? 1 : -1), 0), Y - 1);
      if (field[x][y] < len - 2) field[x][y]++;
      input >>= 2;
    }
  }
  field[X >> 1][Y >> 1] = len - 1;
  field[x][y] = len;
  const border = (label: string) => {
    const left = (X - label.length) >> 1;
    return '+' + '-'.repeat(left) + label + '-'.repeat(X - left - label.length) + '+';
  };
  const rows = [border(`[${KEY_LABEL[key.type]} ${key.bits}]`)];
  for (let yy = 0; yy < Y; yy++) rows.push('|' + field.map((col) => aug[Math.min(col[yy], len)]).join('') + '|');
  rows.push(border('[SHA256]'));
  return rows.join('\n');
}

const BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const END = '-----END OPENSSH PRIVATE KEY-----';

/** The openssh-key-v1 private key file; with a passphrase, the private part is aes256-ctr under bcrypt. */
export function privateKeyFile(pair: KeyPair, comment: string, encrypted: boolean, bytes: ByteSource): string {
  const check = bytes(4);
  const block = encrypted ? 16 : 8;
  let priv = wire({ raw: check }, { raw: check }, KEY_NAME[pair.key.type], { raw: pair.secret }, comment);
  const padLen = (block - (priv.length % block)) % block;
  priv = Uint8Array.of(...priv, ...Array.from({ length: padLen }, (_, i) => i + 1));
  if (encrypted) priv = bytes(priv.length);
  const body = wire(
    { raw: enc('openssh-key-v1\0') },
    encrypted ? 'aes256-ctr' : 'none',
    encrypted ? 'bcrypt' : 'none',
    encrypted ? wire(bytes(16), 16) : new Uint8Array(0),
    1,
    pair.key.blob,
    priv,
  );
  const b64 = base64(body);
  const lines = b64.match(/.{1,70}/g) ?? [];
  return `${BEGIN}\n${lines.join('\n')}\n${END}\n`;
}

/** The public key and whether a passphrase protects it, read from a private key file; null if it is not one. */
export function readPrivateKey(text: string): { key: SshKey; encrypted: boolean } | null {
  const m = text.indexOf(BEGIN);
  const e = text.indexOf(END);
  if (m < 0 || e < m) return null;
  const body = unbase64(text.slice(m + BEGIN.length, e));
  if (!body) return null;
  const magic = 'openssh-key-v1\0';
  if (String.fromCharCode(...body.subarray(0, magic.length)) !== magic) return null;
  let off = magic.length;
  const str = (): Uint8Array | null => {
    if (off + 4 > body.length) return null;
    const len = (body[off] << 24) | (body[off + 1] << 16) | (body[off + 2] << 8) | body[off + 3];
    const v = body.subarray(off + 4, off + 4 + len);
    off += 4 + len;
    return v;
  };
  const cipher = str();
  str();
  str();
  off += 4;
  const blob = str();
  const key = blob && parseBlob(blob);
  if (!cipher || !key) return null;
  return { key, encrypted: String.fromCharCode(...cipher) !== 'none' };
}

/** HMAC-SHA1 (RFC 2104), as hostfile.c's host_hash() uses it. */
function hmacSha1(key: Uint8Array, msg: Uint8Array): Uint8Array {
  const sha1 = (d: Uint8Array) => hexBytes(DIGESTS.sha1(d));
  let k = key.length > 64 ? sha1(key) : key;
  const block = new Uint8Array(64);
  block.set(k);
  k = block;
  const pad = (c: number) => k.map((b) => b ^ c);
  return sha1(concatBytes([pad(0x5c), sha1(concatBytes([pad(0x36), msg]))]));
}

/** host_hash(): `|1|base64(salt)|base64(HMAC-SHA1(salt, name))`, the hashed name of known_hosts (-H). */
export function hashHostName(name: string, salt: Uint8Array): string {
  return `|1|${base64(salt)}|${base64(hmacSha1(salt, enc(name)))}`;
}

/** Whether a hashed known_hosts name stands for `name`. */
export function hashedNameMatches(entry: string, name: string): boolean {
  const m = /^\|1\|([^|]+)\|([^|]+)$/.exec(entry);
  const salt = m && unbase64(m[1]);
  return !!salt && salt.length === 20 && hashHostName(name, salt) === entry;
}
