// The background <-> offscreen document hop (Chrome). The content script's 'image/read' reaches the
// background through the protocol (storage/protocol.ts); the background hands the same request to the
// offscreen document in this envelope, which nothing else in the extension answers or sends.
import { z } from 'zod';
import { imageReadRequestSchema, imageReadingSchema } from '../../storage/protocol';

export const offscreenRequestSchema = z.object({
  rgOffscreen: z.literal(1),
  type: z.literal('image/read'),
  payload: imageReadRequestSchema,
});
export type OffscreenRequest = z.input<typeof offscreenRequestSchema>;

export const offscreenReplySchema = z.union([
  z.object({ ok: z.literal(true), reading: imageReadingSchema }),
  z.object({ ok: z.literal(false), error: z.string().max(1000) }),
]);
export type OffscreenReply = z.infer<typeof offscreenReplySchema>;

/** A message meant for the offscreen document (the background's own listener leaves it alone). */
export function isOffscreenMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { rgOffscreen?: unknown }).rgOffscreen === 1;
}
