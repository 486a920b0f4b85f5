/** kubectl: the client (kubectl/client.ts) and its verbs (kubectl/verbs/<verb>/). */
export { Kubectl, type KubectlEnv, type KResult, type Follow } from './kubectl/client';
export { podTemplateText, podPhaseText } from './kubectl/podtemplate';
export { age } from './format';
