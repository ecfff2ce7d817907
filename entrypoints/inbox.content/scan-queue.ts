// One scan at a time: a request while one runs asks for exactly one more after it.
import { measure } from '../../lib/instrument';

export function createScanQueue(scan: () => Promise<void>, signal: AbortSignal, onError: (message: string) => void): () => void {
  let scanning: Promise<void> | null = null;
  let again = false;
  const request = () => {
    measure(scanning ? 'rg:inbox-request-busy' : 'rg:inbox-request', performance.now());
    if (scanning) {
      again = true;
      return;
    }
    scanning = scan()
      .catch((error: unknown) => onError((error as Error).message))
      .finally(() => {
        scanning = null;
        if (again && !signal.aborted) {
          again = false;
          request();
        }
      });
  };
  return request;
}
