/**
 * The options form: a view of Settings and the local key store. Everything comes in through props
 * (main.tsx reads storage and the browser's APIs); every change goes out as a whole new value.
 */
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { boundFontSize, boundLineHeight, FONT_SIZE_MAX, FONT_SIZE_MIN, LINE_HEIGHT_MAX, LINE_HEIGHT_MIN, LINE_HEIGHT_STEP, type EngineChoice, type PanelLayout, type Settings, type Theme } from '../../lib/settings';
import { SECRET_FIELDS, type EngineId } from '../../lib/translate/engine';
import type { EngineSecrets } from '../../lib/engine-secrets';
import type { EngineField } from '../../lib/translate';
import { ENGINE_FIELDS, engineFieldValue, parseNeverRunOn, setEngineField } from './options-model';

export const OPTIONS_STRING_KEYS = [
  'optionsTitle', 'optionsEngineHeading', 'optionsEngineHint', 'optionsEngineLabel', 'optionsEngineAuto', 'optionsEngineNone',
  'optionsFieldKey', 'optionsFieldKeyId', 'optionsFieldEndpoint', 'optionsFieldModel', 'optionsFieldRegion', 'optionsFieldPlan',
  'optionsPlanFree', 'optionsPlanPro', 'optionsKeysLocal', 'optionsAccessDenied', 'optionsClearCache',
  'optionsReadingHeading', 'optionsLayout', 'optionsLayoutAuto', 'optionsLayoutSideBySide', 'optionsLayoutInterleaved', 'layoutSingle',
  'optionsPrimary', 'optionsPrimaryKo', 'optionsPrimaryEn', 'optionsFontSize', 'optionsLineHeight',
  'optionsTheme', 'optionsThemeAuto', 'optionsThemeLight', 'optionsThemeDark', 'optionsThemeSepia', 'optionsAutoOpen', 'optionsUnderlineSaved',
  'optionsSitesHeading', 'optionsNeverRunOn', 'optionsShortcutsHeading', 'optionsShortcutsOpen', 'optionsShortcutsFirefoxHint',
] as const;

export type OptionsStrings = Record<(typeof OPTIONS_STRING_KEYS)[number], string>;

export interface OptionsFormProps {
  settings: Settings;
  secrets: EngineSecrets;
  strings: OptionsStrings;
  /**
   * Engine ids in menu order (after 'auto') with the name shown for each, and for a keyless web
   * engine what to tell the user next to the choice (where the text goes; unofficial endpoint).
   */
  engines: ReadonlyArray<{ id: EngineId; label: string; notice?: string }>;
  /** "Not a site" message for the lines typed into the never-run list that are not hosts. */
  rejectedSites: (lines: string[]) => string;
  /** A line under the form ("Saved.", an error with its next step), or null. */
  status: string | null;
  /** The engine whose host access the browser refused, if any. */
  accessDenied: EngineId | null;
  /** True in Firefox, where the shortcut page cannot always be opened for the user. */
  firefoxShortcutsHint: boolean;
  onSettings(next: Settings): void;
  onSecrets(next: EngineSecrets, settings: Settings): void;
  onEngineChosen(choice: EngineChoice): void;
  onClearCache(): void;
  onOpenShortcuts(): void;
}

const FIELD_LABEL: Record<EngineField, keyof OptionsStrings> = {
  key: 'optionsFieldKey',
  keyId: 'optionsFieldKeyId',
  endpoint: 'optionsFieldEndpoint',
  model: 'optionsFieldModel',
  region: 'optionsFieldRegion',
  plan: 'optionsFieldPlan',
};

export function OptionsForm(props: OptionsFormProps): JSX.Element {
  const { settings, secrets, strings: s } = props;
  const set = <K extends keyof Settings>(name: K, value: Settings[K]) => props.onSettings({ ...settings, [name]: value });
  // The fields and notice belong to a chosen engine, not to 'auto' or none.
  const engine = settings.engine === 'auto' ? null : settings.engine;
  const notice = props.engines.find((entry) => entry.id === engine)?.notice;

  const engineField = (id: EngineId, field: EngineField) => {
    const value = engineFieldValue(id, field, settings, secrets);
    const save = (text: string) => {
      const next = setEngineField(settings, secrets, id, field, text);
      props.onSecrets(next.secrets, next.settings);
    };
    if (field === 'plan') {
      return (
        <label key={field}>
          {s.optionsFieldPlan}
          <select name={`${id}-plan`} value={value || 'free'} onChange={(e) => save(e.currentTarget.value)}>
            <option value="free">{s.optionsPlanFree}</option>
            <option value="pro">{s.optionsPlanPro}</option>
          </select>
        </label>
      );
    }
    const input = { name: `${id}-${field}`, autocomplete: 'off', spellcheck: false, value, onChange: (e: TargetedEvent<HTMLInputElement>) => save(e.currentTarget.value) };
    return (
      <label key={field}>
        {s[FIELD_LABEL[field]]}
        {field === 'key' ? <input type="password" {...input} /> : <input type="text" {...input} />}
      </label>
    );
  };

  return (
    <main>
      <h1>{s.optionsTitle}</h1>

      <section aria-labelledby="engine-heading">
        <h2 id="engine-heading">{s.optionsEngineHeading}</h2>
        <p class="hint">{s.optionsEngineHint}</p>
        <label>
          {s.optionsEngineLabel}
          <select name="engine" value={settings.engine ?? ''} aria-describedby={notice ? 'engine-notice' : undefined} onChange={(e) => props.onEngineChosen((e.currentTarget.value || null) as EngineChoice)}>
            <option value="auto">{s.optionsEngineAuto}</option>
            {props.engines.map(({ id, label }) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
            <option value="">{s.optionsEngineNone}</option>
          </select>
        </label>
        {notice && (
          <p class="notice" id="engine-notice" data-engine-notice={engine ?? undefined}>
            {notice}
          </p>
        )}
        {engine && ENGINE_FIELDS[engine].length > 0 && (
          <fieldset>
            {ENGINE_FIELDS[engine].map((field) => engineField(engine, field))}
            {ENGINE_FIELDS[engine].some((field) => SECRET_FIELDS.includes(field)) && <p class="hint">{s.optionsKeysLocal}</p>}
          </fieldset>
        )}
        {props.accessDenied && props.accessDenied === engine && (
          <p class="error" role="alert">
            {s.optionsAccessDenied}
          </p>
        )}
        <button type="button" name="clear-cache" onClick={props.onClearCache}>
          {s.optionsClearCache}
        </button>
      </section>

      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">{s.optionsReadingHeading}</h2>
        <SelectField
          name="layout"
          label={s.optionsLayout}
          value={settings.layout}
          choices={[['auto', s.optionsLayoutAuto], ['side-by-side', s.optionsLayoutSideBySide], ['interleaved', s.optionsLayoutInterleaved], ['single', s.layoutSingle]]}
          onChoose={(layout: PanelLayout) => set('layout', layout)}
        />
        <SelectField
          name="primary"
          label={s.optionsPrimary}
          value={settings.primary}
          choices={[['ko', s.optionsPrimaryKo], ['en', s.optionsPrimaryEn]]}
          onChoose={(primary: Settings['primary']) => set('primary', primary)}
        />
        <NumberField name="fontSize" label={s.optionsFontSize} min={FONT_SIZE_MIN} max={FONT_SIZE_MAX} step={1} value={settings.fontSize} onValue={(n) => set('fontSize', boundFontSize(n))} />
        <NumberField name="lineHeight" label={s.optionsLineHeight} min={LINE_HEIGHT_MIN} max={LINE_HEIGHT_MAX} step={LINE_HEIGHT_STEP} value={settings.lineHeight} onValue={(n) => set('lineHeight', boundLineHeight(n))} />
        <SelectField
          name="theme"
          label={s.optionsTheme}
          value={settings.theme}
          choices={[['auto', s.optionsThemeAuto], ['light', s.optionsThemeLight], ['dark', s.optionsThemeDark], ['sepia', s.optionsThemeSepia]]}
          onChoose={(theme: Theme) => set('theme', theme)}
        />
        <label class="check">
          <input name="autoOpen" type="checkbox" checked={settings.autoOpen} onChange={(e) => set('autoOpen', e.currentTarget.checked)} />
          {s.optionsAutoOpen}
        </label>
        <label class="check">
          <input name="underlineSavedWords" type="checkbox" checked={settings.underlineSavedWords} onChange={(e) => set('underlineSavedWords', e.currentTarget.checked)} />
          {s.optionsUnderlineSaved}
        </label>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{s.optionsSitesHeading}</h2>
        <NeverRunOn label={s.optionsNeverRunOn} hosts={settings.neverRunOn} rejectedSites={props.rejectedSites} onHosts={(hosts) => set('neverRunOn', hosts)} />
      </section>

      <section aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">{s.optionsShortcutsHeading}</h2>
        <button type="button" name="shortcuts" onClick={props.onOpenShortcuts}>
          {s.optionsShortcutsOpen}
        </button>
        {props.firefoxShortcutsHint && <p class="hint">{s.optionsShortcutsFirefoxHint}</p>}
      </section>

      <p class="status" role="status">
        {props.status ?? ''}
      </p>
    </main>
  );
}

/** A setting with a few choices, each a value and its label. */
function SelectField<T extends string>(props: { name: string; label: string; value: T; choices: [T, string][]; onChoose(value: T): void }): JSX.Element {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChoose(e.currentTarget.value as T)}>
        {props.choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A number setting: the schema's bounds on the input, and the value brought within them by `onValue`'s caller. */
function NumberField(props: { name: string; label: string; min: number; max: number; step: number; value: number; onValue(value: number): void }): JSX.Element {
  return (
    <label>
      {props.label}
      <input
        name={props.name}
        type="number"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        onChange={(e) => {
          const value = Number(e.currentTarget.value);
          if (e.currentTarget.value.trim() !== '' && Number.isFinite(value)) props.onValue(value);
        }}
      />
    </label>
  );
}

function NeverRunOn(props: { label: string; hosts: string[]; rejectedSites: (lines: string[]) => string; onHosts(hosts: string[]): void }): JSX.Element {
  // A line that is not a host is named back to the user, not dropped silently.
  const [rejected, setRejected] = useState<string[]>([]);
  return (
    <label>
      {props.label}
      <textarea
        name="neverRunOn"
        rows={5}
        spellcheck={false}
        value={props.hosts.join('\n')}
        onChange={(e) => {
          const parsed = parseNeverRunOn(e.currentTarget.value);
          setRejected(parsed.rejected);
          props.onHosts(parsed.hosts);
        }}
      />
      {rejected.length > 0 && (
        <span class="error" role="alert">
          {props.rejectedSites(rejected)}
        </span>
      )}
    </label>
  );
}
