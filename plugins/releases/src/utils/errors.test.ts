import { responseError } from '../__testUtils__/releases';
import { errorMessage, isStaleRevisionError } from './errors';

describe('errorMessage', () => {
  it("shows the backend's message, not the generic text of a ResponseError", async () => {
    const error = await responseError(
      409,
      'ConflictError',
      'Cannot move to build: name a release owner',
    );

    expect(error.message).not.toContain('release owner');
    expect(errorMessage(error)).toBe(
      'Cannot move to build: name a release owner',
    );
  });

  it('falls back to the message of any other error', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(
      'Failed to fetch',
    );
    expect(errorMessage('plain')).toBe('plain');
  });
});

describe('isStaleRevisionError', () => {
  it('recognises a 409 about the revision', async () => {
    expect(
      isStaleRevisionError(
        await responseError(
          409,
          'ConflictError',
          'The release is at revision 3, not 2; reload it',
        ),
      ),
    ).toBe(true);
  });

  it('does not take a refused gate for a stale revision', async () => {
    expect(
      isStaleRevisionError(
        await responseError(409, 'ConflictError', 'Write the test plan'),
      ),
    ).toBe(false);
  });

  it('counts every 409 when asked to, as for a PATCH', async () => {
    expect(
      isStaleRevisionError(await responseError(409, 'ConflictError', 'Nope'), {
        anyConflict: true,
      }),
    ).toBe(true);
    expect(
      isStaleRevisionError(await responseError(400, 'InputError', 'revision'), {
        anyConflict: true,
      }),
    ).toBe(false);
  });
});
