// P-256 point multiplication against known answers: 1·G is the generator, and the RFC 6979 A.2.5 key pair.
import { describe, expect, it } from 'vitest';
import { onCurve, publicPoint } from '../../../../src/sim/k8s/pki/p256';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('P-256', () => {
  it('computes k·G', () => {
    expect(hex(publicPoint(1n))).toBe('046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2964fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5');
    const q = publicPoint(0xc9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721n);
    expect(hex(q)).toBe('0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299');
    expect(onCurve(q)).toBe(true);
  });
});
