// kubectl completion SHELL prints the client's completion script: tests/golden/kubectl-completion/ holds what
// kubectl 1.28.15 printed (scripts/golden/kubectl-completion.sh); the usage errors are completion.go's, as the same
// client printed them. The script needs no server, and bash takes it in with `source <(kubectl completion bash)`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const DIR = path.resolve(import.meta.dirname, '../../../golden/kubectl-completion');

describe('kubectl completion', () => {
  it('prints the recorded script of each shell and the usage errors', async () => {
    const { sh } = await lab('cluster');
    for (const shell of ['bash', 'zsh', 'fish', 'powershell']) {
      const r = await sh(`kubectl completion ${shell}`);
      expect(r.stdout).toBe(readFileSync(path.join(DIR, shell), 'utf8'));
      expect(r.exitCode).toBe(0);
    }
    const see = "See 'kubectl completion -h' for help and examples\n";
    expect(await sh('kubectl completion')).toMatchObject({ stderr: `error: Shell not specified.\n${see}`, exitCode: 1 });
    expect(await sh('kubectl completion bash zsh')).toMatchObject({ stderr: `error: Too many arguments. Expected only the shell type.\n${see}`, exitCode: 1 });
    expect(await sh('kubectl completion tcsh')).toMatchObject({ stderr: `error: Unsupported shell type "tcsh".\n${see}`, exitCode: 1 });
  });

  it('needs no server, and bash sources it', async () => {
    const { sh } = await lab('cluster');
    await sh('rm -f /root/.kube/config');
    expect((await sh('kubectl get nodes')).exitCode).toBe(1);
    expect((await sh('kubectl completion bash | head -2')).stdout).toBe('\n# Copyright 2016 The Kubernetes Authors.\n');
    expect(await sh('source <(kubectl completion bash); echo $?; type -t __start_kubectl')).toMatchObject({ stdout: '0\nfunction\n', stderr: '' });
  });
});
