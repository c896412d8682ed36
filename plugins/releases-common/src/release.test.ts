import { releaseListQuerySchema } from './release';

describe('releaseListQuerySchema', () => {
  const parse = (query: Record<string, unknown>) =>
    releaseListQuerySchema.safeParse(query);

  describe('limit', () => {
    it('defaults to 25 when absent', () => {
      expect(releaseListQuerySchema.parse({}).limit).toBe(25);
    });

    it('coerces a numeric string', () => {
      expect(releaseListQuerySchema.parse({ limit: '10' }).limit).toBe(10);
    });

    it.each(['0', '201', '2.5', 'ten'])('rejects %s', limit => {
      const result = parse({ limit });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].path).toEqual(['limit']);
    });

    it.each(['1', '200'])('accepts the bound %s', limit => {
      expect(releaseListQuerySchema.parse({ limit }).limit).toBe(Number(limit));
    });
  });

  describe('status', () => {
    it('is absent when not given', () => {
      expect(releaseListQuerySchema.parse({}).status).toBeUndefined();
    });

    it('turns a single status into a list of one', () => {
      expect(
        releaseListQuerySchema.parse({ status: 'planning' }).status,
      ).toEqual(['planning']);
    });

    it('keeps a repeated status as a list', () => {
      expect(
        releaseListQuerySchema.parse({ status: ['build', 'on_hold'] }).status,
      ).toEqual(['build', 'on_hold']);
    });

    it('rejects an unknown status, pointing at the status field', () => {
      const result = parse({ status: 'shipped' });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map(issue => issue.path)).toEqual([
        ['status'],
      ]);
    });

    it('rejects an unknown status among known ones', () => {
      const result = parse({ status: ['planning', 'shipped'] });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map(issue => issue.path)).toEqual([
        ['status'],
      ]);
    });
  });

  describe('pending', () => {
    it("turns 'true' into true", () => {
      expect(releaseListQuerySchema.parse({ pending: 'true' }).pending).toBe(
        true,
      );
    });

    it("turns 'false' into false", () => {
      expect(releaseListQuerySchema.parse({ pending: 'false' }).pending).toBe(
        false,
      );
    });

    it('is absent when not given', () => {
      expect(releaseListQuerySchema.parse({}).pending).toBeUndefined();
    });

    it('rejects anything other than true or false', () => {
      expect(parse({ pending: 'yes' }).success).toBe(false);
    });
  });

  describe('from', () => {
    it.each(['2026-12-01T10:00:00Z', '2026-12-01T10:00:00.000+01:00'])(
      'accepts the ISO 8601 date-time %s',
      from => {
        expect(releaseListQuerySchema.parse({ from }).from).toBe(from);
      },
    );

    it.each(['2026-12-01', '2026-12-01T10:00:00', 'yesterday'])(
      'rejects %s, which has no time or no offset',
      from => {
        const result = parse({ from });
        expect(result.success).toBe(false);
        expect(result.error?.issues[0].path).toEqual(['from']);
      },
    );
  });
});
