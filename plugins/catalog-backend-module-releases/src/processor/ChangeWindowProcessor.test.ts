import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { processingResult } from '@backstage/plugin-catalog-node';
import { aWindow } from '../__testUtils__/aWindow';
import { ChangeWindowProcessor } from './ChangeWindowProcessor';

const location: LocationSpec = {
  type: 'url',
  target: 'https://example.com/change-windows.yaml',
};

describe('ChangeWindowProcessor', () => {
  const processor = new ChangeWindowProcessor();

  describe('validateEntityKind', () => {
    it('leaves other kinds to other processors', async () => {
      await expect(
        processor.validateEntityKind({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'payments-api' },
          spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
        }),
      ).resolves.toBe(false);
    });

    it('leaves a ChangeWindow of another API version to other processors', async () => {
      await expect(
        processor.validateEntityKind({
          ...aWindow(),
          apiVersion: 'stagegate.dev/v2',
        }),
      ).resolves.toBe(false);
    });

    it('does not claim another kind even when its spec is not a window', async () => {
      await expect(
        processor.validateEntityKind({
          ...aWindow({ type: 'freeze' }),
          kind: 'Resource',
        }),
      ).resolves.toBe(false);
    });

    it('accepts a valid window', async () => {
      await expect(processor.validateEntityKind(aWindow())).resolves.toBe(true);
    });

    it('accepts a recurring window', async () => {
      await expect(
        processor.validateEntityKind(
          aWindow({
            start: undefined,
            end: undefined,
            timezone: 'Europe/London',
            rrule: 'FREQ=WEEKLY;BYDAY=SA',
            dtstart: '2026-01-03T22:00',
            duration: 'PT6H',
            exdates: ['2026-12-26T22:00'],
          }),
        ),
      ).resolves.toBe(true);
    });

    it('rejects an unknown time zone, naming spec.timezone', async () => {
      await expect(
        processor.validateEntityKind(aWindow({ timezone: 'Mars/Olympus' })),
      ).rejects.toThrow(
        'ChangeWindow year-end-freeze is invalid: spec.timezone: must be an IANA time zone such as Europe/London',
      );
    });

    it('rejects a window that is both one-off and recurring', async () => {
      await expect(
        processor.validateEntityKind(aWindow({ rrule: 'FREQ=DAILY' })),
      ).rejects.toThrow(/is invalid: spec: gives both start, end and rrule/);
    });

    it('rejects an unknown scope selector, naming the selectors', async () => {
      await expect(
        processor.validateEntityKind(
          aWindow({ scope: { team: ['payments'] } }),
        ),
      ).rejects.toThrow(
        "spec.scope: 'team' is not a selector; the selectors are systems, environments, entities, ciClasses, criticalities",
      );
    });

    it('accepts any scope environment when no environments are given', async () => {
      await expect(
        processor.validateEntityKind(
          aWindow({ scope: { environments: ['anything'] } }),
        ),
      ).resolves.toBe(true);
    });

    describe('with configured environments', () => {
      const configured = new ChangeWindowProcessor({
        environments: ['dev', 'prod'],
      });

      it('accepts a scope naming configured environments', async () => {
        await expect(
          configured.validateEntityKind(
            aWindow({ scope: { environments: ['prod'] } }),
          ),
        ).resolves.toBe(true);
      });

      it('rejects a scope naming an environment that is not configured', async () => {
        await expect(
          configured.validateEntityKind(
            aWindow({ scope: { environments: ['production'] } }),
          ),
        ).rejects.toThrow(
          "spec.scope.environments: 'production' is not a configured environment (dev, prod)",
        );
      });
    });

    describe('fromConfig', () => {
      it('checks scope environments against releases.environments', async () => {
        const fromConfig = ChangeWindowProcessor.fromConfig(
          new ConfigReader({ releases: { environments: ['dev', 'prod'] } }),
        );
        await expect(
          fromConfig.validateEntityKind(
            aWindow({ scope: { environments: ['sat'] } }),
          ),
        ).rejects.toThrow("'sat' is not a configured environment (dev, prod)");
      });

      it('checks scope environments against the default environments without configuration', async () => {
        const fromConfig = ChangeWindowProcessor.fromConfig(
          new ConfigReader({}),
        );
        await expect(
          fromConfig.validateEntityKind(
            aWindow({ scope: { environments: ['sat', 'production'] } }),
          ),
        ).resolves.toBe(true);
        await expect(
          fromConfig.validateEntityKind(
            aWindow({ scope: { environments: ['prod'] } }),
          ),
        ).rejects.toThrow(
          "'prod' is not a configured environment (cinte, sit, sat, production)",
        );
      });
    });

    it('rejects an unknown type, naming spec.type and the types allowed', async () => {
      await expect(
        processor.validateEntityKind(aWindow({ type: 'freeze' })),
      ).rejects.toThrow('spec.type: must be one of blackout, maintenance');
    });

    it('rejects a missing enforcement, naming spec.enforcement', async () => {
      await expect(
        processor.validateEntityKind(aWindow({ enforcement: undefined })),
      ).rejects.toThrow(
        'spec.enforcement: is required and must be one of warn, approval, block',
      );
    });

    it('rejects a missing owner, naming spec.owner', async () => {
      await expect(
        processor.validateEntityKind(aWindow({ owner: undefined })),
      ).rejects.toThrow(/spec\.owner: is required/);
    });

    it('names the window and every failing field in one message', async () => {
      const failure = processor.validateEntityKind(
        aWindow({ type: 'freeze', owner: '' }),
      );
      await expect(failure).rejects.toThrow(Error);
      await expect(failure).rejects.toThrow(
        /^ChangeWindow year-end-freeze is invalid: spec\.type: .*; spec\.owner: /,
      );
    });
  });

  describe('postProcessEntity', () => {
    const self = {
      kind: 'ChangeWindow',
      namespace: 'default',
      name: 'year-end-freeze',
    };
    const releaseManagers = {
      kind: 'group',
      namespace: 'default',
      name: 'release-managers',
    };

    it('relates the window and its owner both ways', async () => {
      const emit = jest.fn();
      const entity = aWindow();

      await expect(
        processor.postProcessEntity(entity, location, emit),
      ).resolves.toBe(entity);

      expect(emit.mock.calls).toEqual([
        [
          processingResult.relation({
            source: self,
            type: 'ownedBy',
            target: releaseManagers,
          }),
        ],
        [
          processingResult.relation({
            source: releaseManagers,
            type: 'ownerOf',
            target: self,
          }),
        ],
      ]);
    });

    it('reads a bare owner name as a Group in the window namespace', async () => {
      const emit = jest.fn();

      await processor.postProcessEntity(
        aWindow({ owner: 'release-managers' }, { namespace: 'payments' }),
        location,
        emit,
      );

      const window = { ...self, namespace: 'payments' };
      const owner = {
        kind: 'Group',
        namespace: 'payments',
        name: 'release-managers',
      };
      expect(emit.mock.calls).toEqual([
        [
          processingResult.relation({
            source: window,
            type: 'ownedBy',
            target: owner,
          }),
        ],
        [
          processingResult.relation({
            source: owner,
            type: 'ownerOf',
            target: window,
          }),
        ],
      ]);
    });

    it('keeps the namespace of a fully qualified owner', async () => {
      const emit = jest.fn();

      await processor.postProcessEntity(
        aWindow({ owner: 'group:platform/release-managers' }),
        location,
        emit,
      );

      expect(emit).toHaveBeenCalledWith(
        processingResult.relation({
          source: self,
          type: 'ownedBy',
          target: { ...releaseManagers, namespace: 'platform' },
        }),
      );
    });

    it('emits nothing for entities that are not windows', async () => {
      const emit = jest.fn();
      const component: Entity = {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'payments-api' },
        spec: { owner: 'group:release-managers' },
      };

      await expect(
        processor.postProcessEntity(component, location, emit),
      ).resolves.toBe(component);
      expect(emit).not.toHaveBeenCalled();
    });
  });
});
