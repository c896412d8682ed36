import fc from 'fast-check';
import { SpecOperation } from '../specOperations';

/** Ids of things that exist when the fuzzing starts, so some requests reach deep code. */
export type FuzzContext = {
  releaseId: string;
  releaseRevision: number;
  windowId: string;
  feedTokenId: string;
};

/** One generated request, and what was bent to make it (named in a 400, if one comes). */
export type FuzzRequest = {
  operation: string;
  method: SpecOperation['method'];
  path: string;
  query: Record<string, unknown>;
  body?: unknown;
  /**
   * The fields, parameters or `body` that were made wrong, any of which a 400 may name; empty
   * when the request is valid.
   */
  bent: string[];
};

const SOON = '2031-05-05T10:00:00Z';
const LATER = '2031-05-05T12:00:00Z';
const CI = 'component:default/checkout-service';

/** Good values for the spec's query parameters, by name. */
const GOOD_QUERY: Record<string, string> = {
  entityRef: CI,
  environment: 'production',
  from: '2031-05-01T00:00:00Z',
  to: '2031-06-01T00:00:00Z',
  at: SOON,
  after: SOON,
  status: 'planning',
  pending: 'true',
  limit: '10',
  count: '3',
  duration: 'PT2H',
  category: 'scheduled',
  owner: 'group:default/payments-team',
  system: 'system:default/payments',
  kind: 'component',
  class: 'application',
  criticality: 'high',
  depth: '1',
  conflictsOnly: 'true',
  tz: 'Europe/London',
  version: '1.2.3',
  format: 'json',
  q: 'pay',
  targetRef: 'component:default/payments-api',
};

/** Good values that differ for some operations: `kind` of a calendar is an event kind. */
const GOOD_QUERY_BY_OPERATION: Record<string, Record<string, string>> = {
  'GET /calendar': { kind: 'release' },
  'GET /calendar.ics': { kind: 'release' },
};

/** A valid body per operation, the starting point that mutations bend. */
function seedBody(key: string, ctx: FuzzContext): Record<string, unknown> {
  const slot = { environment: 'production', start: SOON, end: LATER };
  const seeds: Record<string, Record<string, unknown>> = {
    'POST /releases': {
      title: 'Fuzzed release',
      unitType: 'delta',
      category: 'scheduled',
      entityRefs: [CI],
      schedule: [slot],
    },
    'PATCH /releases/{id}': {
      revision: ctx.releaseRevision,
      description: 'Changed by the fuzzer',
    },
    'POST /releases/{id}/transitions': { to: 'build', reason: 'Fuzzing' },
    'POST /releases/{id}/approvals': {
      gate: 'cab',
      decision: 'approve',
      comment: 'Fuzzing',
    },
    'POST /releases/{id}/test-results': {
      results: [{ name: 'smoke', passed: true }],
    },
    'POST /releases/{id}/conflict-overrides': {
      conflictIds: ['ci-overlap:x'],
      reason: 'Fuzzing',
      revision: ctx.releaseRevision,
    },
    'POST /changes': {
      title: 'Fuzzed change',
      entityRefs: [CI],
      environment: 'production',
      start: SOON,
      end: LATER,
    },
    'POST /deployments': {
      entityRef: CI,
      environment: 'production',
      version: '1.0.0',
      status: 'started',
    },
    'POST /windows': {
      title: 'Fuzzed freeze',
      spec: {
        type: 'blackout',
        enforcement: 'warn',
        timezone: 'Europe/London',
        start: '2031-05-05T08:00',
        end: '2031-05-05T09:00',
        scope: { environments: ['production'] },
        owner: 'group:default/release-managers',
      },
    },
    'PATCH /windows/{id}': { revision: 1, title: 'Fuzzed freeze, renamed' },
    'POST /conflicts/check': {
      entityRefs: [CI],
      environment: 'production',
      start: SOON,
      end: LATER,
      category: 'scheduled',
    },
    'POST /feed-tokens': { name: 'Fuzzed calendar' },
    'PUT /watches': { targetRef: 'component:default/payments-api' },
  };
  return seeds[key] ?? {};
}

/** Values that tend to break parsers: wrong types, edges, odd text, deep and big values. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    '',
    ' ',
    -1,
    0,
    1e308,
    Number.MAX_SAFE_INTEGER,
    '2031-02-30T10:00:00Z',
    '2031-05-05T10:00:00',
    'PT0S',
    'P-1D',
    '../../etc/passwd',
    '%00',
    '\u0000',
    'user:default/',
    ':::',
    '<script>alert(1)</script>',
    "'; DROP TABLE releases; --",
    '🚀'.repeat(50),
    'x'.repeat(25_000),
    [],
    {},
    { __proto__: { admin: true } },
    ['a', 1, null],
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

type PathValue = { value: string; junk: boolean };

/** Path parameter values: things that exist, look-alikes, and junk. */
function pathValue(name: string, ctx: FuzzContext): fc.Arbitrary<PathValue> {
  const existing: Record<string, string[]> = {
    id: [ctx.releaseId, ctx.windowId],
    tokenId: [ctx.feedTokenId],
    kind: ['component', 'resource', 'system'],
    namespace: ['default'],
    name: ['payments-api', 'checkout-service', 'payments'],
  };
  const good = (value: string): PathValue => ({ value, junk: false });
  const junk = (value: string): PathValue => ({ value, junk: true });
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(...(existing[name] ?? ['x'])).map(good),
    },
    { weight: 1, arbitrary: fc.uuid().map(good) },
    {
      weight: 1,
      arbitrary: fc.string({ minLength: 1, maxLength: 60 }).map(junk),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('..', '%2e%2e', 'a/b', ' ', '💥', 'x'.repeat(500))
        .map(junk),
    },
  );
}

function concretePath(
  operation: SpecOperation,
  values: Record<string, PathValue>,
): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(values[name].value),
  );
}

/** The required query parameters, and any of the optional ones, all with good values. */
function goodQuery(
  operation: SpecOperation,
): fc.Arbitrary<Record<string, string>> {
  const good = { ...GOOD_QUERY, ...GOOD_QUERY_BY_OPERATION[operation.key] };
  const query = operation.parameters.filter(
    p => p.in === 'query' && good[p.name] !== undefined,
  );
  const required = query.filter(p => p.required);
  const optional = query.filter(p => !p.required);
  return fc
    .subarray(optional)
    .map(chosen =>
      Object.fromEntries(
        [...required, ...chosen].map(p => [p.name, good[p.name]]),
      ),
    );
}

type Bending = {
  query: Record<string, unknown>;
  body?: unknown;
  bent: string[];
};

function bendQuery(
  operation: SpecOperation,
  query: Record<string, string>,
): fc.Arbitrary<Bending> {
  const names = operation.parameters
    .filter(p => p.in === 'query')
    .map(p => p.name);
  if (names.length === 0) return fc.constant<Bending>({ query, bent: [] });
  return fc
    .tuple(fc.constantFrom(...names), wrongValue)
    .map(([name, value]) => ({
      query: { ...query, [name]: value },
      bent: [name],
    }));
}

function bendBody(
  seed: Record<string, unknown>,
  query: Record<string, string>,
): fc.Arbitrary<Bending> {
  const keys = Object.keys(seed);
  const whole = wrongValue.map(
    (body): Bending => ({
      query,
      body,
      bent: ['body'],
    }),
  );
  if (keys.length === 0) return whole;
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), wrongValue).map(([key, value]) => ({
      query,
      body: { ...seed, [key]: value },
      bent: [key],
    })),
    // Without one field, a body may be wrong as a whole (nothing left to change, say).
    fc.constantFrom(...keys).map(key => {
      const { [key]: _dropped, ...rest } = seed;
      return { query, body: rest, bent: [key, 'body'] };
    }),
    fc
      .tuple(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,15}$/), wrongValue)
      .filter(([key]) => !(key in seed))
      .map(([key, value]) => ({
        query,
        body: { ...seed, [key]: value },
        bent: [key],
      })),
    whole,
  );
}

/**
 * Requests for one operation: valid ones, and ones with one query parameter, one body field
 * or the whole body bent, with path parameters that exist or don't.
 */
export function fuzzRequestsFor(
  operation: SpecOperation,
  ctx: FuzzContext,
): fc.Arbitrary<FuzzRequest> {
  const pathNames = operation.parameters
    .filter(p => p.in === 'path')
    .map(p => p.name);
  const pathValues = fc.record(
    Object.fromEntries(pathNames.map(name => [name, pathValue(name, ctx)])),
  ) as fc.Arbitrary<Record<string, PathValue>>;
  const seed = seedBody(operation.key, ctx);
  const bending = goodQuery(operation).chain(query =>
    fc.oneof(
      fc.constant<Bending>({
        query,
        body: operation.hasBody ? seed : undefined,
        bent: [],
      }),
      bendQuery(operation, query),
      ...(operation.hasBody ? [bendBody(seed, query)] : []),
    ),
  );
  return fc.tuple(pathValues, bending).map(([values, bent]) => ({
    operation: operation.key,
    method: operation.method,
    path: concretePath(operation, values),
    query: bent.query,
    body: operation.hasBody ? bent.body ?? seed : bent.body,
    // A junk path part may be what a 400 names, and then it says `path`.
    bent: Object.values(values).some(v => v.junk)
      ? [...bent.bent, 'path', ...pathNames]
      : bent.bent,
  }));
}
