#!/usr/bin/env node
// Re-records the describe fixtures from the real kubectl 1.28 client:
//   node scripts/record-describe.mjs           (writes tests/golden/describe/<case>/{objects.json,cmd,stdout})
// kubectl's describers run on the client: a small local API server answers discovery and serves each case's
// objects (everything else is an empty list or NotFound), and the real kubectl describes them. The simulator's
// describe of the same objects is diffed against stdout in tests/unit/sim/k8s/describe-golden.test.ts.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'tests/golden/describe');
const KUBECTL = '/usr/lib/google-cloud-sdk/bin/kubectl.1.28';
const T = '2025-12-10T01:02:00Z';

// group/version → [resource, kind, namespaced]
const API = {
  v1: [['nodes', 'Node', false], ['pods', 'Pod', true], ['secrets', 'Secret', true], ['serviceaccounts', 'ServiceAccount', true], ['persistentvolumeclaims', 'PersistentVolumeClaim', true], ['persistentvolumes', 'PersistentVolume', false], ['events', 'Event', true], ['services', 'Service', true], ['endpoints', 'Endpoints', true], ['namespaces', 'Namespace', false], ['configmaps', 'ConfigMap', true], ['resourcequotas', 'ResourceQuota', true], ['limitranges', 'LimitRange', true]],
  'batch/v1': [['jobs', 'Job', true], ['cronjobs', 'CronJob', true]],
  'apps/v1': [['statefulsets', 'StatefulSet', true], ['deployments', 'Deployment', true], ['replicasets', 'ReplicaSet', true], ['daemonsets', 'DaemonSet', true]],
  'coordination.k8s.io/v1': [['leases', 'Lease', true]],
  'networking.k8s.io/v1': [['ingresses', 'Ingress', true]],
  'policy/v1': [['poddisruptionbudgets', 'PodDisruptionBudget', true]],
  'autoscaling/v2': [['horizontalpodautoscalers', 'HorizontalPodAutoscaler', true]],
  'rbac.authorization.k8s.io/v1': [['roles', 'Role', true], ['rolebindings', 'RoleBinding', true], ['clusterroles', 'ClusterRole', false], ['clusterrolebindings', 'ClusterRoleBinding', false]],
  'certificates.k8s.io/v1': [['certificatesigningrequests', 'CertificateSigningRequest', false]],
};
const meta = (name, ns, extra = {}) => ({ name, ...(ns ? { namespace: ns } : {}), uid: '6e9e0f0a-11da-426e-891f-0cb1ec5de0cf', resourceVersion: '1202', creationTimestamp: T, ...extra });

const CASES = {
  // the leases of a kubeadm cluster: the kubelet's node lease (owned by its Node), a leader election lease
  // (client-go's leaselock record) and the API server's identity lease (labelled by labelAPIServerHeartbeatFunc)
  'lease-node': { argv: ['describe', 'lease', 'w1-k8s', '-n', 'kube-node-lease'], objects: [{ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: meta('w1-k8s', 'kube-node-lease', { ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: 'w1-k8s', uid: '4eaeaeea-9c41-49fe-a1fd-3d5fd8e3dcb8' }] }), spec: { holderIdentity: 'w1-k8s', leaseDurationSeconds: 40, renewTime: '2025-12-10T01:04:51.482911Z' } }] },
  'lease-leader': { argv: ['describe', 'lease', 'kube-scheduler', '-n', 'kube-system'], objects: [{ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: meta('kube-scheduler', 'kube-system'), spec: { acquireTime: '2025-12-10T01:02:04.203416Z', holderIdentity: 'm-k8s_0f3c6a2e-5b1d-4d8e-9f27-6c1b2a3d4e5f', leaseDurationSeconds: 15, leaseTransitions: 0, renewTime: '2025-12-10T01:04:58.918273Z' } }] },
  'lease-apiserver': { argv: ['describe', 'lease', 'apiserver-abc', '-n', 'kube-system'], objects: [{ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: meta('apiserver-abc', 'kube-system', { labels: { 'apiserver.kubernetes.io/identity': 'kube-apiserver', 'kubernetes.io/hostname': 'm-k8s' } }), spec: { holderIdentity: 'apiserver-abc_7d3f1c52-2a8b-4e6f-b0c9-1e2d3f4a5b6c', leaseDurationSeconds: 3600, renewTime: '2025-12-10T01:04:55.007731Z' } }] },
  'secret-opaque': { argv: ['describe', 'secret', 'db'], objects: [{ apiVersion: 'v1', kind: 'Secret', metadata: meta('db', 'default'), type: 'Opaque', data: { password: 'aHVudGVyMg==', user: 'YWRtaW4=' } }] },
  'secret-tls': { argv: ['describe', 'secret', 't'], objects: [{ apiVersion: 'v1', kind: 'Secret', metadata: meta('t', 'default', { labels: { app: 'web' } }), type: 'kubernetes.io/tls', data: { 'tls.crt': 'Y2VydGlmaWNhdGU=', 'tls.key': 'a2V5' } }] },
  'pvc-pending': { argv: ['describe', 'pvc', 'data'], objects: [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta('data', 'default', { finalizers: ['kubernetes.io/pvc-protection'] }), spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem' }, status: { phase: 'Pending' } }] },
  'pvc-bound': { argv: ['describe', 'pvc', 'data'], objects: [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta('data', 'default', { finalizers: ['kubernetes.io/pvc-protection'], annotations: { 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' } }), spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem', volumeName: 'pv1' }, status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '5Gi' } } }] },
  'pv-hostpath': { argv: ['describe', 'pv', 'pv1'], objects: [{ apiVersion: 'v1', kind: 'PersistentVolume', metadata: meta('pv1', undefined, { finalizers: ['kubernetes.io/pv-protection'], annotations: { 'pv.kubernetes.io/bound-by-controller': 'yes' } }), spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '5Gi' }, hostPath: { path: '/mnt/data', type: '' }, persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem', claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: 'data', namespace: 'default' } }, status: { phase: 'Bound' } }] },
  'serviceaccount': { argv: ['describe', 'sa', 'robot'], objects: [{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('robot', 'default') }] },
  'role': { argv: ['describe', 'role', 'pod-reader'], objects: [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('pod-reader', 'default'), rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch', 'list'] }, { apiGroups: ['apps'], resources: ['deployments', 'deployments/scale'], verbs: ['get', 'update'], resourceNames: ['web'] }] }] },
  'rolebinding': { argv: ['describe', 'rolebinding', 'rb'], objects: [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta('rb', 'default'), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' }, subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'jane' }, { kind: 'ServiceAccount', name: 'robot', namespace: 'default' }] }] },
  'pod-config': {
    argv: ['describe', 'pod', 'cfg'],
    objects: [
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: meta('cfg', 'default'),
        spec: {
          containers: [
            {
              name: 'app',
              image: 'busybox:1.36',
              command: ['sleep', '3600'],
              envFrom: [{ configMapRef: { name: 'app-config' } }, { prefix: 'DB_', secretRef: { name: 'db', optional: true } }],
              env: [
                { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'COLOR' } } },
                { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
                { name: 'GREETING', value: 'hello' },
              ],
              volumeMounts: [{ name: 'config', mountPath: '/etc/app' }, { name: 'sec', mountPath: '/etc/db', readOnly: true }, { name: 'data', mountPath: '/data' }],
              resources: {},
              terminationMessagePath: '/dev/termination-log',
              terminationMessagePolicy: 'File',
              imagePullPolicy: 'IfNotPresent',
            },
          ],
          volumes: [
            { name: 'config', configMap: { name: 'app-config', defaultMode: 420 } },
            { name: 'sec', secret: { secretName: 'db', defaultMode: 420 } },
            { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
          ],
          nodeName: 'w1-k8s',
          restartPolicy: 'Always',
          serviceAccountName: 'default',
          priority: 0,
        },
        status: { phase: 'Pending', hostIP: '192.168.56.101', startTime: T, qosClass: 'BestEffort', conditions: [{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: T }], containerStatuses: [{ name: 'app', image: 'busybox:1.36', imageID: '', ready: false, restartCount: 0, started: false, state: { waiting: { reason: 'CreateContainerConfigError', message: 'configmap "app-config" not found' } } }] },
      },
    ],
  },
  'job-complete': {
    argv: ['describe', 'job', 'pi'],
    objects: [
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: meta('pi', 'default', { labels: { 'batch.kubernetes.io/controller-uid': '6e9e0f0a-11da-426e-891f-0cb1ec5de0cf', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': '6e9e0f0a-11da-426e-891f-0cb1ec5de0cf', 'job-name': 'pi' } }),
        spec: {
          backoffLimit: 6, completionMode: 'NonIndexed', completions: 1, parallelism: 1, suspend: false,
          selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': '6e9e0f0a-11da-426e-891f-0cb1ec5de0cf' } },
          template: { metadata: { creationTimestamp: null, labels: { 'batch.kubernetes.io/controller-uid': '6e9e0f0a-11da-426e-891f-0cb1ec5de0cf', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': '6e9e0f0a-11da-426e-891f-0cb1ec5de0cf', 'job-name': 'pi' } }, spec: { containers: [{ name: 'pi', image: 'busybox:1.36', command: ['sh', '-c', 'echo 3.14'], resources: {} }], restartPolicy: 'Never' } },
        },
        status: { startTime: T, completionTime: '2025-12-10T01:02:05Z', succeeded: 1, ready: 0, conditions: [{ type: 'Complete', status: 'True', lastProbeTime: '2025-12-10T01:02:05Z', lastTransitionTime: '2025-12-10T01:02:05Z' }] },
      },
    ],
  },
  'cronjob': {
    argv: ['describe', 'cronjob', 'hello'],
    objects: [
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: meta('hello', 'default'),
        spec: { schedule: '*/1 * * * *', concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1, jobTemplate: { metadata: { creationTimestamp: null, name: 'hello' }, spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [{ name: 'hello', image: 'busybox:1.36', command: ['echo', 'hi'], resources: {} }], restartPolicy: 'OnFailure' } } } } },
        status: { lastScheduleTime: '2025-12-10T01:03:00Z' },
      },
    ],
  },
  'statefulset': {
    argv: ['describe', 'sts', 'web'],
    objects: [
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: meta('web', 'default'),
        spec: { replicas: 3, serviceName: 'nginx', podManagementPolicy: 'OrderedReady', selector: { matchLabels: { app: 'web' } }, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, template: { metadata: { creationTimestamp: null, labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', resources: {} }] } }, volumeClaimTemplates: [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'www', creationTimestamp: null }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem' }, status: { phase: 'Pending' } }] },
        status: { replicas: 1, availableReplicas: 0 },
      },
    ],
  },
  'configmap': { argv: ['describe', 'cm', 'app-config'], objects: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('app-config', 'default'), data: { COLOR: 'blue', GREETING: 'hello', 'nginx.conf': 'server {\n  listen 80;\n}\n' } }] },
  'service-nodeport': {
    argv: ['describe', 'svc', 'web'],
    objects: [
      { apiVersion: 'v1', kind: 'Service', metadata: meta('web', 'default', { labels: { app: 'web' } }), spec: { type: 'NodePort', selector: { app: 'web' }, clusterIP: '10.101.12.7', clusterIPs: ['10.101.12.7'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', sessionAffinity: 'None', externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', ports: [{ port: 80, protocol: 'TCP', targetPort: 80, nodePort: 31234 }] }, status: { loadBalancer: {} } },
      { apiVersion: 'v1', kind: 'Endpoints', metadata: meta('web', 'default', { labels: { app: 'web' } }), subsets: [{ addresses: [{ ip: '10.244.1.2' }, { ip: '10.244.2.3' }], ports: [{ port: 80, protocol: 'TCP' }] }] },
    ],
  },
  'namespace': { argv: ['describe', 'ns', 'dev'], objects: [{ apiVersion: 'v1', kind: 'Namespace', metadata: meta('dev', undefined, { labels: { 'kubernetes.io/metadata.name': 'dev' } }), spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } }] },
  'deployment': {
    argv: ['describe', 'deploy', 'web'],
    objects: [
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: meta('web', 'default', { generation: 1, labels: { app: 'web' }, annotations: { 'deployment.kubernetes.io/revision': '1' } }),
        spec: { replicas: 2, revisionHistoryLimit: 10, progressDeadlineSeconds: 600, selector: { matchLabels: { app: 'web' } }, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } }, template: { metadata: { creationTimestamp: null, labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }], resources: {} }], restartPolicy: 'Always' } } },
        status: { observedGeneration: 1, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, conditions: [{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.', lastUpdateTime: T, lastTransitionTime: T }, { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "web-5d59c5d84" has successfully progressed.', lastUpdateTime: T, lastTransitionTime: T }] },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: meta('web-5d59c5d84', 'default', { labels: { app: 'web', 'pod-template-hash': '5d59c5d84' }, annotations: { 'deployment.kubernetes.io/desired-replicas': '2', 'deployment.kubernetes.io/max-replicas': '3', 'deployment.kubernetes.io/revision': '1' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: '6e9e0f0a-11da-426e-891f-0cb1ec5de0cf', controller: true, blockOwnerDeletion: true }] }),
        spec: { replicas: 2, selector: { matchLabels: { app: 'web', 'pod-template-hash': '5d59c5d84' } }, template: { metadata: { creationTimestamp: null, labels: { app: 'web', 'pod-template-hash': '5d59c5d84' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }], resources: {} }], restartPolicy: 'Always' } } },
        status: { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 },
      },
    ],
  },
  'endpoints': { argv: ['describe', 'ep', 'web'], objects: [{ apiVersion: 'v1', kind: 'Endpoints', metadata: meta('web', 'default', { labels: { app: 'web' } }), subsets: [{ addresses: [{ ip: '10.244.1.2' }, { ip: '10.244.2.3' }], notReadyAddresses: [{ ip: '10.244.1.5' }], ports: [{ port: 80, protocol: 'TCP' }] }] }] },
  'pdb': { argv: ['describe', 'pdb', 'web'], objects: [{ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: meta('web', 'default', { generation: 1 }), spec: { minAvailable: 2, selector: { matchLabels: { app: 'web' } } }, status: { currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1, expectedPods: 3, observedGeneration: 1 } }, ...[0, 1, 2].map((i) => readyPod(`web-${i}`, { app: 'web' }))] },
  'replicaset': {
    argv: ['describe', 'rs', 'web-5d59c5d84'],
    objects: [
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: meta('web-5d59c5d84', 'default', { labels: { app: 'web', 'pod-template-hash': '5d59c5d84' }, annotations: { 'deployment.kubernetes.io/desired-replicas': '2', 'deployment.kubernetes.io/max-replicas': '3', 'deployment.kubernetes.io/revision': '1' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: '0d0bf9b6-33c1-4d5e-9a44-1c1b8b6d0b7e', controller: true, blockOwnerDeletion: true }] }),
        spec: { replicas: 2, selector: { matchLabels: { app: 'web', 'pod-template-hash': '5d59c5d84' } }, template: { metadata: { creationTimestamp: null, labels: { app: 'web', 'pod-template-hash': '5d59c5d84' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', resources: {} }], restartPolicy: 'Always' } } },
        status: { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 },
      },
    ],
  },
  'pod-running': {
    argv: ['describe', 'pod', 'web-5d59c5d84-x7k2p'],
    objects: [
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: meta('web-5d59c5d84-x7k2p', 'default', { generateName: 'web-5d59c5d84-', labels: { app: 'web', 'pod-template-hash': '5d59c5d84' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d59c5d84', uid: '0d0bf9b6-33c1-4d5e-9a44-1c1b8b6d0b7e', controller: true, blockOwnerDeletion: true }] }),
        spec: {
          containers: [{ name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }], resources: { requests: { cpu: '100m' }, limits: { cpu: '200m', memory: '128Mi' } }, volumeMounts: [{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: 'kube-api-access-p7t7b', readOnly: true }] }],
          nodeName: 'w1-k8s', restartPolicy: 'Always', serviceAccountName: 'default', priority: 0,
          tolerations: [{ effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 }, { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 }],
          volumes: [{ name: 'kube-api-access-p7t7b', projected: { defaultMode: 420, sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }, { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } }, { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } }] } }],
        },
        status: {
          phase: 'Running', hostIP: '192.168.56.101', podIP: '10.244.1.2', podIPs: [{ ip: '10.244.1.2' }], startTime: T, qosClass: 'Burstable',
          conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: T })),
          containerStatuses: [{ name: 'nginx', image: 'docker.io/library/nginx:1.25', imageID: 'docker.io/library/nginx@sha256:56559579e7dda7d3a3298d4a3315287b93114ca5f3ed402857ed8f41493c188b', containerID: 'containerd://5268e429d31d3b1d517c247c554729a8112d1264a22a791b0b68ebd7305c84b7', ready: true, started: true, restartCount: 1, state: { running: { startedAt: '2025-12-10T01:02:10Z' } }, lastState: { terminated: { exitCode: 137, reason: 'Error', startedAt: '2025-12-10T01:02:02Z', finishedAt: '2025-12-10T01:02:09Z' } } }],
        },
      },
    ],
  },
  'pod-probes': {
    argv: ['describe', 'pod', 'liveness-exec'],
    objects: [
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: meta('liveness-exec', 'default', { labels: { test: 'liveness' } }),
        spec: {
          containers: [
            {
              name: 'liveness', image: 'registry.k8s.io/busybox', args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'], imagePullPolicy: 'Always', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
              livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
            },
            {
              name: 'goproxy', image: 'registry.k8s.io/goproxy:0.1', ports: [{ containerPort: 8080, protocol: 'TCP' }], imagePullPolicy: 'IfNotPresent', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
              readinessProbe: { tcpSocket: { port: 8080 }, initialDelaySeconds: 15, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
              livenessProbe: { httpGet: { path: '/healthz', port: 'liveness-port', scheme: 'HTTP', httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }] }, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
              startupProbe: { httpGet: { path: '/healthz', port: 8080, host: '10.0.0.1', scheme: 'HTTPS' }, failureThreshold: 30, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1 },
            },
          ],
          nodeName: 'w1-k8s', restartPolicy: 'Always', serviceAccountName: 'default', priority: 0,
        },
        status: {
          phase: 'Running', hostIP: '192.168.56.101', podIP: '10.244.1.7', podIPs: [{ ip: '10.244.1.7' }], startTime: T, qosClass: 'BestEffort',
          conditions: ['PodReadyToStartContainers', 'Initialized', 'PodScheduled'].map((type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: T })).concat(['Ready', 'ContainersReady'].map((type) => ({ type, status: 'False', lastProbeTime: null, lastTransitionTime: T, reason: 'ContainersNotReady', message: 'containers with unready status: [goproxy]' }))),
          containerStatuses: [
            { name: 'goproxy', image: 'registry.k8s.io/goproxy:0.1', imageID: 'registry.k8s.io/goproxy@sha256:5334c7ad43048e3538775cb09aaf184f5e8acf4b0ea60e3bc8f1d93c209865a5', containerID: 'containerd://0a5b6f1b2c9d4e7f8a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071', ready: false, started: false, restartCount: 0, state: { running: { startedAt: '2025-12-10T01:02:04Z' } } },
            { name: 'liveness', image: 'registry.k8s.io/busybox:latest', imageID: 'sha256:36a4dca0fe6fb2a5133dc11a6c8907a97aea122613fa3e98be5e4c6ca44c5b6b', containerID: 'containerd://5268e429d31d3b1d517c247c554729a8112d1264a22a791b0b68ebd7305c84b7', ready: true, started: true, restartCount: 1, state: { running: { startedAt: '2025-12-10T01:03:13Z' } }, lastState: { terminated: { exitCode: 137, reason: 'Error', startedAt: '2025-12-10T01:02:03Z', finishedAt: '2025-12-10T01:03:12Z' } } },
          ],
        },
      },
    ],
  },
  'pod-ephemeral': {
    argv: ['describe', 'pod', 'ephemeral-demo'],
    objects: [
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: meta('ephemeral-demo', 'default', { labels: { run: 'ephemeral-demo' } }),
        spec: {
          containers: [{ name: 'ephemeral-demo', image: 'registry.k8s.io/pause:3.1', imagePullPolicy: 'IfNotPresent', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' }],
          ephemeralContainers: [{ name: 'debugger-8xzrl', image: 'busybox:1.28', imagePullPolicy: 'IfNotPresent', resources: {}, stdin: true, tty: true, targetContainerName: 'ephemeral-demo', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' }],
          nodeName: 'w1-k8s', restartPolicy: 'Never', serviceAccountName: 'default', priority: 0,
        },
        status: {
          phase: 'Running', hostIP: '192.168.56.101', podIP: '10.244.1.9', podIPs: [{ ip: '10.244.1.9' }], startTime: T, qosClass: 'BestEffort',
          conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: T })),
          containerStatuses: [{ name: 'ephemeral-demo', image: 'registry.k8s.io/pause:3.1', imageID: 'registry.k8s.io/pause@sha256:f78411e19d84a252e53bff71a4407a5686c46983a2c2eeed83929b888179acea', containerID: 'containerd://1b3c2a4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3', ready: true, started: true, restartCount: 0, state: { running: { startedAt: '2025-12-10T01:02:03Z' } } }],
          ephemeralContainerStatuses: [{ name: 'debugger-8xzrl', image: 'docker.io/library/busybox:1.28', imageID: 'docker.io/library/busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47', containerID: 'containerd://7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b', ready: false, restartCount: 0, state: { running: { startedAt: '2025-12-10T01:03:00Z' } } }],
        },
      },
    ],
  },
  'hpa': {
    argv: ['describe', 'hpa', 'web'],
    objects: [{ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: meta('web', 'default'), spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] }, status: { currentReplicas: 3, desiredReplicas: 3, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 37, averageValue: '74m' } } }] } }],
  },
  'ingress-no-controller': { argv: ['describe', 'ingress', 'web'], objects: [{ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: meta('web', 'default'), spec: { rules: [{ host: 'example.com', http: { paths: [{ path: '/', pathType: 'Exact', backend: { service: { name: 'api', port: { number: 8080 } } } }] } }] }, status: { loadBalancer: {} } }] },
};

// Cases whose output holds ages (pods and events): kubectl measures them against its own clock, so their objects
// are made relative to the recording time, which is kept in <case>/now for the test.
const at = (now, ago) => new Date(now - ago * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
const NODE_OBJ = (now) => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: {
    name: 'w1-k8s', uid: '4eaeaeea-9c41-49fe-a1fd-3d5fd8e3dcb8', resourceVersion: '1208', creationTimestamp: at(now, 780),
    labels: { 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': 'w1-k8s', 'kubernetes.io/os': 'linux' },
    annotations: { 'flannel.alpha.coreos.com/backend-data': '{"VNI":1,"VtepMAC":"c3:21:0d:c4:4e:11"}', 'flannel.alpha.coreos.com/backend-type': 'vxlan', 'flannel.alpha.coreos.com/kube-subnet-manager': 'true', 'flannel.alpha.coreos.com/public-ip': '192.168.56.101', 'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock', 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
  },
  spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] },
  status: {
    addresses: [{ type: 'InternalIP', address: '192.168.56.101' }, { type: 'Hostname', address: 'w1-k8s' }],
    capacity: { cpu: '2', 'ephemeral-storage': '131010540Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '2421440Ki', pods: '110' },
    allocatable: { cpu: '2', 'ephemeral-storage': '120740469348', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '2319040Ki', pods: '110' },
    conditions: [
      { type: 'NetworkUnavailable', status: 'False', lastHeartbeatTime: at(now, 650), lastTransitionTime: at(now, 650), reason: 'FlannelIsUp', message: 'Flannel is running on this node' },
      { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: at(now, 20), lastTransitionTime: at(now, 780), reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
      { type: 'DiskPressure', status: 'False', lastHeartbeatTime: at(now, 20), lastTransitionTime: at(now, 780), reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
      { type: 'PIDPressure', status: 'False', lastHeartbeatTime: at(now, 20), lastTransitionTime: at(now, 780), reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
      { type: 'Ready', status: 'True', lastHeartbeatTime: at(now, 20), lastTransitionTime: at(now, 650), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
    ],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    nodeInfo: { architecture: 'amd64', bootID: 'd2af1e31-abaf-4b2f-822f-25e5b042d6ac', containerRuntimeVersion: 'containerd://1.7.24', kernelVersion: '5.14.0-503.14.1.el9_5.x86_64', kubeProxyVersion: 'v1.28.15', kubeletVersion: 'v1.28.15', machineID: 'd2af1e31abaf4b2f822f25e5b042d6ac', operatingSystem: 'linux', osImage: 'Rocky Linux 9.5 (Blue Onyx)', systemUUID: 'd2af1e31-abaf-4b2f-822f-25e5b042d6ac' },
  },
});
const KUBE_PROXY_TEMPLATE = {
  metadata: { creationTimestamp: null, labels: { 'k8s-app': 'kube-proxy' } },
  spec: {
    containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.28.15', imagePullPolicy: 'IfNotPresent', command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'], env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }], resources: {}, securityContext: { privileged: true }, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', volumeMounts: [{ mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' }, { mountPath: '/run/xtables.lock', name: 'xtables-lock' }, { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true }] }],
    dnsPolicy: 'ClusterFirst', hostNetwork: true, nodeSelector: { 'kubernetes.io/os': 'linux' }, priorityClassName: 'system-node-critical', restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {}, serviceAccount: 'kube-proxy', serviceAccountName: 'kube-proxy', terminationGracePeriodSeconds: 30, tolerations: [{ operator: 'Exists' }],
    volumes: [{ name: 'kube-proxy', configMap: { name: 'kube-proxy', defaultMode: 420 } }, { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } }, { name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } }],
  },
};
const DS_UID = '576dc188-65ea-4128-9f17-3587baa974ae';
/** a running pod of the world on a node: name, namespace, node, its containers' resources, owner */
function worldPod(now, name, ns, node, ip, resources, owner, ago = 800, labels = {}) {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: ns, uid: `${name.length.toString(16).padStart(8, '0')}-9c41-49fe-a1fd-3d5fd8e3dcb8`, resourceVersion: '1135', creationTimestamp: at(now, ago), labels, ...(owner ? { ownerReferences: [owner] } : {}) },
    spec: { containers: [{ name: name.split('-')[0], image: 'registry.k8s.io/pause:3.9', resources }], nodeName: node },
    status: { phase: 'Running', hostIP: ip, podIP: ip, startTime: at(now, ago), qosClass: 'BestEffort', conditions: [{ type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: at(now, ago - 30) }] },
  };
}
const nodeEvent = (now, node, reason, message, ago) => ({ apiVersion: 'v1', kind: 'Event', metadata: { name: `${node}.187f9a${ago}`, namespace: 'default', creationTimestamp: at(now, ago) }, involvedObject: { kind: 'Node', name: node, uid: node }, reason, message, source: { component: 'kubelet', host: node }, firstTimestamp: at(now, ago), lastTimestamp: at(now, ago), count: 1, type: 'Normal' });
const dsOwner = { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'kube-proxy', uid: DS_UID, controller: true, blockOwnerDeletion: true };

const RELATIVE = {
  'node': (now) => ({
    argv: ['describe', 'node', 'w1-k8s'],
    objects: [
      NODE_OBJ(now),
      { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'w1-k8s', namespace: 'kube-node-lease', uid: '1d2f0b41-7c6e-4d0b-9a53-3f0e8a61c2aa', resourceVersion: '1290', creationTimestamp: at(now, 780) }, spec: { holderIdentity: 'w1-k8s', leaseDurationSeconds: 40, renewTime: at(now, 3).replace('Z', '.000000Z') } },
      worldPod(now, 'kube-flannel-ds-gdfgn', 'kube-flannel', 'w1-k8s', '192.168.56.101', { requests: { cpu: '100m', memory: '50Mi' } }, null, 740),
      worldPod(now, 'coredns-5dd5756b68-8dcmk', 'kube-system', 'w1-k8s', '10.244.1.3', { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } }, null),
      worldPod(now, 'coredns-5dd5756b68-rt7vp', 'kube-system', 'w1-k8s', '10.244.1.2', { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } }, null),
      worldPod(now, 'kube-proxy-zc5zw', 'kube-system', 'w1-k8s', '192.168.56.101', {}, dsOwner),
      nodeEvent(now, 'w1-k8s', 'NodeReady', 'Node w1-k8s status is now: NodeReady', 670),
    ],
  }),
  'daemonset': (now) => ({
    argv: ['describe', 'ds', 'kube-proxy', '-n', 'kube-system'],
    objects: [
      {
        apiVersion: 'apps/v1', kind: 'DaemonSet',
        metadata: { name: 'kube-proxy', namespace: 'kube-system', uid: DS_UID, resourceVersion: '1136', generation: 1, creationTimestamp: at(now, 780), labels: { 'k8s-app': 'kube-proxy' }, annotations: { 'deprecated.daemonset.template.generation': '1' } },
        spec: { revisionHistoryLimit: 10, selector: { matchLabels: { 'k8s-app': 'kube-proxy' } }, template: KUBE_PROXY_TEMPLATE, updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' } },
        status: { currentNumberScheduled: 3, desiredNumberScheduled: 3, numberAvailable: 3, numberMisscheduled: 0, numberReady: 3, observedGeneration: 1, updatedNumberScheduled: 3 },
      },
      ...[['kube-proxy-zdlcz', 'm-k8s', '192.168.56.10'], ['kube-proxy-zc5zw', 'w1-k8s', '192.168.56.101'], ['kube-proxy-nqjlh', 'w2-k8s', '192.168.56.102']].map(([n, node, ip]) => worldPod(now, n, 'kube-system', node, ip, {}, dsOwner, 800, { 'controller-revision-hash': '6886f76cb9', 'k8s-app': 'kube-proxy', 'pod-template-generation': '1' })),
      ...['kube-proxy-zdlcz', 'kube-proxy-zc5zw', 'kube-proxy-nqjlh'].map((p, i) => ({ apiVersion: 'v1', kind: 'Event', metadata: { name: `kube-proxy.187f9b0${i}`, namespace: 'kube-system', creationTimestamp: at(now, 780) }, involvedObject: { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'kube-proxy', namespace: 'kube-system', uid: DS_UID }, reason: 'SuccessfulCreate', message: `Created pod: ${p}`, source: { component: 'daemonset-controller' }, firstTimestamp: at(now, 800 - i), lastTimestamp: at(now, 800 - i), count: 1, type: 'Normal' })),
    ],
  }),
};

/** whether the data keys of a Secret (`key:  N bytes`) or ConfigMap (`key:` over `----`) are in sorted order */
function keysSorted(out) {
  const lines = out.split('\n');
  const keys = lines.flatMap((l, i) => {
    const m = /^(\S+):\s+\d+ bytes$/.exec(l) ?? (lines[i + 1] === '----' ? /^(\S+):$/.exec(l) : null);
    return m ? [m[1]] : [];
  });
  return keys.every((k, i) => i === 0 || keys[i - 1] < k);
}

/** a running, ready pod (for the cases whose numbers count pods) */
function readyPod(name, labels) {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { ...meta(name, 'default'), uid: `0000000${name.length}-0000-4000-8000-00000000000${name.slice(-1)}`, labels }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }], nodeName: 'w1-k8s' }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: T }] } };
}

function resourcesOf(gv) {
  return API[gv].map(([name, kind, namespaced]) => ({ name, singularName: kind.toLowerCase(), namespaced, kind, verbs: ['get', 'list'], shortNames: { persistentvolumeclaims: ['pvc'], persistentvolumes: ['pv'], serviceaccounts: ['sa'], ingresses: ['ing'], statefulsets: ['sts'], cronjobs: ['cj'], deployments: ['deploy'], endpoints: ['ep'], horizontalpodautoscalers: ['hpa'], poddisruptionbudgets: ['pdb'], replicasets: ['rs'], configmaps: ['cm'], services: ['svc'], namespaces: ['ns'], pods: ['po'], daemonsets: ['ds'], nodes: ['no'], certificatesigningrequests: ['csr'], configmaps_: [] }[name] }));
}

/** a field selector as the API server applies it (a=b, a!=b, comma-separated; empty values match absent fields) */
function fieldsMatch(o, selector) {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const m = /^([^!=]+)(!=|==|=)(.*)$/.exec(term);
    if (!m) return true;
    const v = m[1].split('.').reduce((x, k) => (x == null ? x : x[k]), o) ?? '';
    return m[2] === '!=' ? String(v) !== m[3] : String(v) === m[3];
  });
}

function serve(objects) {
  const send = (res, code, body) => {
    res.writeHead(code, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const p = url.pathname;
    if (p === '/api') return send(res, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] });
    if (p === '/apis') return send(res, 200, { kind: 'APIGroupList', apiVersion: 'v1', groups: Object.keys(API).filter((g) => g !== 'v1').map((gv) => ({ name: gv.split('/')[0], versions: [{ groupVersion: gv, version: gv.split('/')[1] }], preferredVersion: { groupVersion: gv, version: gv.split('/')[1] } })) });
    if (p === '/api/v1') return send(res, 200, { kind: 'APIResourceList', groupVersion: 'v1', resources: resourcesOf('v1') });
    const g = /^\/apis\/([^/]+\/v\w+)$/.exec(p);
    if (g && API[g[1]]) return send(res, 200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: g[1], resources: resourcesOf(g[1]) });
    const m = /^\/(?:api\/v1|apis\/[^/]+\/v\w+)(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?$/.exec(p);
    if (m) {
      const [, ns, resource, name] = m;
      const entry = Object.values(API).flat().find(([r]) => r === resource);
      const kind = entry?.[1];
      const gv = p.startsWith('/api/v1') ? 'v1' : p.split('/').slice(2, 4).join('/');
      if (!name) return send(res, 200, { kind: `${kind}List`, apiVersion: gv, metadata: { resourceVersion: '1300' }, items: objects.filter((o) => o.kind === kind && (!ns || o.metadata.namespace === ns) && fieldsMatch(o, url.searchParams.get('fieldSelector'))) });
      const o = objects.find((x) => x.kind === kind && x.metadata.name === name && (!ns || x.metadata.namespace === ns));
      if (o) return send(res, 200, o);
      return send(res, 404, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `${resource} "${name}" not found`, reason: 'NotFound', details: { name, kind: resource }, code: 404 });
    }
    send(res, 404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'the server could not find the requested resource' });
  });
}

// ONLY=<prefix>: record just the cases whose name starts with it, leaving the others as they are
const ONLY = process.env.ONLY;
if (!ONLY) fs.rmSync(OUT, { recursive: true, force: true });
const NOW = Math.floor(Date.now() / 1000) * 1000;
// the bootstrap policy's roles and bindings as the simulator holds them (scripts/golden/rbac-objects.ts writes the file)
const RBAC_OBJECTS = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/golden/rbac-objects.json'), 'utf8'));
for (const [key, o] of Object.entries(RBAC_OBJECTS)) {
  const [kind, name] = key.split('/');
  const type = { ClusterRole: 'clusterrole', ClusterRoleBinding: 'clusterrolebinding', RoleBinding: 'rolebinding' }[kind];
  CASES[`${type}-${name.replace(/[^a-z0-9-]+/g, '-')}`] = { argv: ['describe', type, name, ...(o.metadata.namespace ? ['-n', o.metadata.namespace] : [])], objects: [o] };
}
// CertificateSigningRequests as the simulator holds them (scripts/golden/csr-objects.ts writes the file)
const CSR_OBJECTS = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/golden/csr-objects.json'), 'utf8')).objects;
for (const [key, o] of Object.entries(CSR_OBJECTS)) CASES[`csr-${key}`] = { argv: ['describe', 'csr', o.metadata.name], objects: [o] };
for (const [name, make] of Object.entries(RELATIVE)) CASES[name] = { ...make(NOW), now: new Date(NOW).toISOString().replace(/\.\d+Z$/, 'Z') };
for (const [name, c] of Object.entries(CASES)) {
  if (ONLY && !name.startsWith(ONLY)) continue;
  const server = serve(c.objects);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kdesc-'));
  fs.mkdirSync(path.join(home, '.kube'));
  fs.writeFileSync(path.join(home, '.kube/config'), `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: http://127.0.0.1:${port}\n  name: c\ncontexts:\n- context:\n    cluster: c\n    user: u\n    namespace: default\n  name: c\ncurrent-context: c\nusers:\n- name: u\n  user: {}\n`);
  // the server runs in this process: kubectl must run beside it, not block the event loop
  const once = () =>
    new Promise((resolve) => {
      import('node:child_process').then(({ execFile }) =>
        execFile(KUBECTL, c.argv, { env: { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TZ: 'UTC' }, timeout: 20000 }, (err, stdout, stderr) => resolve({ stdout, stderr, code: err?.code ?? 0 })),
      );
    });
  // Secret and ConfigMap describers walk a Go map: the key order changes from run to run. Keep a run whose
  // keys came out sorted (the order the simulator prints), so the fixture is real bytes and stable.
  let r = await once();
  for (let i = 0; i < 30 && !keysSorted(r.stdout); i++) r = await once();
  server.close();
  fs.rmSync(home, { recursive: true, force: true });
  const dir = path.join(OUT, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cmd'), ['kubectl', ...c.argv].join(' ') + '\n');
  fs.writeFileSync(path.join(dir, 'objects.json'), JSON.stringify(c.objects, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'stdout'), r.stdout);
  if (c.now) fs.writeFileSync(path.join(dir, 'now'), c.now + '\n');
  if (r.stderr) console.error(name, r.stderr.trim());
  console.log(name, r.code, r.stdout.split('\n').length, 'lines');
}
