import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';

/** The HTTP methods an OpenAPI path item may hold operations for. */
export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** One HTTP method of the spec. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A parameter of an operation, with its `$ref` resolved. */
export type SpecParameter = {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: { type?: string; enum?: string[]; items?: { enum?: string[] } };
};

/** One operation of the releases API, as the OpenAPI spec declares it. */
export type SpecOperation = {
  method: HttpMethod;
  /** The spec's path, such as `/releases/{id}`. */
  path: string;
  /** `GET /releases/{id}`: how tests name the operation. */
  key: string;
  parameters: SpecParameter[];
  hasBody: boolean;
};

type RawSpec = {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { parameters?: Record<string, SpecParameter> };
};
type RawOperation = {
  parameters?: Array<SpecParameter | { $ref: string }>;
  requestBody?: unknown;
};

function resolveParameter(
  spec: RawSpec,
  parameter: SpecParameter | { $ref: string },
): SpecParameter {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  const found = spec.components?.parameters?.[name];
  if (!found) throw new Error(`The spec has no parameter ${parameter.$ref}`);
  return found;
}

/**
 * Every operation of the releases backend's OpenAPI spec, so tests derived from it cover a
 * route as soon as it is in the spec.
 */
export function specOperations(): SpecOperation[] {
  const spec = parse(
    readFileSync(resolve(__dirname, '../schema/openapi.yaml'), 'utf8'),
  ) as RawSpec;
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter(method => method in item).map(method => ({
      method,
      path,
      key: `${method.toUpperCase()} ${path}`,
      parameters: (item[method].parameters ?? []).map(p =>
        resolveParameter(spec, p),
      ),
      hasBody: item[method].requestBody !== undefined,
    })),
  );
}
