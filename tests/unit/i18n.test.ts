import { describe, it, expect } from 'vitest';
import { allStrings, t, strings, languages } from '../../src/i18n';

describe('UI strings', () => {
  const table = allStrings();

  it('every language has every namespace and key of English, none empty', () => {
    expect(Object.keys(table.en).length).toBeGreaterThan(0);
    for (const lang of languages) {
      for (const [ns, dict] of Object.entries(table.en)) {
        expect(Object.keys(table[lang][ns] ?? {}).sort(), `${lang}/${ns}`).toEqual(Object.keys(dict).sort());
        for (const [key, value] of Object.entries(table[lang][ns])) {
          expect(value.trim(), `${lang}/${ns}.${key}`).not.toBe('');
        }
      }
    }
  });

  it('placeholders survive translation', () => {
    for (const [ns, dict] of Object.entries(table.en)) {
      for (const [key, value] of Object.entries(dict)) {
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        for (const lang of languages) expect(names(table[lang][ns][key]), `${lang}/${ns}.${key}`).toEqual(names(value));
      }
    }
  });

  it('fills placeholders and fails loudly on a missing key', () => {
    expect(t('en', 'site.readingTime', { minutes: 7 })).toBe('7 min read');
    expect(t('ko', 'site.readingTime', { minutes: 7 })).toBe('7분 분량');
    expect(strings('ko', 'site').search).toBe('검색');
    expect(() => t('en', 'site.noSuchKey')).toThrow(/src\/i18n\/en\/site\.ts/);
  });
});
