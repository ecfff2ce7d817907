// Popup entry, kept tiny so the browser paints early: the last snapshot first, then React, loaded
// as a separate chunk so that its loading does not hold back that first frame.
import '../../components/extension-page.css';
import './popup.css';
import { paintSnapshot, showLoadFailure } from './snapshot';
import { buildFingerprint } from '../../lib/popup-memory';

const root = document.getElementById('root')!;
const build = buildFingerprint(import.meta.url);
// the mark lets the bench tell a snapshot frame from React's
if (paintSnapshot(root, build)) performance.mark('rg-popup-snapshot');
import('./mount').then(
  ({ mount }) => mount(root, build),
  (error: unknown) => showLoadFailure(root, error),
);
