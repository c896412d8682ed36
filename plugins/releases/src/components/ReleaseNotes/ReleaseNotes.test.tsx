import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { generateReleaseNotes } from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReleasesApi, releasesApiRef } from '../../api';
import {
  makeRelease,
  mockReleasesApi,
  permissionApi,
  responseError,
} from '../../__testUtils__/releases';
import { ReleaseDetailDialog } from '../ReleaseDetailDialog';
import { httpLinkOnly } from './ReleaseNotes';

const release = makeRelease({
  title: 'Payments 2.4',
  knownErrors: 'KE-7: slow refunds <img src=x onerror="alert(1)">',
  rfc: { id: 'RFC-1234', url: 'https://itsm.example.com/RFC-1234' },
  contents: [{ name: 'payments-api', version: '2.4.0', kind: 'artifact' }],
});

// What the backend sends: the real generator's text, plus hand-written hostile Markdown a
// future generator bug might let through.
const markdown = `${generateReleaseNotes(release)}
[run me](javascript:alert(1)) and [docs](https://docs.example.com/payments)

<script>window.pwned = true</script>
<a href="javascript:alert(2)" onclick="alert(3)">raw link</a>
`;

/** A releases API that has the release and answers its notes with `text`. */
const notesApi = (text: string) =>
  mockReleasesApi({
    getRelease: jest.fn(async () => release),
    getReleaseNotes: jest.fn(async () => ({
      releaseId: release.id,
      markdown: text,
      generatedAt: '2026-11-15T08:00:00Z',
    })),
  });

async function renderDialog(api: ReleasesApi, view?: 'details' | 'notes') {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [releasesApiRef, api],
        [permissionApiRef, permissionApi([])],
      ]}
    >
      <ReleaseDetailDialog release={release} view={view} onClose={jest.fn()} />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return screen.findByRole('dialog');
}

describe('Release notes', () => {
  it('opens on the notes when asked, and renders their Markdown', async () => {
    const api = notesApi(markdown);
    const dialog = within(await renderDialog(api, 'notes'));

    expect(dialog.getByRole('tab', { name: 'Release notes' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const notes = within(
      await screen.findByRole('article', { name: 'Release notes' }),
    );
    expect(api.getReleaseNotes).toHaveBeenCalledWith(release.id);
    expect(
      notes.getByRole('heading', { level: 1, name: 'Payments 2.4' }),
    ).toBeInTheDocument();
    expect(
      notes.getByRole('heading', { name: 'Known errors' }),
    ).toBeInTheDocument();
    expect(
      notes.getByRole('cell', { name: 'payments-api' }),
    ).toBeInTheDocument();
    expect(notes.getByRole('link', { name: /^RFC-1234/ })).toHaveAttribute(
      'href',
      'https://itsm.example.com/RFC-1234',
    );
    expect(notes.getByRole('link', { name: /^docs/ })).toHaveAttribute(
      'href',
      'https://docs.example.com/payments',
    );
  });

  it('renders no HTML and follows no link but http(s)', async () => {
    const api = notesApi(markdown);
    await renderDialog(api, 'notes');
    const article = await screen.findByRole('article', {
      name: 'Release notes',
    });

    // What a person typed shows as typed.
    expect(article).toHaveTextContent(
      'KE-7: slow refunds <img src=x onerror="alert(1)">',
    );
    expect(
      article.querySelector('img, script, [onclick], [onerror]'),
    ).toBeNull();
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
    expect(within(article).queryByRole('link', { name: /run me/ })).toBeNull();
    expect(within(article).getByText(/run me/)).toBeInTheDocument();
    for (const link of Array.from(article.querySelectorAll('a'))) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    // eslint-disable-next-line no-script-url -- a script link is what must be refused
    expect(httpLinkOnly('javascript:alert(1)')).toBe('');
    expect(httpLinkOnly('mailto:cab@example.com')).toBe('');
    expect(httpLinkOnly('HTTPS://example.com')).toBe('HTTPS://example.com');
  });

  it('opens on the details by default, and loads the notes when their tab is chosen', async () => {
    const api = notesApi('# Payments 2.4\n');
    const dialog = within(await renderDialog(api));
    await dialog.findByText('Description');
    expect(api.getReleaseNotes).not.toHaveBeenCalled();

    await userEvent.click(dialog.getByRole('tab', { name: 'Release notes' }));

    expect(
      await screen.findByRole('article', { name: 'Release notes' }),
    ).toBeInTheDocument();
    expect(dialog.getByText('Description')).not.toBeVisible();
  });

  it('shows why the notes could not be loaded, and tries again', async () => {
    const api = mockReleasesApi({
      getRelease: jest.fn(async () => release),
      getReleaseNotes: jest
        .fn()
        .mockRejectedValueOnce(
          await responseError(503, 'ServiceUnavailableError', 'Try later'),
        )
        .mockResolvedValue({
          releaseId: release.id,
          markdown: '# Payments 2.4\n',
          generatedAt: '2026-11-15T08:00:00Z',
        }),
    });
    await renderDialog(api, 'notes');

    expect(
      await screen.findByText('Error: The release notes could not be loaded'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(api.getReleaseNotes).toHaveBeenCalledTimes(2));
    expect(
      await screen.findByRole('article', { name: 'Release notes' }),
    ).toBeInTheDocument();
  });
});
