/**
 * cmdutil.GetResourcesAndPairs (kubectl label, annotate): an argument with `=` (not first) or ending in `-` (not `-`
 * alone) is a change, the ones before the first change are resources, and a resource after a change is an error.
 */
export function resourcesAndPairs(args: string[], pairType: 'label' | 'annotation'): { resources: string[]; pairs: string[] } | { error: string } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const pair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (pair) pairs.push(s);
    else if (pairs.length) return { error: `all resources must be specified before ${pairType} changes: ${s}` };
    else resources.push(s);
  }
  return { resources, pairs };
}
