// Put into a page by "Analyse anyway" only: loads Mozilla Readability into the content script's
// world so that readPage can take the main text of a page no adapter reads.

import { Readability } from '@mozilla/readability';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerReadability } from '../components/readability-on-demand';

export default defineUnlistedScript(() => {
  registerReadability(Readability);
});
