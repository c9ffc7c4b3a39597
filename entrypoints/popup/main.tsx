// Toolbar popup: the active tab's verdict and strongest reasons, and the way into the side panel.

import { render } from 'preact';
import '../../components/styles.css';
import { PopupApp } from './App';

const param = new URLSearchParams(location.search).get('tabId');
const fixedTab = param !== null && /^\d+$/.test(param) ? Number(param) : null;

const root = document.getElementById('app');
if (root !== null) render(<PopupApp fixedTab={fixedTab} />, root);
