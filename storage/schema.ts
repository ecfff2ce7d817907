// Zod schemas of every record ReplyGuard stores. Records are validated on the way into the database
// and on the way out, so a corrupted or foreign row is reported instead of crashing a feature.
import { z } from 'zod';
import { LANGUAGES } from '../rules/compliance/languages';

const OLD_DEFAULT_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja'];

export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja'] as const;
export const uiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

const epochMs = z.number().int().nonnegative();
const host = z.string().min(1).max(100);
const orderId = z.string().min(1).max(64);

export const timelineMessageSchema = z.object({
  from: z.enum(['buyer', 'seller']),
  at: epochMs,
  /** true when the time was not read from the page (first seen, or a list time without a date) */
  estimated: z.boolean().default(false),
  autoReply: z.boolean().optional(),
});
export type TimelineMessage = z.infer<typeof timelineMessageSchema>;

export const threadSchema = z.object({
  host,
  caseId: z.string().min(1).max(128),
  marketplaceId: z.string().max(32).optional(),
  orderId: orderId.optional(),
  buyerAlias: z.string().max(200).optional(),
  subject: z.string().max(500).optional(),
  /** link back to the thread in Seller Central */
  url: z.string().max(2000).optional(),
  messages: z.array(timelineMessageSchema).max(500).default([]),
  nrnAt: z.array(epochMs).max(100).default([]),
  /** where the times came from: Amazon's inbox JSON or the open thread (exact), the list, or when we first saw it */
  source: z.enum(['api', 'thread', 'list', 'first-seen']),
  firstSeenAt: epochMs,
  lastSeenAt: epochMs,
});
export type ThreadRecord = z.infer<typeof threadSchema>;
export type ThreadInput = z.input<typeof threadSchema>;

export const reviewRequestSchema = z.object({
  id: z.number().int().positive().optional(),
  host,
  orderId,
  marketplaceId: z.string().max(32).optional(),
  channel: z.enum(['button', 'message', 'api']),
  at: epochMs,
  /** how we know: the seller's click confirmed by Amazon, Amazon's "already requested", a sent message */
  source: z.enum(['amazon-success', 'amazon-already-sent', 'message-sent', 'observed-click', 'imported']),
});
export type ReviewRequestRecord = z.infer<typeof reviewRequestSchema>;

export const amazonSaysSchema = z.enum(['eligible', 'already-sent', 'outside-window', 'not-shipped']);
export type AmazonSays = z.infer<typeof amazonSaysSchema>;

export const orderSchema = z.object({
  host,
  orderId,
  marketplaceId: z.string().max(32).optional(),
  earliestDelivery: epochMs.optional(),
  latestDelivery: epochMs.optional(),
  /** Amazon's own eligibility answer, when we saw one */
  amazonSays: amazonSaysSchema.optional(),
  amazonSaysAt: epochMs.optional(),
  updatedAt: epochMs,
});
export type OrderRecord = z.infer<typeof orderSchema>;

export const customPhraseSchema = z.object({
  phrase: z.string().trim().min(2).max(200),
  severity: z.enum(['block', 'warn']),
});
export type CustomPhrase = z.infer<typeof customPhraseSchema>;

export const settingsSchema = z.object({
  internalSlaHours: z.number().min(1).max(23.5).default(20),
  reminders: z.boolean().default(true),
  reminderLeadMinutes: z.number().int().min(5).max(600).default(60),
  // the checker's languages (rules/compliance/languages.ts); a list saved as the old six-language
  // default means "all of them" and gains each new language (Portuguese)
  checkLanguages: z
    .array(z.string().min(2).max(8))
    .default([...LANGUAGES])
    .transform((list) => (OLD_DEFAULT_LANGUAGES.every((l) => list.includes(l)) && list.length === OLD_DEFAULT_LANGUAGES.length ? [...LANGUAGES] : list)),
  customPhrases: z.array(customPhraseSchema).max(500).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const usageEventSchema = z.object({
  id: z.number().int().positive().optional(),
  kind: z.enum(['nrn', 'nrn-on-question', 'send-anyway', 'send-guard-shown']),
  host,
  caseId: z.string().max(128).optional(),
  at: epochMs,
});
export type UsageEvent = z.infer<typeof usageEventSchema>;

export const SURFACES = ['composer', 'inbox', 'review-guard', 'orders-list', 'review-page'] as const;
export const surfaceSchema = z.enum(SURFACES);
export type Surface = z.infer<typeof surfaceSchema>;
/** `partial`: the surface was found but not everything on it could be read (the detail says what) */
export const healthStatusSchema = z.enum(['ok', 'partial', 'not-found', 'error']);
export type HealthStatus = z.infer<typeof healthStatusSchema>;
export const healthEntrySchema = z.object({
  surface: surfaceSchema,
  status: healthStatusSchema,
  detail: z.string().max(500).optional(),
  at: epochMs,
});
export type HealthEntry = z.infer<typeof healthEntrySchema>;

/** The JSON export format; import accepts exactly this (after validation), merging into what exists. */
export const exportSchema = z.object({
  format: z.literal('replyguard-export'),
  version: z.literal(1),
  exportedAt: epochMs,
  settings: settingsSchema,
  threads: z.array(threadSchema),
  reviewRequests: z.array(reviewRequestSchema),
  orders: z.array(orderSchema),
  usage: z.array(usageEventSchema).default([]),
});
export type ExportFile = z.infer<typeof exportSchema>;
