// The settings page: home location, hours in a full-time year, which parts of the report to show,
// and what ScopeFit does (and does not do) with what it reads.

import { useState } from 'preact/hooks';
import { ONET_ATTRIBUTION } from '../analyzers/occupation/attribution';
import { HOURS_PER_YEAR_RANGE, PART_NAME, REPORT_PARTS, validHours, type Settings } from '../extension/settings';

export interface SettingsFormProps {
  readonly settings: Settings;
  readonly onSave: (settings: Settings) => void;
  readonly saved: boolean;
}

export function SettingsForm({ settings, onSave, saved }: SettingsFormProps) {
  const [home, setHome] = useState(settings.homeLocation);
  const [hours, setHours] = useState(String(settings.hoursPerYear));
  const [show, setShow] = useState(settings.show);
  const hoursNumber = Number(hours);
  const hoursOk = validHours(hoursNumber);
  const submit = (ev: Event): void => {
    ev.preventDefault();
    if (!hoursOk) return;
    onSave({ homeLocation: home.trim(), hoursPerYear: hoursNumber, show });
  };
  return (
    <main class="page">
      <h1>ScopeFit settings</h1>
      <form onSubmit={submit}>
        <fieldset>
          <legend>About you</legend>
          <label for="home">Home location</label>
          <input id="home" type="text" value={home} placeholder="Austin, TX" autoComplete="address-level2" onInput={(ev) => setHome(ev.currentTarget.value)} aria-describedby="home-hint" />
          <p id="home-hint" class="field-hint">Used for remote postings and postings that name no place, to compare pay with where you live.</p>
          <label for="hours">Hours in a full-time year</label>
          <input
            id="hours"
            type="number"
            min={HOURS_PER_YEAR_RANGE.min}
            max={HOURS_PER_YEAR_RANGE.max}
            step={1}
            value={hours}
            onInput={(ev) => setHours(ev.currentTarget.value)}
            aria-describedby="hours-hint"
            aria-invalid={!hoursOk}
          />
          <p id="hours-hint" class="field-hint">
            Turns hourly pay into yearly pay. 2,080 is 40 hours for 52 weeks.
            {!hoursOk && ` Enter a whole number from ${HOURS_PER_YEAR_RANGE.min} to ${HOURS_PER_YEAR_RANGE.max}.`}
          </p>
        </fieldset>
        <fieldset>
          <legend>What the side panel shows</legend>
          {REPORT_PARTS.map((part) => (
            <label key={part}>
              <input type="checkbox" checked={show[part]} onChange={(ev) => setShow({ ...show, [part]: ev.currentTarget.checked })} /> {PART_NAME[part]}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="primary" disabled={!hoursOk}>
          Save
        </button>{' '}
        <span role="status" class="small muted">
          {saved ? 'Saved.' : ''}
        </span>
      </form>
      <section class="privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          ScopeFit reads job postings in your browser and keeps its reports, your history and these settings on this computer. It
          sends nothing anywhere: no account, no tracking, no servers.
        </p>
      </section>
      <section class="sources" aria-labelledby="sources-heading" data-testid="data-sources">
        <h2 id="sources-heading">Data sources</h2>
        <p class="small">
          Wages: BLS OEWS May 2025 (U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics), nationally and by
          state; public domain. Occupation titles: BLS SOC 2018 direct-match titles and O*NET 29.3.
        </p>
        <p class="small" data-testid="onet-attribution">{ONET_ATTRIBUTION}</p>
      </section>
    </main>
  );
}
