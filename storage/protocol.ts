// The one typed request/response protocol between content scripts / extension pages and the
// background. Both directions are validated with zod: an unknown or malformed message gets an error
// reply (never a crash), and a reply that does not match its schema is rejected by the client.
import { z } from 'zod';
import {
  customPhraseSchema,
  exportSchema,
  healthEntrySchema,
  healthStatusSchema,
  orderSchema,
  reviewRequestSchema,
  settingsSchema,
  surfaceSchema,
  threadSchema,
  usageEventSchema,
} from './schema';

const host = z.string().min(1).max(100);
const caseId = z.string().min(1).max(128);
const empty = z.object({}).strict();
const ack = z.object({ ok: z.literal(true) });

export const threadSummarySchema = z.object({
  host,
  caseId,
  orderId: z.string().optional(),
  buyerAlias: z.string().optional(),
  /** marketplace code ("US", "DE"): one order number on two marketplaces is two threads */
  marketplace: z.string().max(8).optional(),
  url: z.string().optional(),
  state: z.enum(['on-track', 'at-risk', 'overdue']),
  dueAt: z.number(),
  msLeft: z.number(),
  estimated: z.boolean(),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;

export const crtWindowSchema = z.object({
  window: z.union([z.literal(7), z.literal(30), z.literal(90)]),
  value: z.number().nullable(),
  zone: z.enum(['safe', 'yellow', 'red']).nullable(),
  counted: z.number(),
  late: z.number(),
});

export const dashboardSchema = z.object({
  now: z.number(),
  overdue: z.array(threadSummarySchema),
  atRisk: z.array(threadSummarySchema),
  crt: z.array(crtWindowSchema),
  daily: z.array(z.object({ day: z.string(), counted: z.number(), onTime: z.number() })),
  nrn: z.object({ last7Days: z.number(), onQuestions: z.number() }),
  sweetSpot: z.array(z.object({ host, orderId: z.string(), url: z.string(), closesAt: z.number().optional() })),
  invalidRecords: z.number(),
  /** served from the background's cache while a newer one is being built: ask again shortly */
  stale: z.boolean().default(false),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/** base64 of at most 10 MB (policy.md: the attachment limit) plus slack for the encoding */
export const imageReadRequestSchema = z.object({
  name: z.string().max(500),
  type: z.string().max(200),
  base64: z.string().max(14_500_000),
  ocr: z.boolean().default(true),
});
export const imageReadingSchema = z.object({
  status: z.enum(['read', 'corrupt', 'too-large', 'timeout', 'unsupported', 'failed']),
  /** OCR text ('' when none, or OCR did not run) */
  text: z.string().max(100_000),
  /** decoded QR payloads */
  qr: z.array(z.string().max(8_000)).max(16),
  width: z.number().optional(),
  height: z.number().optional(),
  ms: z.number(),
  detail: z.string().max(500).optional(),
});
export type ImageReading = z.infer<typeof imageReadingSchema>;

export const protocol = {
  ping: { request: empty, response: z.object({ version: z.string() }) },
  'health/report': {
    request: z.object({ surface: surfaceSchema, status: healthStatusSchema, detail: z.string().max(500).optional() }),
    response: ack,
  },
  /** tabId omitted: the active Seller Central tab, or the one that reported last */
  'health/get': {
    request: z.object({ tabId: z.number().int().optional() }),
    response: z.object({ tabId: z.number().nullable(), url: z.string().nullable(), entries: z.array(healthEntrySchema) }),
  },
  /** the text-free skeleton of a Seller Central tab's page, for a support request (lib/page-structure) */
  'page/structure': {
    request: z.object({ tabId: z.number().int().optional() }),
    response: z.object({ tabId: z.number().nullable(), structure: z.string().max(4_000_000).nullable(), error: z.string().max(500).optional() }),
  },
  'threads/upsert': { request: z.object({ threads: z.array(threadSchema).max(2000) }), response: z.object({ threads: z.array(threadSchema) }) },
  'threads/get': { request: z.object({ host, caseIds: z.array(caseId).max(2000) }), response: z.object({ threads: z.array(threadSchema) }) },
  'threads/list': { request: empty, response: z.object({ threads: z.array(threadSchema), invalid: z.number() }) },
  /** a thread stored under a stand-in key (`order:<id>`) is case `to`: move it there */
  'thread/alias': { request: z.object({ host, from: caseId, to: caseId }), response: ack },
  'thread/answered': { request: z.object({ host, caseId, at: z.number() }), response: ack },
  'thread/nrn': { request: z.object({ host, caseId, at: z.number() }), response: ack },
  'review/record': { request: reviewRequestSchema, response: ack },
  'review/get': {
    request: z.object({ host, orderId: z.string().min(1).max(64) }),
    response: z.object({ order: orderSchema.optional(), requests: z.array(reviewRequestSchema) }),
  },
  /** the orders list shows many orders at once: one round trip for the page */
  'review/get-many': {
    request: z.object({ host, orderIds: z.array(z.string().min(1).max(64)).max(500) }),
    response: z.object({ orders: z.array(orderSchema), requests: z.array(reviewRequestSchema) }),
  },
  'order/upsert': { request: orderSchema, response: z.object({ order: orderSchema }) },
  'settings/get': { request: empty, response: settingsSchema },
  'settings/set': {
    request: settingsSchema.partial().extend({ customPhrases: z.array(customPhraseSchema).max(500).optional() }),
    response: settingsSchema,
  },
  'usage/record': { request: usageEventSchema.omit({ id: true, at: true }), response: ack },
  'dashboard/get': { request: empty, response: dashboardSchema },
  'data/export': { request: empty, response: exportSchema },
  'data/import': {
    request: z.object({ file: z.unknown() }),
    response: z.object({ threads: z.number(), reviewRequests: z.number(), orders: z.number(), usage: z.number() }),
  },
  'data/wipe': { request: empty, response: ack },
  /** an attached image's text (OCR) and QR payloads, read in the extension's own pages (lib/image-text) */
  'image/read': {
    request: imageReadRequestSchema,
    response: imageReadingSchema,
  },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;

/** Every message carries this envelope so stray messages from other code are told apart. */
export const envelopeSchema = z.object({
  rg: z.literal(1),
  type: z.string().max(64),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export type Reply<T extends MessageType = MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; error: string };
export const replySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}

export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`;
}
