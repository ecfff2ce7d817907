// Content-script / extension-page side of the protocol: typed, validated, never hangs on a dead worker.
import { browser } from 'wxt/browser';
import { describeZodError, protocol, replySchema, type MessageType, type RequestOf, type ResponseOf } from './protocol';

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** true once the extension was reloaded or updated under a still-open page ("context invalidated") */
export function extensionContextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  if (extensionContextGone()) throw new ProtocolError('extension context invalidated');
  const request = protocol[type].request.safeParse(payload);
  if (!request.success) throw new ProtocolError(`invalid ${type} request: ${describeZodError(request.error)}`);
  const raw: unknown = await browser.runtime.sendMessage({ rg: 1, type, payload: request.data });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new ProtocolError(`no valid reply to ${type}`);
  if (!reply.data.ok) throw new ProtocolError(reply.data.error);
  const data = protocol[type].response.safeParse(reply.data.data);
  if (!data.success) throw new ProtocolError(`invalid ${type} reply: ${describeZodError(data.error)}`);
  return data.data as ResponseOf<T>;
}
