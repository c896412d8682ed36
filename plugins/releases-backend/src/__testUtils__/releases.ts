import { randomUUID } from 'crypto';
import { NewRelease } from '../database';

let sequence = 0;

/** A valid new release; fields can be overridden per test. */
export function aRelease(overrides: Partial<NewRelease> = {}): NewRelease {
  sequence += 1;
  return {
    id: randomUUID(),
    key: `REL-2026-${String(sequence).padStart(4, '0')}`,
    title: `Release ${sequence}`,
    description: '',
    unitType: 'delta',
    category: 'scheduled',
    status: 'planning',
    entityRefs: ['component:default/payments-api'],
    schedule: [],
    createdBy: 'user:default/oscar.owner',
    ...overrides,
  };
}
