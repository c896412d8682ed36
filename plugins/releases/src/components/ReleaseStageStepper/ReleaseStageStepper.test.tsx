import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ReleaseStageStepper } from './ReleaseStageStepper';
import { stageSteps } from './stageSteps';

const states = (steps: ReturnType<typeof stageSteps>) =>
  Object.fromEntries(steps.map(step => [step.status, step.state]));

describe('stageSteps', () => {
  it('marks the stages before the current one done and the one after it next', () => {
    expect(states(stageSteps('test'))).toEqual({
      planning: 'done',
      build: 'done',
      test: 'current',
      readiness: 'next',
      approved: 'ahead',
      deploying: 'ahead',
      deployed: 'ahead',
      review: 'ahead',
      closed: 'ahead',
    });
  });

  it('starts with planning current and build next', () => {
    const steps = states(stageSteps('planning'));
    expect(steps.planning).toBe('current');
    expect(steps.build).toBe('next');
    expect(steps.test).toBe('ahead');
  });

  it('marks every stage done once the release is closed', () => {
    expect(stageSteps('closed').every(step => step.state === 'done')).toBe(
      true,
    );
  });

  it('stops a release on hold where it was held, with no next stage', () => {
    const steps = states(stageSteps('on_hold', { heldFrom: 'build' }));
    expect(steps.planning).toBe('done');
    expect(steps.build).toBe('stopped');
    expect(steps.test).toBe('ahead');
    expect(Object.values(steps)).not.toContain('next');
    expect(Object.values(steps)).not.toContain('current');
  });

  it('stops a failed release while deploying, and a backed-out one where history says', () => {
    expect(states(stageSteps('failed')).deploying).toBe('stopped');
    expect(
      states(stageSteps('backed_out', { stoppedAt: 'review' })).review,
    ).toBe('stopped');
    expect(states(stageSteps('backed_out')).deployed).toBe('stopped');
  });

  it('marks nothing for a cancelled release whose stage is unknown', () => {
    expect(stageSteps('cancelled').every(step => step.state === 'ahead')).toBe(
      true,
    );
    expect(states(stageSteps('cancelled', { stoppedAt: 'test' })).test).toBe(
      'stopped',
    );
  });
});

function stageElement(name: string): HTMLElement {
  return screen.getByText(name).closest('[data-state]') as HTMLElement;
}

describe('ReleaseStageStepper', () => {
  it('shows done, current and next on the main line', async () => {
    await renderInTestApp(<ReleaseStageStepper status="readiness" />);

    expect(stageElement('test')).toHaveAttribute('data-state', 'done');
    expect(stageElement('test')).toHaveTextContent('done');
    expect(stageElement('readiness')).toHaveAttribute('aria-current', 'step');
    expect(stageElement('readiness')).toHaveTextContent('current');
    expect(stageElement('approved')).toHaveTextContent('next');
    expect(stageElement('deploying')).toHaveAttribute('data-state', 'ahead');
    expect(screen.queryByText(/On hold/)).toBeNull();
  });

  it('says when a release is on hold and where', async () => {
    await renderInTestApp(
      <ReleaseStageStepper status="on_hold" heldFrom="test" />,
    );

    expect(screen.getByText('On hold (stopped in test)')).toBeInTheDocument();
    expect(stageElement('test')).toHaveTextContent('on hold here');
    expect(stageElement('build')).toHaveTextContent('done');
  });

  it.each([
    ['cancelled', 'Cancelled'],
    ['failed', 'Failed (stopped in deploying)'],
    ['backed_out', 'Backed out (stopped in deployed)'],
  ] as const)('shows a %s release clearly', async (status, text) => {
    await renderInTestApp(<ReleaseStageStepper status={status} />);

    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
