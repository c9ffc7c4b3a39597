// Side panel (and sidepanel.html?tabId=N in a tab): the report of one tab, live.

import { render } from 'preact';
import '../../components/styles.css';
import { SidePanelApp } from './App';

const param = new URLSearchParams(location.search).get('tabId');
const fixedTab = param !== null && /^\d+$/.test(param) ? Number(param) : null;

const root = document.getElementById('app');
if (root !== null) render(<SidePanelApp fixedTab={fixedTab} />, root);
