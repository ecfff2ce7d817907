// ONE stylesheet shared by every composer shadow root (panel, overlay, dialog), constructed once.
// Looks native to Seller Central: Amazon Ember/Arial 13px, #0f1111 text, #007185 links, red #cc0c39,
// amber #c45500, green #067d62; dark pages get dark surfaces.
import { adoptCss } from '../shadow-host';

export const COMPOSER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel { font: 13px/1.4 "Amazon Ember", Arial, sans-serif; color: #0f1111; background: #fff; border: 1px solid #d5d9d9; border-radius: 8px; margin: 6px 0; padding: 8px 10px; max-width: 100%; }
.panel-head { display: flex; align-items: center; gap: 8px; font-weight: 700; }
.brand { color: #565959; font-weight: 400; font-size: 12px; margin-left: auto; }
.count-block { color: #cc0c39; } .count-warn { color: #c45500; } .ready { color: #067d62; }
ul { list-style: none; margin: 6px 0 0; padding: 0; }
.row { padding: 0; border-top: 1px solid #e7e7e7; border-radius: 4px; list-style: none; }
.row-pick { all: unset; box-sizing: border-box; width: 100%; display: grid; grid-template-columns: 8px 1fr; gap: 2px 8px; padding: 5px 4px; cursor: pointer; border-radius: 4px; font: inherit; color: inherit; }
.row:hover, .row:focus-within { background: #f0f2f2; }
.row-pick:focus-visible { outline: 2px solid #007185; outline-offset: -2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; margin-top: 5px; background: #007185; }
.row[data-severity="block"] .dot { background: #cc0c39; } .row[data-severity="warn"] .dot { background: #c45500; }
.quote { color: #565959; font-style: italic; }
.suggest { grid-column: 2; color: #0f1111; } .suggest b { color: #067d62; font-weight: 700; }
.attachments:empty { display: none; }
.att { padding: 4px 0; border-top: 1px solid #e7e7e7; } .att[data-ok="true"] .att-state { color: #067d62; } .att[data-ok="false"] .att-state { color: #cc0c39; }
.att-state { font-weight: 700; margin-right: 6px; }
.box { position: absolute; left: 0; top: 0; overflow: hidden; pointer-events: none; }
.mirror { position: absolute; inset: 0; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; border-style: solid; border-color: transparent; background: transparent; }
.hl { border-radius: 2px; }
.hl[data-severity="block"] { background: rgba(204, 12, 57, .13); box-shadow: inset 0 -2px 0 #cc0c39; }
.hl[data-severity="warn"] { background: rgba(196, 85, 0, .13); box-shadow: inset 0 -2px 0 #c45500; }
.hl[data-severity="info"] { box-shadow: inset 0 -1px 0 #007185; }
.backdrop { position: fixed; inset: 0; background: rgba(15, 17, 17, .45); display: grid; place-items: center; z-index: 2147483647; }
.dialog { font: 13px/1.45 "Amazon Ember", Arial, sans-serif; color: #0f1111; background: #fff; border-radius: 8px; padding: 18px 20px; width: min(480px, 92vw); box-shadow: 0 4px 24px rgba(0,0,0,.3); }
.dialog h2 { font-size: 17px; margin: 0 0 8px; }
.dialog ul { margin: 8px 0 14px; } .dialog li { padding: 3px 0; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
button { font: 13px "Amazon Ember", Arial, sans-serif; padding: 6px 14px; border-radius: 8px; border: 1px solid #d5d9d9; background: #fff; color: #0f1111; cursor: pointer; }
button.primary { background: #ffd814; border-color: #fcd200; }
button:focus-visible { outline: 2px solid #007185; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .panel, .dialog { background: #1b1f23; color: #e6e6e6; border-color: #3a4046; }
  .row:hover, .row:focus-within { background: #262b30; } .row, .att { border-color: #3a4046; }
  .suggest { color: #e6e6e6; } .brand, .quote { color: #a6acaf; }
  button { background: #262b30; color: #e6e6e6; border-color: #3a4046; } button.primary { background: #ffd814; color: #0f1111; }
}
`;

/** Attach the shared sheet (components/shadow-host.ts: constructed once, a <style> where it cannot be adopted). */
export function adoptStyles(root: ShadowRoot): void {
  adoptCss(root, COMPOSER_CSS);
}
