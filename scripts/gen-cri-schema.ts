// Reads the CRI v1 message structs crictl v1.28.0 decodes its config files into (cri-tools vendors
// k8s.io/cri-api/pkg/apis/runtime/v1/api.pb.go) and writes src/sim/k8s/crictl/cri-schema.ts: for each struct reachable
// from PodSandboxConfig and ContainerConfig, its fields' json names (the `json:"..."` tags encoding/json matches) and Go
// types, and the int32 enum types. Usage:
//   npx tsx scripts/gen-cri-schema.ts <path to a cri-tools git dir>
// Only names and types are read; none of the Go code is kept.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const GIT = process.argv[2];
if (!GIT) throw new Error('usage: gen-cri-schema.ts <cri-tools git dir>');
const src = execFileSync('git', ['-C', GIT, 'show', 'v1.28.0:vendor/k8s.io/cri-api/pkg/apis/runtime/v1/api.pb.go'], { encoding: 'utf8', maxBuffer: 1 << 26 });

const structs = new Map<string, [string, string][]>();
for (const m of src.matchAll(/^type (\w+) struct \{\n([\s\S]*?)\n\}/gm)) {
  const fields: [string, string][] = [];
  for (const line of m[2].split('\n')) {
    const f = /^\t(\w+)\s+(\S+)\s+`[^`]*json:"([^",]+)/.exec(line);
    if (!f || f[3] === '-') continue;
    fields.push([f[3], f[2]]);
  }
  structs.set(m[1], fields);
}
const enums = [...src.matchAll(/^type (\w+) int32$/gm)].map((m) => m[1]);

// the structs reachable from the two configs
const keep = new Set<string>();
const visit = (name: string) => {
  if (keep.has(name) || !structs.has(name)) return;
  keep.add(name);
  for (const [, t] of structs.get(name)!) visit(t.replace(/^(\[\]|\*|map\[string\])*/, ''));
};
visit('PodSandboxConfig');
visit('ContainerConfig');

const out = `// The CRI v1 messages crictl v1.28.0 decodes pod and container config files into (cri-api api.pb.go as cri-tools
// vendors it): each struct's fields as [json name, Go type]. Written by scripts/gen-cri-schema.ts. Do not edit.
export const STRUCTS: Record<string, [string, string][]> = {
${[...keep].map((k) => `  ${k}: ${JSON.stringify(structs.get(k))},`).join('\n')}
};
export const ENUMS: string[] = ${JSON.stringify(enums)};
`;
writeFileSync(new URL('../src/sim/k8s/crictl/cri-schema.ts', import.meta.url), out);
console.log(`${keep.size} structs, ${enums.length} enums`);
