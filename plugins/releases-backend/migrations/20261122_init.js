// @ts-check

/**
 * Releases, the CIs each one touches, and its planned slots per environment.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('releases', table => {
    table.comment('Release units: one row per release');
    table.string('id', 36).primary().notNullable();
    table.string('key', 32).notNullable().unique();
    table.string('title', 255).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.string('unit_type', 16).notNullable();
    table.string('category', 16).notNullable();
    table.string('status', 16).notNullable();
    table.string('version', 64).nullable();
    table.string('owner', 255).nullable();
    table.string('rfc_id', 64).nullable();
    table.text('rfc_url').nullable();
    table.string('parent_id', 36).nullable().references('releases.id');
    table.integer('revision').notNullable().defaultTo(1);
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.string('created_by', 255).notNullable();
    table.index(['status'], 'releases_status_idx');
    table.index(['created_at', 'id'], 'releases_created_idx');
  });

  await knex.schema.createTable('release_entities', table => {
    table.comment('The CIs of a release; position 0 is the primary CI');
    table
      .string('release_id', 36)
      .notNullable()
      .references('releases.id')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table.integer('position').notNullable();
    table.primary(['release_id', 'entity_ref']);
    table.index(['entity_ref'], 'release_entities_ref_idx');
  });

  await knex.schema.createTable('release_slots', table => {
    table.comment(
      'Planned and actual deployment slots of a release per environment',
    );
    table
      .string('release_id', 36)
      .notNullable()
      .references('releases.id')
      .onDelete('CASCADE');
    table.string('environment', 64).notNullable();
    table.timestamp('start_at', { useTz: true }).notNullable();
    table.timestamp('end_at', { useTz: true }).notNullable();
    table.timestamp('actual_start_at', { useTz: true }).nullable();
    table.timestamp('actual_end_at', { useTz: true }).nullable();
    table.string('status', 16).notNullable().defaultTo('planned');
    table.primary(['release_id', 'environment']);
    table.index(
      ['environment', 'start_at', 'end_at'],
      'release_slots_time_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_slots');
  await knex.schema.dropTable('release_entities');
  await knex.schema.dropTable('releases');
};
