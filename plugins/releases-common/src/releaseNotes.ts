import { DateTime } from 'luxon';
import { DEFAULT_ENVIRONMENTS } from './environments';
import { releaseStatusLabel } from './lifecycle';
import { productionEnvironment } from './promotion';
import { Release, ScheduleSlot } from './release';
import { httpHref } from './links';

/**
 * The release notes of a release as `GET /releases/:id/notes` returns them.
 *
 * @public
 */
export type ReleaseNotes = {
  releaseId: string;
  /** CommonMark; every text a person typed is escaped, so it renders as text. */
  markdown: string;
  /** When the notes were generated, ISO 8601 in UTC. */
  generatedAt: string;
};

const CATEGORY_NOTES: Record<Release['category'], string> = {
  scheduled: 'scheduled (major)',
  unscheduled: 'unscheduled (minor)',
  emergency: 'emergency',
};

const GATE_NAMES: Record<string, string> = {
  trr: 'TRR',
  rrr: 'RRR',
  cab: 'CAB',
  ecab: 'ECAB',
};

const BACKOUT_SUMMARY_LENGTH = 500;

/**
 * Escapes text a person typed so that Markdown shows it as typed: no links, images, HTML,
 * emphasis, headings, lists or table cells can be smuggled in through it.
 */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~!{}()]/g, match => `\\${match}`);
}

/**
 * A block of text, escaped line by line, with its line breaks kept; a line may not start a
 * list or an underlined heading either.
 */
function textBlock(text: string): string[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map(line =>
      line.trim() === ''
        ? ''
        : `${escapeText(line.trimEnd())
            .replace(/^(\s*)([-+=])/, '$1\\$2')
            .replace(/^(\s*\d+)\./, '$1\\.')}  `,
    );
}

function time(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).toFormat(
    "yyyy-MM-dd HH:mm 'UTC'",
  );
}

function code(text: string): string {
  // A code span cannot be escaped from inside; entity refs and versions hold no backticks,
  // but a version is typed by a person, so fall back to escaped text when one does.
  return text.includes('`') ? escapeText(text) : `\`${text}\``;
}

/** An RFC link only for http(s) urls, with the characters that end a link encoded. */
function safeUrl(url: string | undefined): string | undefined {
  return httpHref(url)?.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function slotLine(slot: ScheduleSlot): string {
  const actual =
    slot.actualStart || slot.actualEnd
      ? `; actual ${slot.actualStart ? time(slot.actualStart) : '?'} to ${
          slot.actualEnd ? time(slot.actualEnd) : '?'
        }`
      : '';
  return `- ${escapeText(slot.environment)}: ${time(slot.start)} to ${time(
    slot.end,
  )} (${slot.status.replace(/_/g, ' ')}${actual})`;
}

function summary(release: Release): string[] {
  const [primary, ...others] = release.entityRefs;
  return [
    `- **Key:** ${release.key}`,
    `- **Version:** ${release.version ? code(release.version) : 'not set'}`,
    `- **Unit type:** ${release.unitType}`,
    `- **Category:** ${CATEGORY_NOTES[release.category]}`,
    `- **Status:** ${releaseStatusLabel(release.status)}`,
    `- **CIs:** ${[
      ...(primary ? [`${code(primary)} (primary)`] : []),
      ...others.map(code),
    ].join(', ')}`,
  ];
}

function schedule(release: Release, production: string): string[] {
  const slot = release.schedule.find(s => s.environment === production);
  return [
    '## Schedule',
    '',
    slot
      ? `**Production slot:** ${time(slot.start)} to ${time(slot.end)}`
      : '**Production slot:** not planned yet',
    ...(release.schedule.length > 0
      ? ['', ...release.schedule.map(slotLine)]
      : []),
  ];
}

function contents(release: Release): string[] {
  const items = release.contents ?? [];
  if (items.length === 0) return ['## Contents', '', 'No contents recorded.'];
  return [
    '## Contents',
    '',
    '| Item | Kind | Version | Checksum |',
    '| --- | --- | --- | --- |',
    ...items.map(
      item =>
        `| ${escapeText(item.name)} | ${item.kind} | ${escapeText(
          item.version,
        )} | ${item.checksum ? escapeText(item.checksum) : ''} |`,
    ),
  ];
}

function knownErrors(release: Release): string[] {
  return [
    '## Known errors',
    '',
    ...(release.knownErrors?.trim()
      ? textBlock(release.knownErrors)
      : ['None recorded.']),
  ];
}

function backoutPlan(release: Release): string[] {
  const plan = release.backoutPlan;
  if (!plan) return ['## Backout plan', '', 'No backout plan recorded.'];
  const steps = plan.steps.trim();
  const shortened =
    steps.length > BACKOUT_SUMMARY_LENGTH
      ? `${steps.slice(0, BACKOUT_SUMMARY_LENGTH).trimEnd()}…`
      : steps;
  return [
    '## Backout plan',
    '',
    `**Tested:** ${plan.tested ? 'yes' : 'no'}`,
    '',
    ...textBlock(shortened),
  ];
}

function rfc(release: Release): string[] {
  if (!release.rfc) return ['## RFC', '', 'No RFC recorded.'];
  const url = safeUrl(release.rfc.url);
  const id = escapeText(release.rfc.id);
  return ['## RFC', '', url ? `[${id}](${url})` : id];
}

function approvals(release: Release): string[] {
  const decisions = release.approvals ?? [];
  if (decisions.length === 0) {
    return ['## Approvals', '', 'No decisions recorded.'];
  }
  return [
    '## Approvals',
    '',
    ...decisions.map(approval => {
      const verb = approval.decision === 'approve' ? 'approved' : 'rejected';
      const comment = approval.comment
        ? `: ${escapeText(approval.comment.replace(/\s+/g, ' '))}`
        : '';
      return `- ${GATE_NAMES[approval.gate] ?? approval.gate} ${verb} by ${code(
        approval.by,
      )} at ${time(approval.at)}${comment}`;
    }),
  ];
}

/**
 * Writes the release notes of a release as Markdown: what it is, when it goes to production,
 * what is in it (the VDD), its known errors, how to back it out, its RFC and the decisions
 * taken at its gates. The same release always gives the same text.
 *
 * @param release - The release.
 * @param environments - The configured environments; the last one is production.
 * @public
 */
export function generateReleaseNotes(
  release: Release,
  environments: readonly string[] = DEFAULT_ENVIRONMENTS,
): string {
  const sections = [
    [`# ${escapeText(release.title)}`, '', ...summary(release)],
    schedule(release, productionEnvironment(environments)),
    contents(release),
    knownErrors(release),
    backoutPlan(release),
    rfc(release),
    approvals(release),
  ];
  return `${sections.map(lines => lines.join('\n')).join('\n\n')}\n`;
}
