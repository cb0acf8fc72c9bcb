/**
 * What an embed sends to the page that frames it, and the one request it accepts from it; kept
 * apart from messages.ts (presentations and hosts) so an embed's JavaScript stays small. The
 * protocol is documented in messages.ts and docs/EMBEDDING.md.
 */
import type { DiagramId } from './diagram-params';

export const messageVersion = 1;

export interface ResizeMessage {
  type: 'tlr4-explainer:resize';
  version: 1;
  diagram: DiagramId;
  height: number;
}
export interface LtiResizeMessage {
  subject: 'lti.frameResize';
  height: number;
}
export interface StateMessage {
  type: 'tlr4-explainer:state';
  version: 1;
  diagram: DiagramId;
  /** The diagram's own parameters, with "?" (or ""). */
  search: string;
}

/** The two messages an embed sends when its height becomes `height` (rounded up to whole pixels). */
export function resizeMessages(diagram: DiagramId, height: number): [ResizeMessage, LtiResizeMessage] {
  const rounded = Math.ceil(height);
  return [
    { type: 'tlr4-explainer:resize', version: messageVersion, diagram, height: rounded },
    { subject: 'lti.frameResize', height: rounded },
  ];
}

export function stateMessage(diagram: DiagramId, search: string): StateMessage {
  return { type: 'tlr4-explainer:state', version: messageVersion, diagram, search };
}

/** True for exactly { type: 'tlr4-explainer:request-size' } (version absent or 1, no other keys). */
export function isSizeRequest(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === 'tlr4-explainer:request-size' &&
    (!('version' in message) || message.version === messageVersion) &&
    Object.keys(message).every((key) => key === 'type' || key === 'version')
  );
}

/** The query string (with "?", or "") keeping only the parameters `names`, in that order. */
export function keepParams(search: string, names: readonly string[]): string {
  const given = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of names) for (const value of given.getAll(name)) kept.append(name, value);
  const text = kept.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
