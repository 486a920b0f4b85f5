// `kubectl rollout pause --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl rollout pause RESOURCE [options]",
  long: `Mark the provided resource as paused.

 Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.`,
  examples: `  # Mark the nginx deployment as paused
  # Any current state of the deployment will continue its function; new updates
  # to the deployment will not have an effect as long as the deployment is paused
  kubectl rollout pause deployment/nginx`,
  usage: {
    "allow-missing-template-keys": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.",
    "field-manager": "Name of the manager used to track field ownership.",
    "filename": "Filename, directory, or URL to files identifying the resource to get from a server.",
    "kustomize": "Process the kustomization directory. This flag can't be used together with -f or -R.",
    "output": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "recursive": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.",
    "selector": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
    "show-managed-fields": "If true, keep the managedFields when printing objects in JSON or YAML format.",
    "template": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].",
  },
};
