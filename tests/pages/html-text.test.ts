// html-text: markup → one line per block. The markup here is invented to isolate each rule (the
// saved-pages test covers the same rules on real pages); the <style>-inside-a-title case is the
// shape of the 2026 Indeed page indeed__serp-vjk-pane-aceone-php-developer-2026.

import { describe, expect, it } from 'vitest';
import { blockText, htmlToText, inlineText, plainTextLines, richText } from '../../analyzers/sites/html-text';
import { withDocument } from '../../cli/page';

/** The block text of the body of an invented page. */
function textOf(body: string): string {
  return withDocument(`<html><body>${body}</body></html>`, null, (doc) => blockText(doc.body));
}

describe('blockText', () => {
  it.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['divs', '<div>One.</div><div>Two.</div>', 'One.\nTwo.'],
    ['line breaks', 'One.<br>Two.<br/>Three.', 'One.\nTwo.\nThree.'],
    ['headings', '<h2>About the role</h2>We build tools.<h3>Benefits</h3>', 'About the role\nWe build tools.\nBenefits'],
    ['table rows', '<table><tr><td>Salary</td><td>$50,000</td></tr><tr><td>Type</td><td>Full-time</td></tr></table>', 'Salary $50,000\nType Full-time'],
  ])('puts each block on its own line: %s', (_, html, text) => {
    expect(textOf(html)).toBe(text);
  });

  it('starts list items with "• ", also when the item holds a paragraph or its own glyph', () => {
    expect(textOf('<ul><li>Write code</li><li><p>Review code</p></li><li>• Ship it</li></ul>')).toBe(
      '• Write code\n• Review code\n• Ship it',
    );
  });

  it('gives nested list items their own bullet lines', () => {
    expect(textOf('<ul><li>Tools<ul><li>Git</li><li>SQL</li></ul></li></ul>')).toBe('• Tools\n• Git\n• SQL');
  });

  it('turns lines that start with a bullet glyph or "- " into bullet lines', () => {
    expect(textOf('Skills:<br>· Python<br>- SQL<br>* Excel')).toBe('Skills:\n• Python\n• SQL\n• Excel');
  });

  it('collapses runs of white space, including non-breaking spaces, inside a line', () => {
    expect(textOf('<p>  Pay:\n\t $20\u00a0 an   hour </p>')).toBe('Pay: $20 an hour');
  });

  it('drops script, style, noscript and template text', () => {
    expect(
      textOf('<p>Kept<script>var x = 1;</script><style>.a{color:red}</style><noscript>Enable JS</noscript><template><p>T</p></template></p>'),
    ).toBe('Kept');
  });

  it('drops elements hidden by the hidden attribute, aria-hidden or an inline display:none', () => {
    expect(
      textOf('<p>Shown</p><p hidden>A</p><p aria-hidden="true">B</p><p style="color: red; display: none">C</p><code style="display:none">{"json":1}</code>'),
    ).toBe('Shown');
  });

  it('removes zero-width characters and bidi controls', () => {
    expect(textOf('<p>Sen\u200bior\u00ad Engi\u200dneer \u202aRemote\u202c\u2066!\u2069\ufeff</p>')).toBe('Senior Engineer Remote!');
  });

  it('ends a paragraph at a blank line inside one run of plain text, not at a single line break', () => {
    expect(textOf('About us\n\nWe hire.\nWe train.')).toBe('About us\nWe hire. We train.');
  });

  it('keeps the line breaks of preformatted text', () => {
    expect(textOf('<pre>Line one\nLine two</pre>')).toBe('Line one\nLine two');
  });
});

describe('inlineText', () => {
  it('reads a title whose node carries a <style> element (Indeed 2026) without the CSS', () => {
    const text = withDocument(
      '<h2><span>PHP Developer<style data-emotion="serp-page 1h4l2d7">.serp-page-1h4l2d7{font-family:Arial;}</style></span></h2>',
      null,
      (doc) => inlineText(doc.querySelector('h2')),
    );
    expect(text).toBe('PHP Developer');
  });

  it('joins the blocks of an element into one line', () => {
    const text = withDocument('<div><p>New York, NY</p><p>Remote</p></div>', null, (doc) => inlineText(doc.querySelector('div')));
    expect(text).toBe('New York, NY Remote');
  });
});

describe('htmlToText', () => {
  it('reads an HTML string without adding anything to the page it was given', () => {
    withDocument('<html><body><main>Page</main></body></html>', null, (doc) => {
      const before = doc.documentElement.outerHTML;
      const text = htmlToText('<p>One</p><ul><li>Two</li></ul><img src="https://example.invalid/x.png" onerror="alert(1)">', doc);
      expect(text).toBe('One\n• Two');
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });
});

describe('richText', () => {
  it.each([
    ['HTML', '<p>We hire.</p><ul><li>Python</li></ul>', 'We hire.\n• Python'],
    ['HTML escaped once more, as LinkedIn writes JSON-LD', '&lt;p&gt;We hire.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Python&lt;/li&gt;&lt;/ul&gt;', 'We hire.\n• Python'],
    ['plain text with line breaks', 'Why work here\n\n\nWe hire.\n- Python', 'Why work here\nWe hire.\n• Python'],
    ['plain text with an entity', 'R&amp;D team\nLondon', 'R&D team\nLondon'],
  ])('reads a description given as %s', (_, input, text) => {
    expect(withDocument('', null, (doc) => richText(input, doc))).toBe(text);
  });
});

describe('plainTextLines', () => {
  it('keeps one line per non-empty line and trims each', () => {
    expect(plainTextLines('  One \r\n\r\n Two\u2028Three ')).toBe('One\nTwo\nThree');
  });
});
