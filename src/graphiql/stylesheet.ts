/**
 * This project's rules on top of GraphiQL's stylesheet, served as a fingerprinted file of their own
 * (news-graph.<hash>.css) so that changing them leaves GraphiQL's 800 KB stylesheet cached.
 */
export const STYLESHEET = `/* news-graph: GraphiQL overrides (src/graphiql/stylesheet.ts) */

/*
 * Every example tab in sight: GraphiQL keeps its tabs on one row that scrolls sideways with no
 * visible scroll bar, so at 1280 px only 4 of the 13 examples showed. The row wraps instead, and the
 * session header grows with it.
 */
.graphiql-container .graphiql-session-header {
  height: auto;
  min-height: var(--session-header-height);
  align-items: flex-start;
}
.graphiql-container .graphiql-tabs {
  flex-wrap: wrap;
  row-gap: var(--px-4);
  overflow: visible;
}

/*
 * A tab clicked stays where it is. GraphiQL's tabs are framer-motion Reorder items that carry a
 * stale translateX (hundreds of pixels); GraphiQL hides it except on the focused tab, so a tab jumped
 * away as the mouse went down on it and the click was lost or taken for a drag (in headless Chromium
 * 1 first click in 12 worked; render-graphiql's own page loses it too). Dragging still reorders the
 * tabs; the dragged tab just does not follow the pointer.
 */
.graphiql-container .graphiql-tab {
  transform: none !important;
}
`;
