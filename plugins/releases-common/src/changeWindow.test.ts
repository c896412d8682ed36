import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseAllDocuments } from 'yaml';
import {
  describeChangeWindowProblems,
  isChangeWindowEntity,
} from './changeWindow';

const EXAMPLES_FILE = resolve(
  __dirname,
  '../../../examples/change-windows.yaml',
);

function loadExamples(): Entity[] {
  return parseAllDocuments(readFileSync(EXAMPLES_FILE, 'utf8')).map(
    document => document.toJS() as Entity,
  );
}

function aWindow(spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'stagegate.dev/v1alpha1',
    kind: 'ChangeWindow',
    metadata: { name: 'year-end-freeze' },
    spec: {
      type: 'blackout',
      enforcement: 'block',
      owner: 'group:release-managers',
      ...spec,
    },
  };
}

describe('isChangeWindowEntity', () => {
  const examples = loadExamples();

  it('finds the example windows', () => {
    expect(examples.map(entity => entity.metadata.name)).toEqual([
      'year-end-freeze',
      'platform-saturday-maintenance',
    ]);
  });

  it.each(examples.map(entity => [entity.metadata.name, entity] as const))(
    'accepts the example %s',
    (_name, entity) => {
      expect(isChangeWindowEntity(entity)).toBe(true);
    },
  );

  it('accepts fields it does not know in the spec', () => {
    expect(isChangeWindowEntity(aWindow({ rrule: 'FREQ=DAILY' }))).toBe(true);
  });

  it('rejects another kind with a ChangeWindow spec', () => {
    expect(isChangeWindowEntity({ ...aWindow(), kind: 'Component' })).toBe(
      false,
    );
  });

  it('rejects another API version', () => {
    expect(
      isChangeWindowEntity({ ...aWindow(), apiVersion: 'stagegate.dev/v1' }),
    ).toBe(false);
  });

  it.each([
    ['an unknown type', { type: 'freeze' }],
    ['an unknown enforcement', { enforcement: 'deny' }],
    ['no enforcement', { enforcement: undefined }],
    ['an empty owner', { owner: '' }],
    ['no owner', { owner: undefined }],
  ])('rejects a window with %s', (_case, spec) => {
    expect(isChangeWindowEntity(aWindow(spec))).toBe(false);
  });

  it('rejects a window without a spec', () => {
    const { spec: _spec, ...withoutSpec } = aWindow();
    expect(isChangeWindowEntity(withoutSpec)).toBe(false);
  });
});

describe('describeChangeWindowProblems', () => {
  it('finds nothing wrong with a valid spec', () => {
    expect(describeChangeWindowProblems(aWindow().spec)).toEqual([]);
  });

  it('finds nothing wrong with the examples', () => {
    for (const entity of loadExamples()) {
      expect(describeChangeWindowProblems(entity.spec)).toEqual([]);
    }
  });

  it('names a wrong type and the types allowed', () => {
    expect(
      describeChangeWindowProblems(aWindow({ type: 'freeze' }).spec),
    ).toEqual(['spec.type: must be one of blackout, maintenance']);
  });

  it('names a wrong enforcement and the enforcements allowed', () => {
    expect(
      describeChangeWindowProblems(aWindow({ enforcement: 'deny' }).spec),
    ).toEqual(['spec.enforcement: must be one of warn, approval, block']);
  });

  it('says when a field is missing', () => {
    expect(
      describeChangeWindowProblems(aWindow({ enforcement: undefined }).spec),
    ).toEqual([
      'spec.enforcement: is required and must be one of warn, approval, block',
    ]);
  });

  it('names an empty owner', () => {
    expect(describeChangeWindowProblems(aWindow({ owner: '' }).spec)).toEqual([
      'spec.owner: must be a non-empty entity reference, for example group:release-managers',
    ]);
  });

  it('lists every failing field, in field order', () => {
    expect(
      describeChangeWindowProblems({ type: 'freeze', enforcement: 7 }),
    ).toEqual([
      'spec.type: must be one of blackout, maintenance',
      'spec.enforcement: must be one of warn, approval, block',
      'spec.owner: is required and must be a non-empty entity reference, for example group:release-managers',
    ]);
  });

  it.each([undefined, null, 'blackout', []])(
    'asks for an object when the spec is %p',
    spec => {
      expect(describeChangeWindowProblems(spec)).toEqual([
        'spec: must be an object with type, enforcement and owner',
      ]);
    },
  );
});
