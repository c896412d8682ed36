// @ts-check

/**
 * The rest of the forward schedule of changes: changes that are not releases, change windows
 * created through the API, deployments reported by pipelines, and calendar feed tokens.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('changes', table => {
    table.comment(
      'FSC entries that are not releases: infrastructure work, imported RFCs',
    );
    table.string('id', 36).primary().notNullable();
    table.string('title', 255).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.string('environment', 64).notNullable();
    table.timestamp('start_at', { useTz: true }).notNullable();
    table.timestamp('end_at', { useTz: true }).notNullable();
    table.string('status', 16).notNullable().defaultTo('planned');
    table.string('category', 16).notNullable().defaultTo('scheduled');
    table.string('owner', 255).nullable();
    table
      .string('source', 64)
      .notNullable()
      .defaultTo('api')
      .comment('api, or the id of the external change source it came from');
    table.string('external_id', 255).nullable();
    table.string('rfc_id', 64).nullable();
    table.text('rfc_url').nullable();
    table.integer('revision').notNullable().defaultTo(1);
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['source', 'external_id'], {
      indexName: 'changes_external_uq',
    });
    table.index(['environment', 'start_at', 'end_at'], 'changes_time_idx');
  });

  await knex.schema.createTable('change_entities', table => {
    table.comment('The CIs a change touches');
    table
      .string('change_id', 36)
      .notNullable()
      .references('changes.id')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table.primary(['change_id', 'entity_ref']);
    table.index(['entity_ref'], 'change_entities_ref_idx');
  });

  await knex.schema.createTable('windows', table => {
    table.comment(
      'Change windows created through the API (ad-hoc freezes); catalog windows live in the catalog',
    );
    table.string('id', 36).primary().notNullable();
    table.string('title', 255).notNullable();
    table.text('description').notNullable().defaultTo('');
    table
      .text('spec')
      .notNullable()
      .comment(
        'JSON: the ChangeWindow spec (type, enforcement, timing, scope)',
      );
    table.integer('revision').notNullable().defaultTo(1);
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('deployments', table => {
    table.comment(
      'Deployments reported by CI/CD; those no approved release covers are unauthorized',
    );
    table.string('id', 36).primary().notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('environment', 64).notNullable();
    table.string('version', 64).nullable();
    table.string('status', 16).notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table
      .string('release_id', 36)
      .nullable()
      .references('releases.id')
      .onDelete('SET NULL');
    table.boolean('authorized').notNullable();
    table.string('reported_by', 255).notNullable();
    table.index(['at'], 'deployments_at_idx');
    table.index(['entity_ref', 'environment'], 'deployments_entity_idx');
  });

  await knex.schema.createTable('feed_tokens', table => {
    table.comment(
      'Per-user calendar feed tokens; only a hash is stored, and a token can be revoked',
    );
    table.string('token_hash', 64).primary().notNullable();
    table.string('user_entity_ref', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('revoked_at', { useTz: true }).nullable();
    table.index(['user_entity_ref'], 'feed_tokens_user_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('feed_tokens');
  await knex.schema.dropTable('deployments');
  await knex.schema.dropTable('windows');
  await knex.schema.dropTable('change_entities');
  await knex.schema.dropTable('changes');
};
