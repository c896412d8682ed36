import { IdentityApi } from '@backstage/core-plugin-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_SIGN_IN_STORAGE_KEY, DemoSignInPage } from './DemoSignInPage';
import { DEMO_USERS } from './demoUsers';

function fakeToken() {
  const payload = btoa(
    JSON.stringify({ exp: Math.floor(Date.now() / 1000) + 3600 }),
  );
  return `header.${payload}.signature`;
}

function session(user: string) {
  return {
    profile: { displayName: user },
    backstageIdentity: {
      token: fakeToken(),
      identity: {
        type: 'user',
        userEntityRef: `user:default/${user}`,
        ownershipEntityRefs: [`user:default/${user}`],
      },
    },
  };
}

function jsonResponse(status: number, body: unknown) {
  return {
    ok: status < 400,
    status,
    statusText: status < 400 ? 'OK' : 'Forbidden',
    headers: new Headers({ 'content-type': 'application/json' }),
    json: async () => body,
    text: async () => JSON.stringify(body),
  } as Response;
}

const realFetch = global.fetch;
let fetchMock: jest.Mock;

beforeEach(() => {
  localStorage.clear();
  fetchMock = jest.fn(async (_url: string, init: RequestInit) => {
    const user = new Headers(init.headers).get('x-stagegate-demo-user');
    if (user === 'mallory') {
      return jsonResponse(403, {
        error: {
          name: 'NotAllowedError',
          message: '"mallory" is not a user in the catalog',
        },
        request: { method: 'GET', url: '/' },
        response: { statusCode: 403 },
      });
    }
    return jsonResponse(200, session(user ?? 'guest'));
  });
  global.fetch = fetchMock as typeof fetch;
});

afterEach(() => {
  global.fetch = realFetch;
});

function renderPage(onSignInSuccess: (identity: IdentityApi) => void) {
  return renderInTestApp(<DemoSignInPage onSignInSuccess={onSignInSuccess} />, {
    apis: [mockApis.discovery({ baseUrl: 'http://localhost:7007' })],
  });
}

describe('DemoSignInPage', () => {
  it('lists every example user with their role, and the guest', async () => {
    renderPage(jest.fn());

    for (const user of DEMO_USERS) {
      const button = await screen.findByRole('button', {
        name: `Sign in as ${user.displayName}`,
      });
      expect(button).toHaveAccessibleDescription(user.role);
    }
    expect(
      screen.getByRole('button', { name: 'Enter as guest' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/for demos only/)).toBeInTheDocument();
  });

  it('signs in as the chosen user through the stagegate-demo provider', async () => {
    const onSignInSuccess = jest.fn();
    renderPage(onSignInSuccess);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Sign in as Oscar Owner' }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('http://localhost:7007/api/auth/stagegate-demo/refresh');
    expect(new Headers(init.headers).get('x-stagegate-demo-user')).toBe(
      'oscar.owner',
    );
    const identity: IdentityApi = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/oscar.owner',
    });
    expect(JSON.parse(localStorage.getItem(DEMO_SIGN_IN_STORAGE_KEY)!)).toEqual(
      { type: 'user', user: 'oscar.owner' },
    );

    await identity.signOut();
    expect(localStorage.getItem(DEMO_SIGN_IN_STORAGE_KEY)).toBeNull();
  });

  it('keeps the chosen user signed in across a reload, until sign-out', async () => {
    localStorage.setItem(
      DEMO_SIGN_IN_STORAGE_KEY,
      JSON.stringify({ type: 'user', user: 'andy.approver' }),
    );
    const onSignInSuccess = jest.fn();
    renderPage(onSignInSuccess);

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(
      screen.queryByRole('button', { name: /Sign in as/ }),
    ).not.toBeInTheDocument();
    const identity: IdentityApi = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/andy.approver',
    });
  });

  it('signs in as the guest through the guest provider', async () => {
    const onSignInSuccess = jest.fn();
    renderPage(onSignInSuccess);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Enter as guest' }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(fetchMock.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/auth/guest/refresh',
    );
  });

  it('shows why sign-in was refused and lets the visitor choose again', async () => {
    localStorage.setItem(
      DEMO_SIGN_IN_STORAGE_KEY,
      JSON.stringify({ type: 'user', user: 'mallory' }),
    );
    const onSignInSuccess = jest.fn();
    renderPage(onSignInSuccess);

    expect(
      await screen.findByText(/"mallory" is not a user in the catalog/),
    ).toBeInTheDocument();
    expect(localStorage.getItem(DEMO_SIGN_IN_STORAGE_KEY)).toBeNull();

    fireEvent.click(
      screen.getByRole('button', { name: 'Choose another user' }),
    );
    expect(
      await screen.findByRole('button', { name: 'Sign in as Rita Release' }),
    ).toBeInTheDocument();
    expect(onSignInSuccess).not.toHaveBeenCalled();
  });
});

describe('DemoSignInPage when the backend is briefly unavailable', () => {
  it('keeps the chosen user and lets the visitor try again', async () => {
    localStorage.setItem(
      DEMO_SIGN_IN_STORAGE_KEY,
      JSON.stringify({ type: 'user', user: 'rita.release' }),
    );
    fetchMock.mockImplementationOnce(async () =>
      jsonResponse(503, {
        error: { name: 'ServiceUnavailableError', message: 'Restarting' },
        request: { method: 'GET', url: '/' },
        response: { statusCode: 503 },
      }),
    );
    const onSignInSuccess = jest.fn();
    renderPage(onSignInSuccess);

    expect(await screen.findByText(/Restarting/)).toBeInTheDocument();
    expect(localStorage.getItem(DEMO_SIGN_IN_STORAGE_KEY)).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    const identity: IdentityApi = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/rita.release',
    });
  });
});

describe('DEMO_USERS', () => {
  it('matches the users and groups of examples/org.yaml', () => {
    const orgYaml = readFileSync(
      resolve(__dirname, '../../../../../examples/org.yaml'),
      'utf8',
    );
    const users = orgYaml
      .split(/^---$/m)
      .filter(doc => /^kind: User$/m.test(doc))
      .map(doc => ({
        name: /^ {2}name: (\S+)$/m.exec(doc)?.[1],
        displayName: /^ {4}displayName: (.+)$/m.exec(doc)?.[1],
        groups: /^ {2}memberOf: \[(.*)\]$/m
          .exec(doc)?.[1]
          .split(',')
          .map(group => group.trim()),
      }));

    expect(
      DEMO_USERS.map(({ name, displayName, groups }) => ({
        name,
        displayName,
        groups,
      })),
    ).toEqual(users);
  });
});
