// Seller Central hosts and marketplaces. Pure data: used by the manifest's match patterns,
// by content scripts to label a page and by rules/ to pick a marketplace's time zone.
// Source: ../shared/spec/seller-central-dom.md §1.1. The marketplace of an ORDER comes from the
// order (marketplaceId in URLs/JSON), never from the host.

export interface Marketplace {
  id: string; // SP-API marketplace id
  code: string; // short code used in the UI ("US", "DE", ...)
  timeZone: string; // IANA zone Seller Central uses for dates of this marketplace
  defaultLanguage: string;
}

export const MARKETPLACES: readonly Marketplace[] = [
  { id: 'ATVPDKIKX0DER', code: 'US', timeZone: 'America/Los_Angeles', defaultLanguage: 'en' },
  { id: 'A2EUQ1WTGCTBG2', code: 'CA', timeZone: 'America/Los_Angeles', defaultLanguage: 'en' },
  { id: 'A1AM78C64UM0Y8', code: 'MX', timeZone: 'America/Los_Angeles', defaultLanguage: 'es' },
  { id: 'A2Q3Y263D00KWC', code: 'BR', timeZone: 'America/Sao_Paulo', defaultLanguage: 'pt' },
  { id: 'A1F83G8C2ARO7P', code: 'UK', timeZone: 'Europe/London', defaultLanguage: 'en' },
  { id: 'A1PA6795UKMFR9', code: 'DE', timeZone: 'Europe/Berlin', defaultLanguage: 'de' },
  { id: 'A13V1IB3VIYZZH', code: 'FR', timeZone: 'Europe/Paris', defaultLanguage: 'fr' },
  { id: 'A1RKKUPIHCS9HS', code: 'ES', timeZone: 'Europe/Madrid', defaultLanguage: 'es' },
  { id: 'APJ6JRA9NG5V4', code: 'IT', timeZone: 'Europe/Rome', defaultLanguage: 'it' },
  { id: 'A1805IZSGTT6HS', code: 'NL', timeZone: 'Europe/Amsterdam', defaultLanguage: 'nl' },
  { id: 'A2NODRKZP88ZB9', code: 'SE', timeZone: 'Europe/Stockholm', defaultLanguage: 'sv' },
  { id: 'A1C3SOZRARQ6R3', code: 'PL', timeZone: 'Europe/Warsaw', defaultLanguage: 'pl' },
  { id: 'AMEN7PMS3EDWL', code: 'BE', timeZone: 'Europe/Brussels', defaultLanguage: 'fr' },
  { id: 'A28R8C7NBKEWEA', code: 'IE', timeZone: 'Europe/Dublin', defaultLanguage: 'en' },
  { id: 'A33AVAJ2PDY3EV', code: 'TR', timeZone: 'Europe/Istanbul', defaultLanguage: 'tr' },
  { id: 'A2VIGQ35RCS4UG', code: 'AE', timeZone: 'Asia/Dubai', defaultLanguage: 'en' },
  { id: 'A17E79C6D8DWNP', code: 'SA', timeZone: 'Asia/Riyadh', defaultLanguage: 'ar' },
  { id: 'ARBP9OOSHTCHU', code: 'EG', timeZone: 'Africa/Cairo', defaultLanguage: 'ar' },
  { id: 'AE08WJ6YKNBMC', code: 'ZA', timeZone: 'Africa/Johannesburg', defaultLanguage: 'en' },
  { id: 'A21TJRUUN4KGV', code: 'IN', timeZone: 'Asia/Kolkata', defaultLanguage: 'en' },
  { id: 'A1VC38T7YXB528', code: 'JP', timeZone: 'Asia/Tokyo', defaultLanguage: 'ja' },
  { id: 'A39IBJ37TRP1C6', code: 'AU', timeZone: 'Australia/Sydney', defaultLanguage: 'en' },
  { id: 'A19VAU5U5O7RUS', code: 'SG', timeZone: 'Asia/Singapore', defaultLanguage: 'en' },
];

/** Host -> the marketplace a page on it most likely shows when nothing better is known. */
export const SELLER_CENTRAL_HOSTS: Readonly<Record<string, string>> = {
  'sellercentral.amazon.com': 'US',
  'sellercentral.amazon.ca': 'CA',
  'sellercentral.amazon.com.mx': 'MX',
  'sellercentral.amazon.com.br': 'BR',
  'sellercentral-europe.amazon.com': 'UK',
  'sellercentral.amazon.co.uk': 'UK',
  'sellercentral.amazon.de': 'DE',
  'sellercentral.amazon.fr': 'FR',
  'sellercentral.amazon.es': 'ES',
  'sellercentral.amazon.it': 'IT',
  'sellercentral.amazon.nl': 'NL',
  'sellercentral.amazon.se': 'SE',
  'sellercentral.amazon.pl': 'PL',
  'sellercentral.amazon.com.be': 'BE',
  'sellercentral.amazon.ie': 'IE',
  'sellercentral.amazon.com.tr': 'TR',
  'sellercentral.amazon.ae': 'AE',
  'sellercentral.amazon.sa': 'SA',
  'sellercentral.amazon.eg': 'EG',
  'sellercentral.amazon.co.za': 'ZA',
  'sellercentral.amazon.in': 'IN',
  'sellercentral.amazon.co.jp': 'JP',
  'sellercentral-japan.amazon.com': 'JP',
  'sellercentral.amazon.com.au': 'AU',
  'sellercentral.amazon.sg': 'SG',
};

/** Manifest match patterns: one per known host (Chrome patterns cannot wildcard a TLD). */
export const SELLER_CENTRAL_MATCHES: readonly string[] = Object.keys(SELLER_CENTRAL_HOSTS).map(
  (host) => `https://${host}/*`,
);

export function marketplaceById(id: string | null | undefined): Marketplace | undefined {
  return id ? MARKETPLACES.find((m) => m.id === id) : undefined;
}

export function marketplaceByCode(code: string | null | undefined): Marketplace | undefined {
  return code ? MARKETPLACES.find((m) => m.code === code) : undefined;
}

/** Best guess of the marketplace for a host; undefined for hosts that are not Seller Central. */
export function marketplaceForHost(host: string): Marketplace | undefined {
  return marketplaceByCode(SELLER_CENTRAL_HOSTS[host.toLowerCase()]);
}

export function isSellerCentralHost(host: string): boolean {
  return Object.hasOwn(SELLER_CENTRAL_HOSTS, host.toLowerCase());
}
