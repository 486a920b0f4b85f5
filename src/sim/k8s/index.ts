/**
 * The Kubernetes model (loaded lazily by the pages through ./register; import this module from Node code,
 * tests and benches only).
 *
 *   canonicalKubectl(argv | line)          canonical form of a kubectl command, or kubectl's error
 *   new Cluster(seed, startMs)             object store + controllers over simulated time (advance/advanceTo);
 *                                          state is plain data (save/restore), steps are timers kept as data.
 *                                          Its parts: cluster/ (nodes, pods, kubelet, scheduler) and controllers/
 *                                          (deployment, replicaset, daemonset, statefulset, job, cronjob, endpoints,
 *                                          volumes, hpa, disruption); podconfig.ts is what the kubelet reads from
 *                                          ConfigMaps and Secrets; describe*.ts and format.ts print every kind
 *   initCluster / joinNode / upgradeControlPlane   what kubeadm does to the API objects
 *   new Kubectl(env).run(argv)             { out, err, code, follow?, seq?, shell? } — kubectl as a function
 *                                          (await loadAllHelp() first: help texts load per verb)
 *   k8sOf(world)                           the world's cluster state (world.ext 'k8s'), kept in step with the VMs
 *   buildCluster(world, hosts)             a ready 3-node cluster over running guests (labs, tests)
 *   K8S_COMMANDS                           kubectl, kubeadm, crictl, ctr, containerd command bodies (crictl's
 *                                          commands beyond the lists load from crictl/commands.ts; `kubelet`
 *                                          typed on a node is kubelet/run.ts, loaded by ./register)
 */
export { canonicalKubectl, splitWords, type CanonicalResult } from './canonical';
export { parseKubectl, loadAllHelp, helpText as kubectlHelpText } from './kubectl/cli';
export { TREE as KUBECTL_TREE } from './kubectl/tree';
export { Cluster, type NodeSim } from './cluster';
export { initCluster, joinNode, upgradeControlPlane, controlPlaneImages } from './bootstrap';
export { Kubectl, type KResult, type KubectlEnv, type Follow } from './kubectl';
export { k8sOf, type K8sState } from './world';
export { buildCluster, prepareNode, nodesLab, clusterLab, VAGRANTFILE, LAB_DIR } from './labs';
export { K8S_COMMANDS } from './commands';
export { RESOURCES, lookupResource } from './resources';
export { age, tabwrite, toYaml, jsonpath } from './format';
export type { Obj, Meta } from './objects';
