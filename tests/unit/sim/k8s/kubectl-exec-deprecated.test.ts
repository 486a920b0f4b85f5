// kubectl exec POD COMMAND (no --): exec.go's Complete prints the deprecation line before the pod is looked up, so it
// precedes every later error. Recorded from kubectl 1.28.15 (`kubectl exec nope hostname` prints it, then the
// connection error); the pod errors are the API server's as kubectl prints them.
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';

const DEP = 'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n';

describe('kubectl exec without --', () => {
  it('warns of the old form first, whatever goes wrong next', () => {
    const { run } = makeCluster();
    expect(run('exec nope hostname')).toMatchObject({ out: '', err: DEP + 'Error from server (NotFound): pods "nope" not found\n', code: 1 });
    expect(run('exec nope -- hostname')).toMatchObject({ out: '', err: 'Error from server (NotFound): pods "nope" not found\n', code: 1 });
    run('run busy --image=busybox --restart=Never -- sleep 3600');
    expect(run('exec busy hostname')).toMatchObject({ out: '', err: DEP + 'error: unable to upgrade connection: container not found ("busy")\n', code: 1 });
    expect(run('exec busy -c other hostname').err.startsWith(DEP)).toBe(true);
  });
});
