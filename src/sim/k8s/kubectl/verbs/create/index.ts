// kubectl create's sub-commands that build an object on the client.
import type { Builder } from './build';
import { build as deployment } from './deployment';
import { build as namespace } from './namespace';
import { build as configmap } from './configmap';
import { build as secretGeneric } from './secret-generic';
import { build as secretTls } from './secret-tls';
import { build as secretDockerRegistry } from './secret-docker-registry';
import { build as job } from './job';
import { build as cronjob } from './cronjob';
import { build as service } from './service';
import { build as serviceaccount } from './serviceaccount';
import { build as quota } from './quota';
import { build as priorityclass } from './priorityclass';
import { build as poddisruptionbudget } from './poddisruptionbudget';
import { build as ingress } from './ingress';
import { build as rolebinding } from './rolebinding';
import { build as role } from './role';

export type { Builder, BuildIO, Built } from './build';

export const BUILDERS: Record<string, Builder> = {
  'create deployment': deployment,
  'create namespace': namespace,
  'create configmap': configmap,
  'create secret generic': secretGeneric,
  'create secret tls': secretTls,
  'create secret docker-registry': secretDockerRegistry,
  'create job': job,
  'create cronjob': cronjob,
  'create service clusterip': service,
  'create service nodeport': service,
  'create service loadbalancer': service,
  'create service externalname': service,
  'create serviceaccount': serviceaccount,
  'create quota': quota,
  'create priorityclass': priorityclass,
  'create poddisruptionbudget': poddisruptionbudget,
  'create ingress': ingress,
  'create rolebinding': rolebinding,
  'create clusterrolebinding': rolebinding,
  'create role': role,
  'create clusterrole': role,
};
