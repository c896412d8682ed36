import { releaseCreateSchema } from '@stagegate/plugin-releases-common';
import { toFieldErrors, validate } from './fieldErrors';

describe('toFieldErrors', () => {
  it('joins issue paths with dots and keeps the first message of a field', () => {
    expect(
      toFieldErrors([
        { path: ['title'], message: 'The title is required' },
        { path: ['title'], message: 'second' },
        { path: ['schedule', 0, 'end'], message: 'Must end after it starts' },
        { path: [], message: 'Change something' },
      ]),
    ).toEqual({
      title: 'The title is required',
      'schedule.0.end': 'Must end after it starts',
      '': 'Change something',
    });
  });
});

describe('validate', () => {
  it("answers the shared schema's messages by field", () => {
    const result = validate(releaseCreateSchema, {
      title: ' ',
      unitType: 'delta',
      category: 'scheduled',
      entityRefs: ['nope'],
    });

    expect(result.data).toBeUndefined();
    expect(result.errors).toMatchObject({
      title: 'The title must not be empty',
      'entityRefs.0': expect.stringContaining("'nope' is not an entity ref"),
    });
  });

  it('answers the parsed request when it is valid', () => {
    const result = validate(releaseCreateSchema, {
      title: 'Payments 2.4',
      unitType: 'delta',
      category: 'scheduled',
      entityRefs: ['component:payments'],
    });

    expect(result.errors).toBeUndefined();
    expect(result.data?.entityRefs).toEqual(['component:default/payments']);
  });
});
