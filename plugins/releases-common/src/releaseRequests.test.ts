import {
  approvalRequestSchema,
  releaseCreateSchema,
  releasePatchSchema,
  transitionRequestSchema,
} from './releaseRequests';

const valid = {
  title: 'Payments 1.2',
  unitType: 'delta',
  category: 'scheduled',
  entityRefs: ['component:payments-api'],
};

/** Each issue as `path: message`, the way a form shows it per field. */
function issues(result: {
  success: boolean;
  error?: { issues: { path: (string | number)[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map(
    i => `${i.path.join('.')}: ${i.message}`,
  );
}

describe('releaseCreateSchema', () => {
  it('accepts the minimum and normalises entity refs', () => {
    expect(releaseCreateSchema.parse(valid).entityRefs).toEqual([
      'component:default/payments-api',
    ]);
  });

  it('accepts every field', () => {
    const full = {
      ...valid,
      description: 'Faster refunds',
      version: '1.2.0',
      owner: 'group:default/payments-team',
      rfc: { id: 'RFC-1', url: 'https://itsm.example.com/RFC-1' },
      parentId: 'rel-0',
      schedule: [
        {
          environment: 'production',
          start: '2026-03-01T10:00:00Z',
          end: '2026-03-01T12:00:00Z',
        },
      ],
      contents: [
        {
          name: 'payments-api',
          version: '1.2.0',
          kind: 'artifact',
          checksum: 'sha256:abc123',
        },
      ],
      testPlan: 'Regression suite',
      backoutPlan: { steps: 'Redeploy 1.1.9' },
      acceptanceCriteria: 'Refunds in < 2 s',
      knownErrors: 'KE-12',
    };
    const parsed = releaseCreateSchema.parse(full);
    expect(parsed.backoutPlan).toEqual({
      steps: 'Redeploy 1.1.9',
      tested: false,
    });
    expect(parsed.schedule?.[0].status).toBe('planned');
  });

  it('names each bad field with what to do', () => {
    const result = releaseCreateSchema.safeParse({
      title: ' ',
      unitType: 'bundle',
      category: 'scheduled',
      entityRefs: [],
      owner: 'component:default/x',
      schedule: [
        {
          environment: 'sat',
          start: '2026-03-01T12:00:00Z',
          end: '2026-03-01T10:00:00Z',
        },
      ],
      contents: [{ name: 'api', version: '1', kind: 'artifact' }],
      colour: 'blue',
    });
    expect(issues(result)).toEqual([
      'title: The title must not be empty',
      'unitType: The unit type must be one of delta, full, package',
      'entityRefs: Name at least one CI, such as component:default/payments-api',
      "owner: 'component:default/x' is not a user or group entity ref; use kind:namespace/name, such as group:default/payments-team",
      'schedule.0.end: The slot in sat must end after it starts',
      "contents.0.checksum: Give the checksum of artifact 'api', such as sha256:9f86d08…",
      ": Unrecognized key(s) in object: 'colour'",
    ]);
  });

  it('refuses an entity ref without a kind, and duplicates', () => {
    const result = releaseCreateSchema.safeParse({
      ...valid,
      entityRefs: [
        'payments-api',
        'component:default/a',
        'Component:default/a',
      ],
    });
    expect(issues(result)).toEqual([
      "entityRefs.0: 'payments-api' is not an entity ref; use kind:namespace/name, such as component:default/payments-api",
      'entityRefs.2: component:default/a is listed more than once',
    ]);
  });

  it('names a missing field', () => {
    const { title: _title, ...untitled } = valid;
    expect(issues(releaseCreateSchema.safeParse(untitled))).toEqual([
      'title: The title is required',
    ]);
  });

  it('limits the length of text', () => {
    const result = releaseCreateSchema.safeParse({
      ...valid,
      title: 'x'.repeat(201),
    });
    expect(issues(result)).toEqual([
      'title: The title is too long: at most 200 characters',
    ]);
  });
});

describe('releasePatchSchema', () => {
  it('accepts any subset of fields with a revision', () => {
    expect(releasePatchSchema.parse({ version: '1.2.1', revision: 3 })).toEqual(
      {
        version: '1.2.1',
        revision: 3,
      },
    );
  });

  it('accepts the PIR outcome', () => {
    const pirOutcome = { outcome: 'partial', notes: 'Slow rollout' };
    expect(
      releasePatchSchema.parse({ pirOutcome, revision: 3 }).pirOutcome,
    ).toEqual(pirOutcome);
  });

  it('needs the revision, and a change', () => {
    expect(issues(releasePatchSchema.safeParse({ title: 'x' }))).toEqual([
      'revision: Give the revision your change is based on, as read from the release',
    ]);
    expect(issues(releasePatchSchema.safeParse({ revision: 2 }))).toEqual([
      ': Change at least one field besides the revision',
    ]);
    expect(
      issues(releasePatchSchema.safeParse({ title: 'x', revision: 1.5 })),
    ).toEqual(['revision: The revision must be a whole number']);
  });
});

describe('transitionRequestSchema', () => {
  it('accepts a status and a reason', () => {
    expect(
      transitionRequestSchema.parse({ to: 'on_hold', reason: ' Waiting ' }),
    ).toEqual({
      to: 'on_hold',
      reason: 'Waiting',
    });
  });

  it('lists the statuses when the target is unknown', () => {
    expect(
      issues(transitionRequestSchema.safeParse({ to: 'shipped' }))[0],
    ).toMatch(
      /^to: The target status must be one of planning, build, .*backed_out$/,
    );
  });
});

describe('approvalRequestSchema', () => {
  it('accepts an approval without a comment', () => {
    expect(
      approvalRequestSchema.parse({ gate: 'cab', decision: 'approve' }),
    ).toEqual({
      gate: 'cab',
      decision: 'approve',
    });
  });

  it('needs a comment to reject', () => {
    expect(
      issues(
        approvalRequestSchema.safeParse({
          gate: 'cab',
          decision: 'reject',
          comment: '  ',
        }),
      ),
    ).toEqual([
      'comment: Say why you reject the release, so the team knows what to fix',
    ]);
  });

  it('names an unknown gate', () => {
    expect(
      issues(
        approvalRequestSchema.safeParse({ gate: 'board', decision: 'approve' }),
      ),
    ).toEqual(['gate: The gate must be one of trr, rrr, cab, ecab']);
  });
});
