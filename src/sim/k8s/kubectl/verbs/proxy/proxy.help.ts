// `kubectl proxy --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix] [options]",
  long: "Creates a proxy server or application-level gateway between localhost and the Kubernetes API server. It also allows serving static content over specified HTTP path. All incoming data enters through one port and gets forwarded to the remote Kubernetes API server port, except for the path matching the static content path.",
  examples: `  # To proxy all of the Kubernetes API and nothing else
  kubectl proxy --api-prefix=/
  
  # To proxy only part of the Kubernetes API and also some static files
  # You can get pods info with 'curl localhost:8001/api/v1/pods'
  kubectl proxy --www=/my/files --www-prefix=/static/ --api-prefix=/api/
  
  # To proxy the entire Kubernetes API at a different root
  # You can get pods info with 'curl localhost:8001/custom/api/v1/pods'
  kubectl proxy --api-prefix=/custom/
  
  # Run a proxy to the Kubernetes API server on port 8011, serving static content from ./local/www/
  kubectl proxy --port=8011 --www=./local/www/
  
  # Run a proxy to the Kubernetes API server on an arbitrary local port
  # The chosen port for the server will be output to stdout
  kubectl proxy --port=0
  
  # Run a proxy to the Kubernetes API server, changing the API prefix to k8s-api
  # This makes e.g. the pods API available at localhost:8001/k8s-api/v1/pods/
  kubectl proxy --api-prefix=/k8s-api`,
  usage: {
    "accept-hosts": "Regular expression for hosts that the proxy should accept.",
    "accept-paths": "Regular expression for paths that the proxy should accept.",
    "address": "The IP address on which to serve on.",
    "api-prefix": "Prefix to serve the proxied API under.",
    "append-server-path": "If true, enables automatic path appending of the kube context server path to each request.",
    "disable-filter": "If true, disable request filtering in the proxy. This is dangerous, and can leave you vulnerable to XSRF attacks, when used with an accessible port.",
    "keepalive": "keepalive specifies the keep-alive period for an active network connection. Set to 0 to disable keepalive.",
    "port": "The port on which to run the proxy. Set to 0 to pick a random port.",
    "reject-methods": "Regular expression for HTTP methods that the proxy should reject (example --reject-methods='POST,PUT,PATCH'). ",
    "reject-paths": "Regular expression for paths that the proxy should reject. Paths specified here will be rejected even accepted by --accept-paths.",
    "unix-socket": "Unix socket on which to run the proxy.",
    "www": "Also serve static files from the given directory under the specified prefix.",
    "www-prefix": "Prefix to serve static files under, if static file directory is specified.",
  },
};
