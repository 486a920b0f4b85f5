import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildMatchers, linkTerms, termPatterns, type GlossaryEntry, type HNode } from '../../src/lib/glossary-links';

const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryEntry[];
const href = (id: string) => `/en/glossary/#${id}`;

function p(...children: HNode[]): HNode {
  return { type: 'root', children: [{ type: 'element', tagName: 'p', children }] };
}
const text = (value: string): HNode => ({ type: 'text', value });

/** The visible text of a tree, with linked terms as [term→id]. */
function show(node: HNode): string {
  if (node.type === 'text') return (node as { value: string }).value;
  const el = node as { tagName?: string; properties?: Record<string, unknown>; children?: HNode[] };
  if (el.tagName === 'span' && (el.properties?.className as string[] | undefined)?.includes('term')) {
    const a = el.children![0] as { properties: Record<string, unknown>; children: HNode[] };
    return `[${show(a.children[0]!)}→${String(a.properties.href).split('#')[1]}]`;
  }
  return (el.children ?? []).map(show).join('');
}

describe('glossary terms in lessons', () => {
  it('links the first use of each term only, keeping the words as written', () => {
    const tree = p(text('A container runtime starts a container. Another container runtime can too.'));
    linkTerms(tree, buildMatchers(glossary, 'en', 'foundations'), href);
    expect(show(tree)).toBe('A [container runtime→container-runtime] starts a [container→container]. Another container runtime can too.');
  });

  it('gives the link its definition as a description and a tooltip', () => {
    const tree = p(text('Each pod has an IP.'));
    linkTerms(tree, buildMatchers(glossary, 'en', 'kubernetes-cluster'), href);
    const span = ((tree as { children: HNode[] }).children[0] as { children: HNode[] }).children[1] as {
      children: { properties: Record<string, unknown>; children: { value: string }[] }[];
    };
    const [link, tip] = span.children;
    expect(link!.properties.ariaDescribedBy).toBe('term-pod');
    expect(tip!.properties.id).toBe('term-pod');
    expect(tip!.properties.role).toBe('tooltip');
    expect(tip!.children[0]!.value).toBe(glossary.find((g) => g.id === 'pod')!.definition.en);
  });

  it('never links inside code, links or headings, and not inside other words', () => {
    const tree: HNode = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'h2', children: [text('Pods')] },
        { type: 'element', tagName: 'p', children: [{ type: 'element', tagName: 'code', children: [text('kubectl get pods')] }, text(' containerd and kubectl.')] },
      ],
    };
    linkTerms(tree, buildMatchers(glossary, 'en', 'kubernetes-cluster'), href);
    expect(show(tree)).toBe('Podskubectl get pods [containerd→containerd] and [kubectl→kubectl].');
  });

  it('finds Korean terms before their particles, and kinds only where they are meant', () => {
    const tree = p(text('파드를 지우면 레플리카셋이 새 파드를 만듭니다. 서비스형 인프라와 서비스(Service)는 다릅니다.'));
    linkTerms(tree, buildMatchers(glossary, 'ko', 'cluster-operations'), (id) => `/ko/glossary/#${id}`);
    expect(show(tree)).toBe('[파드→pod]를 지우면 [레플리카셋→replicaset]이 새 파드를 만듭니다. [서비스형 인프라→iaas]와 [서비스(Service)→service]는 다릅니다.');
    const ch1 = p(text('Platform as a Service and Linux namespaces'));
    linkTerms(ch1, buildMatchers(glossary, 'en', 'foundations'), href);
    expect(show(ch1)).toBe('[Platform as a Service→paas] and Linux namespaces');
  });

  it('keeps a word that names something else out of the term: the Vagrant registry is not a container registry', () => {
    const tree = p(text('Vagrant downloads boxes from the Vagrant registry; images come from a registry.'));
    linkTerms(tree, buildMatchers(glossary, 'en', 'foundations'), href);
    expect(show(tree)).toBe('[Vagrant→vagrant] downloads boxes from the Vagrant registry; images come from a [registry→registry].');
  });

  it('derives names from the term: parts in parentheses, lower case, plurals', () => {
    const vm = glossary.find((g) => g.id === 'vm')!;
    expect(termPatterns(vm, 'en')).toEqual(['Virtual machine(?:e?s)?', 'virtual machine(?:e?s)?', 'VM(?:e?s)?']);
    expect(termPatterns(vm, 'ko')).toEqual(['가상 머신', 'VM(?:e?s)?']);
  });
});
