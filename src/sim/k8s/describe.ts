/** kubectl describe: sections as the real describers print them (tab-aligned with 2 spaces of padding). */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { describeProbe } from './cluster/probes';
import { Cluster } from './cluster';
import { age, endpointsList, hpaTargets, podStatus, rfc1123, tabwrite } from './format';
import { ownerOf, selectorString, type Obj } from './objects';
import { podTemplateText } from './kubectl/podtemplate';
import { base64Bytes, fromBase64 } from './podconfig';
import { containerEnvText, mountsText, volumesText } from './describe-parts';
import { annotations, eventsBlock, kv } from './describe-common';
import { describeMore, quotaRows } from './describe-kinds';
import { describeGeneric } from './describe-generic';

export { eventsBlock } from './describe-common';
export { containerEnvText } from './describe-parts';

function tolerations(ts: any[] | undefined, indent: string): string {
  if (!ts?.length) return '<none>';
  return ts
    .map((t) => {
      let s = t.key ?? '';
      if (t.value) s += `=${t.value}`;
      if (t.effect) s += `:${t.effect}`;
      if (t.operator === 'Exists' && !t.value) s += ' op=Exists';
      if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
      return s;
    })
    .join('\n' + indent + '\t');
}

function containerState(st: any, indent: string): string[] {
  const L: string[] = [];
  if (st?.running) {
    L.push(`${indent}State:\tRunning`);
    L.push(`${indent}  Started:\t${rfc1123(st.running.startedAt)}`);
  } else if (st?.terminated) {
    L.push(`${indent}State:\tTerminated`);
    L.push(`${indent}  Reason:\t${st.terminated.reason}`);
    L.push(`${indent}  Exit Code:\t${st.terminated.exitCode}`);
    L.push(`${indent}  Started:\t${rfc1123(st.terminated.startedAt)}`);
    L.push(`${indent}  Finished:\t${rfc1123(st.terminated.finishedAt)}`);
  } else {
    L.push(`${indent}State:\tWaiting`);
    L.push(`${indent}  Reason:\t${st?.waiting?.reason ?? 'ContainerCreating'}`);
  }
  return L;
}

function describePod(p: Obj, c: Cluster): string {
  const L: string[] = [];
  const st = p.status ?? {};
  L.push(`Name:\t${p.metadata.name}`);
  L.push(`Namespace:\t${p.metadata.namespace}`);
  L.push(`Priority:\t${p.spec.priority ?? 0}`);
  if (p.spec.priorityClassName) L.push(`Priority Class Name:\t${p.spec.priorityClassName}`);
  L.push(`Service Account:\t${p.spec.serviceAccountName ?? 'default'}`);
  L.push(`Node:\t${p.spec.nodeName ? `${p.spec.nodeName}/${st.hostIP ?? ''}` : '<none>'}`);
  if (st.startTime) L.push(`Start Time:\t${rfc1123(st.startTime)}`);
  L.push(`Labels:\t${kv(p.metadata.labels)}`);
  L.push(`Annotations:\t${annotations(p.metadata.annotations)}`);
  const status = podStatus(p).status;
  if (p.metadata.deletionTimestamp) {
    L.push(`Status:\tTerminating (lasts ${age(Math.max(0, c.t - (p.metadata.deletionTimestamp - (p.metadata.deletionGracePeriodSeconds ?? 30) * 1000)))})`);
    L.push(`Termination Grace Period:\t${p.metadata.deletionGracePeriodSeconds ?? 30}s`);
  } else L.push(`Status:\t${st.phase ?? 'Pending'}`);
  void status;
  L.push(`IP:\t${st.podIP ?? ''}`);
  if (st.podIP) L.push('IPs:', `  IP:\t${st.podIP}`);
  else L.push('IPs:\t<none>');
  const owner = ownerOf(p);
  if (owner) L.push(`Controlled By:\t${owner.kind}/${owner.name}`);
  const section = (title: string, list: any[], statuses: any[] | undefined) => {
    L.push(title);
    // describeContainers finds each container's status by name (the kubelet keeps them sorted by name)
    for (const ct of list) containerBlock(ct, statuses?.find((x: any) => x.name === ct.name));
  };
  const containerBlock = (ct: any, cs: any) => {
    L.push(`  ${ct.name}:`);
    // the status lines come with a container status (ID and image ID empty until it runs)
    if (cs) L.push(`    Container ID:\t${cs.containerID ?? ''}`);
    L.push(`    Image:\t${ct.image}`);
    if (cs) L.push(`    Image ID:\t${cs.imageID ?? ''}`);
    const port = ct.ports?.[0];
    L.push(`    Port:\t${port ? `${port.containerPort}/${port.protocol ?? 'TCP'}` : '<none>'}`);
    L.push(`    Host Port:\t${port ? `${port.hostPort ?? 0}/${port.protocol ?? 'TCP'}` : '<none>'}`);
    if (ct.command) L.push('    Command:', ...ct.command.map((x: string) => `      ${x}`));
    if (ct.args) L.push('    Args:', ...ct.args.map((x: string) => `      ${x}`));
    L.push(...containerState(cs?.state, '    '));
    if (cs?.lastState?.terminated) {
      const t = cs.lastState.terminated;
      L.push(`    Last State:\tTerminated`, `      Reason:\t${t.reason}`, `      Exit Code:\t${t.exitCode}`, `      Started:\t${rfc1123(t.startedAt)}`, `      Finished:\t${rfc1123(t.finishedAt)}`);
    }
    L.push(`    Ready:\t${cs?.ready ? 'True' : 'False'}`);
    L.push(`    Restart Count:\t${cs?.restartCount ?? 0}`);
    if (ct.resources?.limits) L.push('    Limits:', ...Object.entries(ct.resources.limits).map(([k, v]) => `      ${k}:\t${v}`));
    if (ct.resources?.requests) L.push('    Requests:', ...Object.entries(ct.resources.requests).map(([k, v]) => `      ${k}:\t${v}`));
    if (ct.livenessProbe) L.push(`    Liveness:\t${describeProbe(ct.livenessProbe)}`);
    if (ct.readinessProbe) L.push(`    Readiness:\t${describeProbe(ct.readinessProbe)}`);
    if (ct.startupProbe) L.push(`    Startup:\t${describeProbe(ct.startupProbe)}`);
    L.push(...containerEnvText(ct, p));
    L.push(...mountsText(ct));
  };
  if (p.spec.initContainers?.length) section('Init Containers:', p.spec.initContainers, st.initContainerStatuses);
  section('Containers:', p.spec.containers ?? [], st.containerStatuses);
  if (p.spec.ephemeralContainers?.length) section('Ephemeral Containers:', p.spec.ephemeralContainers, st.ephemeralContainerStatuses);
  L.push('Conditions:');
  L.push('  Type\tStatus');
  for (const cd of st.conditions ?? []) L.push(`  ${cd.type} \t${cd.status} `);
  L.push(...volumesText(p.spec.volumes, ''));
  L.push(`QoS Class:\t${st.qosClass ?? 'BestEffort'}`);
  L.push(`Node-Selectors:\t${p.spec.nodeSelector ? kv(p.spec.nodeSelector) : '<none>'}`);
  L.push(`Tolerations:\t${tolerations(p.spec.tolerations, '')}`);
  L.push(eventsBlock(c, p));
  return L.join('\n');
}

function describeDeployment(d: Obj, c: Cluster): string {
  const s = d.status ?? {};
  const L: string[] = [];
  L.push(`Name:\t${d.metadata.name}`);
  L.push(`Namespace:\t${d.metadata.namespace}`);
  L.push(`CreationTimestamp:\t${rfc1123(d.metadata.creationTimestamp)}`);
  L.push(`Labels:\t${kv(d.metadata.labels)}`);
  L.push(`Annotations:\t${annotations(d.metadata.annotations)}`);
  L.push(`Selector:\t${selectorString(d.spec.selector?.matchLabels)}`);
  L.push(`Replicas:\t${d.spec.replicas} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ${s.availableReplicas ?? 0} available | ${s.unavailableReplicas ?? 0} unavailable`);
  L.push(`StrategyType:\t${d.spec.strategy?.type ?? 'RollingUpdate'}`);
  L.push(`MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}`);
  if (d.spec.strategy?.rollingUpdate) L.push(`RollingUpdateStrategy:\t${d.spec.strategy.rollingUpdate.maxUnavailable} max unavailable, ${d.spec.strategy.rollingUpdate.maxSurge} max surge`);
  L.push(podTemplateText(d.spec.template));
  if (s.conditions?.length) {
    L.push('Conditions:');
    L.push('  Type\tStatus\tReason');
    L.push('  ----\t------\t------');
    for (const cd of s.conditions) L.push(`  ${cd.type} \t${cd.status}\t${cd.reason}`);
  }
  const rss = c.replicaSetsOf(d);
  const nrs = c.newReplicaSet(d);
  const old = rss.filter((r) => r !== nrs && (r.spec.replicas ?? 0) > 0);
  L.push(`OldReplicaSets:\t${old.length ? old.map((r) => `${r.metadata.name} (${r.status?.replicas ?? 0}/${r.spec.replicas} replicas created)`).join(', ') : '<none>'}`);
  L.push(`NewReplicaSet:\t${nrs ? `${nrs.metadata.name} (${nrs.status?.replicas ?? 0}/${nrs.spec.replicas} replicas created)` : '<none>'}`);
  L.push(eventsBlock(c, d));
  return L.join('\n');
}

function describeRS(r: Obj, c: Cluster): string {
  const pods = c.list('Pod', r.metadata.namespace).filter((p) => ownerOf(p)?.uid === r.metadata.uid);
  const count = (f: (p: Obj) => boolean) => pods.filter(f).length;
  const L: string[] = [];
  L.push(`Name:\t${r.metadata.name}`);
  if (r.kind === 'DaemonSet') {
    // the DaemonSet describer prints no namespace, and its numbers unaligned
    const s = r.status ?? {};
    L.push(`Selector:\t${selectorString(r.spec.selector?.matchLabels)}`);
    L.push(`Node-Selector:\t${r.spec.template?.spec?.nodeSelector ? selectorString(r.spec.template.spec.nodeSelector) : '<none>'}`);
    L.push(`Labels:\t${kv(r.metadata.labels)}`);
    L.push(`Annotations:\t${annotations(r.metadata.annotations)}`);
    L.push(`Desired Number of Nodes Scheduled: ${s.desiredNumberScheduled ?? 0}`);
    L.push(`Current Number of Nodes Scheduled: ${s.currentNumberScheduled ?? 0}`);
    L.push(`Number of Nodes Scheduled with Up-to-date Pods: ${s.updatedNumberScheduled ?? 0}`);
    L.push(`Number of Nodes Scheduled with Available Pods: ${s.numberAvailable ?? 0}`);
    L.push(`Number of Nodes Misscheduled: ${s.numberMisscheduled ?? 0}`);
  } else {
    L.push(`Namespace:\t${r.metadata.namespace}`);
    L.push(`Selector:\t${selectorString(r.spec.selector?.matchLabels)}`);
    L.push(`Labels:\t${kv(r.metadata.labels)}`);
    L.push(`Annotations:\t${annotations(r.metadata.annotations)}`);
    const owner = ownerOf(r);
    if (owner) L.push(`Controlled By:\t${owner.kind}/${owner.name}`);
  }
  if (r.kind !== 'DaemonSet') L.push(`Replicas:\t${r.status?.replicas ?? 0} current / ${r.spec.replicas} desired`);
  L.push(`Pods Status:\t${count((p) => p.status.phase === 'Running')} Running / ${count((p) => p.status.phase === 'Pending')} Waiting / ${count((p) => p.status.phase === 'Succeeded')} Succeeded / ${count((p) => p.status.phase === 'Failed')} Failed`);
  L.push(podTemplateText(r.spec.template));
  if (r.kind === 'ReplicaSet' && r.status?.conditions?.length) {
    L.push('Conditions:', '  Type\tStatus\tReason', '  ----\t------\t------');
    for (const cd of r.status.conditions) L.push(`  ${cd.type} \t${cd.status}\t${cd.reason}`);
  }
  L.push(eventsBlock(c, r));
  return L.join('\n');
}

/** describe.go's formatEndpoints: <none> without subsets; else the first three addresses of the port's name, host:port. */
function formatEndpoints(ep: Obj | undefined, portName: string): string {
  const subsets: any[] = ep?.subsets ?? [];
  if (!subsets.length) return '<none>';
  const all: string[] = [];
  for (const ss of subsets) {
    // a headless service's subset may have no ports: its addresses alone
    if (!ss.ports?.length) for (const a of ss.addresses ?? []) all.push(a.ip);
    else for (const port of ss.ports) if ((port.name ?? '') === portName) for (const a of ss.addresses ?? []) all.push(`${a.ip.includes(':') ? `[${a.ip}]` : a.ip}:${port.port}`);
  }
  return all.slice(0, 3).join(',') + (all.length > 3 ? ` + ${all.length - 3} more...` : '');
}

function describeService(s: Obj, c: Cluster): string {
  const L: string[] = [];
  const ep = c.get('Endpoints', s.metadata.namespace, s.metadata.name);
  L.push(`Name:\t${s.metadata.name}`);
  L.push(`Namespace:\t${s.metadata.namespace}`);
  L.push(`Labels:\t${kv(s.metadata.labels)}`);
  L.push(`Annotations:\t${annotations(s.metadata.annotations)}`);
  L.push(`Selector:\t${s.spec.selector ? selectorString(s.spec.selector) : '<none>'}`);
  L.push(`Type:\t${s.spec.type}`);
  L.push(`IP Family Policy:\t${s.spec.ipFamilyPolicy ?? 'SingleStack'}`);
  L.push(`IP Families:\t${(s.spec.ipFamilies ?? ['IPv4']).join(',')}`);
  L.push(`IP:\t${s.spec.clusterIP}`);
  L.push(`IPs:\t${(s.spec.clusterIPs ?? [s.spec.clusterIP]).join(',')}`);
  for (const p of s.spec.ports ?? []) {
    L.push(`Port:\t${p.name ?? '<unset>'}  ${p.port}/${p.protocol}`);
    L.push(`TargetPort:\t${p.targetPort}/${p.protocol}`);
    if (p.nodePort) L.push(`NodePort:\t${p.name ?? '<unset>'}  ${p.nodePort}/${p.protocol}`);
    L.push(`Endpoints:\t${formatEndpoints(ep, p.name ?? '')}`);
  }
  L.push(`Session Affinity:\t${s.spec.sessionAffinity ?? 'None'}`);
  if (s.spec.externalTrafficPolicy) L.push(`External Traffic Policy:\t${s.spec.externalTrafficPolicy}`);
  L.push(eventsBlock(c, s));
  return L.join('\n');
}

function describeNode(n: Obj, c: Cluster): string {
  const s = n.status ?? {};
  const sim = c.nodes.get(n.metadata.name);
  const L: string[] = [];
  L.push(`Name:\t${n.metadata.name}`);
  L.push(`Roles:\t${Object.keys(n.metadata.labels ?? {}).filter((k) => k.startsWith('node-role.kubernetes.io/')).map((k) => k.split('/')[1]).join(',') || '<none>'}`);
  L.push(`Labels:\t${kv(n.metadata.labels)}`);
  L.push(`Annotations:\t${annotations(n.metadata.annotations)}`);
  L.push(`CreationTimestamp:\t${rfc1123(n.metadata.creationTimestamp)}`);
  // printTaintsMultilineWithIndent sorts the taints by effect, then key
  const byEffect = (t: any) => `${t.effect},${t.key}`;
  L.push(`Taints:\t${[...(n.spec.taints ?? [])].sort((a: any, b: any) => (byEffect(a) < byEffect(b) ? -1 : byEffect(a) > byEffect(b) ? 1 : 0)).map((t: any) => `${t.key}${t.value ? '=' + t.value : ''}:${t.effect}`).join('\n\t') || '<none>'}`);
  L.push(`Unschedulable:\t${n.spec.unschedulable ? 'true' : 'false'}`);
  L.push('Lease:');
  // the node's lease as the kubelet keeps it (kubectl's describeNode: each field or <unset>)
  const lease = c.get('Lease', 'kube-node-lease', n.metadata.name);
  const micro = (v: unknown) => (v === undefined || v === null ? '<unset>' : rfc1123(typeof v === 'string' ? Date.parse(v) : Number(v)));
  L.push(`  HolderIdentity:\t${lease?.spec?.holderIdentity ?? '<unset>'}`);
  L.push(`  AcquireTime:\t${micro(lease?.spec?.acquireTime)}`);
  L.push(`  RenewTime:\t${micro(lease?.spec?.renewTime)}`);
  L.push('Conditions:');
  L.push('  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage');
  L.push('  ----\t------\t-----------------\t------------------\t------\t-------');
  // the kubelet posts its conditions together: every heartbeat is at least as new as the last change it posted
  const posted = Math.max(0, ...(s.conditions ?? []).filter((cd: any) => cd.type !== 'NetworkUnavailable').map((cd: any) => Number(cd.lastTransitionTime) || 0));
  for (const cd of s.conditions ?? []) L.push(`  ${cd.type} \t${cd.status} \t${rfc1123(cd.type === 'NetworkUnavailable' ? cd.lastHeartbeatTime : sim && c.heartbeat(sim) ? Math.max(c.t - (c.t % 60000), posted) : cd.lastHeartbeatTime)} \t${rfc1123(cd.lastTransitionTime)} \t${cd.reason} \t${cd.message}`);
  L.push('Addresses:');
  for (const a of s.addresses ?? []) L.push(`  ${a.type}:\t${a.address}`);
  for (const [t, m] of [['Capacity', s.capacity], ['Allocatable', s.allocatable]] as const) {
    L.push(`${t}:`);
    for (const k of Object.keys(m ?? {})) L.push(`  ${k}:\t${m[k]}`);
  }
  const ni = s.nodeInfo ?? {};
  L.push('System Info:');
  for (const [k, v] of [['Machine ID', ni.machineID], ['System UUID', ni.systemUUID], ['Boot ID', ni.bootID], ['Kernel Version', ni.kernelVersion], ['OS Image', ni.osImage], ['Operating System', ni.operatingSystem], ['Architecture', ni.architecture], ['Container Runtime Version', ni.containerRuntimeVersion], ['Kubelet Version', ni.kubeletVersion], ['Kube-Proxy Version', ni.kubeProxyVersion]]) L.push(`  ${k}:\t${v}`);
  if (n.spec.podCIDR) {
    L.push(`PodCIDR:\t${n.spec.podCIDR}`);
    L.push(`PodCIDRs:\t${n.spec.podCIDRs.join(',')}`);
  }
  const pods = c.podsOn(n.metadata.name).filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
  L.push(`Non-terminated Pods:\t(${pods.length} in total)`);
  // kubectl leaves an empty column after Name (`Name\t\tCPU Requests`)
  L.push('  Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge');
  L.push('  ---------\t----\t\t------------\t----------\t---------------\t-------------\t---');
  const cpuCap = Number(s.allocatable?.cpu ?? 2) * 1000;
  const memCap = parseInt(s.allocatable?.memory ?? '1', 10) * 1024;
  const pct = (v: number, cap: number) => `${Math.floor((v / cap) * 100)}%`;
  let tc = 0;
  let tm = 0;
  let tcl = 0;
  let tml = 0;
  const q = (x: any) => x ?? '0';
  for (const p of pods.sort((a, b) => (a.metadata.namespace! + a.metadata.name < b.metadata.namespace! + b.metadata.name ? -1 : 1))) {
    const ct = p.spec.containers?.[0]?.resources ?? {};
    const rc = cpuOf(ct.requests?.cpu);
    const lc = cpuOf(ct.limits?.cpu);
    const rm = memOf(ct.requests?.memory);
    const lm = memOf(ct.limits?.memory);
    tc += rc;
    tcl += lc;
    tm += rm;
    tml += lm;
    L.push(`  ${p.metadata.namespace}\t${p.metadata.name}\t\t${q(ct.requests?.cpu)} (${pct(rc, cpuCap)})\t${q(ct.limits?.cpu)} (${pct(lc, cpuCap)})\t${q(ct.requests?.memory)} (${pct(rm, memCap)})\t${q(ct.limits?.memory)} (${pct(lm, memCap)})\t${age(c.t - p.metadata.creationTimestamp)}`);
  }
  L.push('Allocated resources:');
  L.push('  (Total limits may be over 100 percent, i.e., overcommitted.)');
  L.push('  Resource\tRequests\tLimits');
  L.push('  --------\t--------\t------');
  L.push(`  cpu\t${tc ? tc + 'm' : '0'} (${pct(tc, cpuCap)})\t${tcl ? tcl + 'm' : '0'} (${pct(tcl, cpuCap)})`);
  L.push(`  memory\t${tm ? Math.round(tm / 1048576) + 'Mi' : '0'} (${pct(tm, memCap)})\t${tml ? Math.round(tml / 1048576) + 'Mi' : '0'} (${pct(tml, memCap)})`);
  L.push('  ephemeral-storage\t0 (0%)\t0 (0%)');
  L.push('  hugepages-1Gi\t0 (0%)\t0 (0%)');
  L.push('  hugepages-2Mi\t0 (0%)\t0 (0%)');
  L.push(eventsBlock(c, n));
  return L.join('\n');
}
function cpuOf(q: string | undefined): number {
  if (!q) return 0;
  return q.endsWith('m') ? Number(q.slice(0, -1)) : Number(q) * 1000;
}
function memOf(q: string | undefined): number {
  if (!q) return 0;
  const m = /^(\d+)(Ki|Mi|Gi)?$/.exec(q);
  if (!m) return 0;
  return Number(m[1]) * ({ Ki: 1024, Mi: 1048576, Gi: 1073741824 } as Record<string, number>)[m[2] ?? 'Ki'];
}

function describeSimple(o: Obj, c: Cluster): string {
  const L: string[] = [];
  if (o.kind === 'PodDisruptionBudget') {
    const s = c.pdbStatus(o);
    const sel = o.spec?.selector?.matchLabels;
    L.push(`Name:\t${o.metadata.name}`, `Namespace:\t${o.metadata.namespace}`);
    if (o.spec?.minAvailable !== undefined) L.push(`Min available:\t${o.spec.minAvailable}`);
    else if (o.spec?.maxUnavailable !== undefined) L.push(`Max unavailable:\t${o.spec.maxUnavailable}`);
    L.push(`Selector:\t${sel ? Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',') : '<unset>'}`, 'Status:');
    L.push(`    Allowed disruptions:\t${s.disruptionsAllowed}`, `    Current:\t${s.currentHealthy}`, `    Desired:\t${s.desiredHealthy}`, `    Total:\t${s.expectedPods}`);
    L.push(eventsBlock(c, o));
    return L.join('\n');
  }
  L.push(`Name:\t${o.metadata.name}`);
  if (o.metadata.namespace) L.push(`Namespace:\t${o.metadata.namespace}`);
  L.push(`Labels:\t${kv(o.metadata.labels)}`);
  L.push(`Annotations:\t${annotations(o.metadata.annotations)}`);
  switch (o.kind) {
    case 'Namespace':
      L.push(`Status:\t${o.status?.phase ?? 'Active'}`, '');
      {
        const quotas = c.list('ResourceQuota', o.metadata.name).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
        if (!quotas.length) L.push('No resource quota.');
        else {
          L.push('Resource Quotas');
          for (const q of quotas) L.push(`  Name:\t${q.metadata.name}`, ...quotaRows(q, '  ', '---'));
        }
      }
      L.push('', 'No LimitRange resource.');
      return L.join('\n');
    case 'Secret': {
      // no events: the secret describer prints none
      L.push('', `Type:\t${o.type ?? 'Opaque'}`, '', 'Data', '====');
      for (const k of Object.keys(o.data ?? {}).sort()) L.push(o.type === 'kubernetes.io/service-account-token' && k === 'token' ? `${k}:\t${fromBase64(o.data![k])}` : `${k}:\t${base64Bytes(o.data![k])} bytes`);
      return L.join('\n');
    }
    case 'ConfigMap':
      L.push('', 'Data', '====');
      for (const k of Object.keys(o.data ?? {}).sort()) L.push(`${k}:`, '----', o.data![k]);
      L.push('', 'BinaryData', '====', '', eventsBlock(c, o));
      return L.join('\n');
    case 'Endpoints':
      L.push('Subsets:');
      for (const ss of o.subsets ?? []) {
        L.push(`  Addresses:\t${(ss.addresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}`);
        L.push(`  NotReadyAddresses:\t${(ss.notReadyAddresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}`);
        L.push('  Ports:', '    Name\tPort\tProtocol', '    ----\t----\t--------');
        for (const p of ss.ports ?? []) L.push(`    ${p.name ?? '<unset>'}\t${p.port}\t${p.protocol}`);
      }
      L.push('', eventsBlock(c, o));
      return L.join('\n');
    case 'HorizontalPodAutoscaler':
      L.push(`CreationTimestamp:\t${rfc1123(o.metadata.creationTimestamp)}`);
      L.push(`Reference:\t${o.spec.scaleTargetRef.kind}/${o.spec.scaleTargetRef.name}`);
      L.push('Metrics:\t( current / target )');
      {
        const cur = o.status?.currentMetrics?.[0]?.resource?.current;
        const target = o.spec.metrics?.[0]?.resource?.target?.averageUtilization;
        const now = cur?.averageUtilization !== undefined ? `${cur.averageUtilization}%${cur.averageValue ? ` (${cur.averageValue})` : ''}` : '<unknown>';
        L.push(`  resource cpu on pods  (as a percentage of request):\t${target === undefined ? hpaTargets(o).replace('/', ' / ') : `${now} / ${target}%`}`);
      }
      L.push(`Min replicas:\t${o.spec.minReplicas ?? 1}`);
      L.push(`Max replicas:\t${o.spec.maxReplicas}`);
      L.push(`${o.spec.scaleTargetRef.kind} pods:\t${o.status?.currentReplicas ?? 0} current / ${o.status?.desiredReplicas ?? 0} desired`);
      L.push(eventsBlock(c, o));
      return L.join('\n');
  }
  L.push(eventsBlock(c, o));
  return L.join('\n');
}

/**
 * What the describer could not list (the user may not): its events (the Events section then reads <none>, as the
 * describers ignore the error of their search) or a deployment's ReplicaSets (no OldReplicaSets/NewReplicaSet lines).
 */
export interface Unlisted {
  events?: boolean;
  replicaSets?: boolean;
}

export function describe(o: Obj, c: Cluster, unlisted: Unlisted = {}): string {
  let text: string;
  switch (o.kind) {
    case 'Pod':
      text = describePod(o, c);
      break;
    case 'Deployment':
      text = describeDeployment(o, c);
      break;
    case 'ReplicaSet':
    case 'DaemonSet':
      text = describeRS(o, c);
      break;
    case 'Service':
      text = describeService(o, c);
      break;
    case 'Node':
      text = describeNode(o, c);
      break;
    case 'Lease':
      text = describeGeneric(o, c);
      break;
    default:
      text = describeMore(o, c) ?? describeSimple(o, c);
  }
  if (unlisted.events) text = text.replace(/(^|\n)Events:(\t<none>|\n[\s\S]*)$/, '$1Events:\t<none>');
  if (unlisted.replicaSets) text = text.replace(/\n(OldReplicaSets|NewReplicaSet):\t[^\n]*/g, '');
  return tabwrite(text, 2);
}
