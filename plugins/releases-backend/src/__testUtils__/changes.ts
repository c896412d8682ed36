import { randomUUID } from 'crypto';
import { NewChange } from '../database';

/** A change (not a release) to store in tests: database patching in production. */
export function aChange(overrides: Partial<NewChange> = {}): NewChange {
  return {
    id: randomUUID(),
    title: 'Patch the database hosts',
    description: '',
    entityRefs: ['resource:default/payments-db'],
    environment: 'production',
    start: '2026-12-05T22:00:00Z',
    end: '2026-12-06T01:00:00Z',
    status: 'planned',
    category: 'scheduled',
    source: 'api',
    createdBy: 'user:default/paula.platform',
    ...overrides,
  };
}
