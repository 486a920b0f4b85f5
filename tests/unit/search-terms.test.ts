import { describe, it, expect } from 'vitest';
import { searchTerms } from '../../src/lib/search-terms';

describe('search terms', () => {
  it('drops a Korean particle typed after a noun', () => {
    expect(searchTerms('컨테이너를', 'ko')).toBe('컨테이너');
    expect(searchTerms('쿠버네티스의 구조', 'ko')).toBe('쿠버네티스 구조');
    expect(searchTerms('노드에서', 'ko')).toBe('노드');
    expect(searchTerms('파드는', 'ko')).toBe('파드');
    expect(searchTerms('Vagrant의', 'ko')).toBe('Vagrant');
  });

  it('keeps short words, bare nouns, Latin words and other languages as typed', () => {
    expect(searchTerms('컨테이너', 'ko')).toBe('컨테이너');
    expect(searchTerms('결과', 'ko')).toBe('결과');
    expect(searchTerms('kubectl get pods', 'ko')).toBe('kubectl get pods');
    expect(searchTerms('컨테이너를', 'en')).toBe('컨테이너를');
  });
});
