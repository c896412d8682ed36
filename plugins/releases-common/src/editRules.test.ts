import { checkEditableFields } from './editRules';

describe('checkEditableFields', () => {
  it('lets the whole plan change before approval, except the PIR', () => {
    expect(
      checkEditableFields('build', ['title', 'contents', 'schedule']),
    ).toEqual([]);
    expect(checkEditableFields('test', ['pirOutcome'])).toEqual([
      expect.objectContaining({ gate: 'pir', field: 'pirOutcome' }),
    ]);
  });

  it('after approval, lets only the record of the deployment and review change', () => {
    expect(
      checkEditableFields('deployed', [
        'schedule',
        'knownErrors',
        'pirOutcome',
      ]),
    ).toEqual([]);
    const failures = checkEditableFields('approved', [
      'contents',
      'schedule',
      'entityRefs',
    ]);
    expect(failures.map(f => f.field)).toEqual(['contents', 'entityRefs']);
    expect(failures[0].message).toMatch(/veto/);
  });

  it('lets the audience of an approved release change: it is not what CAB approved', () => {
    expect(checkEditableFields('approved', ['distributionLists'])).toEqual([]);
    expect(checkEditableFields('deploying', ['distributionLists'])).toEqual([]);
  });

  it('lets nothing change once the release is finished', () => {
    expect(
      checkEditableFields('closed', ['description']).map(f => f.field),
    ).toEqual(['description']);
    expect(
      checkEditableFields('cancelled', ['pirOutcome']).map(f => f.field),
    ).toEqual(['pirOutcome']);
  });
});
