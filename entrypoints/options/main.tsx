// Settings page: loads the settings, shows the form, saves what the user submits.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/styles.css';
import { getSettings, setSettings } from '../../extension/stores';
import type { Settings } from '../../extension/settings';
import { SettingsForm } from '../../components/SettingsForm';

function OptionsApp() {
  const [settings, setLoaded] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void getSettings().then(setLoaded), []);
  if (settings === null) return <main class="page" aria-busy="true" />;
  const onSave = (next: Settings): void => {
    setSaved(false);
    void setSettings(next).then(() => setSaved(true));
  };
  return <SettingsForm settings={settings} onSave={onSave} saved={saved} />;
}

const root = document.getElementById('app');
if (root !== null) render(<OptionsApp />, root);
