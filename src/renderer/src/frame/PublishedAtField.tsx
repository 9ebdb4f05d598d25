/** Thời gian đăng of an article: a date (31/01/2024) and a 24-hour time, stored as "YYYY-MM-DDTHH:mm". */
import { useState } from 'react';
import { useLocale } from '../i18n/locale';
import { DateField } from './DateField';
import { parseClockTime } from './date-input';
import { frameFieldId } from './frame-fields';

const DEFAULT_TIME = '08:00';

export function PublishedAtField({ value, onChange }: { value: string | null; onChange(value: string | null): void }) {
  const { t } = useLocale();
  const date = value ? value.slice(0, 10) : null;
  const time = value ? value.slice(11, 16) : '';
  const [timeText, setTimeText] = useState(time);
  const shownTime = parseClockTime(timeText) === undefined && timeText !== '' ? timeText : time || timeText;
  const badTime = shownTime !== '' && parseClockTime(shownTime) === undefined;
  return (
    <div className="form-row">
      <div className="form-field">
        <label htmlFor={frameFieldId('publishedAt')}>{t.publishedAt}</label>
        <DateField id={frameFieldId('publishedAt')} value={date} onChange={(next) => onChange(next ? `${next}T${parseClockTime(timeText) ?? DEFAULT_TIME}` : null)} />
      </div>
      <div className="form-field form-field-narrow">
        <label htmlFor="frame-publishedTime">{t.publishedTime}</label>
        <input
          id="frame-publishedTime"
          type="text"
          inputMode="numeric"
          placeholder={DEFAULT_TIME}
          value={shownTime}
          onChange={(event) => {
            setTimeText(event.target.value);
            const parsed = parseClockTime(event.target.value);
            if (parsed && date) onChange(`${date}T${parsed}`);
          }}
        />
        {badTime && <div className="field-error">{t.timeFormat}</div>}
      </div>
    </div>
  );
}
