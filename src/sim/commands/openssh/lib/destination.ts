// The destination operand of ssh and ssh-copy-id (ssh.c: an ssh:// URI or [user@]host), shared with the Windows host's ssh.
/** `ssh://[user@]host[:port]` or `[user@]host`: the user, host and port, or null for a bad destination. */
export function parseDestination(dest: string): { user?: string; host: string; port?: number } | null {
  const uri = /^ssh:\/\/(?:([^@/]*)@)?(\[[^\]]+\]|[^:/@]+)(?::(\d+))?\/?$/.exec(dest);
  if (uri) return { user: uri[1] || undefined, host: uri[2].replace(/^\[|\]$/g, ''), port: uri[3] ? Number(uri[3]) : undefined };
  if (dest.startsWith('ssh://')) return null;
  const at = dest.lastIndexOf('@');
  if (at === 0) return null;
  return at > 0 ? { user: dest.slice(0, at), host: dest.slice(at + 1) } : { host: dest };
}
