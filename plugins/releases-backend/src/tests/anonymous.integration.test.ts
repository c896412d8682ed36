import { TestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startReleasesTestBackend } from '../__testUtils__';
import { specOperations } from '../__testUtils__/specOperations';

jest.setTimeout(120_000);

/** Routes anyone may call without credentials, and what they answer. */
const PUBLIC_ROUTES: Record<string, number> = { 'GET /health': 200 };

/** Sample values for path parameters; any value must be refused before it is looked at. */
const PATH_SAMPLES: Record<string, string> = {
  kind: 'component',
  namespace: 'default',
  name: 'payments-api',
};

function concretePath(path: string): string {
  return path.replace(
    /\{([^}]+)\}/g,
    (_, name: string) =>
      PATH_SAMPLES[name] ?? '7d4cf1f0-52f5-4c3e-9f53-1b5b1b1e0a01',
  );
}

describe('anonymous callers', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startReleasesTestBackend({});
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const operations = specOperations();

  it('finds the routes of the spec', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.map(op => op.key)).toContain('GET /health');
  });

  it.each(operations.map(op => [op.key, op] as const))(
    '%s answers 401 without credentials, unless it is public',
    async (key, { method, path }) => {
      const call = request(backend.server)[method](
        `/api/releases${concretePath(path)}`,
      );
      const response = await (method === 'get' || method === 'delete'
        ? call
        : call.send({}));
      expect({ route: key, status: response.status }).toEqual({
        route: key,
        status: PUBLIC_ROUTES[key] ?? 401,
      });
    },
  );

  it('refuses a made-up bearer token too', async () => {
    const response = await request(backend.server)
      .get('/api/releases/releases')
      .set('Authorization', 'Bearer not-a-real-token');
    expect(response.status).toBe(401);
  });
});
