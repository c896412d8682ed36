import { EmptyState } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import {
  ANNOTATION_CI_CLASS,
  ANNOTATION_CI_ID,
  ANNOTATION_CRITICALITY,
  ANNOTATION_ENVIRONMENTS,
  CI_CLASSES,
  CI_KINDS,
  CRITICALITIES,
} from '@stagegate/plugin-releases-common';

function listInWords(values: readonly string[], last: string): string {
  return values.length < 2
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} ${last} ${values[values.length - 1]}`;
}

const ANNOTATIONS: Array<{ name: string; meaning: string }> = [
  {
    name: ANNOTATION_CI_ID,
    meaning: 'its id in an external CMDB (default: the entity ref)',
  },
  {
    name: ANNOTATION_CI_CLASS,
    meaning: `its class: ${listInWords(
      CI_CLASSES,
      'or',
    )} (default: derived from the kind and spec.type)`,
  },
  {
    name: ANNOTATION_CRITICALITY,
    meaning: `how critical it is: ${listInWords(CRITICALITIES, 'or')}`,
  },
  {
    name: ANNOTATION_ENVIRONMENTS,
    meaning:
      'the environments it is deployed to, comma-separated (default: all configured environments)',
  },
];

/**
 * Props of {@link NotACi}.
 *
 * @internal
 */
export interface NotACiProps {
  /** How to name the entity. */
  name: string;
}

/**
 * The empty state of an entity that is not a configuration item, or not one the viewer may
 * see: what makes an entity a CI, and which annotations describe it.
 *
 * @internal
 */
export function NotACi(props: NotACiProps) {
  const { name } = props;
  return (
    <EmptyState
      missing="info"
      title={`${name} is not a configuration item`}
      description={`Entities of kind ${listInWords(
        CI_KINDS,
        'or',
      )} are configuration items (CIs), unless the releases.ci.kinds setting of this Backstage lists other kinds. A CI you may not see in the catalog is not shown either.`}
      action={
        <div>
          <Typography variant="body1">
            These annotations describe a CI:
          </Typography>
          <ul aria-label="CI annotations">
            {ANNOTATIONS.map(annotation => (
              <li key={annotation.name}>
                <Typography variant="body2" component="span">
                  <code>{annotation.name}</code>
                  {`: ${annotation.meaning}`}
                </Typography>
              </li>
            ))}
          </ul>
        </div>
      }
    />
  );
}
