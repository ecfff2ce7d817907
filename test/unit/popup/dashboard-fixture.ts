// A dashboard as the background answers it, for popup tests: pass the lists the test is about.
import type { Dashboard } from '../../../storage/protocol';

export function testDashboard(parts: Partial<Dashboard> & Pick<Dashboard, 'now'>): Dashboard {
  return {
    overdue: [],
    atRisk: [],
    crt: [{ window: 7, value: 92, zone: 'safe', counted: 25, late: 2 }],
    daily: [],
    nrn: { last7Days: 0, onQuestions: 0 },
    sweetSpot: [],
    invalidRecords: 0,
    stale: false,
    ...parts,
  };
}
