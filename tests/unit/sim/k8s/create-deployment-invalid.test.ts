// kubectl create deployment with a name the API server refuses or a negative --replicas: apps ValidateDeployment
// (kubernetes 1.28 pkg/apis/apps/validation: ValidateObjectMeta with NameIsDNSSubdomain, then ValidateNonnegativeField
// of spec.replicas), aggregated as apimachinery's errors do ([a, b] for two), wrapped by create_deployment.go as
// "failed to create deployment: %v"; nothing is stored.
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';

const SUB = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

describe('kubectl create deployment: invalid', () => {
  it('refuses an upper-case or underscored name and a negative replica count', () => {
    const { run } = makeCluster();
    expect(run('create deployment Web --image=nginx')).toMatchObject({ out: '', err: `error: failed to create deployment: Deployment.apps "Web" is invalid: metadata.name: Invalid value: "Web": ${SUB}\n`, code: 1 });
    expect(run('create deployment y --image=nginx --replicas=-1')).toMatchObject({ err: 'error: failed to create deployment: Deployment.apps "y" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n', code: 1 });
    expect(run('create deployment web_1 --image=nginx --replicas=-1').err).toBe(`error: failed to create deployment: Deployment.apps "web_1" is invalid: [metadata.name: Invalid value: "web_1": ${SUB}, spec.replicas: Invalid value: -1: must be greater than or equal to 0]\n`);
    expect(run('get deploy').err).toBe('No resources found in default namespace.\n');
    expect(run('create deployment my.app --image=nginx').out).toBe('deployment.apps/my.app created\n');
  });
});
