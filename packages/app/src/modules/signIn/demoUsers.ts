/** An example user a demo visitor can act as. */
export type DemoUser = {
  /** The User entity's name in the catalog (namespace `default`). */
  name: string;
  displayName: string;
  /** What this person does in the release process. */
  role: string;
  /** The groups they are a member of, as in the catalog. */
  groups: string[];
};

/**
 * The example users of examples/org.yaml. The sign-in page runs before anyone is signed in,
 * so it cannot ask the catalog; keep this list in step with that file (a test checks it).
 * The backend still decides: it only signs in users that exist in the catalog.
 */
export const DEMO_USERS: DemoUser[] = [
  {
    name: 'rita.release',
    displayName: 'Rita Release',
    role: 'Release manager: owns the forward schedule of changes, chairs the CAB',
    groups: ['release-managers', 'cab'],
  },
  {
    name: 'andy.approver',
    displayName: 'Andy Approver',
    role: 'CAB member: approves releases at the gates',
    groups: ['cab'],
  },
  {
    name: 'oscar.owner',
    displayName: 'Oscar Owner',
    role: 'Service owner: Payments team (payments-api, ledger-service, ...)',
    groups: ['payments-team'],
  },
  {
    name: 'petra.payments',
    displayName: 'Petra Payments',
    role: 'Developer: Payments team',
    groups: ['payments-team'],
  },
  {
    name: 'sam.service',
    displayName: 'Sam Service',
    role: 'Service owner: Storefront team (storefront-web, checkout-service, ...)',
    groups: ['storefront-team'],
  },
  {
    name: 'paula.platform',
    displayName: 'Paula Platform',
    role: 'Platform engineer: registers change windows, runs the shared platform',
    groups: ['platform-team'],
  },
];
