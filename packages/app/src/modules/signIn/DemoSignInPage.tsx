import { useCallback, useEffect, useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
} from '@backstage/core-components';
import {
  configApiRef,
  IdentityApi,
  SignInPageProps,
  useApi,
} from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { DEMO_USERS, DemoUser } from './demoUsers';

/** The backend's demo-only sign-in provider (packages/backend/src/modules/demoAuth). */
export const DEMO_PROVIDER_ID = 'stagegate-demo';
/** The header that tells the demo provider who to sign in as. */
export const DEMO_USER_HEADER = 'x-stagegate-demo-user';
/** Where the chosen sign-in is remembered, so a page reload keeps the user signed in. */
export const DEMO_SIGN_IN_STORAGE_KEY = '@stagegate/app:demo-sign-in';

/** Who the visitor chose to be: an example user, or Backstage's guest. */
export type DemoSignInChoice =
  | { type: 'user'; user: string }
  | { type: 'guest' };

function readChoice(): DemoSignInChoice | undefined {
  try {
    const raw = localStorage.getItem(DEMO_SIGN_IN_STORAGE_KEY);
    const choice = raw ? JSON.parse(raw) : undefined;
    if (choice?.type === 'guest') {
      return { type: 'guest' };
    }
    if (choice?.type === 'user' && typeof choice.user === 'string') {
      return { type: 'user', user: choice.user };
    }
  } catch {
    // Unreadable storage: ask again.
  }
  return undefined;
}

function rememberChoice(choice: DemoSignInChoice) {
  localStorage.setItem(DEMO_SIGN_IN_STORAGE_KEY, JSON.stringify(choice));
}

function forgetChoice() {
  localStorage.removeItem(DEMO_SIGN_IN_STORAGE_KEY);
}

/** Forgets the chosen user on sign-out, so the next visit asks again. */
function forgettingOnSignOut(identityApi: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identityApi.getProfileInfo(),
    getBackstageIdentity: () => identityApi.getBackstageIdentity(),
    getCredentials: () => identityApi.getCredentials(),
    signOut: async () => {
      forgetChoice();
      await identityApi.signOut();
    },
  };
}

const listItemStyle = { listStyle: 'none' };

function DemoUserCard(props: {
  user: DemoUser;
  onChoose: (choice: DemoSignInChoice) => void;
}) {
  const { user, onChoose } = props;
  const roleId = `demo-user-${user.name}-role`;
  return (
    <Grid item xs={12} sm={6} md={4} component="li" style={listItemStyle}>
      <InfoCard
        title={user.displayName}
        subheader={user.name}
        variant="fullHeight"
        actions={
          <Button
            color="primary"
            variant="outlined"
            aria-describedby={roleId}
            onClick={() => onChoose({ type: 'user', user: user.name })}
          >
            Sign in as {user.displayName}
          </Button>
        }
      >
        <Typography id={roleId} variant="body1">
          {user.role}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          Member of: {user.groups.join(', ')}
        </Typography>
      </InfoCard>
    </Grid>
  );
}

function ChooseUser(props: { onChoose: (choice: DemoSignInChoice) => void }) {
  const configApi = useApi(configApiRef);
  const title = configApi.getOptionalString('app.title') ?? 'Stagegate';
  return (
    <Page themeId="home">
      <Header title={title} subtitle="Demo sign-in: choose who you are" />
      <Content>
        <Typography variant="body1" paragraph>
          This demo lets you act as any of the example users, so you can see who
          may do what: for example, a service owner may not approve their own
          release. To switch user, sign out (Settings) and choose another. There
          is no password: this sign-in is for demos only.
        </Typography>
        <Grid
          container
          spacing={2}
          component="ul"
          aria-label="Example users"
          style={{ padding: 0 }}
        >
          {DEMO_USERS.map(user => (
            <DemoUserCard
              key={user.name}
              user={user}
              onChoose={props.onChoose}
            />
          ))}
          <Grid item xs={12} sm={6} md={4} component="li" style={listItemStyle}>
            <InfoCard
              title="Guest"
              subheader="user:development/guest"
              variant="fullHeight"
              actions={
                <Button
                  color="primary"
                  variant="outlined"
                  onClick={() => props.onChoose({ type: 'guest' })}
                >
                  Enter as guest
                </Button>
              }
            >
              <Typography variant="body1">
                Look around without being one of the example users.
              </Typography>
            </InfoCard>
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}

/** The server's reason, when the error is a failed response from the auth backend. */
function reason(error?: Error) {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof Error && cause.message) {
    return cause.message;
  }
  return error?.message || 'Unknown error';
}

/** Whether the backend refused this sign-in (as opposed to being briefly unavailable). */
function isRefusal(error?: Error) {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function SignInFailed(props: {
  error?: Error;
  onRetry: () => void;
  onBack: () => void;
}) {
  const { error, onRetry, onBack } = props;
  const refused = isRefusal(error);
  useEffect(() => {
    // A refused user is forgotten; after an outage, reloading the page tries again.
    if (refused) {
      forgetChoice();
    }
  }, [refused]);
  return (
    <Page themeId="home">
      <Header title="Sign-in failed" />
      <Content>
        <Typography variant="body1" role="alert" paragraph>
          Could not sign in: {reason(error)}
        </Typography>
        <Grid container spacing={2}>
          {!refused && (
            <Grid item>
              <Button color="primary" variant="contained" onClick={onRetry}>
                Try again
              </Button>
            </Grid>
          )}
          <Grid item>
            <Button color="primary" variant="outlined" onClick={onBack}>
              Choose another user
            </Button>
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}

/**
 * DEMO ONLY. A sign-in page that lets the visitor act as one of the example users (or as
 * Backstage's guest), through the backend's `stagegate-demo` provider. The choice is
 * remembered until sign-out.
 */
export function DemoSignInPage(props: SignInPageProps) {
  const { onSignInSuccess } = props;
  const [choice, setChoice] = useState(readChoice);
  // Changing the attempt number mounts a fresh ProxiedSignInPage, which tries again.
  const [attempt, setAttempt] = useState(0);

  const choose = useCallback((next: DemoSignInChoice) => {
    rememberChoice(next);
    setChoice(next);
  }, []);
  const chooseAgain = useCallback(() => {
    forgetChoice();
    setChoice(undefined);
  }, []);
  const handleSuccess = useCallback(
    (identityApi: IdentityApi) =>
      onSignInSuccess(forgettingOnSignOut(identityApi)),
    [onSignInSuccess],
  );
  const retry = useCallback(() => setAttempt(n => n + 1), []);
  const ErrorComponent = useCallback(
    ({ error }: { error?: Error }) => (
      <SignInFailed error={error} onRetry={retry} onBack={chooseAgain} />
    ),
    [retry, chooseAgain],
  );

  if (!choice) {
    return <ChooseUser onChoose={choose} />;
  }
  if (choice.type === 'guest') {
    return (
      <ProxiedSignInPage
        key={`guest:${attempt}`}
        provider="guest"
        onSignInSuccess={handleSuccess}
        ErrorComponent={ErrorComponent}
      />
    );
  }
  return (
    <ProxiedSignInPage
      key={`user:${choice.user}:${attempt}`}
      provider={DEMO_PROVIDER_ID}
      headers={{ [DEMO_USER_HEADER]: choice.user }}
      onSignInSuccess={handleSuccess}
      ErrorComponent={ErrorComponent}
    />
  );
}
