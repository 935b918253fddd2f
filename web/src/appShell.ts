import { graphql } from './gql';

/** What the map needs before it can open: the arena (by slug; the default one without), its initial view, the signed-in user's role there, and the base map. */
export const AppShellQuery = graphql(`
  query AppShell($slug: String) {
    appConfig {
      tileUrl
      tileAttribution
    }
    arena(slug: $slug) {
      id
      name
      slug
      description
      mapCenter
      mapZoom
      myRole
    }
  }
`);
