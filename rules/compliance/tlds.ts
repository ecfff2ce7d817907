// The established TLDs shops and shorteners use. Every IANA TLD is a TLD (entities/tld-data.ts, from
// the `tlds` package); this core list keeps the old behaviour for them: accepted after a break or
// title-cased ("MyShop.Com"). File extensions and word TLDs (.zip .md .py, .it .de in "you.it will")
// need stronger evidence, see entities/tld-data.ts.
export const TLDS: readonly string[] = [
  // generic
  'com', 'net', 'org', 'info', 'biz', 'shop', 'store', 'online', 'site', 'website', 'web', 'tech', 'xyz',
  'club', 'top', 'link', 'page', 'blog', 'app', 'dev', 'io', 'co', 'me', 'tv', 'cc', 'ly', 'gl', 'gd',
  'to', 'gg', 'eu', 'asia', 'global', 'world', 'life', 'live', 'buzz', 'fun', 'art', 'design', 'company',
  'market', 'sale', 'deals', 'digital', 'email', 'one', 'pro', 'name', 'mobi', 'int',
  // country codes of the Amazon marketplaces and neighbours
  'us', 'ca', 'mx', 'br', 'uk', 'de', 'fr', 'it', 'es', 'nl', 'be', 'lu', 'at', 'ch', 'li', 'pl', 'se', 'dk',
  'no', 'fi', 'pt', 'ie', 'cz', 'sk', 'hu', 'ro', 'gr', 'tr', 'ae', 'sa', 'eg', 'za', 'in', 'jp', 'cn', 'hk',
  'tw', 'kr', 'sg', 'my', 'au', 'nz', 'ru', 'ua', 'ar', 'cl', 'pe', 'ws', 'vn', 'th', 'ph',
];

/** Two-level public suffixes written as one unit ("co.uk"). */
export const SECOND_LEVEL: readonly string[] = [
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'co.jp', 'ne.jp', 'or.jp', 'com.au', 'net.au', 'com.br', 'com.mx',
  'com.tr', 'co.in', 'co.nz', 'co.za', 'com.cn', 'com.sg', 'com.es', 'com.ar', 'com.pl',
];

/** TLDs accepted after a spelled-out separator ("shop dot com"); short everyday words are left out
 *  so "point de vue" or "punto de venta" never turn into a domain. */
export const SPELLED_TLDS: readonly string[] = [
  'com', 'net', 'org', 'info', 'biz', 'shop', 'store', 'online', 'site', 'co.uk', 'uk', 'fr', 'eu', 'ch',
  'nl', 'pl', 'jp', 'co.jp', 'io', 'ly', 'xyz', 'ca', 'com.au',
];

/** Mail providers: "name at gmail dot com" is an e-mail address even without brackets. */
export const MAIL_PROVIDERS: readonly string[] = [
  'gmail', 'googlemail', 'yahoo', 'ymail', 'hotmail', 'outlook', 'live', 'msn', 'icloud', 'me', 'aol',
  'gmx', 'web', 't-online', 'freenet', 'posteo', 'mail', 'protonmail', 'proton', 'orange', 'free',
  'laposte', 'sfr', 'wanadoo', 'libero', 'virgilio', 'tiscali', 'alice', 'telefonica', 'movistar',
  'docomo', 'ezweb', 'softbank', 'qq', '163', 'yandex', 'zoho',
];

export const SHORTENERS: readonly string[] = [
  'bit.ly', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'rebrand.ly',
  'tiny.cc', 'shorturl.at', 'rb.gy', 's.id', 'bl.ink', 'lnkd.in', 't.ly', 'v.gd', 'shorte.st',
];
