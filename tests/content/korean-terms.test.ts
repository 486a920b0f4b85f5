/**
 * One Korean vocabulary across lessons, quizzes, labs, glossary and UI strings, after kubernetes.io/ko's
 * localization guide (content/ko/docs/contribute/localization_ko.md in kubernetes/website): 파드, 서비스,
 * kinds in Hangul with the English once (디플로이먼트(Deployment)), 자가 치유, 컨트롤 플레인, 레이블, 셸,
 * 의도한 상태; the lessons' 조인 and 드레인; and none of the translationese that makes tools talk, gives things
 * 에게, or makes 여러분 the subject.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Text { where: string; text: string }

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

/** Prose only: code blocks, inline code and manifests are what the tools print or read, and stay as they are. */
function prose(s: string): string {
  return s
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    // quoted output such as "Controlled By: ReplicaSet/web-5d4f8c7b9" is the tool's own words
    .replace(/"[\x20-\x7e…]*"/g, '');
}

/** Every `ko` string in a YAML document, with its path. */
function koStrings(node: unknown, path: string, out: Text[]): void {
  if (Array.isArray(node)) node.forEach((n, i) => koStrings(n, `${path}.${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'ko' && typeof v === 'string') out.push({ where: `${path}.ko`, text: prose(v) });
      else koStrings(v, `${path}.${k}`, out);
    }
  }
}

const texts: Text[] = [];
for (const f of files('content/lessons/ko', '.mdx')) texts.push({ where: f, text: prose(readFileSync(f, 'utf8')) });
for (const f of [...files('content/quizzes', '.yaml'), ...files('content/labs', '.yaml'), 'content/glossary.yaml']) {
  koStrings(parse(readFileSync(f, 'utf8')), f, texts);
}
const uiTexts: Text[] = files('src/i18n/ko', '.ts').map((f) => ({ where: f, text: prose(readFileSync(f, 'utf8')) }));

/** People may be given something (에게); programs and things are not. */
const PEOPLE = '(?:사람|사람들|사용자|관리자|개발자|운영자|학습자|동료|담당자|팀|모두|아무|누구|누군가|사업자|여러분|본인|자신)';

const RULES: { re: RegExp; say: string; ui?: boolean }[] = [
  { re: /자동\s?복구/g, say: '자가 치유', ui: true },
  { re: /포드/g, say: '파드', ui: true },
  { re: /쉘/g, say: '셸', ui: true },
  { re: /라벨/g, say: '레이블', ui: true },
  { re: /컨트롤플레인|제어\s?평면/g, say: '컨트롤 플레인', ui: true },
  { re: /합류/g, say: '조인', ui: true },
  { re: /(?<![`\w-]|kubectl )drain(?=[가-힣])/g, say: '드레인', ui: true },
  { re: /원하는 상태/g, say: '의도한 상태', ui: true },
  { re: /강의(?!\s?(?:노트|자료))/g, say: '레슨 (강의 is kept for the lecture itself: 강의 노트, 강의 자료)', ui: true },
  { re: /이야기(?:하|를 나누|합)|대화(?!형)/g, say: 'tools do not talk: 요청을 보내다, 주고받다, 다루다', ui: true },
  { re: /(?:로|로만|를|을|와|과)\s?(?:직접\s)?말하(?:지|고|는|며|면|기|ㅂ|다)?|말합니다(?=\.)(?<=로 말합니다)/g, say: 'tools do not speak: 요청을 보내다, 구현하다, 쓰다', ui: true },
  { re: new RegExp(`(?<!${PEOPLE})(?<=[\\w가-힣)])에게`, 'gu'), say: '에게 is for people: 에 (런타임에, kubelet에)', ui: true },
  { re: /여러분(?:이|은|도|께서)(?![가-힣])/g, say: 'not 여러분 as the subject: leave it out', ui: true },
  {
    // Kinds in Hangul; English only right after them in parentheses, the first time (디플로이먼트(Deployment)).
    re: /(?<![(\w/.-]|as an? |Web |Sealed )(?:Deployments?|ReplicaSets?|Services?|Pods?|ConfigMaps?|Secrets?|Namespaces?|Nodes?|DaemonSets?|StatefulSets?|Endpoints)(?![\w.-])/g,
    say: 'the kind in Hangul: 디플로이먼트, 레플리카셋, 서비스, 파드, 컨피그맵, 시크릿, 네임스페이스, 노드, 데몬셋, 엔드포인트',
  },
];

function violations(list: Text[], ui: boolean): string[] {
  const out: string[] = [];
  for (const { where, text } of list) {
    for (const rule of RULES) {
      if (ui && !rule.ui) continue;
      for (const m of text.matchAll(rule.re)) {
        const at = m.index ?? 0;
        out.push(`${where}: "${text.slice(Math.max(0, at - 12), at + m[0].length + 12).replace(/\s+/g, ' ')}" → ${rule.say}`);
      }
    }
  }
  return out;
}

describe('Korean vocabulary', () => {
  it('lessons, quizzes, labs and the glossary use one vocabulary, without translationese', () => {
    expect(violations(texts, false)).toEqual([]);
  });

  it('a lesson names each kind in Hangul with the English once, at its first use', () => {
    const kinds: [string, string][] = [['디플로이먼트', 'Deployment'], ['레플리카셋', 'ReplicaSet'], ['데몬셋', 'DaemonSet'], ['컨피그맵', 'ConfigMap'], ['시크릿', 'Secret']];
    const missing: string[] = [];
    for (const f of files('content/lessons/ko', '.mdx')) {
      const body = prose(readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
      for (const [ko, en] of kinds) {
        const at = body.indexOf(ko);
        if (at >= 0 && !body.startsWith(`${ko}(${en})`, at)) missing.push(`${f}: ${ko}(${en})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('UI strings use the same words', () => {
    expect(violations(uiTexts, true)).toEqual([]);
  });

  it('the rules catch what they are meant to catch', () => {
    const sample = [
      'kubelet은 CRI로 말합니다.', '런타임에게 넘긴다', '여러분이 실행한다', '자동 복구', '노드가 합류한다',
      'Deployment를 만든다', '서비스가 대화한다', '원하는 상태',
    ].map((text, i) => ({ where: `s${i}`, text }));
    expect(violations(sample, false)).toHaveLength(sample.length);
    const fine = [
      '디플로이먼트(Deployment)를 만든다', '사용자에게 알린다', '대화형 셸', '여러분의 PC', 'PaaS(Platform as a Service)', '`kubectl drain`', '의도한 상태',
    ].map((text, i) => ({ where: `f${i}`, text }));
    expect(violations(fine, false)).toEqual([]);
  });
});
