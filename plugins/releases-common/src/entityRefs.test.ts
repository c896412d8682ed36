import { canonicalEntityRef, isSameEntityRef } from './entityRefs';

describe('canonicalEntityRef', () => {
  it.each([
    ['component:payments-api', 'component:default/payments-api'],
    [' user:default/ada ', 'user:default/ada'],
    ['group:ops/sre', 'group:ops/sre'],
  ])('turns %s into %s', (value, expected) => {
    expect(canonicalEntityRef(value)).toBe(expected);
  });

  it.each(['payments-api', 'component:', 'component:default/bad name', ''])(
    'refuses %j',
    value => {
      expect(canonicalEntityRef(value)).toBeUndefined();
    },
  );

  it('checks the kind when told which ones are allowed', () => {
    expect(canonicalEntityRef('Group:default/a', ['user', 'group'])).toBe(
      'group:default/a',
    );
    expect(
      canonicalEntityRef('component:default/a', ['user', 'group']),
    ).toBeUndefined();
  });
});

describe('isSameEntityRef', () => {
  it('compares case-insensitively and fills in the namespace', () => {
    expect(isSameEntityRef('user:Ada', 'user:default/ada')).toBe(true);
    expect(isSameEntityRef('user:default/ada', 'user:default/bob')).toBe(false);
    expect(isSameEntityRef('user:default/ada', undefined)).toBe(false);
  });
});
