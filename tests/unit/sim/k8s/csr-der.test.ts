// The bytes behind the CSRs: P-256 points, and requests and certificates that read back as they were written.
import { describe, expect, it } from 'vitest';
import { certificate, certificateRequest, parseRequest, pem, privateScalar, publicPoint, unpem } from '../../../../src/sim/k8s/pki/csr';

const hex = (b: number[]) => b.map((x) => x.toString(16).padStart(2, '0')).join('');

describe('P-256', () => {
  it('gives the curve points of known scalars (SEC 2 / NIST test vectors for 1·G and 2·G)', () => {
    // the scalar is the bytes' value mod n-1, plus one: all zeros is 1, a final 1 is 2
    const zero = new Array(32).fill(0);
    expect(hex(privateScalar(zero))).toBe('0'.repeat(63) + '1');
    expect(hex(publicPoint(zero))).toBe('04' + '6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296' + '4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5');
    expect(hex(publicPoint([...zero.slice(1), 1]))).toBe('04' + '7cf27b188d034f7e8a52380304b51ac3c08969e277f21b35a60b48fc47669978' + '07775510db8ed040293d9ac69f7430dbba7dade63ce982299e04b79d227873d1');
  });
});

describe('certificate requests', () => {
  it('read back their subject and alternative names', () => {
    const der = certificateRequest({ commonName: 'system:node:w1-k8s', organization: ['system:nodes'] }, 'seed', { dnsNames: ['w1-k8s'], ipAddresses: ['192.168.56.101'] });
    const back = unpem(pem('CERTIFICATE REQUEST', der))!;
    expect(back.type).toBe('CERTIFICATE REQUEST');
    expect(parseRequest(back.der)).toMatchObject({ subject: { commonName: 'system:node:w1-k8s', organization: ['system:nodes'] }, dnsNames: ['w1-k8s'], ipAddresses: ['192.168.56.101'], emailAddresses: [], uris: [] });
  });

  it('keep the request key in the certificate issued for it', () => {
    const r = parseRequest(certificateRequest({ commonName: 'dev' }, 'k'))!;
    const cert = certificate({ subject: r.subject, keyInfo: r.keyInfo, notBefore: Date.UTC(2025, 11, 10), notAfter: Date.UTC(2026, 11, 10), usages: ['digital signature', 'client auth'], seed: 's' });
    expect(hex(cert)).toContain(hex(r.keyInfo));
    // UTCTime validity as Go writes it
    expect(new TextDecoder().decode(new Uint8Array(cert))).toContain('251210000000Z');
  });
});
