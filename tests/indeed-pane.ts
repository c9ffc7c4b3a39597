// Where the job pane of a saved Indeed search page ends in its HTML: the point a browser's parser
// has passed the whole posting. Shared by the early-read tests in Node and in Chromium.

/** Where the pane's closing tag ends, counting nested divs from its opening tag. */
export function paneEnd(html: string): number {
  const start = html.indexOf('<div id="jobsearch-ViewjobPaneWrapper"');
  if (start < 0) throw new Error('the page has no job pane');
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m !== null; m = tags.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error('the pane never closes');
}
