import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_MATCHES } from './rules/marketplaces';

// Permissions are the minimum; each is justified in the README ("Permissions").
export default defineConfig({
  // parallel work trees build side by side: RG_OUT_DIR=.output-me npx wxt build
  outDir: process.env.RG_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // timing marks for the benches (lib/instrument.ts): development and RG_INSTRUMENT=1 builds only
  vite: (env) => ({ define: { __RG_INSTRUMENT__: JSON.stringify(process.env.RG_INSTRUMENT === '1' || env.mode === 'development') } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: [...SELLER_CENTRAL_MATCHES],
    // the PDF/DOCX reader (pdf.js, fflate) is imported by the composer only when a file is picked;
    // content scripts are single bundles, so it must be a separate, page-reachable file
    web_accessible_resources: [{ resources: ['attachment-check.js'], matches: [...SELLER_CENTRAL_MATCHES] }],
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
