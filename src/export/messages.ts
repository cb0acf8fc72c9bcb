/**
 * The postMessage protocol between an embed or presentation and the page that frames it.
 * docs/EMBEDDING.md documents it for host authors; keep the two in step. Every message is a
 * plain object whose `type` starts with "tlr4-explainer:" and carries `version: 1`.
 *
 * Frame → parent (sent with targetOrigin "*": they carry no private data)
 *   { type: 'tlr4-explainer:resize', version: 1, diagram, height }      whenever the height changes
 *   { subject: 'lti.frameResize', height }                              the same, in Canvas's format
 *   { type: 'tlr4-explainer:state', version: 1, diagram, search }       the diagram's state changed
 *   { type: 'tlr4-explainer:slide', version: 1, diagram, slide, slideCount }   presentation moved
 *   { type: 'tlr4-explainer:key', version: 1, key, code, altKey, ctrlKey, metaKey, shiftKey }
 *                                                                        a key the presentation does not use
 * Parent → frame (accepted only when event.source is window.parent)
 *   { type: 'tlr4-explainer:command', version: 1, command: 'next' | 'prev' }
 *   { type: 'tlr4-explainer:command', version: 1, command: 'goto', slide: N }  (0-based, within the deck)
 *   { type: 'tlr4-explainer:request-size', version: 1 }                 ask the embed to send its height again
 */
import type { DiagramId } from './diagram-params';

/** What the frame sends and accepts is in frame-messages.ts (resize, state, request-size), apart so an embed loads only that. */
export const messageVersion = 1;
const prefix = 'tlr4-explainer:';

export interface SlideMessage {
  type: 'tlr4-explainer:slide';
  version: 1;
  diagram: DiagramId;
  slide: number;
  slideCount: number;
}
export interface KeyMessage {
  type: 'tlr4-explainer:key';
  version: 1;
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}
export type Command = { command: 'next' } | { command: 'prev' } | { command: 'goto'; slide: number };

/** Heights outside this range are ignored by the host script: they can only be mistakes. */
export const minHeight = 50;
export const maxHeight = 20000;

export function slideMessage(diagram: DiagramId, slide: number, slideCount: number): SlideMessage {
  return { type: 'tlr4-explainer:slide', version: messageVersion, diagram, slide, slideCount };
}

export function keyMessage(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): KeyMessage {
  const { key, code, altKey, ctrlKey, metaKey, shiftKey } = event;
  return { type: 'tlr4-explainer:key', version: messageVersion, key, code, altKey, ctrlKey, metaKey, shiftKey };
}

function isPlainObject(data: unknown): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const proto = Object.getPrototypeOf(data) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Only these keys, `type` equal to `type`, and `version` absent or 1. */
function hasShape(data: unknown, type: string, allowed: readonly string[]): data is Record<string, unknown> {
  if (!isPlainObject(data) || data.type !== type) return false;
  if ('version' in data && data.version !== messageVersion) return false;
  return Object.keys(data).every((key) => key === 'type' || key === 'version' || allowed.includes(key));
}

/**
 * A command from the parent page, or undefined for anything that is not exactly one: unknown
 * command, extra keys, a slide that is not a whole number within 0 … slideCount − 1.
 */
export function parseCommand(data: unknown, slideCount: number): Command | undefined {
  if (!hasShape(data, `${prefix}command`, ['command', 'slide'])) return undefined;
  if ((data.command === 'next' || data.command === 'prev') && !('slide' in data)) return { command: data.command };
  if (data.command !== 'goto') return undefined;
  const slide = data.slide;
  if (typeof slide !== 'number' || !Number.isInteger(slide) || slide < 0 || slide >= slideCount) return undefined;
  return { command: 'goto', slide };
}

/** The height a resize message asks for (either format), or undefined if it is not one or is out of range. */
export function readResizeHeight(data: unknown): number | undefined {
  if (!isPlainObject(data)) return undefined;
  const isOurs = data.type === `${prefix}resize`;
  const isLti = data.subject === 'lti.frameResize';
  if (!isOurs && !isLti) return undefined;
  const height = data.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < minHeight || height > maxHeight) return undefined;
  return Math.ceil(height);
}

/** A state message's search, if `data` is one for `diagram` (search must be a query string or ""). */
export function readStateMessage(data: unknown, diagram: DiagramId): string | undefined {
  if (!hasShape(data, `${prefix}state`, ['diagram', 'search'])) return undefined;
  if (data.diagram !== diagram || typeof data.search !== 'string') return undefined;
  if (data.search !== '' && !/^\?[^#\s]{0,500}$/.test(data.search)) return undefined;
  return data.search;
}
