import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { CiRelation } from '@stagegate/plugin-releases-common';
import { useId } from 'react';
import { relationInWords } from './relationWords';

/**
 * Props of {@link CiRelationList}.
 *
 * @internal
 */
export interface CiRelationListProps {
  title: string;
  relations: CiRelation[];
  /** What to say when there are no relations. */
  emptyText: string;
}

/**
 * A titled list of related CIs, each as "relation type in words, linked CI (kind)".
 *
 * @internal
 */
export function CiRelationList(props: CiRelationListProps) {
  const { title, relations, emptyText } = props;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle1" component="h3">
        {title}
      </Typography>
      {relations.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {emptyText}
        </Typography>
      ) : (
        <List dense disablePadding>
          {relations.map(relation => (
            <ListItem
              key={`${relation.type} ${relation.entityRef}`}
              disableGutters
            >
              <Typography variant="body2" component="span">
                {`${relationInWords(relation.type)} `}
                <EntityRefLink
                  entityRef={relation.entityRef}
                  title={relation.title}
                />
                {` (${relation.kind})`}
              </Typography>
            </ListItem>
          ))}
        </List>
      )}
    </section>
  );
}
