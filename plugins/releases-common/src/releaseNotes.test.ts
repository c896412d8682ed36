import { aCompleteRelease, REVIEWER } from './__testUtils__/releaseFixtures';
import { generateReleaseNotes } from './releaseNotes';

function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  expect(start).toBeGreaterThan(-1);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter(Boolean);
}

describe('generateReleaseNotes', () => {
  const release = aCompleteRelease({
    status: 'approved',
    unitType: 'full',
    knownErrors: 'KE-7: refunds over 10,000 are slow.\nKE-9: none.',
    entityRefs: [
      'component:default/payments-api',
      'resource:default/payments-db',
    ],
    approvals: [
      {
        gate: 'cab',
        decision: 'approve',
        by: REVIEWER,
        at: '2026-02-25T09:30:00.000Z',
        comment: 'Go\nahead',
      },
    ],
  });
  const markdown = generateReleaseNotes(release);
  const lines = markdown.split('\n');

  it('starts with the title and what the release is', () => {
    expect(lines.slice(0, 8)).toEqual([
      '# Payments 1.2',
      '',
      '- **Key:** REL-2026-0001',
      '- **Version:** `1.2.0`',
      '- **Unit type:** full',
      '- **Category:** scheduled (major)',
      '- **Status:** approved',
      '- **CIs:** `component:default/payments-api` (primary), `resource:default/payments-db`',
    ]);
  });

  it('gives the production slot, then every slot', () => {
    expect(section(markdown, 'Schedule')).toEqual([
      '**Production slot:** 2026-03-01 10:00 UTC to 2026-03-01 12:00 UTC',
      '- cinte: 2026-02-01 10:00 UTC to 2026-02-01 12:00 UTC (done)',
      '- sit: 2026-02-10 10:00 UTC to 2026-02-10 12:00 UTC (done)',
      '- sat: 2026-02-20 10:00 UTC to 2026-02-20 12:00 UTC (done)',
      '- production: 2026-03-01 10:00 UTC to 2026-03-01 12:00 UTC (planned)',
    ]);
  });

  it('takes production from the configured environments', () => {
    const notes = generateReleaseNotes(
      aCompleteRelease({
        schedule: [
          {
            environment: 'live',
            start: '2026-04-01T08:00:00.000Z',
            end: '2026-04-01T09:00:00.000Z',
            status: 'planned',
          },
        ],
      }),
      ['test', 'live'],
    );
    expect(section(notes, 'Schedule')[0]).toBe(
      '**Production slot:** 2026-04-01 08:00 UTC to 2026-04-01 09:00 UTC',
    );
  });

  it('lists the contents with their versions', () => {
    expect(section(markdown, 'Contents')).toEqual([
      '| Item | Kind | Version | Checksum |',
      '| --- | --- | --- | --- |',
      '| payments-api | artifact | 1.2.0 | sha256:9f86d081884c7d65 |',
      '| payments config | config | 7 |  |',
    ]);
  });

  it('keeps the known errors line by line', () => {
    expect(section(markdown, 'Known errors')).toEqual([
      'KE-7: refunds over 10,000 are slow.  ',
      'KE-9: none.  ',
    ]);
  });

  it('summarises the backout plan', () => {
    expect(section(markdown, 'Backout plan')).toEqual([
      '**Tested:** yes',
      'Redeploy 1.1.9.  ',
    ]);
    const long = generateReleaseNotes(
      aCompleteRelease({
        backoutPlan: { steps: 'x'.repeat(600), tested: false },
      }),
    );
    expect(section(long, 'Backout plan')).toEqual([
      '**Tested:** no',
      `${'x'.repeat(500)}…  `,
    ]);
  });

  it('links the RFC only when its url is http(s)', () => {
    expect(section(markdown, 'RFC')).toEqual([
      '[RFC-1](https://itsm.example.com/RFC-1)',
    ]);
    const script = generateReleaseNotes(
      // A url that runs script when clicked must never become a link.
      aCompleteRelease({
        rfc: { id: 'RFC-2', url: ['javascript', 'alert(1)'].join(':') },
      }),
    );
    expect(section(script, 'RFC')).toEqual(['RFC-2']);
    const parens = generateReleaseNotes(
      aCompleteRelease({ rfc: { id: 'RFC-3', url: 'https://x.test/a)b' } }),
    );
    expect(section(parens, 'RFC')).toEqual(['[RFC-3](https://x.test/a%29b)']);
  });

  it('lists the decisions at the gates', () => {
    expect(section(markdown, 'Approvals')).toEqual([
      '- CAB approved by `user:default/rita.reviewer` at 2026-02-25 09:30 UTC: Go ahead',
    ]);
  });

  it('says what is missing instead of leaving sections out', () => {
    const bare = generateReleaseNotes(
      aCompleteRelease({
        version: undefined,
        schedule: [],
        contents: undefined,
        knownErrors: undefined,
        backoutPlan: undefined,
        rfc: undefined,
        approvals: undefined,
      }),
    );
    expect(bare).toContain('- **Version:** not set');
    expect(section(bare, 'Schedule')).toEqual([
      '**Production slot:** not planned yet',
    ]);
    expect(section(bare, 'Contents')).toEqual(['No contents recorded.']);
    expect(section(bare, 'Known errors')).toEqual(['None recorded.']);
    expect(section(bare, 'Backout plan')).toEqual([
      'No backout plan recorded.',
    ]);
    expect(section(bare, 'RFC')).toEqual(['No RFC recorded.']);
    expect(section(bare, 'Approvals')).toEqual(['No decisions recorded.']);
  });

  it('escapes what people typed, so it cannot become links, HTML or table cells', () => {
    const notes = generateReleaseNotes(
      aCompleteRelease({
        title: '<img src=x onerror=alert(1)> [click](javascript:x)',
        knownErrors: '# not a heading\n- not a list\n12. not a list either',
        contents: [{ name: 'a|b', version: '1', kind: 'config' }],
      }),
    );
    expect(notes.split('\n')[0]).toBe(
      '# \\<img src=x onerror=alert\\(1\\)\\> \\[click\\]\\(javascript:x\\)',
    );
    expect(section(notes, 'Known errors')).toEqual([
      '\\# not a heading  ',
      '\\- not a list  ',
      '12\\. not a list either  ',
    ]);
    expect(section(notes, 'Contents')[2]).toBe('| a\\|b | config | 1 |  |');
  });

  it('is the same text every time for the same release', () => {
    expect(generateReleaseNotes(release)).toBe(markdown);
  });
});
