// Put into a page by "Analyse anyway" only: loads the main-text reader (with Mozilla Readability)
// into the content script's world, so that readPage can read a page no adapter reads.

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { looksLikeJob, postingFromArticle, readArticle } from '../analyzers/sites/readability';
import { registerArticleReader } from '../extension/readability-on-demand';

export default defineUnlistedScript(() => {
  registerArticleReader({ readArticle, postingFromArticle, looksLikeJob });
});
