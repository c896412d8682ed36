#!/usr/bin/env node
/* eslint-disable no-console */
// Turns src/schema/openapi.yaml, the source of truth of the API, into a typed spec module.
//
// Why not `backstage-repo-tools package schema openapi generate --server`: it runs the Java
// OpenAPI generator, whose jar it downloads at run time, which our machines cannot do.
// backend-openapi-utils derives request and response types from a spec declared `as const`,
// which is all the server side needs.
const fs = require('fs');
const path = require('path');
const yaml = require('yaml');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'src/schema/openapi.yaml');
const target = path.join(root, 'src/schema/openapi.generated.ts');

const spec = yaml.parse(fs.readFileSync(source, 'utf8'));
const banner = [
  '// ******************************************************************',
  '// * THIS IS A GENERATED FILE. DO NOT EDIT IT DIRECTLY.             *',
  '// * Edit src/schema/openapi.yaml, then run `yarn generate`.        *',
  '// ******************************************************************',
].join('\n');
const body = `${banner}

/**
 * The OpenAPI spec of the releases API, from src/schema/openapi.yaml.
 *
 * @internal
 */
export const spec = ${JSON.stringify(spec, null, 2)} as const;
`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== body) {
    console.error(
      'src/schema/openapi.generated.ts is out of date: run `yarn generate` in plugins/releases-backend',
    );
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, body);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
