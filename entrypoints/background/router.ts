// Background side of the protocol: validate, dispatch, validate the answer. Never throws.
import {
  describeZodError,
  envelopeSchema,
  isMessageType,
  protocol,
  type MessageType,
  type ParsedRequestOf,
  type Reply,
  type ResponseOf,
} from '../../storage/protocol';

export interface RequestContext {
  /** the sending tab, when the message came from a content script */
  tabId?: number;
  tabUrl?: string;
  now: number;
}

export type Handlers = {
  [T in MessageType]: (payload: ParsedRequestOf<T>, ctx: RequestContext) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

export function createRouter(handlers: Handlers) {
  return async function route(raw: unknown, ctx: RequestContext): Promise<Reply> {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) return { ok: false, error: 'not a ReplyGuard message' };
    const { type, payload } = envelope.data;
    if (!isMessageType(type)) return { ok: false, error: `unknown message type "${type}"` };
    const request = protocol[type].request.safeParse(payload ?? {});
    if (!request.success) return { ok: false, error: `invalid ${type} request: ${describeZodError(request.error)}` };
    try {
      const handler = handlers[type] as (p: unknown, c: RequestContext) => Promise<unknown> | unknown;
      const data = await handler(request.data, ctx);
      const response = protocol[type].response.safeParse(data);
      if (!response.success) return { ok: false, error: `invalid ${type} response: ${describeZodError(response.error)}` };
      return { ok: true, data: response.data } as Reply;
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
