// Build-only Vite plugins that keep documentation and other surfaces' text out of what a Seller Central
// page loads. Tests and scripts run the sources as written; only the extension bundle is trimmed.
import ts from 'typescript';
import type { Plugin } from 'vite';
import { RULE_TEXT_KEY } from '../../rules/texts';

const LEXICON_FILE = /[\\/]rules[\\/]compliance[\\/]lexicon[\\/][^\\/]+\.ts$/;
/** An entry's documentation: read by the entries test and `npm run lexicon`, never by the checker. */
const ENTRY_DOCS = new Set(['why', 'match', 'not']);

const propertyName = (p: ts.ObjectLiteralElementLike): string | undefined => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined);

/** A lexicon source with `why`, `match` and `not` removed from every entry object (one with `id` and `re`). */
export function withoutEntryDocs(source: string, fileName = 'lexicon.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const strip: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isObjectLiteralExpression(node)) {
        const names = new Set(node.properties.map(propertyName));
        if (names.has('id') && names.has('re')) {
          const kept = node.properties.filter((p) => !ENTRY_DOCS.has(propertyName(p) ?? ''));
          return context.factory.updateObjectLiteralExpression(node, kept.map((p) => ts.visitEachChild(p, visit, context)));
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (sf) => ts.visitNode(sf, visit) as ts.SourceFile;
  };
  const [out] = ts.transform(file, [strip]).transformed;
  return ts.createPrinter().printFile(out!);
}

export function lexiconDocsOut(): Plugin {
  return {
    name: 'replyguard:lexicon-docs-out',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return LEXICON_FILE.test(id) ? { code: withoutEntryDocs(code, id), map: null } : null;
    },
  };
}

const LOCALE_FILE = /[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/;
// The keys rules/texts.ts may ask for: the extension's pages read the rest through the browser's
// i18n, so a content script needs only these.
export { RULE_TEXT_KEY };

/** A messages.json with only the keys rules/ reads. */
export function ruleTextsOnly(json: string): string {
  const all = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => RULE_TEXT_KEY.test(key))));
}

export function localesForRules(): Plugin {
  return {
    name: 'replyguard:locales-for-rules',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return LOCALE_FILE.test(id.split('?')[0]!) ? { code: ruleTextsOnly(code), map: null } : null;
    },
  };
}
