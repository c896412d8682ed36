import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModuleReleases } from './module';
import { ChangeWindowProcessor, CiAnnotationsProcessor } from './processor';
import { aWindow } from './__testUtils__/aWindow';

const location: LocationSpec = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

jest.setTimeout(60_000);

function anExtensionPoint() {
  return {
    addProcessor: jest.fn(),
    addEntityProvider: jest.fn(),
    addPlaceholderResolver: jest.fn(),
    setOnProcessingErrorHandler: jest.fn(),
  };
}

describe('catalogModuleReleases', () => {
  it('registers the ChangeWindow and CI annotation processors with the catalog', async () => {
    const extensionPoint = anExtensionPoint();

    const backend = await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
      features: [catalogModuleReleases],
    });

    const processors = extensionPoint.addProcessor.mock.calls.flat();
    expect(processors).toEqual([
      expect.any(ChangeWindowProcessor),
      expect.any(CiAnnotationsProcessor),
    ]);
    expect(extensionPoint.addEntityProvider).not.toHaveBeenCalled();
    expect(extensionPoint.addPlaceholderResolver).not.toHaveBeenCalled();
    expect(extensionPoint.setOnProcessingErrorHandler).not.toHaveBeenCalled();
    await backend.stop();
  });

  it('configures both processors from the root config', async () => {
    const extensionPoint = anExtensionPoint();

    const backend = await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
      features: [
        catalogModuleReleases,
        mockServices.rootConfig.factory({
          data: {
            releases: { environments: ['dev', 'prod'], ci: { kinds: ['API'] } },
          },
        }),
      ],
    });

    const [windows, annotations] =
      extensionPoint.addProcessor.mock.calls.flat();
    const api: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: {
        name: 'payments-rest-api',
        annotations: { 'stagegate.dev/environments': 'production' },
      },
      spec: {},
    };
    await expect(
      annotations.postProcessEntity(api, location, jest.fn()),
    ).rejects.toThrow("'production' is not a configured environment");
    await expect(
      annotations.postProcessEntity(
        { ...api, kind: 'Component' },
        location,
        jest.fn(),
      ),
    ).resolves.toBeDefined();
    await expect(
      windows.validateEntityKind(
        aWindow({ scope: { environments: ['production'] } }),
      ),
    ).rejects.toThrow(
      "spec.scope.environments: 'production' is not a configured environment (dev, prod)",
    );
    await backend.stop();
  });
});
