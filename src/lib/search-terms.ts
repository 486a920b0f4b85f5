/**
 * Korean particles stick to the word before them (컨테이너를, 쿠버네티스의). Pagefind matches the start of
 * indexed words, so a bare noun finds every form; a query typed with a particle drops it first.
 */
const KO_PARTICLES = ['에서는', '으로는', '에게서', '이라는', '에서', '에게', '으로', '라는', '까지', '부터', '처럼', '보다', '이나', '하고', '이랑', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '나', '랑'];

export function searchTerms(query: string, lang: string): string {
  if (lang !== 'ko') return query;
  return query
    .split(/\s+/)
    .map((word) => {
      if (!/[\uac00-\ud7a3]$/.test(word)) return word;
      const p = KO_PARTICLES.find((x) => word.endsWith(x) && word.length - x.length >= 2);
      return p ? word.slice(0, -p.length) : word;
    })
    .join(' ');
}

