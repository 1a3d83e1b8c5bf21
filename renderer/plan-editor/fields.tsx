/**
 * The plan editor's fields. Each shows the draft's value, is checked at every key, and
 * shows beside it the errors and warnings whose path is its own (a warning with a fix
 * has a button that applies it). What is typed stays in the field, valid or not.
 */
import { Button, Input, Select, Switch } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { outputNumber } from '../../models/numbers/output-number';
import { PLAIN_FIELD, type FieldScale } from '../../models/numbers/percent-scale';
import { messagesAt } from '../../models/plan/plan-field-issues';
import { applyWarningFix } from '../../models/plan/plan-warnings';
import { checkNumberText } from '../components/number-field';
import { usePlanDraft } from './use-plan-draft';

/** A testid from a field path: indicators[3].base.value → pe-indicators-3-base-value. */
export const fieldTestId = (path: string): string => `pe-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

interface ShellProps {
  label: ReactNode;
  /** The field's path, as validation names it. */
  path: string;
  /** A message of the field's own before the draft's (text that is not a number). */
  localError?: string | null;
  hint?: ReactNode;
  wide?: boolean;
  /** How the field shows the stored number (percent for a fraction): a fix's value is shown the same way. */
  scale?: FieldScale;
  children: (props: { id: string; status: '' | 'error' | 'warning'; describedBy: string }) => ReactNode;
}

export function FieldShell({ label, path, localError, hint, wide, scale = PLAIN_FIELD, children }: ShellProps) {
  const { t } = useTranslation();
  const { issues, edit } = usePlanDraft();
  const id = useId();
  const errors = localError ? [localError] : messagesAt(issues.errors, path).map((e) => e.message);
  const warnings = messagesAt(issues.warnings, path);
  const status = errors.length > 0 ? 'error' : warnings.length > 0 ? 'warning' : '';
  const msgId = `${id}-msg`;
  const testId = fieldTestId(path);
  return (
    <div className={`pe-field${wide ? ' pe-wide' : ''}`}>
      <label htmlFor={id} className="pe-label">
        {label}
      </label>
      {children({ id, status, describedBy: msgId })}
      <div id={msgId} aria-live="polite" className="pe-messages">
        {errors.map((m) => (
          <div key={m} className="pe-error" data-testid={`${testId}-error`}>
            {m}
          </div>
        ))}
        {errors.length === 0
          ? warnings.map((w) => (
              <div key={w.code} className="pe-warning" data-testid={`${testId}-warning`}>
                <span>{w.message}</span>
                {w.fix ? (
                  <Button
                    size="small"
                    type="link"
                    data-testid={`${testId}-fix`}
                    onClick={() => {
                      const fix = w.fix;
                      if (fix !== undefined) edit((d) => applyWarningFix(d, fix));
                    }}
                  >
                    {fix(t, w.fix.value === undefined ? undefined : shownNumber(scale, w.fix.value))}
                  </Button>
                ) : null}
              </div>
            ))
          : null}
        {errors.length === 0 && warnings.length === 0 && hint ? <div className="pe-hint">{hint}</div> : null}
      </div>
    </div>
  );
}

const fix = (t: (k: string, o?: Record<string, unknown>) => string, value: string | undefined) =>
  value === undefined ? t('planEditor.fixRemove') : t('planEditor.fixTo', { value });

/** A stored number as its field shows it: in the field's scale (6.5 for 0.065), without float noise. */
export function shownNumber(scale: FieldScale, stored: number): string {
  const v = outputNumber(scale.toShown(stored));
  return v === null ? '' : String(v);
}

export function TextField({
  label,
  path,
  value,
  onText,
  multiline,
  hint,
  wide,
}: {
  label: ReactNode;
  path: string;
  value: string;
  onText(text: string, gesture: string): void;
  multiline?: boolean;
  hint?: ReactNode;
  wide?: boolean;
}) {
  const { endGesture } = usePlanDraft();
  return (
    <FieldShell label={label} path={path} hint={hint} wide={wide ?? multiline}>
      {({ id, status, describedBy }) =>
        multiline ? (
          <Input.TextArea
            id={id}
            value={value}
            status={status}
            aria-describedby={describedBy}
            autoSize={{ minRows: 2, maxRows: 5 }}
            data-testid={fieldTestId(path)}
            onChange={(e) => onText(e.target.value, path)}
            onBlur={endGesture}
          />
        ) : (
          <Input
            id={id}
            value={value}
            status={status}
            aria-describedby={describedBy}
            data-testid={fieldTestId(path)}
            onChange={(e) => onText(e.target.value, path)}
            onBlur={endGesture}
          />
        )
      }
    </FieldShell>
  );
}

/**
 * A number typed as text: applied at each key once it reads as a number; half-typed
 * ("-", "5e") waits; text that is no number is kept in the field with a message.
 * `nullable`: an empty field means "not known" (null). `scale`: how the stored number
 * is shown and typed (PERCENT_FIELD: a growth stored as 0.065 shows and is typed as
 * 6.5); the field shows it without float noise, and a field left untouched never
 * writes its value back.
 */
export function NumberText({
  label,
  path,
  value,
  onValue,
  nullable,
  hint,
  scale = PLAIN_FIELD,
}: {
  label: ReactNode;
  path: string;
  value: number | null;
  onValue(value: number | null, gesture: string): void;
  nullable?: boolean;
  hint?: ReactNode;
  scale?: FieldScale;
}) {
  const { t } = useTranslation();
  const { endGesture } = usePlanDraft();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? (value === null ? '' : shownNumber(scale, value));
  const onChange = (typed: string) => {
    setText(typed);
    if (typed.trim() === '') {
      if (nullable) {
        setError(null);
        onValue(null, path);
      } else setError(t('planEditor.required'));
      return;
    }
    const r = checkNumberText(typed, -Infinity, Infinity);
    if (r.kind === 'ok') {
      setError(null);
      onValue(scale.toStored(r.value), path);
    } else if (r.kind === 'partial') setError(null);
    else setError(t('planEditor.notNumber', { text: typed.slice(0, 20) }));
  };
  return (
    <FieldShell label={label} path={path} localError={error} hint={hint} scale={scale}>
      {({ id, status, describedBy }) => (
        <Input
          id={id}
          value={shown}
          inputMode="decimal"
          status={status}
          aria-describedby={describedBy}
          data-testid={fieldTestId(path)}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => {
            if (error === null) setText(null);
            endGesture();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text !== null) {
              e.stopPropagation();
              setText(null);
              setError(null);
            }
          }}
        />
      )}
    </FieldShell>
  );
}

export function SelectField<V extends string>({
  label,
  path,
  value,
  options,
  onSelect,
  hint,
  allowClear,
  placeholder,
  showSearch,
}: {
  label: ReactNode;
  path: string;
  value: V | undefined;
  options: { value: V; label: ReactNode; title?: string }[];
  onSelect(value: V | undefined): void;
  hint?: ReactNode;
  allowClear?: boolean;
  placeholder?: string;
  showSearch?: boolean;
}) {
  return (
    <FieldShell label={label} path={path} hint={hint}>
      {({ id, status, describedBy }) => (
        <Select<V>
          id={id}
          value={value}
          status={status}
          aria-describedby={describedBy}
          options={options}
          allowClear={allowClear}
          placeholder={placeholder}
          showSearch={showSearch ? { optionFilterProp: 'title' } : false}
          data-testid={fieldTestId(path)}
          onChange={(v) => onSelect(v)}
          popupMatchSelectWidth={false}
        />
      )}
    </FieldShell>
  );
}

/** An on/off field (a switch) with its label and hint. */
export function SwitchField({ label, path, value, onChange, hint }: { label: ReactNode; path: string; value: boolean; onChange(value: boolean): void; hint?: ReactNode }) {
  return (
    <FieldShell label={label} path={path} hint={hint}>
      {({ id, describedBy }) => <Switch id={id} checked={value} aria-describedby={describedBy} data-testid={fieldTestId(path)} onChange={(v) => onChange(v)} />}
    </FieldShell>
  );
}
