// WXT's fake browser as the global `browser` and `chrome`, the way WxtVitest's setup does it, for the
// plumbing tests only (import this first: `wxt/browser` reads the global when it is first imported).

import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

export { fakeBrowser };
