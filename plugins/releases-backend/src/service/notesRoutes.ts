import { HttpAuthService } from '@backstage/backend-plugin-api';
import { DistributionList } from '@stagegate/plugin-releases-common';
import { ReleaseNotesService } from '../services';
import { ReleasesRouter } from './types';

/**
 * What a release tells its audience: its generated release notes, and the distribution
 * lists a release may choose.
 *
 * @internal
 */
export function addNotesRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    notes: ReleaseNotesService;
    distributionLists: readonly DistributionList[];
  },
): void {
  const { httpAuth, notes, distributionLists } = deps;

  router.get('/releases/:id/notes', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.status(200).json(await notes.notesOf(req.params.id, { credentials }));
  });

  router.get('/distribution-lists', async (req, res) => {
    // Members are people's refs, shown to signed-in callers only.
    await httpAuth.credentials(req);
    res.status(200).json({
      items: distributionLists.map(({ name, members }) => ({ name, members })),
    });
  });
}
