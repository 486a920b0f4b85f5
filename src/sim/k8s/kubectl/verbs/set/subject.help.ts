// `kubectl set subject --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl set subject (-f FILENAME | TYPE NAME) [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
  long: "Update the user, group, or service account in a role binding or cluster role binding.",
  examples: `  # Update a cluster role binding for serviceaccount1
  kubectl set subject clusterrolebinding admin --serviceaccount=namespace:serviceaccount1
  
  # Update a role binding for user1, user2, and group1
  kubectl set subject rolebinding admin --user=user1 --user=user2 --group=group1
  
  # Print the result (in YAML format) of updating rolebinding subjects from a local, without hitting the server
  kubectl create rolebinding admin --role=admin --user=admin -o yaml --dry-run=client | kubectl set subject --local -f - --user=foo -o yaml`,
  usage: {
    "all": "Select all resources, in the namespace of the specified resource types",
    "allow-missing-template-keys": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.",
    "dry-run": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.",
    "field-manager": "Name of the manager used to track field ownership.",
    "filename": "Filename, directory, or URL to files the resource to update the subjects",
    "group": "Groups to bind to the role",
    "kustomize": "Process the kustomization directory. This flag can't be used together with -f or -R.",
    "local": "If true, set subject will NOT contact api-server but run locally.",
    "output": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "recursive": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.",
    "selector": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
    "serviceaccount": "Service accounts to bind to the role",
    "show-managed-fields": "If true, keep the managedFields when printing objects in JSON or YAML format.",
    "template": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].",
    "user": "Usernames to bind to the role",
  },
};
