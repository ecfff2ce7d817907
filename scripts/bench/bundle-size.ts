// Bundle budget: gzip size of every file the Chrome build ships (content scripts must stay small).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = join(process.env.RG_OUT_DIR ?? '.output', 'chrome-mv3');
if (!existsSync(out) || process.env.RG_BENCH_REBUILD !== '0') execSync('npx wxt build', { stdio: 'ignore' });

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const rows = walk(out)
  .filter((f) => /\.(js|css|html)$/.test(f))
  .map((f) => {
    const bytes = readFileSync(f);
    return { file: relative(out, f), raw: bytes.length, gzip: gzipSync(bytes).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('| file | raw | gzip |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
const content = rows.filter((r) => r.file.startsWith('content-scripts/'));
console.log(`\ncontent scripts total gzip: ${kb(content.reduce((s, r) => s + r.gzip, 0))}`);
