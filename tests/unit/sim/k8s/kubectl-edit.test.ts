// kubectl edit in a shell: an edit the server refuses reopens the file with kubectl's reasons in its header.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

async function withWeb() {
  const s = await createSession({ lab: 'cluster', seed: 21, interactiveEditor: false });
  await s.exec('kubectl create deployment web --image=nginx');
  await s.advance(20_000);
  const yaml = (await s.exec('kubectl get deploy web -o yaml')).stdout;
  return { s, yaml };
}
const lines = (t: string) => t.trimEnd().split('\n');

describe('kubectl edit', () => {
  it('opens the object under kubectl header, and cancels when nothing changed', async () => {
    const { s, yaml } = await withWeb();
    const r = await s.exec('kubectl edit deploy/web', { answers: ['.'] });
    expect(r.stdout).toMatch(/^--- \/tmp\/kubectl-edit-\d+\.yaml \(vi\) ---\n/);
    expect(r.stdout).toContain(HEADER + yaml);
    expect(r.stderr).toBe('Edit cancelled, no changes made.\n');
    expect(r.exitCode).toBe(0);
  });
  it('reopens an invalid edit with the reasons, then applies the corrected one', async () => {
    const { s, yaml } = await withWeb();
    const broken = yaml.replace(/ {6}containers:\n[\s\S]*?(?= {6}dnsPolicy)/, '      containers: []\n');
    const fixed = yaml.replace('  replicas: 1\n  revisionHistoryLimit', '  replicas: 2\n  revisionHistoryLimit');
    const r = await s.exec('kubectl edit deployment web', { answers: [...lines(broken), '.', ...lines(fixed), '.'] });
    expect(r.stdout).toContain(
      HEADER + '# deployments.apps "web" was not valid:\n# * spec.template.spec.containers: Required value\n#\napiVersion: apps/v1\n',
    );
    expect(r.stderr).toBe('error: deployments.apps "web" is invalid\n');
    expect(r.stdout).toMatch(/deployment\.apps\/web edited\n$/);
    expect(r.exitCode).toBe(0);
    expect((await s.exec('kubectl get deploy web -o jsonpath={.spec.replicas}')).stdout).toBe('2');
  });
  it('reopens a file that does not parse, and gives up when it comes back unchanged', async () => {
    const { s } = await withWeb();
    const r = await s.exec('kubectl edit deploy web', { answers: ['spec: [', '.', '.'] });
    expect(r.stdout).toMatch(/#\n# The edited file had a syntax error: error converting YAML to JSON: yaml: .*\n#\nspec: \[\n--- end of file ---/);
    expect(r.stderr).toMatch(/^A copy of your changes has been stored to "\/tmp\/kubectl-edit-\d+\.yaml"\nerror: Edit cancelled, no valid changes were saved\.\n$/);
    expect(r.exitCode).toBe(1);
  });
  it('refuses a changed name', async () => {
    const { s, yaml } = await withWeb();
    const r = await s.exec('kubectl edit deploy web', { answers: [...lines(yaml.replace('  name: web\n', '  name: other\n')), '.'] });
    expect(r.stderr).toMatch(/^A copy of your changes has been stored to "\/tmp\/kubectl-edit-\d+\.yaml"\nerror: At least one of apiVersion, kind and name was changed\n$/);
    expect(r.exitCode).toBe(1);
  });
  it('in the page: saving applies, and closing the pane unsaved cancels as when the editor exits', async () => {
    const s = await createSession({ lab: 'cluster', seed: 21 });
    await s.exec('kubectl create deployment web --image=nginx');
    await s.advance(20_000);
    const opened: { hostId: string; path: string; content: string }[] = [];
    s.on('edit', (r) => opened.push(r));
    let out = '';
    const done: number[] = [];
    s.on('output', (c) => (out += c.text));
    s.on('done', (d) => done.push(d.exitCode));
    // Closed without saving: the command ends with kubectl's words, and the object is as it was.
    expect((await s.exec('kubectl edit deploy web')).exitCode).toBeNull();
    expect(opened).toHaveLength(1);
    expect(opened[0]!.content.startsWith(HEADER)).toBe(true);
    await s.advance(5_000);
    expect(s.busy).toBe(true);
    s.closeFile(opened[0]!.hostId, opened[0]!.path);
    await s.advance(1_000);
    expect(s.busy).toBe(false);
    expect(out).toContain('Edit cancelled, no changes made.\n');
    expect(done.at(-1)).toBe(0);
    // Saved, then closed: the change is applied.
    expect((await s.exec('kubectl edit deploy web')).exitCode).toBeNull();
    const req = opened[1]!;
    expect(s.saveFile(req.hostId, req.path, req.content.replace('  replicas: 1\n', '  replicas: 3\n'))).toBe(true);
    s.closeFile(req.hostId, req.path);
    await s.advance(1_000);
    expect(out).toContain('deployment.apps/web edited\n');
    expect((await s.exec('kubectl get deploy web -o jsonpath={.spec.replicas}')).stdout).toBe('3');
  });
});
