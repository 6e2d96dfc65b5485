// A small closed-loop HTTP load generator: N clients, each sending its next request as soon as the last
// one answered, over keep-alive sockets (node:http, one socket per client). Latency is measured from the
// request being written to the last byte of the answer being read.
import http from 'node:http';
import { gunzipSync } from 'node:zlib';

export interface LoadRequest {
  /** Groups latencies in the per-request breakdown. */
  label: string;
  /** Path and query, e.g. `/api/units?q=dai%20tu`. */
  path: string;
}

export interface LoadOptions {
  baseUrl: string;
  headers: Record<string, string>;
  /** Sent round-robin across all clients. */
  requests: readonly LoadRequest[];
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  maxRequests: number;
}

export interface LoadResult {
  /** Every measured latency (ms), in completion order. */
  latencies: number[];
  byLabel: Map<string, number[]>;
  elapsedMs: number;
  errors: number;
  errorSamples: string[];
}

interface Answer {
  status: number;
  /** The body as sent (gzipped when the server chose to); read it with `answerText`. */
  raw: Buffer;
  gzipped: boolean;
}

/** The body as text: not decoded while under load, where only the status counts (the client's work is not the server's). */
export function answerText(answer: Answer): string {
  return (answer.gzipped ? gunzipSync(answer.raw) : answer.raw).toString('utf8');
}

export function httpGet(agent: http.Agent, url: URL, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'GET', agent, headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          raw: Buffer.concat(chunks),
          gzipped: res.headers['content-encoding'] === 'gzip',
        }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timed out after 30 s')));
    req.on('error', reject);
    req.end();
  });
}

/** Signs in through the API and returns the Cookie header value of the session. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('antt_session='));
  if (!session) throw new Error('login answered without an antt_session cookie');
  return session.split(';')[0] ?? session;
}

async function phase(
  agent: http.Agent,
  options: LoadOptions,
  durationMs: number,
  maxRequests: number,
  result: LoadResult | undefined,
): Promise<number> {
  const started = performance.now();
  const deadline = started + durationMs;
  let issued = 0;
  const client = async () => {
    while (performance.now() < deadline && issued < maxRequests) {
      const request = options.requests[issued % options.requests.length];
      issued += 1;
      if (!request) break;
      const t0 = performance.now();
      let failure: string | undefined;
      try {
        const answer = await httpGet(agent, new URL(request.path, options.baseUrl), options.headers);
        if (answer.status !== 200)
          failure = `${answer.status} ${request.path}: ${answerText(answer).slice(0, 200)}`;
      } catch (error) {
        failure = `${request.path}: ${String(error)}`;
      }
      const latency = performance.now() - t0;
      if (!result) continue;
      if (failure) {
        result.errors += 1;
        if (result.errorSamples.length < 5) result.errorSamples.push(failure);
        continue;
      }
      result.latencies.push(latency);
      const list = result.byLabel.get(request.label);
      if (list) list.push(latency);
      else result.byLabel.set(request.label, [latency]);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  return performance.now() - started;
}

/** Warms up (not measured), then measures for `durationMs` or `maxRequests` requests, whichever ends first. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  try {
    if (options.warmupMs > 0)
      await phase(agent, options, options.warmupMs, Number.POSITIVE_INFINITY, undefined);
    const result: LoadResult = {
      latencies: [],
      byLabel: new Map(),
      elapsedMs: 0,
      errors: 0,
      errorSamples: [],
    };
    result.elapsedMs = await phase(agent, options, options.durationMs, options.maxRequests, result);
    return result;
  } finally {
    agent.destroy();
  }
}
