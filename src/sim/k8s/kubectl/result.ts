/** What a kubectl command gives back, and the small helpers every verb uses to build it. */
import type { Obj } from '../objects';
import { lookupResource, qualified, type ResourceInfo } from '../resources';

export interface Follow {
  /** output produced since the last poll (the cluster has been advanced to the present) */
  poll(): { out?: string; err?: string; done?: number };
  /** Ctrl+C */
  stop?(): void;
}
/**
 * Output that comes as the cluster changes (a watch, a forwarded connection): `write` it as it happens, and the
 * follow hands what was written since the last poll.
 */
export function followBuffer(): { write(text: string): void; follow(stop?: () => void): Follow } {
  let buf = '';
  return {
    write: (text) => {
      buf += text;
    },
    follow: (stop) => ({
      poll: () => {
        const out = buf;
        buf = '';
        return { out };
      },
      ...(stop ? { stop } : {}),
    }),
  };
}

export interface KResult {
  out: string;
  err: string;
  code: number;
  follow?: Follow;
  /** stdout and stderr in the order a terminal shows them (when it matters) */
  seq?: [stream: 'out' | 'err', text: string][];
  /** an interactive container shell requested (`exec -it ... -- sh`, `run -it`, `attach -it`, `debug -it`) */
  shell?: {
    pod: Obj;
    container: string;
    command: string;
    /** attached to the container's own terminal (run, attach, debug): kubectl's prompt hint first */
    attach?: boolean;
    /** after the shell: delete the pod (run --rm), or the line kubectl prints */
    end?: 'delete' | string;
    /** run -i with a command that is no interactive shell: the container's program, its output attached */
    program?: string[];
    /** run --quiet: no prompt hint */
    quiet?: boolean;
  };
}

export const ok = (out = '', err = ''): KResult => ({ out, err, code: 0 });
export const fail = (err: string, code = 1, out = ''): KResult => ({ out, err: err.endsWith('\n') ? err : err + '\n', code });
export const usage = (path: string[]) => `See 'kubectl ${path.join(' ')} -h' for help and examples`;

/** group names as kubectl prints them in errors: pods, deployments.apps */
export function gr(r: ResourceInfo): string {
  return r.group ? `${r.name}.${r.group}` : r.name;
}
/** TYPE/NAME as kubectl prints it: deployment.apps/web */
export function nameOf(o: Obj): string {
  return `${qualified(lookupResource(o.kind)!)}/${o.metadata.name}`;
}
