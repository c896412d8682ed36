import { resolveRecipients, systemsOfCis } from './notificationRecipients';

const lists = [
  {
    name: 'cab-core',
    members: ['group:default/cab', 'user:default/rita.release'],
  },
  { name: 'payments-ops', members: ['user:default/sam.service'] },
];

describe('resolveRecipients', () => {
  it('puts owner, creator, CI owners, list members and watchers together, each once', () => {
    expect(
      resolveRecipients({
        owner: 'user:default/petra.payments',
        createdBy: 'user:default/rita.release',
        entityOwners: [
          'group:default/payments-team',
          'group:default/payments-team',
        ],
        listNames: ['payments-ops', 'cab-core'],
        distributionLists: lists,
        watchers: ['user:default/oscar.owner', 'user:default/sam.service'],
      }),
    ).toEqual({
      recipients: [
        'user:default/petra.payments',
        'user:default/rita.release',
        'group:default/payments-team',
        'user:default/sam.service',
        'group:default/cab',
        'user:default/oscar.owner',
      ],
      unknownLists: [],
    });
  });

  it('leaves out refs that are not people or teams, and lists that are not configured', () => {
    expect(
      resolveRecipients({
        owner: 'component:default/robot',
        entityOwners: [],
        listNames: ['gone', 'payments-ops', 'gone'],
        distributionLists: lists,
        watchers: [],
      }),
    ).toEqual({
      recipients: ['user:default/sam.service'],
      unknownLists: ['gone'],
    });
  });

  it('adds nobody for a release without lists or watchers', () => {
    expect(
      resolveRecipients({
        owner: 'user:default/a',
        createdBy: 'user:default/a',
        entityOwners: [],
        listNames: [],
        distributionLists: lists,
        watchers: [],
      }).recipients,
    ).toEqual(['user:default/a']);
  });
});

describe('systemsOfCis', () => {
  it('finds the systems of the CIs and the CIs that are systems, each once', () => {
    const systems: Record<string, string> = {
      'component:default/ledger-service': 'system:default/payments',
      'component:default/payments-api': 'system:default/payments',
    };
    expect(
      systemsOfCis(
        [
          'component:default/ledger-service',
          'component:default/payments-api',
          'system:default/storefront',
          'resource:default/orphan',
        ],
        ref => systems[ref],
      ),
    ).toEqual(['system:default/payments', 'system:default/storefront']);
  });
});
