/**
 * The shells inside the images, against the real shells (tests/golden/container-shell, recorded from Debian 12's
 * dash and bash and busybox ash by scripts/golden/record.sh container-shell): `kubectl exec POD -- SHELL -c LINE`
 * prints the shell's own words for a program the image lacks, then kubectl's `command terminated with exit code N`;
 * `kubectl exec -it POD -- SHELL` shows what the terminal showed. dash is nginx:1.25's sh, bash its bash, busybox
 * ash busybox:1.36's sh; ps is in neither nginx nor busybox… so the cases use programs each image lacks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim';
import '../../../../src/sim/k8s/register';
import { imageOs, lacks } from '../../../../src/sim/k8s/container-shell';

const GOLDEN = path.resolve(__dirname, '../../../golden/container-shell');
const read = (p: string) => fs.readFileSync(p, 'utf8');
const cases = fs
  .readdirSync(GOLDEN)
  .filter((n) => fs.existsSync(path.join(GOLDEN, n, 'cmd')))
  .sort();
const IMAGE = { dash: 'nginx:1.25', bash: 'nginx:1.25', ash: 'busybox:1.36' } as const;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

async function cluster() {
  const s = await createSession({ lab: 'cluster', seed: 21 });
  await s.exec(`kubectl run web --image=${IMAGE.dash}`);
  await s.exec(`kubectl run bb --image=${IMAGE.ash} -- sleep 3600`);
  await s.advance(60_000);
  return s;
}

describe('the shells in the containers, as dash, bash and busybox ash word them', () => {
  it('nginx:1.25 lacks ps, ip and ping and has curl and bash; busybox:1.36 lacks curl and bash and has ps and wget', () => {
    const nginx = imageOs('nginx:1.25');
    expect(['ps', 'ip', 'ping', 'vi', 'wget'].filter((p) => lacks(nginx, p))).toEqual(['ps', 'ip', 'ping', 'vi', 'wget']);
    expect(['curl', 'bash', 'sh', 'envsubst', 'openssl', '/usr/bin/curl'].some((p) => lacks(nginx, p))).toBe(false);
    const bb = imageOs('busybox:1.36');
    expect(['curl', 'bash'].every((p) => lacks(bb, p))).toBe(true);
    expect(['ps', 'wget', 'nslookup', 'ip', 'sh', 'ash'].some((p) => lacks(bb, p))).toBe(false);
  });
  for (const name of cases) {
    const [shell, argv0, mode, ...rest] = read(path.join(GOLDEN, name, 'cmd')).trimEnd().split('|') as [keyof typeof IMAGE, string, string, ...string[]];
    const text = rest.join('|');
    const pod = shell === 'ash' ? 'bb' : 'web';
    const status = Number(read(path.join(GOLDEN, name, 'status')));
    it(`${name}: ${argv0} ${mode === 'c' ? `-c ${text}` : '-i'}`, async () => {
      const s = await cluster();
      if (mode === 'c') {
        const r = await s.exec(`kubectl exec ${pod} -- ${argv0} -c ${quote(text)}`);
        const tail = status ? `command terminated with exit code ${status}\n` : '';
        expect({ out: r.stdout, err: r.stderr, code: r.exitCode }).toEqual({ out: read(path.join(GOLDEN, name, 'stdout')), err: read(path.join(GOLDEN, name, 'stderr')) + tail, code: status });
      } else {
        const lines = text.split('\\n');
        const r = await s.exec(`kubectl exec -it ${pod} -- ${argv0}`, { answers: lines });
        // the terminal shows both streams; the recorded prompt is `# ` for each shell, the images' own prompts differ
        const prompt = shell === 'bash' ? `root@${pod}:/# ` : shell === 'ash' ? '/ # ' : '# ';
        const shown = r.output.split(prompt).join('# ');
        const tail = status ? `command terminated with exit code ${status}\n` : '';
        expect(shown).toBe(read(path.join(GOLDEN, name, 'stdout')) + tail);
        expect(r.exitCode).toBe(status);
      }
    });
  }
  it('an image without the shell asked for, or without any shell, is the runtime error', async () => {
    const s = await cluster();
    const r = await s.exec('kubectl exec bb -- bash -c ls');
    expect(r.stderr).toMatch(/^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in \$PATH: unknown\n$/);
    expect(r.exitCode).toBe(1);
    const ps = await s.exec('kubectl exec web -- ps');
    expect(ps.stderr).toMatch(/exec: "ps": executable file not found in \$PATH: unknown\n$/);
    const dns = (await s.exec('kubectl get pods -n kube-system -o name')).stdout.split('\n').find((l) => l.includes('coredns'))!;
    expect((await s.exec(`kubectl exec -it -n kube-system ${dns} -- sh`)).stderr).toMatch(/exec: "sh": executable file not found in \$PATH: unknown\n$/);
  });
});
