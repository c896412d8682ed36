import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_STAGE_WARNING_SCHEDULE,
  readStageSettings,
} from './stageConfig';

const read = (releases: object) =>
  readStageSettings(new ConfigReader({ releases }));

describe('readStageSettings', () => {
  it('reads limits and prompts, with defaults', () => {
    expect(read({ stages: { timeLimits: { test: 'P14D' } } })).toEqual({
      stages: {
        timeLimits: { test: 'P14D' },
        pirDueAfter: 'P5D',
        backoutPlanLead: 'P2D',
      },
      stageWarningSchedule: DEFAULT_STAGE_WARNING_SCHEDULE,
    });
    expect(
      read({
        prompts: { pirDueAfter: 'P3D', backoutPlanLead: 'PT36H' },
        stages: {
          warningSchedule: { frequency: { minutes: 1 }, timeout: 'PT30S' },
        },
      }),
    ).toMatchObject({
      stages: { pirDueAfter: 'P3D', backoutPlanLead: 'PT36H' },
      stageWarningSchedule: { frequency: { minutes: 1 } },
    });
  });

  it('refuses what a limit cannot be, naming the key', () => {
    expect(() => read({ stages: { timeLimits: { closed: 'P1D' } } })).toThrow(
      /releases\.stages\.timeLimits\.closed: time limits can be set for planning, build/,
    );
    expect(() => read({ stages: { timeLimits: { test: 'P1M' } } })).toThrow(
      /releases\.stages\.timeLimits\.test: 'P1M' uses months or years/,
    );
    expect(() => read({ prompts: { pirDueAfter: 'five days' } })).toThrow(
      /releases\.prompts\.pirDueAfter: 'five days' is not an ISO 8601 duration/,
    );
  });
});
