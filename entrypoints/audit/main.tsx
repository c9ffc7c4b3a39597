// Audit page (audit.html, or audit.html?tabId=N to open that tab's posting in it): a draft posting
// and its report, for the people who write postings. Wires the settings, the other tab's posting,
// downloads and the clipboard into components/AuditPage.

import { render } from 'preact';
import '../../components/styles.css';
import '../../components/audit.css';
import sampleText from '../../public/sample-posting.txt?raw';
import { AuditPage } from '../../components/AuditPage';
import { useSettings } from '../../extension/hooks';
import { copyText, downloadFile } from '../../extension/save';
import { postingOfTab } from '../../extension/tab-posting';
import { extensionUrl } from '../../extension/tabs';

const param = new URLSearchParams(location.search).get('tabId');
const fixedTab = param !== null && /^\d+$/.test(param) ? Number(param) : null;

function AuditApp() {
  const settings = useSettings();
  return (
    <AuditPage
      homeLocation={settings.homeLocation}
      hoursPerYear={settings.hoursPerYear}
      sampleText={sampleText}
      onLoadTab={() => postingOfTab(fixedTab)}
      loadTabOnOpen={fixedTab !== null}
      onDownload={downloadFile}
      onCopy={copyText}
      settingsHref={extensionUrl('/options.html')}
    />
  );
}

const root = document.getElementById('app');
if (root !== null) render(<AuditApp />, root);
