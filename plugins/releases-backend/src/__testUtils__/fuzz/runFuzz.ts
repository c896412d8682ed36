import fc from 'fast-check';
import { Server } from 'http';
import request from 'supertest';
import { SpecOperation } from '../specOperations';
import { FuzzContext, FuzzRequest, fuzzRequestsFor } from './fuzzRequests';

/** A response that broke a promise: a 5xx, or a 400 that does not name what was wrong. */
export type FuzzViolation = {
  request: FuzzRequest;
  status: number;
  message: string;
  why: string;
};

/** What a fuzzing run did. */
export type FuzzReport = {
  requests: number;
  byStatus: Record<number, number>;
  fiveHundreds: number;
  violations: FuzzViolation[];
  seed: number;
  /** Milliseconds spent per operation, to see where a slow run goes. */
  msByOperation: Record<string, { count: number; totalMs: number }>;
};

const PUBLIC_OPERATIONS = new Set(['GET /health']);

/** Why a response breaks a promise, or undefined when it keeps them. */
export function judge(
  fuzz: FuzzRequest,
  status: number,
  message: string,
): string | undefined {
  if (status >= 500) return `answered ${status}`;
  if (status !== 400) return undefined;
  if (!message) return 'a 400 without a message';
  if (fuzz.bent.length > 0 && !fuzz.bent.some(name => message.includes(name))) {
    return `a 400 that names none of ${fuzz.bent.join(', ')}`;
  }
  if (fuzz.bent.length === 0 && !/^Invalid (body|query|path)/.test(message)) {
    return 'a 400 that does not say what was invalid';
  }
  return undefined;
}

function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      params.append(
        name,
        typeof v === 'string' ? v : JSON.stringify(v) ?? String(v),
      );
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function send(
  server: Server,
  fuzz: FuzzRequest,
  authorization: string,
): Promise<{ status: number; message: string }> {
  const url = `/api/releases${fuzz.path}${queryString(fuzz.query)}`;
  const call = request(server)
    [fuzz.method](url)
    .set('Authorization', authorization);
  const response = await (fuzz.body === undefined
    ? call
    : call
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(fuzz.body) ?? 'null'));
  const message =
    typeof response.body?.error?.message === 'string'
      ? response.body.error.message
      : '';
  return { status: response.status, message };
}

/**
 * Sends `count` generated requests, spread over every operation of the spec, a few at a time,
 * and judges each answer. The seed makes a run repeatable.
 */
export async function runFuzz(options: {
  server: Server;
  operations: SpecOperation[];
  context: FuzzContext;
  authorization: string;
  count: number;
  seed?: number;
  concurrency?: number;
}): Promise<FuzzReport> {
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const operations = options.operations.filter(
    op => !PUBLIC_OPERATIONS.has(op.key),
  );
  const arbitrary = fc.oneof(
    ...operations.map(op => fuzzRequestsFor(op, options.context)),
  );
  const requests = fc.sample(arbitrary, { numRuns: options.count, seed });
  const report: FuzzReport = {
    requests: 0,
    byStatus: {},
    fiveHundreds: 0,
    violations: [],
    seed,
    msByOperation: {},
  };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const fuzz = requests[next++];
      const started = performance.now();
      const { status, message } = await send(
        options.server,
        fuzz,
        options.authorization,
      );
      const spent = (report.msByOperation[fuzz.operation] ??= {
        count: 0,
        totalMs: 0,
      });
      spent.count += 1;
      spent.totalMs += performance.now() - started;
      report.requests += 1;
      report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
      if (status >= 500) report.fiveHundreds += 1;
      const why = judge(fuzz, status, message);
      if (why) report.violations.push({ request: fuzz, status, message, why });
    }
  };
  await Promise.all(
    Array.from({ length: options.concurrency ?? 4 }, () => worker()),
  );
  return report;
}
