// `kubectl create --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl create -f FILENAME [options]",
  long: `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.`,
  examples: `  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json`,
  usage: {
    "allow-missing-template-keys": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.",
    "dry-run": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.",
    "edit": "Edit the API resource before creating",
    "field-manager": "Name of the manager used to track field ownership.",
    "filename": "Filename, directory, or URL to files to use to create the resource",
    "kustomize": "Process the kustomization directory. This flag can't be used together with -f or -R.",
    "output": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "raw": "Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.",
    "recursive": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.",
    "save-config": "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.",
    "selector": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
    "show-managed-fields": "If true, keep the managedFields when printing objects in JSON or YAML format.",
    "template": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].",
    "validate": "Must be one of: strict (or true), warn, ignore (or false). \t\t\"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \t\t\"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \t\t\"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.",
    "windows-line-endings": "Only relevant if --edit=true. Defaults to the line ending native to your platform.",
  },
};
