// @vitest-environment happy-dom
// The settings page names its data sources and carries O*NET's attribution (CC BY 4.0).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsForm } from '../../components/SettingsForm';
import { DEFAULT_SETTINGS } from '../../extension/settings';

afterEach(cleanup);

describe('the settings page', () => {
  it("carries the O*NET attribution word for word, as ../shared/data/occupations/README.md gives it", () => {
    render(<SettingsForm settings={DEFAULT_SETTINGS} onSave={() => undefined} saved={false} />);
    const readme = readFileSync(path.resolve(__dirname, '../../../shared/data/occupations/README.md'), 'utf8').replace(/\s+/g, ' ');
    const shown = screen.getByTestId('onet-attribution').textContent ?? '';
    expect(shown.startsWith('This product includes information from the O*NET 29.3 Database')).toBe(true);
    expect(readme).toContain(shown);
    expect(screen.getByTestId('data-sources').textContent).toContain('BLS OEWS May 2025');
  });
});
