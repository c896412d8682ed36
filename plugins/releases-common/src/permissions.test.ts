import { releasesPermissions, transitionPermission } from './permissions';

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

describe('transitionPermission', () => {
  it('asks for the deploy permission to deploy or undo a deployment, update otherwise', () => {
    expect(transitionPermission('deploying').name).toBe(
      'releases.release.deploy',
    );
    expect(transitionPermission('backed_out').name).toBe(
      'releases.release.deploy',
    );
    expect(transitionPermission('approved').name).toBe(
      'releases.release.update',
    );
    expect(transitionPermission('cancelled').name).toBe(
      'releases.release.update',
    );
  });
});
