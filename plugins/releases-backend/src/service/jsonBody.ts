import { InputError } from '@backstage/errors';
import express, { ErrorRequestHandler, RequestHandler } from 'express';

/**
 * Reads JSON bodies, and turns a body that is not JSON (or is a bare string or number) into
 * a 400 that says the body is at fault, instead of the parser's own wording.
 *
 * @internal
 */
export function jsonBody(): RequestHandler[] {
  const explainParseError: ErrorRequestHandler = (error, _req, _res, next) => {
    if (error?.type === 'entity.parse.failed') {
      next(
        new InputError(
          `Invalid body: body: must be a JSON object (${error.message})`,
        ),
      );
      return;
    }
    next(error);
  };
  // The router takes request handlers; express tells error handlers apart by their arity.
  return [express.json(), explainParseError as unknown as RequestHandler];
}
