import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { CiWindow } from '@stagegate/plugin-releases-common';
import { ComponentProps } from 'react';

/**
 * The name of a change window: a link to its ChangeWindow entity for a catalog window, the
 * plain title for a window made through the API.
 *
 * @internal
 */
export function WindowName(
  props: {
    window: Pick<CiWindow, 'entityRef' | 'title'>;
  } & Pick<ComponentProps<typeof EntityRefLink>, 'color' | 'underline'>,
) {
  const { window, ...link } = props;
  if (!window.entityRef) return <>{window.title}</>;
  return (
    <EntityRefLink
      entityRef={window.entityRef}
      title={window.title}
      {...link}
    />
  );
}
