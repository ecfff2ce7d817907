// @vitest-environment node
// The audit command (test-contract.md "The audit command"), run as a real process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');
function audit(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/audit.ts'), ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run audit', () => {
  it('reads JSONL from stdin and writes one result per line, in input order', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Manual: www.shop.com' }), // a bare label: url only ("Visit …" is an invitation, offplatform too)
      JSON.stringify({ id: 'b', text: 'Your order shipped today.' }),
      '',
      JSON.stringify({ id: 'c', text: 'Sure!', buyerMessage: 'email me at x@y.com' }),
    ].join('\n');
    const r = audit(['--jsonl', '-'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0].findings).toMatchObject([{ rule: 'url', severity: 'block', start: 8, end: 20 }]);
    expect(lines[1].findings).toEqual([]);
    expect(lines[2].findings.map((f: { rule: string }) => f.rule)).toEqual(['offplatform']);
  });

  it('reads a JSONL file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-audit-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 1, text: 'call +49 30 1234567' })}\n`);
    const r = audit(['--jsonl', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('phone');
  });

  it('exits 2 and names the line on bad input', () => {
    const r = audit(['--jsonl', '-'], `${JSON.stringify({ id: 'a', text: 'ok' })}\n{not json}\n${JSON.stringify({ id: 'c' })}\n`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stderr).toMatch(/line 3: "text" must be a string/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a missing file or unknown option', () => {
    expect(audit(['--jsonl', '/nonexistent/file.jsonl']).status).toBe(2);
    expect(audit(['--frobnicate']).status).toBe(2);
  });

  it('gives plain text files a human-readable report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-audit-'));
    const file = join(dir, 'message.txt');
    writeFileSync(file, 'Hello!\nPlease leave a 5-star review 😊');
    const r = audit([file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/message\.txt: \d+ violation/);
    expect(r.stdout).toMatch(/2:\d+ block leading/);
    expect(r.stdout).toMatch(/emoji/);
    // each finding names what fired it: the lexicon entry (<language>:<list>:<id>)
    expect(r.stdout).toMatch(/block leading +"[^"]+" \[en:leading:[a-z0-9-]+\]/);
  });
});
