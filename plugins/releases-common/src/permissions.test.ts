import { releasesPermissions } from './permissions';

describe('releasesPermissions', () => {
  const names = releasesPermissions.map(permission => permission.name);

  it('names every permission under the releases. prefix', () => {
    for (const name of names) {
      expect(name).toMatch(/^releases\./);
    }
  });

  it('uses each name only once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('contains the seven permissions Stagegate defines', () => {
    expect([...names].sort()).toEqual(
      [
        'releases.release.read',
        'releases.release.create',
        'releases.release.update',
        'releases.release.approve',
        'releases.release.deploy',
        'releases.window.manage',
        'releases.conflict.override',
      ].sort(),
    );
  });
});
