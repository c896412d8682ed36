import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import {
  Release,
  approvalRequestSchema,
  releaseCreateSchema,
  releaseListQuerySchema,
  releasePatchSchema,
  testResultsRequestSchema,
  transitionRequestSchema,
} from '@stagegate/plugin-releases-common';
import {
  ReleaseCommands,
  ReleaseService,
  ReleaseTransitions,
} from '../services';
import { audited } from './audited';
import { parse } from './parse';
import { sendKept } from './sendKept';
import { ReleasesRouter } from './types';

const outcome = (release: Release) => ({
  releaseId: release.id,
  key: release.key,
  status: release.status,
  revision: release.revision,
});

/**
 * The release routes: read, plan, edit, move through the gates, decide, record tests.
 *
 * @internal
 */
export function addReleaseRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    auditor: AuditorService;
    releases: ReleaseService;
    commands: ReleaseCommands;
    transitions: ReleaseTransitions;
  },
): void {
  const { httpAuth, auditor, releases, commands, transitions } = deps;

  router.get('/releases', async (req, res) => {
    const query = parse(releaseListQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    await sendKept(req, res, await releases.keptList(query, { credentials }));
  });

  router.post('/releases', async (req, res) => {
    const body = parse(releaseCreateSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const release = await audited(
      auditor,
      req,
      'release-create',
      { entityRefs: body.entityRefs },
      () => commands.create(body, { credentials }),
      outcome,
    );
    res.status(201).json(releases.present(release));
  });

  router.get('/releases/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const release = await releases.getReleaseWithConflicts(req.params.id, {
      credentials,
    });
    res.json(release);
  });

  router.patch('/releases/:id', async (req, res) => {
    const body = parse(releasePatchSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const { id } = req.params;
    res.json(
      releases.present(
        await audited(
          auditor,
          req,
          'release-update',
          { releaseId: id, fields: Object.keys(body) },
          () => commands.update(id, body, { credentials }),
          outcome,
        ),
      ),
    );
  });

  router.get('/releases/:id/transitions', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const items = await transitions.preview(req.params.id, { credentials });
    res.json({ items });
  });

  router.post('/releases/:id/transitions', async (req, res) => {
    const body = parse(transitionRequestSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const { id } = req.params;
    res.json(
      releases.present(
        await audited(
          auditor,
          req,
          'release-transition',
          { releaseId: id, to: body.to },
          () => transitions.transition(id, body, { credentials }),
          outcome,
        ),
      ),
    );
  });

  router.post('/releases/:id/approvals', async (req, res) => {
    const body = parse(approvalRequestSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const { id } = req.params;
    res.json(
      releases.present(
        await audited(
          auditor,
          req,
          'release-decision',
          { releaseId: id, gate: body.gate, decision: body.decision },
          () => transitions.decide(id, body, { credentials }),
          outcome,
        ),
      ),
    );
  });

  router.post('/releases/:id/test-results', async (req, res) => {
    const body = parse(testResultsRequestSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const { id } = req.params;
    res.json(
      releases.present(
        await audited(
          auditor,
          req,
          'release-test-results',
          { releaseId: id, count: body.results.length },
          () => commands.recordTestResults(id, body, { credentials }),
          outcome,
        ),
      ),
    );
  });

  router.get('/releases/:id/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const items = await releases.getHistory(req.params.id, { credentials });
    res.json({ items });
  });
}
