import type en from '../en/mdx';

export default {
  note: '참고',
  tip: '팁',
  table: '표',
  warning: '주의',
} satisfies Record<keyof typeof en, string>;
