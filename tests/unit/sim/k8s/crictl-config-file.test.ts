// crictl's config file decoding (cri-tools v1.28.0 util.go loadPodSandboxConfig / loadContainerConfig through
// apimachinery's YAMLOrJSONDecoder): encoding/json's scanner errors with the byte offset (Go 1.20 scanner.go texts),
// its UnmarshalTypeError text, key matching, and sigs.k8s.io/yaml v1.3.0's YAML to JSON with the target's types.
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { decodeConfig, goValue } from '../../../../src/sim/k8s/crictl/config-file';

const pod = (t: string) => decodeConfig(t, 'PodSandboxConfig', yaml);
const ctr = (t: string) => decodeConfig(t, 'ContainerConfig', yaml);

describe('crictl config files', () => {
  it('JSON: scanner errors name the offending byte and its offset', () => {
    expect(pod('{"a" 1}')).toEqual({ error: "json: offset 6: invalid character '1' after object key" });
    expect(pod('{"a": 1 "b": 2}')).toEqual({ error: `json: offset 9: invalid character '"' after object key:value pair` });
    expect(pod('{"a": [1 2]}')).toEqual({ error: "json: offset 10: invalid character '2' after array element" });
    expect(pod('{"a": x}')).toEqual({ error: "json: offset 7: invalid character 'x' looking for beginning of value" });
    expect(pod('{"a": tru}')).toEqual({ error: "json: offset 10: invalid character '}' in literal true (expecting 'e')" });
    expect(pod("{'a': 1}")).toEqual({ error: "json: offset 2: invalid character '\\'' looking for beginning of object key string" });
    expect(pod('{"a": -}')).toEqual({ error: "json: offset 8: invalid character '}' in numeric literal" });
    expect(pod('{"a": "\\q"}')).toEqual({ error: "json: offset 9: invalid character 'q' in string escape code" });
    expect(pod('  {"metadata": {')).toEqual({ error: 'unexpected EOF' });
    // one value is read: what follows it does not matter
    expect(pod('{"metadata": {"name": "a"}} trailing')).toEqual({ config: { metadata: { name: 'a' } } });
  });

  it('JSON: keys match exactly or case-insensitively, unknown keys are ignored, type errors as UnmarshalTypeError', () => {
    expect(pod('{"METADATA": {"Name": "a"}, "logDirectory": "/x", "log_directory": "/tmp"}')).toEqual({ config: { metadata: { name: 'a' }, log_directory: '/tmp' } });
    expect(pod('{"port_mappings": [{"protocol": "TCP"}]}')).toEqual({ error: 'json: cannot unmarshal string into Go struct field PortMapping.port_mappings.protocol of type v1.Protocol' });
    expect(pod('{"port_mappings": {}}')).toEqual({ error: 'json: cannot unmarshal object into Go struct field PodSandboxConfig.port_mappings of type []*v1.PortMapping' });
    expect(pod('{"labels": {"a": 1}}')).toEqual({ error: 'json: cannot unmarshal number into Go struct field PodSandboxConfig.labels of type string' });
    expect(ctr('{"command": "top"}')).toEqual({ error: 'json: cannot unmarshal string into Go struct field ContainerConfig.command of type []string' });
    expect(ctr('{"metadata": {"attempt": 1.5}}')).toEqual({ error: 'json: cannot unmarshal number 1.5 into Go struct field ContainerMetadata.metadata.attempt of type uint32' });
    expect(ctr('{"tty": "yes"}')).toEqual({ error: 'json: cannot unmarshal string into Go struct field ContainerConfig.tty of type bool' });
  });

  it('YAML: the first document, 1.1 booleans, string fields take scalars as text, errors wrapped as sigs.k8s.io/yaml does', () => {
    expect(ctr('metadata:\n  name: 7\ntty: yes\n---\nmetadata: {name: other}\n')).toEqual({ config: { metadata: { name: '7' }, tty: true } });
    expect(pod('just text\n')).toEqual({ error: 'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type v1.PodSandboxConfig' });
    expect(pod('# nothing but a comment\n')).toEqual({ config: {} });
    expect(pod('--- x\n')).toEqual({ error: 'invalid Yaml document separator: x' });
    expect(pod('')).toEqual({ error: 'EOF' });
    // go-yaml v2 resolves y/n/on/off as booleans (YAML 1.1) and keeps the last of two equal keys
    expect(pod('metadata:\n  name: x\n  name: y\n')).toEqual({ config: { metadata: { name: 'true' } } });
    // its errors: a scanner error names the line of the problem, a parser error the line before it
    const bad = (t: string) => (pod(t) as { error: string }).error.replace('error converting YAML to JSON: ', '');
    expect(bad('metadata:\n  name: x\n   uid: y\n')).toBe('yaml: line 3: mapping values are not allowed in this context');
    expect(bad('x:\n  y: 1\n  z: a: b\n')).toBe('yaml: line 3: mapping values are not allowed in this context');
    expect(bad('metadata:\n  name: "abc\n')).toBe('yaml: line 3: found unexpected end of stream');
    expect(bad('a: [1, 2\n')).toBe("yaml: line 1: did not find expected ',' or ']'");
    expect(bad('metadata:\n  name: x\n uid: y\n')).toBe('yaml: line 2: did not find expected key');
  });

  it('writes a decoded config back as encoding/json does with the gogo tags (omitempty)', () => {
    const c = ctr('{"metadata": {"name": "b", "attempt": 0}, "image": {"image": "busybox"}, "args": [], "linux": {}}');
    expect('config' in c && goValue(c.config, 'ContainerConfig')).toEqual({ metadata: { name: 'b' }, image: { image: 'busybox' }, linux: {} });
  });
});
