/**
 * Live updates: listens to GET /api/events and, when the server swapped in a newer graph (`serve --watch`),
 * fetches it and hands it to `onGraph`, which updates the page in place. A failed re-ingest is shown as a notice;
 * the page keeps the graph it has. Without watching, the server ends the stream after `hello` and so does this.
 */
import type { GraphData } from '../../graph/types.js';
import type { Api } from '../api.js';
import { notify } from '../status.js';

interface Hello {
  version: number;
  watching: boolean;
  error?: string;
}

export function mountLive(api: Api, onGraph: (data: GraphData) => void, url = 'api/events'): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource(url);
  // The version on screen. The page's first graph was fetched before the stream opened: the first hello says
  // which version that is, but for a swap within those few milliseconds, which the next graph event repairs.
  let shown: number | null = null;
  let wanted = 0;
  let fetching = false;
  let closed = false;

  async function refresh(): Promise<void> {
    if (fetching || closed) return;
    fetching = true;
    try {
      while (shown !== wanted && !closed) {
        const version = wanted;
        const result = await api.graph();
        if (closed) return;
        if (!result.ok) {
          notify(`Cannot load the updated graph: ${result.message}`, 'error');
          return;
        }
        onGraph(result.value);
        shown = version;
        notify(`Graph updated: ${result.value.nodes.length} nodes, ${result.value.edges.length} edges`, 'info');
      }
    } finally {
      fetching = false;
    }
  }

  const onHello = (event: MessageEvent<string>) => {
    const hello = JSON.parse(event.data) as Hello;
    if (!hello.watching) {
      source.close();
      return;
    }
    if (hello.error) notify(`Re-ingest failed: ${hello.error}`, 'error');
    wanted = hello.version;
    // After a reconnect the server may have swapped graphs meanwhile (or restarted): catch up.
    if (shown === null) shown = hello.version;
    else void refresh();
  };
  const onGraphEvent = (event: MessageEvent<string>) => {
    wanted = (JSON.parse(event.data) as { version: number }).version;
    void refresh();
  };
  const onError = (event: MessageEvent<string>) => {
    notify(`Re-ingest failed: ${(JSON.parse(event.data) as { message: string }).message}`, 'error');
  };
  source.addEventListener('hello', onHello);
  source.addEventListener('graph', onGraphEvent);
  source.addEventListener('ingest-error', onError);
  return () => {
    closed = true;
    source.close();
  };
}
