import { categoryLabel, gateNameLabel, shortRef } from './releaseLabels';

describe('release labels', () => {
  it('names gates and categories as people say them', () => {
    expect(gateNameLabel('trr')).toBe('TRR');
    expect(gateNameLabel('segregation-of-duties')).toBe(
      'Segregation of duties',
    );
    expect(categoryLabel('emergency')).toBe('Emergency');
  });

  it('shortens entity refs in the default namespace only', () => {
    expect(shortRef('user:default/ada')).toBe('ada');
    expect(shortRef('user:ops/ada')).toBe('ops/ada');
    expect(shortRef('ada')).toBe('ada');
  });
});
