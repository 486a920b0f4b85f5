// Making a user's key, request and certificate on the control plane with openssl, as Kubernetes' documentation does
// it: genrsa, req -new -subj, x509 -req -CA/-CAkey -CAcreateserial; and the other ways to make keys.
import { describe, expect, it } from 'vitest';
import { plain } from '../plain';
import { lab } from '../k8s/helpers';

const CA = '-CA /etc/kubernetes/pki/ca.crt -CAkey /etc/kubernetes/pki/ca.key';

describe('openssl genrsa, req -new and x509 -req', () => {
  it('makes a PKCS#8 key only its owner reads, a request with the -subj name, and a v3 certificate the cluster CA verifies', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    const gen = await sh('openssl genrsa -out jane.key 2048');
    expect([gen.output, gen.exitCode]).toEqual(['', 0]);
    expect((await sh('stat -c %a jane.key')).stdout).toBe('600\n');
    expect((await sh('head -1 jane.key')).stdout).toBe('-----BEGIN PRIVATE KEY-----\n');
    const req = await sh('openssl req -new -key jane.key -out jane.csr -subj "/CN=jane/O=dev/O=qa"');
    expect([req.output, req.exitCode]).toEqual(['', 0]);
    expect((await sh('openssl req -in jane.csr -noout -subject')).stdout).toBe('subject=CN=jane, O=dev, O=qa\n');
    const signed = await sh(`openssl x509 -req -in jane.csr ${CA} -CAcreateserial -out jane.crt -days 365`);
    expect([signed.stdout, signed.stderr, signed.exitCode]).toEqual(['', 'Certificate request self-signature ok\nsubject=CN=jane, O=dev, O=qa\n', 0]);
    const text = (await sh('openssl x509 -in jane.crt -noout -text')).stdout;
    expect(text).toContain('        Version: 3 (0x2)\n');
    expect(text).toContain('        Issuer: CN=kubernetes\n');
    expect(text).toContain('            X509v3 Subject Key Identifier: \n');
    // the authority key id is the cluster CA's own subject key id
    const caSki = (await sh('openssl x509 -in /etc/kubernetes/pki/ca.crt -noout -ext subjectKeyIdentifier')).stdout.split('\n')[1].trim();
    expect(text).toContain(`            X509v3 Authority Key Identifier: \n                ${caSki}\n`);
    expect((await sh('openssl verify -CAfile /etc/kubernetes/pki/ca.crt jane.crt')).stdout).toBe('jane.crt: OK\n');
    // the certificate carries the key of the request
    const mod = (await sh('openssl rsa -in jane.key -noout -modulus')).stdout;
    expect((await sh('openssl x509 -in jane.crt -noout -modulus')).stdout).toBe(mod);
    // the serial file holds the certificate's serial, and the next certificate takes the next one
    const serial = (await sh('cat /etc/kubernetes/pki/ca.srl')).stdout.trim();
    expect((await sh('openssl x509 -in jane.crt -noout -serial')).stdout).toBe(`serial=${serial}\n`);
    await sh(`openssl x509 -req -in jane.csr ${CA} -CAcreateserial -out jane2.crt`);
    const next = (BigInt('0x' + serial) + 1n).toString(16).toUpperCase();
    expect((await sh('openssl x509 -in jane2.crt -noout -serial')).stdout).toBe(`serial=${next}\n`);
    // -days defaults to 30
    const dates = (await sh('openssl x509 -in jane2.crt -noout -dates')).stdout;
    const [nb, na] = [...dates.matchAll(/=(.*)\n/g)].map((m) => Date.parse(m[1]));
    expect(na - nb).toBe(30 * 86400_000);
  });

  it('refuses a CA key that is not the CA certificate\'s, and signing with no key', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    await sh('openssl genrsa -out other.key 2048');
    await sh('openssl req -new -key other.key -out o.csr -subj /CN=o');
    const bad = await sh('openssl x509 -req -in o.csr -CA /etc/kubernetes/pki/ca.crt -CAkey other.key -out o.crt');
    expect([bad.stderr, bad.exitCode]).toEqual(['Certificate request self-signature ok\nsubject=CN=o\nCA certificate and CA private key do not match\n', 1]);
    const none = await sh('openssl x509 -req -in o.csr -out o.crt');
    expect(none.stderr).toBe('Certificate request self-signature ok\nsubject=CN=o\nWe need a private key to sign with, use -key or -CAkey or -CA with private key\n');
    const subj = await sh('openssl req -new -key other.key -subj CN=x');
    expect([subj.stdout, subj.stderr, subj.exitCode]).toEqual(['', "req: subject name is expected to be in the format /type0=value0/type1=value1/type2=... where characters may be escaped by \\. This name is not in that format: 'CN=x'\n", 1]);
    const unknown = await sh('openssl req -new -key other.key -subj /CN=x/FOO=y -noout');
    expect([unknown.stderr, unknown.exitCode]).toEqual(['req warning: Skipping unknown subject name attribute "FOO"\n', 0]);
    const missing = await sh('openssl x509 -req -in nope.csr -CA /etc/kubernetes/pki/ca.crt -CAkey /etc/kubernetes/pki/ca.key');
    expect([missing.stderr, missing.exitCode]).toEqual(['Can\'t open "nope.csr" for reading, No such file or directory\nUnable to load certificate request input\n', 1]);
    expect((await sh('openssl genrsa -out /nonexist/x.key 2048')).stderr).toBe('genrsa: Can\'t open "/nonexist/x.key" for writing, No such file or directory\n');
    // a certificate signed by a key of one's own does not verify against the cluster CA
    await sh('openssl x509 -req -in o.csr -key other.key -out self.crt');
    const v = await sh('openssl verify -CAfile /etc/kubernetes/pki/ca.crt self.crt');
    expect(v.exitCode).toBe(2);
    expect(v.stderr).toContain('error 18 at 0 depth lookup: self-signed certificate\n');
  });

  it('makes keys with -newkey, genpkey and ecparam: RSA with the prime search shown, P-256 pairs that check', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    const r = await sh('openssl req -newkey rsa:2048 -nodes -keyout bob.key -out bob.csr -subj /CN=bob');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^[.+]+\+{64}\*[.+]+\+{64}\n-----\n$/);
    expect((await sh('openssl req -in bob.csr -noout -subject')).stdout).toBe('subject=CN=bob\n');
    expect((await sh('head -1 bob.key')).stdout).toBe('-----BEGIN PRIVATE KEY-----\n');
    await sh('openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec.key');
    expect((await sh('openssl pkey -in ec.key -noout -text')).stdout).toContain('ASN1 OID: prime256v1\n');
    const noCurve = await sh('openssl genpkey -algorithm EC -out x.key');
    expect([noCurve.stderr, noCurve.exitCode]).toEqual(['genpkey: Error generating EC key\n', 1]);
    await sh('openssl ecparam -name prime256v1 -genkey -out ec2.key');
    expect(plain((await sh('grep BEGIN ec2.key')).stdout)).toBe('-----BEGIN EC PARAMETERS-----\n-----BEGIN EC PRIVATE KEY-----\n');
    // an EC key's request and a certificate the cluster CA signs for it
    await sh('openssl req -new -key ec2.key -out ec.csr -subj /CN=ec/O=dev');
    await sh(`openssl x509 -req -in ec.csr ${CA} -out ec.crt -days 10`);
    expect((await sh('openssl verify -CAfile /etc/kubernetes/pki/ca.crt ec.crt')).stdout).toBe('ec.crt: OK\n');
    expect((await sh('openssl genrsa -traditional 2048 | head -1')).stdout).toBe('-----BEGIN RSA PRIVATE KEY-----\n');
  });
});
