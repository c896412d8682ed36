// @ts-check

/**
 * The gated lifecycle: the release's working documents, gate decisions and an append-only
 * history.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('releases', table => {
    table
      .text('details')
      .notNullable()
      .defaultTo('{}')
      .comment(
        'JSON: contents (VDD), test plan and results, backout plan, acceptance criteria, known errors, PIR, conflict override, held-from status',
      );
    table
      .string('pir_outcome', 16)
      .nullable()
      .comment('successful | partial | failed, once the PIR is recorded');
    table.index(['parent_id'], 'releases_parent_idx');
  });

  await knex.schema.alterTable('release_entities', table => {
    table
      .string('owner_ref', 255)
      .nullable()
      .comment(
        "The CI's owner as the catalog named it when the release last changed; permission rules filter on it",
      );
    table.index(['owner_ref'], 'release_entities_owner_idx');
  });

  await knex.schema.createTable('release_approvals', table => {
    table.comment('Decisions at the gates; rows are only ever added');
    table.string('id', 36).primary().notNullable();
    table
      .string('release_id', 36)
      .notNullable()
      .references('releases.id')
      .onDelete('CASCADE');
    table.string('gate', 8).notNullable();
    table.string('decision', 8).notNullable();
    table.string('decided_by', 255).notNullable();
    table.timestamp('decided_at', { useTz: true }).notNullable();
    table.text('comment').nullable();
    table.index(['release_id', 'decided_at'], 'release_approvals_release_idx');
  });

  await knex.schema.createTable('release_history', table => {
    table.comment(
      'One row per accepted change of a release, written in the same transaction; never updated',
    );
    table.increments('id').primary();
    table
      .string('release_id', 36)
      .notNullable()
      .references('releases.id')
      .onDelete('CASCADE');
    table
      .integer('revision')
      .notNullable()
      .comment('The revision the change produced');
    table.string('action', 32).notNullable();
    table.string('actor', 255).notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table.string('from_status', 16).nullable();
    table.string('to_status', 16).nullable();
    table.text('reason').nullable();
    table.text('changes').notNullable().defaultTo('[]');
    table.unique(['release_id', 'revision'], {
      indexName: 'release_history_revision_uq',
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_history');
  await knex.schema.dropTable('release_approvals');
  await knex.schema.alterTable('release_entities', table => {
    table.dropIndex(['owner_ref'], 'release_entities_owner_idx');
    table.dropColumn('owner_ref');
  });
  await knex.schema.alterTable('releases', table => {
    table.dropIndex(['parent_id'], 'releases_parent_idx');
    table.dropColumn('pir_outcome');
    table.dropColumn('details');
  });
};
