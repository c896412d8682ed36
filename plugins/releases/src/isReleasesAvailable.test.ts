import { Entity } from '@backstage/catalog-model';
import { isReleasesAvailable } from './isReleasesAvailable';

function entityOfKind(kind: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'example' },
  };
}

describe('isReleasesAvailable', () => {
  it.each(['Component', 'Resource', 'System', 'API'])(
    'offers the Releases tab on a %s',
    kind => {
      expect(isReleasesAvailable(entityOfKind(kind))).toBe(true);
    },
  );

  it('treats the kind case-insensitively', () => {
    expect(isReleasesAvailable(entityOfKind('component'))).toBe(true);
    expect(isReleasesAvailable(entityOfKind('api'))).toBe(true);
  });

  it.each(['User', 'Group', 'Domain', 'Location', 'Template', 'ChangeWindow'])(
    'does not offer the Releases tab on a %s',
    kind => {
      expect(isReleasesAvailable(entityOfKind(kind))).toBe(false);
    },
  );
});
