/**
 * What kubectl checks on the client before it talks to the server: required flags (cobra), argument counts
 * and flag combinations (each command's Complete/Validate), with the real tool's words.
 */
import { resourcesAndPairs } from './pairs';
import type { Parsed } from './cli';

export interface UsageResult {
  out: string;
  err: string;
  code: number;
}

const fail = (err: string, code = 1): UsageResult => ({ out: '', err: err.endsWith('\n') ? err : err + '\n', code });
const see = (path: string) => `See 'kubectl ${path} -h' for help and examples`;

/** Commands that only group others (cobra's DefaultSubCommandRun); the stream their help goes to. */
const PARENTS: Record<string, 'out' | 'err'> = {
  rollout: 'out',
  set: 'err',
  top: 'err',
  config: 'err',
  'create secret': 'err',
  'create service': 'err',
  auth: 'err',
  certificate: 'err',
  plugin: 'err',
  'apply edit-last-applied': 'err',
};
export function parentOnly(path: string): 'out' | 'err' | undefined {
  return PARENTS[path];
}

/** Flags cobra requires (MarkFlagRequired), in the order cobra names them. */
const REQUIRED: Record<string, string[]> = {
  'create deployment': ['image'],
  'create cronjob': ['image', 'schedule'],
  'create priorityclass': ['value'],
  'create quota': [],
  'create clusterrolebinding': ['clusterrole'],
  run: ['image'],
  scale: ['replicas'],
  autoscale: ['max'],
};

const MANY_RESOURCES =
  "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/**
 * delete_flags.go parseCascadingFlag, before anything else: background, foreground or orphan; a boolean still works
 * with a warning (true: background, false: orphan).
 */
export function cascadeOf(p: Parsed): { orphan: boolean; warn: string } | { error: string } {
  const c = p.flags.cascade as string | undefined;
  if (c === undefined) return { orphan: false, warn: '' };
  const b = /^(1|t|T|TRUE|true|True)$/.test(c) ? true : /^(0|f|F|FALSE|false|False)$/.test(c) ? false : undefined;
  if (b !== undefined) return { orphan: !b, warn: `warning: --cascade=${c} is deprecated (boolean value) and can be replaced with --cascade=${b ? 'background' : 'orphan'}.\n` };
  if (!['orphan', 'foreground', 'background'].includes(c)) return { error: `error: invalid cascade value (${c}). Must be "background", "foreground", or "orphan"` };
  return { orphan: c === 'orphan', warn: '' };
}

const has = (p: Parsed, f: string) => p.flags[f] !== undefined && !(Array.isArray(p.flags[f]) && !(p.flags[f] as string[]).length);
const files = (p: Parsed) => has(p, 'filename') || has(p, 'kustomize');

/** Commands with one NAME and nothing else (kubectl create's sub-commands). */
const ONE_NAME = new Set([
  'create configmap', 'create job', 'create namespace', 'create secret generic', 'create secret tls', 'create secret docker-registry',
  'create service clusterip', 'create service nodeport', 'create service loadbalancer', 'create service externalname', 'create serviceaccount',
  'create quota', 'create priorityclass', 'create poddisruptionbudget', 'create ingress', 'create clusterrole', 'create role',
  'create rolebinding', 'create clusterrolebinding', 'create cronjob', 'create deployment', 'create token',
]);

const URL_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*'];

const DRY_RUN_VALUES = new Set(['none', 'server', 'client', 'true', 'false', 'unchanged']);
const OUTPUTS = 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

/** The client-side answer to a command line that cannot run, or null when it may go on. */
export function usageError(p: Parsed, minor = 28): UsageResult | null {
  const key = p.path.join(' ');
  const req = (REQUIRED[key] ?? []).filter((f) => !has(p, f));
  if (req.length) return fail(`error: required flag(s) ${req.map((f) => `"${f}"`).join(', ')} not set`);
  const n = p.args.length;
  if (key === 'create' && !files(p)) return null; // handled by the create verb (help or unknown command)
  if (ONE_NAME.has(key) && n !== 1) return fail(`error: exactly one NAME is required, got ${n}\n${see(key)}`);
  if (p.path[0] === 'create' && has(p, 'dry-run')) {
    const d = p.flags['dry-run'] as string;
    if (!DRY_RUN_VALUES.has(d)) return fail(`error: Invalid dry-run value (${d}). Must be "none", "server", or "client".`);
  }
  if (p.path[0] === 'create' && has(p, 'output')) {
    const o = String(p.flags.output).split('=')[0];
    // the message quotes the whole format as Go's %q does (`custom-columns=K:.a\\.b`)
    if (!OUTPUTS.split(',').includes(o) && o !== 'wide')
      return fail(`error: unable to match a printer suitable for the output format ${JSON.stringify(String(p.flags.output))}, allowed formats are: ${OUTPUTS}`);
  }
  switch (key) {
    case 'annotate':
    case 'label':
      {
        const rp = resourcesAndPairs(p.args, key === 'label' ? 'label' : 'annotation');
        if ('error' in rp) return fail(`error: ${rp.error}`);
        if (!rp.resources.length && !files(p)) return fail('error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
        if (!p.flags.list && !rp.pairs.length) return fail(`error: at least one ${key === 'label' ? 'label' : 'annotation'} update is required`);
      }
      break;
    case 'apply':
    case 'replace':
      if (!files(p)) return fail('error: must specify one of -f and -k');
      break;
    case 'diff':
      if (!files(p)) return fail('error: must specify one of -f and -k', 2);
      break;
    case 'attach':
      if (!n) return fail('error: at least 1 argument is required for attach');
      break;
    case 'completion':
      if (!n) return fail(`error: Shell not specified.\n${see(key)}`);
      if (n > 1) return fail(`error: Too many arguments. Expected only the shell type.\n${see(key)}`);
      if (!['bash', 'zsh', 'fish', 'powershell'].includes(p.args[0])) return fail(`error: Unsupported shell type "${p.args[0]}".\n${see(key)}`);
      break;
    case 'cordon':
    case 'uncordon':
    case 'drain':
      if (!n && !has(p, 'selector')) return fail(`error: USAGE: ${key} NODE [flags]\n${see(key)}`);
      break;
    case 'cp':
      if (n < 2) return fail('error: source and destination are required');
      break;
    case 'create job':
      if (has(p, 'image') === has(p, 'from')) return fail('error: either --image or --from must be specified');
      if (has(p, 'from') && p.rest.length) return fail('error: cannot specify --from and command');
      break;
    case 'create secret tls':
      if (!has(p, 'cert') || !has(p, 'key')) return fail('error: key and cert must be specified');
      break;
    case 'create secret docker-registry':
      if (!has(p, 'from-file') && !(has(p, 'docker-username') && has(p, 'docker-password') && has(p, 'docker-server')))
        if (!(has(p, 'docker-username') && has(p, 'docker-password')))
          return fail('error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
      break;
    case 'create service nodeport':
    case 'create service loadbalancer':
      if (!has(p, 'tcp')) return fail('error: at least one tcp port specifier must be provided');
      break;
    case 'create service clusterip':
      if (!has(p, 'tcp') && p.flags.clusterip !== 'None') return fail('error: at least one tcp port specifier must be provided');
      break;
    case 'delete': {
      const c = cascadeOf(p);
      if ('error' in c) return fail(c.error);
      if (!n && !files(p)) return { out: '', err: c.warn + MANY_RESOURCES + '\n', code: 1 };
      break;
    }
    case 'edit':
    case 'expose':
    case 'set image':
    case 'set resources':
      if (!n && !files(p)) return fail(MANY_RESOURCES);
      break;
    case 'describe':
      if (!n && !files(p)) return fail('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
      break;
    case 'exec':
      if (!n && !files(p)) return fail('error: pod, type/name or --filename must be specified');
      if (!p.rest.length && n < 2) return fail('error: you must specify at least one command for the container');
      break;
    case 'get':
      if (!n && !files(p) && !has(p, 'raw'))
        return fail(
          'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
            see(key),
        );
      break;
    case 'logs':
      if (!n && !has(p, 'selector'))
        return fail(`error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\n${see(key)}`);
      break;
    case 'patch':
      if (!has(p, 'patch') && !has(p, 'patch-file')) return fail('error: must specify --patch or --patch-file containing the contents of the patch');
      break;
    case 'port-forward':
      if (n < 2) return fail(`error: TYPE/NAME and list of ports are required for port-forward\n${see(key)}`);
      break;
    case 'rollout history':
    case 'rollout restart':
    case 'rollout status':
    case 'rollout undo':
    case 'rollout pause':
    case 'rollout resume':
      if (!n && !files(p)) return fail('error: required resource not specified');
      break;
    case 'run': {
      // RunOptions.Run's checks, in its order; -i attaches unless --attach was given
      if (!n) return fail(`error: NAME is required for run\n${see(key)}`);
      if (p.flags.tty && !p.flags.stdin) return fail(`error: -i/--stdin is required for containers with -t/--tty=true\n${see(key)}`);
      if (p.flags.expose && !p.flags.port) return fail(`error: --port must be set when exposing a service\n${see(key)}`);
      if (has(p, 'restart') && !['Always', 'OnFailure', 'Never'].includes(p.flags.restart as string))
        return fail(`error: invalid restart policy: ${p.flags.restart}\n${see(key)}`);
      const attach = p.flags.attach ?? !!p.flags.stdin;
      if (p.flags.rm && !attach) return fail(`error: --rm should only be used for attached containers\n${see(key)}`);
      if (has(p, 'dry-run') && p.flags['dry-run'] !== 'none' && attach)
        return fail(`error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)\n${see(key)}`);
      if (has(p, 'image-pull-policy') && !['Always', 'IfNotPresent', 'Never', ''].includes(p.flags['image-pull-policy'] as string))
        return fail(`error: invalid image pull policy: ${p.flags['image-pull-policy']}\n${see(key)}`);
      break;
    }
    case 'taint':
      if (!n) return fail('error: one or more resources must be specified as <resource> <name>');
      break;
    case 'explain':
      // 1.28 asks the server first; 1.29 checks the argument on the client
      if (!n && minor >= 29) return fail(`error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n`);
      break;
    case 'wait': {
      const f = String(p.flags.for ?? '');
      const ok = f === 'delete' || f.startsWith('condition=') || f.startsWith('jsonpath=') || (minor >= 29 && f === 'create');
      if (!ok) return fail(`error: unrecognized condition: "${f}"`);
      if (!n && !files(p)) return fail(MANY_RESOURCES);
      break;
    }
    case 'events': {
      if (has(p, 'output')) {
        const o = String(p.flags.output).split('=')[0];
        if (!OUTPUTS.split(',').includes(o)) return fail(`error: unable to match a printer suitable for the output format "${o}", allowed formats are: ${OUTPUTS}`);
      }
      if (has(p, 'for') && !String(p.flags.for).includes('/')) return fail('error: --for must be in resource/name form');
      for (const t of (p.flags.types as string[] | undefined) ?? []) if (!/^(normal|warning)$/i.test(t)) return fail('error: valid --types are Normal or Warning');
      break;
    }
    case 'auth can-i':
      if (p.flags.list) {
        if (n) return fail('error: list option must be specified with no arguments');
        if (p.flags.quiet || p.flags['all-namespaces'] || has(p, 'subresource')) return fail("error: list option can't be specified with neither quiet, all-namespaces nor subresource options");
      } else if (n !== 2) return fail(`error: you must specify two arguments: verb resource or verb resource/resourceName.\n${see(key)}.`);
      else if (p.args[1].startsWith('/')) {
        // a non-resource URL needs no discovery: Validate answers before any request
        if (has(p, 'subresource')) return fail('error: --subresource can not be used with NonResourceURL');
        if (p.flags['no-headers']) return fail(`${URL_VERBS.includes(p.args[0]) ? '' : `Warning: verb '${p.args[0]}' is not a known verb\n\n`}error: --no-headers cannot be set without --list specified`);
      }
      break;
    case 'create rolebinding':
    case 'create clusterrolebinding': {
      if (key === 'create rolebinding' && !!p.flags.role === !!p.flags.clusterrole) return fail('error: exactly one of clusterrole or role must be specified');
      for (const sa of (p.flags.serviceaccount as string[] | undefined) ?? []) if (sa.split(':').length !== 2) return fail('error: serviceaccount must be <namespace>:<name>');
      break;
    }
    case 'debug':
      if (!has(p, 'image') && !has(p, 'copy-to')) return fail('error: you must specify --image when not using --copy-to.');
      break;
    case 'version':
      if (has(p, 'output') && !['yaml', 'json'].includes(p.flags.output as string)) return fail("error: --output must be 'yaml' or 'json'");
      break;
  }
  return null;
}
