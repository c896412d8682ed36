import { WindowEnforcement } from '../changeWindow';
import { conflictMessage, formatInstant } from './messages';
import { severityOf } from './severity';
import {
  CONFLICT_TYPES,
  Conflict,
  ConflictContext,
  ConflictParty,
  ConflictType,
  ScheduledItem,
} from './types';

/** One finding before deduplication. */
export type Finding = {
  type: ConflictType;
  item: ScheduledItem;
  other: ConflictParty;
  itemRefs: readonly string[];
  otherRefs?: readonly string[];
  start: number;
  end: number;
  enforcement: WindowEnforcement;
  allowCategories?: readonly string[];
  next?: { start: number; end: number };
};

type Draft = {
  finding: Finding;
  /** Without repeats; merging a few refs with `includes` is cheaper than sets. */
  itemRefs: string[];
  otherRefs: string[];
  start: number;
  end: number;
  next?: { start: number; end: number };
};

function byText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * The id of a conflict: stable across checks, so that an override can name it.
 *
 * @public
 */
export function conflictIdOf(
  type: ConflictType,
  environment: string,
  other: Pick<ConflictParty, 'kind' | 'id'>,
): string {
  return `${type}/${environment}/${other.kind}/${other.id}`;
}

function conflictId({ type, item, other }: Finding): string {
  return conflictIdOf(type, item.environment, other);
}

function addAll(refs: string[], more: readonly string[]) {
  for (const ref of more) if (!refs.includes(ref)) refs.push(ref);
}

const sorted = (refs: string[]) => (refs.length > 1 ? refs.sort(byText) : refs);

/**
 * Collects findings and merges those of the same type, item and other party into one
 * conflict that names every affected CI and spans every overlap.
 */
export class ConflictCollector {
  private readonly drafts = new Map<string, Draft>();
  /** Both sides of an overlap, and an item's conflicts, share instants: format each once. */
  private readonly instants = new Map<number, string>();
  private readonly readable = new Map<string, string>();
  private readonly format = (iso: string): string => {
    let text = this.readable.get(iso);
    if (text === undefined) {
      text = formatInstant(iso);
      this.readable.set(iso, text);
    }
    return text;
  };

  constructor(private readonly context: ConflictContext) {}

  add(finding: Finding): void {
    const { item, type, other } = finding;
    const key = `${item.kind}\u0000${item.id}\u0000${item.environment}\u0000${type}\u0000${other.kind}\u0000${other.id}`;
    const draft = this.drafts.get(key);
    if (!draft) {
      this.drafts.set(key, {
        finding,
        itemRefs: [...finding.itemRefs],
        otherRefs: finding.otherRefs ? [...finding.otherRefs] : [],
        start: finding.start,
        end: finding.end,
        next: finding.next,
      });
      return;
    }
    addAll(draft.itemRefs, finding.itemRefs);
    addAll(draft.otherRefs, finding.otherRefs ?? []);
    if (finding.start < draft.start) {
      draft.start = finding.start;
      draft.next = finding.next;
    }
    draft.end = Math.max(draft.end, finding.end);
  }

  conflicts(): Conflict[] {
    const found: Conflict[] = [];
    this.drafts.forEach(draft => found.push(this.toConflict(draft)));
    return found.sort(compareConflicts);
  }

  private iso(time: number): string {
    let text = this.instants.get(time);
    if (text === undefined) {
      text = new Date(time).toISOString();
      this.instants.set(time, text);
    }
    return text;
  }

  private toConflict(draft: Draft): Conflict {
    const { finding } = draft;
    const itemRefs = sorted(draft.itemRefs);
    const otherRefs = sorted(draft.otherRefs);
    const entityRefs = otherRefs.length === 0 ? itemRefs : [...itemRefs];
    addAll(entityRefs, otherRefs);
    sorted(entityRefs);
    const cis = this.context.cis;
    const interval = { start: this.iso(draft.start), end: this.iso(draft.end) };
    const next = draft.next && {
      start: this.iso(draft.next.start),
      end: this.iso(draft.next.end),
    };
    return {
      id: conflictId(finding),
      type: finding.type,
      severity: severityOf(
        finding.enforcement,
        cis !== undefined &&
          entityRefs.some(ref => cis.get(ref)?.criticality === 'critical'),
      ),
      enforcement: finding.enforcement,
      itemId: finding.item.id,
      other: finding.other,
      entityRefs,
      environment: finding.item.environment,
      interval,
      message: conflictMessage(
        {
          type: finding.type,
          itemKind: finding.item.kind,
          other: finding.other,
          environment: finding.item.environment,
          interval,
          itemRefs,
          otherRefs,
          owner: finding.item.owner,
          allowCategories: finding.allowCategories,
          next,
        },
        this.format,
      ),
    };
  }
}

/** Orders conflicts by item, environment, start of the overlap, type and other party. */
export function compareConflicts(a: Conflict, b: Conflict): number {
  return (
    byText(a.itemId, b.itemId) ||
    byText(a.environment, b.environment) ||
    byText(a.interval.start, b.interval.start) ||
    CONFLICT_TYPES.indexOf(a.type) - CONFLICT_TYPES.indexOf(b.type) ||
    byText(a.other.kind, b.other.kind) ||
    byText(a.other.id, b.other.id)
  );
}
