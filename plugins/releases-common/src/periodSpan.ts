import { z } from 'zod';

/**
 * A zod refinement of a query's `from` and `to`, when both are given: the period must end
 * after it starts, and span at most `maxDays` days.
 *
 * @param maxDays - The longest span allowed.
 * @param tooLongField - The field a too long period is reported on.
 * @internal
 */
export function checkPeriodSpan(
  maxDays: number,
  tooLongField: 'from' | 'to' = 'to',
) {
  return (period: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
    if (!period.from || !period.to) return;
    const span = Date.parse(period.to) - Date.parse(period.from);
    if (span <= 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['to'],
        message: 'The period must end after it starts',
      });
    } else if (span > maxDays * 86_400_000) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [tooLongField],
        message: `The period can span at most ${maxDays} days`,
      });
    }
  };
}
