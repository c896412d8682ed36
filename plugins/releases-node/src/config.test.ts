import { ConfigReader } from '@backstage/config';
import { readDistributionLists } from './config';

const withLists = (distributionLists: Record<string, string | string[]>) =>
  new ConfigReader({ releases: { notifications: { distributionLists } } });

describe('readDistributionLists', () => {
  it('is undefined when no lists are configured', () => {
    expect(readDistributionLists(new ConfigReader({}))).toBeUndefined();
  });

  it('reads each list with canonical, distinct member refs', () => {
    expect(
      readDistributionLists(
        withLists({
          'cab-core': [
            'group:default/cab',
            'user:rita.release',
            'User:default/rita.release',
          ],
          empty: [],
        }),
      ),
    ).toEqual([
      {
        name: 'cab-core',
        members: ['group:default/cab', 'user:default/rita.release'],
      },
      { name: 'empty', members: [] },
    ]);
  });

  it('refuses a member that is not a user or group, naming its key', () => {
    expect(() =>
      readDistributionLists(
        withLists({ ops: ['user:default/a', 'component:default/x'] }),
      ),
    ).toThrow(
      "Invalid configuration releases.notifications.distributionLists.ops[1]: 'component:default/x' is not a user or group entity ref, such as group:default/cab",
    );
  });

  it('refuses a name that an annotation could not list, naming its key', () => {
    expect(() => readDistributionLists(withLists({ 'a b': [] }))).toThrow(
      "Invalid configuration releases.notifications.distributionLists.a b: 'a b' is not a distribution list name",
    );
  });

  it('refuses members that are not a list, naming the key', () => {
    expect(() =>
      readDistributionLists(withLists({ ops: 'user:default/a' })),
    ).toThrow(/releases\.notifications\.distributionLists\.ops/);
  });
});
