// cli/page.ts reads saved pages offline: a page full of things a browser would fetch (scripts,
// styles, images, frames, a refresh, JSON-LD pointing elsewhere) makes no request. A local server
// stands in for "the network" and counts what reaches it. The page is invented for the purpose.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageFromHtml } from '../../cli/page';

let server: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('/* served */');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('readPageFromHtml', () => {
  it('fetches nothing a saved page links to', async () => {
    const html = `<html><head>
      <meta http-equiv="refresh" content="0;url=${base}/refresh">
      <link rel="stylesheet" href="${base}/style.css">
      <link rel="preload" as="script" href="${base}/preload.js">
      <link rel="modulepreload" href="${base}/module.js">
      <script src="${base}/app.js"></script>
      <script type="module" src="${base}/module-app.js"></script>
      <script>fetch('${base}/inline-fetch')</script>
      <style>@import url("${base}/import.css"); body { background: url("${base}/bg.png") }</style>
    </head><body>
      <img src="${base}/logo.png" srcset="${base}/logo2.png 2x">
      <iframe src="${base}/frame.html"></iframe>
      <object data="${base}/object.swf"></object>
      <video src="${base}/clip.mp4" poster="${base}/poster.png"></video>
      <main><h1>Community Manager</h1><p>We are looking for a Community Manager. Responsibilities: plan events.
      Requirements: 3+ years of experience in community work. Apply with your CV. Full-time.</p></main>
    </body></html>`;
    const read = readPageFromHtml(html, `${base}/jobs/1`);
    expect(read.kind).toBe('posting');
    // Anything asynchronous the DOM might still have started would arrive within this wait.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toEqual([]);
  });
});
