import { scopedEnvironments, windowAppliesToCi } from './windowScope';

const ci = {
  entityRef: 'component:default/payments-api',
  system: 'system:default/payments',
  ciClass: 'service' as const,
  criticality: 'critical' as const,
  environments: ['sit', 'production'],
};

describe('windowAppliesToCi', () => {
  it('applies a window without scope to every CI', () => {
    expect(windowAppliesToCi(undefined, ci)).toBe(true);
    expect(windowAppliesToCi({}, ci)).toBe(true);
  });

  it.each([
    [{ systems: ['payments'] }, true],
    [{ systems: ['system:default/payments'] }, true],
    [{ systems: ['storefront', 'payments'] }, true],
    [{ systems: ['storefront'] }, false],
    [{ entities: ['component:default/payments-api'] }, true],
    [{ entities: ['component:default/other'] }, false],
    [{ ciClasses: ['service' as const] }, true],
    [{ ciClasses: ['database' as const] }, false],
    [{ criticalities: ['high' as const, 'critical' as const] }, true],
    [{ criticalities: ['low' as const] }, false],
    [{ environments: ['production'] }, true],
    [{ environments: ['cinte'] }, false],
    [{ systems: ['payments'], environments: ['cinte'] }, false],
    [{ systems: ['payments'], ciClasses: ['service' as const] }, true],
  ])('scope %j matches: %s', (scope, expected) => {
    expect(windowAppliesToCi(scope, ci)).toBe(expected);
  });

  it('applies a system window to the system itself', () => {
    const system = {
      ...ci,
      entityRef: 'system:default/payments',
      system: undefined,
    };
    expect(windowAppliesToCi({ systems: ['payments'] }, system)).toBe(true);
  });

  it('does not match a criticality the CI does not declare', () => {
    expect(
      windowAppliesToCi(
        { criticalities: ['critical'] },
        { ...ci, criticality: undefined },
      ),
    ).toBe(false);
  });
});

describe('scopedEnvironments', () => {
  it('covers the environments both name, or all of the CI when the scope names none', () => {
    expect(
      scopedEnvironments({ environments: ['production', 'sat'] }, ci),
    ).toEqual(['production']);
    expect(scopedEnvironments(undefined, ci)).toEqual(['sit', 'production']);
  });
});
