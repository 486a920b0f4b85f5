// The help texts of kubectl create and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as createHelp } from './create.help';
import { help as clusterroleHelp } from './clusterrole.help';
import { help as clusterrolebindingHelp } from './clusterrolebinding.help';
import { help as configmapHelp } from './configmap.help';
import { help as cronjobHelp } from './cronjob.help';
import { help as deploymentHelp } from './deployment.help';
import { help as ingressHelp } from './ingress.help';
import { help as jobHelp } from './job.help';
import { help as namespaceHelp } from './namespace.help';
import { help as poddisruptionbudgetHelp } from './poddisruptionbudget.help';
import { help as priorityclassHelp } from './priorityclass.help';
import { help as quotaHelp } from './quota.help';
import { help as roleHelp } from './role.help';
import { help as rolebindingHelp } from './rolebinding.help';
import { help as secretHelp } from './secret.help';
import { help as secretDockerRegistryHelp } from './secret-docker-registry.help';
import { help as secretGenericHelp } from './secret-generic.help';
import { help as secretTlsHelp } from './secret-tls.help';
import { help as serviceHelp } from './service.help';
import { help as serviceClusteripHelp } from './service-clusterip.help';
import { help as serviceExternalnameHelp } from './service-externalname.help';
import { help as serviceLoadbalancerHelp } from './service-loadbalancer.help';
import { help as serviceNodeportHelp } from './service-nodeport.help';
import { help as serviceaccountHelp } from './serviceaccount.help';
import { help as tokenHelp } from './token.help';

export const HELP: Record<string, HelpText> = {
  "create": createHelp,
  "create clusterrole": clusterroleHelp,
  "create clusterrolebinding": clusterrolebindingHelp,
  "create configmap": configmapHelp,
  "create cronjob": cronjobHelp,
  "create deployment": deploymentHelp,
  "create ingress": ingressHelp,
  "create job": jobHelp,
  "create namespace": namespaceHelp,
  "create poddisruptionbudget": poddisruptionbudgetHelp,
  "create priorityclass": priorityclassHelp,
  "create quota": quotaHelp,
  "create role": roleHelp,
  "create rolebinding": rolebindingHelp,
  "create secret": secretHelp,
  "create secret docker-registry": secretDockerRegistryHelp,
  "create secret generic": secretGenericHelp,
  "create secret tls": secretTlsHelp,
  "create service": serviceHelp,
  "create service clusterip": serviceClusteripHelp,
  "create service externalname": serviceExternalnameHelp,
  "create service loadbalancer": serviceLoadbalancerHelp,
  "create service nodeport": serviceNodeportHelp,
  "create serviceaccount": serviceaccountHelp,
  "create token": tokenHelp,
};
