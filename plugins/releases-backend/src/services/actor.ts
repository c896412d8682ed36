import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who acts, as recorded in history and approvals: the user's entity ref, or for a service
 * (a pipeline with an external-access token, another plugin) its subject, such as
 * `external:ci-pipeline`.
 *
 * @internal
 */
export function actorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as
    | { type: 'user'; userEntityRef: string }
    | { type: 'service'; subject: string }
    | { type: 'none' };
  if (principal.type === 'user') return principal.userEntityRef;
  if (principal.type === 'service') return principal.subject;
  return 'anonymous';
}
