import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { releaseListQuerySchema } from '@stagegate/plugin-releases-common';
import {
  aRelease,
  createTestDatabases,
  createTestStore,
} from '../__testUtils__';
import { ReleaseFilter } from '../permissions';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const everything = releaseListQuerySchema.parse({ limit: 200 });

describe.each(databases.eachSupportedId())(
  'release lists filtered by permission conditions (%s)',
  databaseId => {
    async function storeWithReleases() {
      const { store } = await createTestStore(databases, databaseId);
      const payments = await store.insertRelease(
        aRelease({
          title: 'payments',
          entityRefs: [
            'component:default/payments-api',
            'resource:default/payments-db',
          ],
          entityOwners: {
            'component:default/payments-api': 'group:default/payments-team',
            'resource:default/payments-db': 'group:default/dba',
          },
          owner: 'user:default/petra.payments',
          createdBy: 'user:default/petra.payments',
        }),
      );
      const storefront = await store.insertRelease(
        aRelease({
          title: 'storefront',
          entityRefs: ['component:default/storefront-web'],
          entityOwners: {
            'component:default/storefront-web': 'group:default/storefront-team',
          },
          owner: 'user:default/sam.service',
          createdBy: 'user:default/rita.release',
        }),
      );
      const unowned = await store.insertRelease(
        aRelease({
          title: 'unowned',
          entityRefs: ['component:default/orphan'],
          createdBy: 'user:default/rita.release',
        }),
      );
      return { store, payments, storefront, unowned };
    }

    async function titles(criteria: PermissionCriteria<ReleaseFilter>) {
      const { store } = await storeWithReleases();
      const page = await store.listReleases(everything, criteria);
      return page.items.map(release => release.title).sort();
    }

    it('keeps releases of which any CI is owned by one of the claims', async () => {
      expect(
        await titles({ key: 'entityOwner', values: ['group:default/dba'] }),
      ).toEqual(['payments']);
      expect(
        await titles({
          key: 'entityOwner',
          values: ['group:default/storefront-team', 'group:default/nobody'],
        }),
      ).toEqual(['storefront']);
    });

    it('keeps releases owned or created by one of the claims', async () => {
      expect(
        await titles({
          key: 'releaseOwner',
          values: ['user:default/rita.release'],
        }),
      ).toEqual(['storefront', 'unowned']);
    });

    it('combines conditions with allOf, anyOf and not', async () => {
      const rita = {
        key: 'releaseOwner' as const,
        values: ['user:default/rita.release'],
      };
      const storefrontTeam = {
        key: 'entityOwner' as const,
        values: ['group:default/storefront-team'],
      };
      expect(await titles({ allOf: [rita, storefrontTeam] })).toEqual([
        'storefront',
      ]);
      expect(
        await titles({
          anyOf: [
            storefrontTeam,
            { key: 'entityOwner', values: ['group:default/payments-team'] },
          ],
        }),
      ).toEqual(['payments', 'storefront']);
      expect(await titles({ not: rita })).toEqual(['payments']);
      expect(await titles({ not: { anyOf: [rita, storefrontTeam] } })).toEqual([
        'payments',
      ]);
    });

    it('reads releases back with the owners their CIs had, for rules applied in memory', async () => {
      const { store, payments, unowned } = await storeWithReleases();
      const [first, missing, second] = await store.getReleaseResources([
        payments.id,
        'no-such-release',
        unowned.id,
      ]);
      expect(first?.release.title).toBe('payments');
      expect(first?.entityOwners.sort()).toEqual([
        'group:default/dba',
        'group:default/payments-team',
      ]);
      expect(missing).toBeUndefined();
      expect(second?.entityOwners).toEqual([]);
    });
  },
);
