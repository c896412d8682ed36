import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModuleReleases } from './module';
import { ChangeWindowProcessor } from './processor';

jest.setTimeout(60_000);

describe('catalogModuleReleases', () => {
  it('registers the ChangeWindow processor with the catalog', async () => {
    const extensionPoint = {
      addProcessor: jest.fn(),
      addEntityProvider: jest.fn(),
      addPlaceholderResolver: jest.fn(),
      setOnProcessingErrorHandler: jest.fn(),
    };

    await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
      features: [catalogModuleReleases],
    });

    expect(extensionPoint.addProcessor).toHaveBeenCalledTimes(1);
    expect(extensionPoint.addProcessor).toHaveBeenCalledWith(
      expect.any(ChangeWindowProcessor),
    );
    expect(extensionPoint.addEntityProvider).not.toHaveBeenCalled();
    expect(extensionPoint.addPlaceholderResolver).not.toHaveBeenCalled();
    expect(extensionPoint.setOnProcessingErrorHandler).not.toHaveBeenCalled();
  });
});
