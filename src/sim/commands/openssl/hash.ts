// X509_NAME_hash_ex (crypto/x509/x509_cmp.c over x_name.c's canonical encoding): each attribute's value as a
// UTF8String, lower-cased, trimmed and with inner runs of spaces made one; the RDN sets concatenated without the
// outer SEQUENCE; the first four bytes of its SHA-1, little-endian, as %08lx (`-hash`, c_rehash's link names).
import { children, concat, oid as oidDer, read, readOid, seq, set, text, TAG } from '../../k8s/pki/der';
import { DIGESTS } from '../coreutils/md5sum/digest';

export function nameHash(nameDer: Uint8Array): string {
  const sets = children(read(nameDer)).map((rdn) =>
    set(
      ...children(rdn).map((atv) => {
        const [t, v] = children(atv);
        const value = new TextDecoder().decode(v.bytes.slice(v.body, v.end)).trim().replace(/\s+/g, ' ').replace(/[A-Z]/g, (c) => c.toLowerCase());
        return seq(oidDer(readOid(t)), text(TAG.UTF8, value));
      }),
    ),
  );
  const md = DIGESTS.sha1(concat(sets));
  const le = md.slice(6, 8) + md.slice(4, 6) + md.slice(2, 4) + md.slice(0, 2);
  return le;
}


