/** Thời gian đăng of an article: a date (31/01/2024) and a 24-hour time, stored as "YYYY-MM-DDTHH:mm". */
import { useState } from 'react';
import { useLocale } from '../i18n/locale';
import { DateField } from './DateField';
import { frameFieldId } from './frame-fields';
import { TimeField } from './TimeField';

const DEFAULT_TIME = '08:00';

export function PublishedAtField({ value, onChange }: { value: string | null; onChange(value: string | null): void }) {
  const { t } = useLocale();
  const date = value ? value.slice(0, 10) : null;
  const time = value ? value.slice(11, 16) : '';
  // A time typed before the date waits for it.
  const [typedTime, setTypedTime] = useState(time);
  return (
    <div className="form-row">
      <div className="form-field">
        <label htmlFor={frameFieldId('publishedAt')}>{t.publishedAt}</label>
        <DateField id={frameFieldId('publishedAt')} value={date} onChange={(next) => onChange(next ? `${next}T${time || typedTime || DEFAULT_TIME}` : null)} />
      </div>
      <div className="form-field form-field-narrow">
        <label htmlFor="frame-publishedTime">{t.publishedTime}</label>
        <TimeField id="frame-publishedTime" value={time} placeholder={DEFAULT_TIME} onChange={(next) => {
            setTypedTime(next);
            if (date) onChange(`${date}T${next}`);
          }} />
      </div>
    </div>
  );
}
