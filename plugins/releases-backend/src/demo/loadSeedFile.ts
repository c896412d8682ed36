import { InputError } from '@backstage/errors';
import { readFile } from 'fs/promises';
import { dirname, resolve } from 'path';
import { parse } from 'yaml';
import { ZodError } from 'zod';
import { SeedFile, seedFileSchema } from './seedFileSchema';

/**
 * The demo releases file, parsed, with its catalog files as absolute paths.
 *
 * @internal
 */
export type LoadedSeedFile = SeedFile & { catalogFiles: string[] };

/** Says where an issue is: the release by name (or position) and the field inside it. */
function describeIssues(error: ZodError, raw: unknown): string {
  const releases = (raw as { releases?: unknown })?.releases;
  return error.issues
    .map(issue => {
      const [first, index, ...rest] = issue.path;
      if (first !== 'releases' || typeof index !== 'number') {
        return `${issue.path.join('.') || '(the file)'}: ${issue.message}`;
      }
      const entry = Array.isArray(releases) ? releases[index] : undefined;
      const name =
        typeof entry?.name === 'string' ? entry.name : `number ${index + 1}`;
      return `release '${name}': ${rest.join('.') || '(the release)'}: ${
        issue.message
      }`;
    })
    .join('; ');
}

/**
 * Parses the text of a demo releases file.
 *
 * @param text - The YAML.
 * @param source - The file's name for error messages.
 * @throws InputError naming each release and field that is wrong.
 * @internal
 */
export function parseSeedFile(text: string, source: string): SeedFile {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new InputError(
      `Invalid demo releases in ${source}: ${(error as Error).message}`,
    );
  }
  const parsed = seedFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(
      `Invalid demo releases in ${source}: ${describeIssues(
        parsed.error,
        raw,
      )}`,
    );
  }
  return parsed.data;
}

/**
 * Reads and parses a demo releases file; its catalog files are relative to it.
 *
 * @param path - Absolute path of the file.
 * @internal
 */
export async function loadSeedFile(path: string): Promise<LoadedSeedFile> {
  const file = parseSeedFile(await readFile(path, 'utf8'), path);
  return {
    ...file,
    catalogFiles: file.catalog.map(catalogFile =>
      resolve(dirname(path), catalogFile),
    ),
  };
}
