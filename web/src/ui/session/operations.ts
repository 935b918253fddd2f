import { graphql } from '../../gql';

/** The installation's default arena: where a staff page opens without `?arena=`. */
export const DefaultArenaQuery = graphql(`
  query DefaultArena {
    arena {
      id
      slug
    }
  }
`);
