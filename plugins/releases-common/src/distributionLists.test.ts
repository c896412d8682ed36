import {
  describeUnknownLists,
  distributionListsSchema,
  splitListNames,
} from './distributionLists';
import { releaseCreateSchema, releasePatchSchema } from './releaseRequests';

describe('distributionListsSchema', () => {
  it('accepts distinct, well-formed names, trimmed', () => {
    expect(
      distributionListsSchema.parse([' cab-core', 'payments_ops.2']),
    ).toEqual(['cab-core', 'payments_ops.2']);
  });

  it('names the position of a malformed or repeated name', () => {
    const result = distributionListsSchema.safeParse(['a,b', 'x', 'x']);
    expect(result.success).toBe(false);
    expect(
      result.error!.issues.map(issue => [issue.path.join('.'), issue.message]),
    ).toEqual([
      [
        '0',
        "'a,b' is not a distribution list name; use letters, digits, dots, dashes and underscores, at most 63, starting with a letter or digit",
      ],
      ['2', "'x' is listed more than once"],
    ]);
  });

  it('is a field of release requests, named in the path of an issue', () => {
    const created = releaseCreateSchema.safeParse({
      title: 'T',
      unitType: 'delta',
      category: 'scheduled',
      entityRefs: ['component:default/a'],
      distributionLists: 'cab-core',
    });
    expect(created.success).toBe(false);
    expect(created.error!.issues[0].path).toEqual(['distributionLists']);
    expect(
      releasePatchSchema.parse({
        revision: 1,
        distributionLists: ['cab-core'],
      }),
    ).toEqual({ revision: 1, distributionLists: ['cab-core'] });
  });
});

describe('describeUnknownLists', () => {
  it('is silent when every list is configured or nothing is known', () => {
    expect(describeUnknownLists(['a'], ['a', 'b'])).toBeUndefined();
    expect(describeUnknownLists(['zzz'], undefined)).toBeUndefined();
  });

  it('names every unknown list once', () => {
    expect(describeUnknownLists(['x', 'a', 'y', 'x'], ['a'])).toBe(
      "'x', 'y' are not distribution lists; the configured lists are a",
    );
  });
});

describe('splitListNames', () => {
  it('splits on commas and drops blanks', () => {
    expect(splitListNames(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
    expect(splitListNames(undefined)).toEqual([]);
  });
});
