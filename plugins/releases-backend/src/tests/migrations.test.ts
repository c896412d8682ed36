import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@stagegate/plugin-releases-backend',
  'migrations',
);

const databases = createTestDatabases();

async function tables(knex: Knex): Promise<string[]> {
  const names: string[] = [];
  for (const table of [
    'releases',
    'release_entities',
    'release_slots',
    'release_approvals',
    'release_history',
    'changes',
    'change_entities',
    'windows',
    'deployments',
    'feed_tokens',
    'release_conflicts',
  ]) {
    if (await knex.schema.hasTable(table)) names.push(table);
  }
  return names;
}

describe.each(databases.eachSupportedId())('migrations (%s)', databaseId => {
  it('steps up one migration at a time with data, and all the way down again', async () => {
    const knex = await databases.init(databaseId);

    await knex.migrate.up({ directory: migrationsDir });
    expect(await tables(knex)).toEqual([
      'releases',
      'release_entities',
      'release_slots',
    ]);
    await knex('releases').insert({
      id: 'r1',
      key: 'REL-2026-0001',
      title: 'First',
      unit_type: 'delta',
      category: 'scheduled',
      status: 'planning',
      created_at: new Date('2026-11-01T00:00:00Z'),
      updated_at: new Date('2026-11-01T00:00:00Z'),
      created_by: 'user:default/oscar.owner',
    });
    await knex('release_entities').insert({
      release_id: 'r1',
      entity_ref: 'component:default/payments-api',
      position: 0,
    });
    expect(
      await knex('releases').select('key', 'description', 'revision'),
    ).toEqual([{ key: 'REL-2026-0001', description: '', revision: 1 }]);

    // The lifecycle migration keeps existing releases, with empty working documents.
    await knex.migrate.up({ directory: migrationsDir });
    expect(await tables(knex)).toEqual([
      'releases',
      'release_entities',
      'release_slots',
      'release_approvals',
      'release_history',
    ]);
    expect(
      await knex('releases').select('key', 'details', 'pir_outcome'),
    ).toEqual([{ key: 'REL-2026-0001', details: '{}', pir_outcome: null }]);
    await knex('release_history').insert({
      release_id: 'r1',
      revision: 1,
      action: 'created',
      actor: 'user:default/oscar.owner',
      at: new Date('2026-11-01T00:00:00Z'),
    });
    await expect(
      knex('release_history').insert({
        release_id: 'r1',
        revision: 1,
        action: 'updated',
        actor: 'user:default/oscar.owner',
        at: new Date('2026-11-01T00:00:00Z'),
      }),
    ).rejects.toMatchObject({
      // Matched by message: better-sqlite3 errors can come from another Jest realm.
      message: expect.stringMatching(/unique|duplicate/i),
    });

    // The schedule migration adds the rest of the forward schedule of changes.
    await knex.migrate.up({ directory: migrationsDir });
    expect(await tables(knex)).toEqual([
      'releases',
      'release_entities',
      'release_slots',
      'release_approvals',
      'release_history',
      'changes',
      'change_entities',
      'windows',
      'deployments',
      'feed_tokens',
    ]);
    await knex('feed_tokens').insert({
      token_hash: 'a'.repeat(64),
      user_entity_ref: 'user:default/oscar.owner',
      created_at: new Date('2026-11-02T00:00:00Z'),
    });

    // The calendar migration keeps tokens made before it, and stores conflicts per release.
    await knex.migrate.up({ directory: migrationsDir });
    expect(await tables(knex)).toContain('release_conflicts');
    expect(await knex('feed_tokens').select('name', 'id')).toEqual([
      { name: 'Calendar feed', id: null },
    ]);
    await knex('release_conflicts').insert({
      release_id: 'r1',
      conflict_id: 'ci-overlap/production/release/r2',
      type: 'ci-overlap',
      enforcement: 'approval',
      severity: 'medium',
      body: '{}',
    });
    expect(await knex('release_conflicts').select('conflict_id')).toEqual([
      { conflict_id: 'ci-overlap/production/release/r2' },
    ]);

    // The KPI migration: conflicts stored on a release still in planning were caught before
    // CAB, and approved releases learn whether their tests had passed by the approval.
    await knex('releases')
      .where({ id: 'r1' })
      .update({
        conflicts_checked_at: new Date('2026-11-03T00:00:00Z'),
        details: JSON.stringify({
          testResults: [
            {
              name: 'smoke',
              passed: true,
              recordedAt: '2026-11-03T00:00:00Z',
              recordedBy: 'user:default/tess.tester',
            },
          ],
        }),
      });
    await knex('release_approvals').insert({
      id: 'a1',
      release_id: 'r1',
      gate: 'cab',
      decision: 'approve',
      decided_by: 'user:default/andy.approver',
      decided_at: new Date('2026-11-04T00:00:00Z'),
    });
    await knex.migrate.up({ directory: migrationsDir });
    expect(
      (
        await knex('release_conflict_catches').select(
          'conflict_id',
          'caught_at',
        )
      ).map(row => [row.conflict_id, new Date(row.caught_at).toISOString()]),
    ).toEqual([
      ['ci-overlap/production/release/r2', '2026-11-03T00:00:00.000Z'],
    ]);
    const [migrated] = await knex('releases').select(
      'tested_before_approval',
      'backout_outcome',
    );
    // SQLite keeps booleans as 0 and 1.
    expect(Boolean(migrated.tested_before_approval)).toBe(true);
    expect(migrated.backout_outcome).toBeNull();
    await knex('release_incidents').insert({
      release_id: 'r1',
      incident_id: 'INC-1',
      recorded_at: new Date('2026-11-05T00:00:00Z'),
    });
    await knex.migrate.down({ directory: migrationsDir });
    expect(await tables(knex)).toContain('release_conflicts');
    expect(await knex.schema.hasTable('release_incidents')).toBe(false);
    expect(await knex.schema.hasTable('release_conflict_catches')).toBe(false);
    expect(await knex.schema.hasColumn('releases', 'backout_outcome')).toBe(
      false,
    );
    expect(await knex('releases').select('key')).toEqual([
      { key: 'REL-2026-0001' },
    ]);

    await knex.migrate.down({ directory: migrationsDir });
    expect(await tables(knex)).not.toContain('release_conflicts');
    expect(await knex('feed_tokens').select('user_entity_ref')).toEqual([
      { user_entity_ref: 'user:default/oscar.owner' },
    ]);

    await knex.migrate.down({ directory: migrationsDir });

    // Down one step more: the releases are still there.
    await knex.migrate.down({ directory: migrationsDir });
    expect(await tables(knex)).toEqual([
      'releases',
      'release_entities',
      'release_slots',
    ]);
    expect(await knex('releases').select('key')).toEqual([
      { key: 'REL-2026-0001' },
    ]);

    await knex.migrate.latest({ directory: migrationsDir });
    await knex.migrate.rollback({ directory: migrationsDir }, true);
    expect(await tables(knex)).toEqual([]);
    await knex.destroy();
  });
});
