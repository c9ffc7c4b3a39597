// @vitest-environment happy-dom
// Finding the report's quote on the page: the quote is the intake's cleaned text, the page is
// markup split over many nodes, with other spacing, bullets, quote marks and currency signs.

import { afterEach, describe, expect, it } from 'vitest';
import { clearHighlight, findText, showHighlight } from '../../extension/find-text';

afterEach(() => {
  document.body.innerHTML = '';
});

function page(html: string): void {
  // Test markup written here, not a posting's.
  document.body.innerHTML = html;
}

describe('finding the quoted words on the page', () => {
  it.each([
    ['across elements and line breaks', '<ul><li>Manage the <b>paid social</b>\n   budget</li></ul>', 'Manage the paid social budget'],
    ['with a bullet the intake added', '<li>Write captions daily</li>', '• Write captions daily'],
    ['with curly quotes and dashes on the page', '<p>You’ll own the “brand voice” – end to end</p>', 'You\'ll own the "brand voice" - end to end'],
    ['with the currency code the report added', '<span>$130,000 - $160,000 a year</span>', 'AUD 130,000 - 160,000 a year'],
    ['with words the intake split apart', '<p>per hourBenefits</p>', 'per hour Benefits'],
  ])('finds them %s', (_how, html, quote) => {
    page(html);
    const range = findText(document, quote);
    expect(range).not.toBeNull();
    expect(range!.toString().replace(/\s+/g, ' ').trim().length).toBeGreaterThan(5);
  });

  it('falls back to the quote’s opening words when the whole quote is not on the page', () => {
    page('<p>Build monthly performance reports and present results to our CEO.</p>');
    const range = findText(document, 'Build monthly performance reports and present results to our CEO and then some more words added by a long quote that runs on');
    expect(range?.toString()).toContain('Build monthly performance reports');
  });

  it('ignores scripts and styles', () => {
    page('<script>var x = "Manage two interns"</script><style>.a{}</style>');
    expect(findText(document, 'Manage two interns')).toBeNull();
  });

  it('finds nothing for words that are not there', () => {
    page('<p>Something else entirely</p>');
    expect(findText(document, 'Manage two interns')).toBeNull();
  });
});

describe('marking the words', () => {
  it('wraps them in a mark (where the Custom Highlight API is missing) and removes it again', () => {
    page('<p>Be available nights and weekends</p>');
    const range = findText(document, 'nights and weekends')!;
    showHighlight(document, range);
    const mark = document.querySelector('mark[data-scopefit-evidence]');
    expect(mark?.textContent).toBe('nights and weekends');
    clearHighlight(document);
    expect(document.querySelector('mark')).toBeNull();
    expect(document.body.textContent).toBe('Be available nights and weekends');
  });
});
