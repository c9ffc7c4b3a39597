// Background worker: starts the logic in extension/background.ts (reports per tab, the badge, the
// history). Wiring only.

import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../extension/background';

export default defineBackground(() => {
  startBackground();
});
