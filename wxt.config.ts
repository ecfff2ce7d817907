import { defineConfig } from 'wxt';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SELLER_CENTRAL_MATCHES } from './rules/marketplaces';
import { lexiconDocsOut, localesForRules } from './scripts/build/bundle-data';

// The OCR engine ships inside the extension (issue #15): tesseract.js's worker, one wasm core (SIMD,
// LSTM only: every supported browser has wasm SIMD) and the English LSTM traineddata from npm. They are
// copied under /ocr/ and loaded from the extension's own URL by lib/image-text/ocr.ts - never a CDN.
const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const OCR_ASSETS: { from: string; to: string }[] = [
  { from: join(pkgDir('tesseract.js'), 'dist/worker.min.js'), to: 'ocr/worker.min.js' },
  { from: join(pkgDir('tesseract.js-core'), 'tesseract-core-simd-lstm.js'), to: 'ocr/tesseract-core-simd-lstm.js' },
  { from: join(pkgDir('tesseract.js-core'), 'tesseract-core-simd-lstm.wasm'), to: 'ocr/tesseract-core-simd-lstm.wasm' },
  { from: join(pkgDir('@tesseract.js-data/eng'), '4.0.0_best_int/eng.traineddata.gz'), to: 'ocr/eng.traineddata.gz' },
];

// Permissions are the minimum; each is justified in the README ("Permissions").
export default defineConfig({
  // parallel work trees build side by side: RG_OUT_DIR=.output-me npx wxt build
  outDir: process.env.RG_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const asset of OCR_ASSETS) files.push({ absoluteSrc: asset.from, relativeDest: asset.to });
    },
  },
  // timing marks for the benches (lib/instrument.ts): development and RG_INSTRUMENT=1 builds only
  // lexicon entries ship without their documentation, content scripts with only the texts rules/ reads
  vite: (env) => ({
    define: { __RG_INSTRUMENT__: JSON.stringify(process.env.RG_INSTRUMENT === '1' || env.mode === 'development') },
    plugins: [lexiconDocsOut(), localesForRules()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome only): attached images are read in an offscreen document (Firefox's background
    // is a page and reads them itself)
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: [...SELLER_CENTRAL_MATCHES],
    // the composer's engine (the checker and its panel) is imported only on a page with a composer, and
    // the PDF/DOCX reader (pdf.js, fflate) only when a file is picked; content scripts are single
    // bundles, so each must be a separate, page-reachable file. Chrome serves them only under a
    // per-session id (use_dynamic_url): a fixed URL would let any page fingerprint us. Nothing else is
    // web-accessible: images are read in the extension's own pages.
    web_accessible_resources: [
      { resources: ['composer-engine.js', 'attachment-check.js'], matches: [...SELLER_CENTRAL_MATCHES], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // the defaults plus WebAssembly for the OCR engine; nothing remote
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'replyguard@replyguard.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
