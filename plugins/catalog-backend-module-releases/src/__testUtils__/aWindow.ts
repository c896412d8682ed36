import { Entity } from '@backstage/catalog-model';

/**
 * A valid one-off ChangeWindow (the example year-end freeze); tests override what they need.
 */
export function aWindow(
  spec: Record<string, unknown> = {},
  metadata: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'stagegate.dev/v1alpha1',
    kind: 'ChangeWindow',
    metadata: { name: 'year-end-freeze', ...metadata },
    spec: {
      type: 'blackout',
      enforcement: 'block',
      timezone: 'America/New_York',
      start: '2026-12-15T00:00',
      end: '2027-01-05T00:00',
      owner: 'group:release-managers',
      ...spec,
    },
  };
}
