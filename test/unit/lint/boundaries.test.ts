// @vitest-environment node
// The architecture boundaries in eslint.config.js, proved on probe files that break each one (linted
// as text under a real path, never written to the tree), and on the tree's own entry points.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies' || m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const PROBES: { name: string; file: string; code: string; expect: RegExp }[] = [
  { name: 'rules/ importing lib/', file: 'rules/compliance/probe.ts', code: "import { now } from '../../lib/clock';\nexport const x = now;\n", expect: /rules\/ is pure/ },
  { name: 'rules/ importing storage/schema', file: 'rules/probe.ts', code: "import { settingsSchema } from '../storage/schema';\nexport const x = settingsSchema;\n", expect: /rules\/ is pure/ },
  { name: 'rules/ importing react', file: 'rules/probe.ts', code: "import { useState } from 'react';\nexport const x = useState;\n", expect: /restricted/ },
  { name: 'a content script importing the database', file: 'entrypoints/inbox.content/probe.ts', code: "import { db } from '../../storage/db';\nexport const x = db;\n", expect: /database lives in the background only/ },
  { name: 'a content script importing the repository', file: 'entrypoints/composer.content/probe.ts', code: "import * as repo from '../../storage/repo';\nexport const x = repo;\n", expect: /database lives in the background only/ },
  { name: 'a content script importing Dexie', file: 'entrypoints/orders.content/probe.ts', code: "import Dexie from 'dexie';\nexport const x = Dexie;\n", expect: /Dexie is opened by storage\/db\.ts/ },
  { name: 'a content script importing a background module', file: 'entrypoints/inbox.content/probe.ts', code: "import { checkReminders } from '../background/reminders';\nexport const x = checkReminders;\n", expect: /database lives in the background only/ },
  { name: 'the popup importing the database', file: 'entrypoints/popup/probe.ts', code: "import { db } from '../../storage/db';\nexport const x = db;\n", expect: /database lives in the background only/ },
  { name: 'lib/ importing the database', file: 'lib/probe.ts', code: "import { db } from '../storage/db';\nexport const x = db;\n", expect: /database lives in the background only/ },
  { name: 'a component importing an entry point', file: 'components/probe.ts', code: "import { inboxFeature } from '../entrypoints/inbox.content/feature';\nexport const x = inboxFeature;\n", expect: /never reaches into an entry point/ },
  { name: 'lib/ importing an entry point', file: 'lib/probe.ts', code: "import { inboxFeature } from '../entrypoints/inbox.content/feature';\nexport const x = inboxFeature;\n", expect: /never reaches into an entry point/ },
];

describe('architecture boundaries (eslint.config.js)', () => {
  for (const probe of PROBES) {
    it(`fails on ${probe.name}`, async () => {
      expect(await problems(probe.file, probe.code)).toEqual(expect.arrayContaining([expect.stringMatching(probe.expect)]));
    });
  }

  it('allows what the design allows: the background opens the database, content scripts talk through the client', async () => {
    expect(await problems('entrypoints/background/index.ts', "import { db } from '../storage/db';\nexport const x = db;\n")).toEqual([]);
    expect(await problems('entrypoints/inbox.content/probe.ts', "import { send } from '../../storage/client';\nimport { mergeThread } from '../../storage/merge-thread';\nexport const x = [send, mergeThread];\n")).toEqual([]);
    expect(await problems('rules/probe.ts', "import { z } from 'zod';\nimport { checkMessage } from './compliance';\nexport const x = [z, checkMessage];\n")).toEqual([]);
  });
});
