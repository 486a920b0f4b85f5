/** Which module runs each kubectl command path once the client has found a server. */
import type { Kubectl } from '../client';
import type { Parsed } from '../cli';
import type { KResult } from '../result';
import { run as get } from './get/run';
import { run as describe } from './describe/run';
import { applyFiles } from './apply/run';
import { createBuilt, createDeployment, createService, createSimple } from './create/run';
import { run as del } from './delete/run';
import { run as runPod } from './run/run';
import { run as expose } from './expose/run';
import { run as scale } from './scale/run';
import { setImage } from './set/image';
import { setEnv } from './set/env';
import { setResources } from './set/resources';
import { run as rollout } from './rollout/run';
import { run as label } from './label/run';
import { run as logs } from './logs/run';
import { run as exec } from './exec/run';
import { cordon } from './cordon/run';
import { run as drain } from './drain/run';
import { run as taint } from './taint/run';
import { run as autoscale } from './autoscale/run';
import { run as top } from './top/run';
import { run as clusterInfo } from './cluster-info/run';
import { dump as clusterInfoDump } from './cluster-info/dump';
import { run as apiResources } from './api-resources/run';
import { run as apiVersions } from './api-versions/run';
import { run as edit } from './edit/run';
import { run as explain } from './explain/run';
import { run as patch } from './patch/run';
import { run as events } from './events/run';
import { run as wait } from './wait/run';
import { run as portForward } from './port-forward/run';
import { run as replace } from './replace/run';
import { canI, whoami } from './auth/run';
import { createToken } from './create/token';
import { run as diff } from './diff/run';
import { run as attach } from './attach/run';
import { run as debug } from './debug/run';
import { run as cp } from './cp/run';
import { run as certificate } from './certificate/run';

export type VerbRun = (k: Kubectl, p: Parsed) => KResult;

const built: VerbRun = (k, p) => createBuilt(k, p);
const rolloutSub: VerbRun = (k, p) => rollout(k, p, p.path[1]);

export const RUNS: Record<string, VerbRun> = {
  get,
  describe,
  create: (k, p) => applyFiles(k, p, 'create'),
  apply: (k, p) => applyFiles(k, p, 'apply'),
  'create deployment': createDeployment,
  'create namespace': (k, p) => createSimple(k, p, 'Namespace'),
  'create configmap': built,
  'create secret generic': built,
  'create secret tls': built,
  'create secret docker-registry': built,
  'create job': built,
  'create cronjob': built,
  'create serviceaccount': built,
  'create token': createToken,
  'create quota': built,
  'create priorityclass': built,
  'create poddisruptionbudget': built,
  'create ingress': built,
  'create rolebinding': built,
  'create clusterrolebinding': built,
  'create role': built,
  'create clusterrole': built,
  'create service loadbalancer': built,
  'create service externalname': built,
  'create service clusterip': (k, p) => createService(k, p, 'ClusterIP'),
  'create service nodeport': (k, p) => createService(k, p, 'NodePort'),
  delete: del,
  run: runPod,
  expose,
  scale,
  'set image': setImage,
  'set env': setEnv,
  'set resources': setResources,
  'rollout status': rolloutSub,
  'rollout history': rolloutSub,
  'rollout undo': rolloutSub,
  'rollout pause': rolloutSub,
  'rollout resume': rolloutSub,
  'rollout restart': rolloutSub,
  label: (k, p) => label(k, p, 'label'),
  annotate: (k, p) => label(k, p, 'annotate'),
  logs,
  exec,
  cordon: (k, p) => cordon(k, p, true),
  uncordon: (k, p) => cordon(k, p, false),
  drain,
  taint,
  autoscale,
  'top node': (k, p) => top(k, p, true),
  'top pod': (k, p) => top(k, p, false),
  'cluster-info': (k) => clusterInfo(k),
  'cluster-info dump': clusterInfoDump,
  'api-resources': apiResources,
  'api-versions': apiVersions,
  edit,
  explain,
  patch,
  events,
  wait,
  'port-forward': portForward,
  replace,
  'auth can-i': canI,
  'auth whoami': whoami,
  diff,
  attach,
  debug,
  cp,
  'certificate approve': (k, p) => certificate(k, p, true),
  'certificate deny': (k, p) => certificate(k, p, false),
};
