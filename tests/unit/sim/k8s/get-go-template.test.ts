/**
 * `kubectl get -o go-template` on the cluster's objects: the same texts kubectl 1.28.15 prints for these templates
 * over the same Secret (recorded with `create secret generic db ... --dry-run=client -o go-template=T`, the
 * fixtures under tests/golden/kubectl/1.28/create_secret_generic_db_-o_go-template=*).
 */
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('kubectl get -o go-template', () => {
  it('ranges over a map, pipes into base64decode and reports what Go reports', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('kubectl create secret generic db --from-literal=password=hunter2 --from-literal=user=admin');
    const get = (t: string) => s.exec(`kubectl get secret db -o go-template='${t}'`);
    expect((await get('{{range $k, $v := .data}}{{$k}}={{$v | base64decode}}{{"\\n"}}{{end}}')).stdout).toBe('password=hunter2\nuser=admin\n');
    expect((await get('{{index .data "password" | base64decode}}')).stdout).toBe('hunter2');
    expect((await get('{{if .data.user}}yes{{else}}no{{end}}')).stdout).toBe('yes');
    expect((await get('{{.data}}')).stdout).toBe('map[password:aHVudGVyMg== user:YWRtaW4=]');
    expect((await get('{{.data.nokey.deeper}}')).stdout).toBe('<no value>');
    expect((await get('{{- .kind -}} x {{"a"}}')).stdout).toBe('Secretx a');
    const bad = await get('{{.metadata.name | base64decode}}');
    expect([bad.stderr, bad.exitCode]).toEqual([
      'error: error executing template "{{.metadata.name | base64decode}}": template: output:1:19: executing "output" at <base64decode>: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0\n',
      1,
    ]);
    expect((await get('{{.kind.foo}}')).stderr).toBe(
      'error: error executing template "{{.kind.foo}}": template: output:1:7: executing "output" at <.kind.foo>: can\'t evaluate field foo in type interface {}\n',
    );
    expect((await get('{{foo .data}}')).stderr).toBe('error: error parsing template {{foo .data}}, template: output:1: function "foo" not defined\n');
    const nodes = await s.exec(`kubectl get nodes -o go-template --template='{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'`);
    expect(nodes.stdout).toBe('m-k8s\nw1-k8s\nw2-k8s\n');
  });
});
