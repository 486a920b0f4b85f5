// SELinux contexts as the guest models them: the shell's process context (an unconfined login), and whether a
// context is one the targeted policy could know (user_u:role_r:type_t:s0 with an optional range and categories).

/** The `vagrant ssh` login's context (id -Z), root's after sudo too. */
export const SHELL_CONTEXT = 'unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023';

const LEVEL = 's0(?::c\\d+(?:\\.c\\d+)?(?:,c\\d+(?:\\.c\\d+)?)*)?';
const CONTEXT = new RegExp(`^[a-z][a-z0-9_]*_u:[a-z][a-z0-9_]*_r:[a-z][a-z0-9_]*_t:${LEVEL}(?:-${LEVEL})?$`);

/** security_check_context, as far as the shape of the context goes. */
export const validContext = (c: string) => CONTEXT.test(c);

/** The context with some of its user, role, type and range replaced (context_*_set). */
export function withParts(context: string, parts: { user?: string; role?: string; type?: string; range?: string }): string {
  const [user, role, type, ...range] = context.split(':');
  return [parts.user ?? user, parts.role ?? role, parts.type ?? type, parts.range ?? range.join(':')].join(':');
}
