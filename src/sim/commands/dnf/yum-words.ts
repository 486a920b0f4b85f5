// dnf's words under the name yum (dnf.util.MAIN_PROG is "yum" when dnf runs as yum). Written by scripts/golden/dnf-spec.ts.
export const asYum = (t: string) => t.replace(/\bDNF\b/g, 'YUM').replace(/\bdnf\b(?!-|\s+command\.)/g, 'yum');
