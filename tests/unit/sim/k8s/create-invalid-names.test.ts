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

// kubectl run names the container after the pod: an upper-case name breaks both (ValidatePod: metadata.name, then
// spec.containers[0].name), which kubectl's checkErr prints as MultilineError does: the head, then a * line a cause.
const LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('kubectl run: invalid name', () => {
  it('lists each cause, or puts the only one on the line', () => {
    const { run } = makeCluster();
    expect(run('run Web --image=nginx')).toMatchObject({ out: '', err: `The Pod "Web" is invalid: \n* metadata.name: Invalid value: "Web": ${SUB}\n* spec.containers[0].name: Invalid value: "Web": ${LABEL}\n`, code: 1 });
    expect(run('run my.pod --image=nginx')).toMatchObject({ err: `The Pod "my.pod" is invalid: spec.containers[0].name: Invalid value: "my.pod": ${LABEL}\n`, code: 1 });
    expect(run('get pods').err).toBe('No resources found in default namespace.\n');
    expect(run('run Web --image=nginx --dry-run=client -o name')).toMatchObject({ out: 'pod/Web\n', code: 0 });
  });
});

// kubectl expose: a Service's name must be a DNS-1035 label (ValidateService: NameIsDNS1035Label), so a deployment
// named 1web cannot be exposed under its own name; expose returns the server's error as it is.
const DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('kubectl expose: invalid service name', () => {
  it('is refused unless --name gives a DNS-1035 label', () => {
    const { run } = makeCluster();
    run('create deployment 1web --image=nginx');
    expect(run('expose deploy 1web --port 80')).toMatchObject({ out: '', err: `The Service "1web" is invalid: metadata.name: Invalid value: "1web": ${DNS1035}\n`, code: 1 });
    expect(run('expose deploy 1web --port 80 --name Web').err).toBe(`The Service "Web" is invalid: metadata.name: Invalid value: "Web": ${DNS1035}\n`);
    expect(run('expose deploy 1web --port 80 --name web1')).toMatchObject({ out: 'service/web1 exposed\n', code: 0 });
  });
});
