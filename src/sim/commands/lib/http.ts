// HTTP answers curl and wget get: extensions register handlers (the Kubernetes model serves NodePorts).
import type { CommandContext } from '../../context';
import type { Host } from '../../types';

/** HTTP answers for curl: extensions register handlers (the Kubernetes model serves NodePorts). */
export type HttpHandler = (req: { url: URL; host: Host; world: CommandContext['world'] }) => { status: number; body: string; headers?: Record<string, string> } | null;
export const httpHandlers: HttpHandler[] = [];
export function registerHttpHandler(h: HttpHandler): void {
  httpHandlers.push(h);
}
