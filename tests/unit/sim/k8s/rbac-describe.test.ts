import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';
import { createObject } from '../../../../src/sim/k8s/apiserver';

describe('describe for roles and bindings', () => {
  it('lists a role rule by rule, verbs merged per resource and sorted as kubectl prints them', () => {
    const { c, run } = makeCluster();
    createObject(c, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch', 'list'] }, { apiGroups: ['apps'], resources: ['deployments', 'deployments/scale'], verbs: ['get', 'update'], resourceNames: ['web'] }] }, 'default', false);
    expect(run('describe role pod-reader').out).toBe(
      [
        'Name:         pod-reader',
        'Labels:       <none>',
        'Annotations:  <none>',
        'PolicyRule:',
        '  Resources               Non-Resource URLs  Resource Names  Verbs',
        '  ---------               -----------------  --------------  -----',
        '  deployments.apps/scale  []                 [web]           [get update]',
        '  deployments.apps        []                 [web]           [get update]',
        '  pods                    []                 []              [get watch list]',
        '',
      ].join('\n'),
    );
    run('create rolebinding rb --role=pod-reader --user=jane --serviceaccount=default:robot');
    expect(run('describe rolebinding rb').out).toBe('Name:         rb\nLabels:       <none>\nAnnotations:  <none>\nRole:\n  Kind:  Role\n  Name:  pod-reader\nSubjects:\n  Kind            Name   Namespace\n  ----            ----   ---------\n  User            jane   \n  ServiceAccount  robot  default\n');
    expect(run('get roles').out).toMatch(/^NAME {9}CREATED AT\npod-reader   \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n$/);
  });
});
