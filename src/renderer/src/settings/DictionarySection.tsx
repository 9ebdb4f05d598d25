/**
 * "Từ điển của bạn" in the settings dialog: the words added with "Thêm vào từ điển" (names, local
 * places) and a way to take one out again; the spell check underlines it once more.
 */
import { useCallback, useEffect, useState } from 'react';
import { addUserWord, loadUserWords, onUserWordsChange, removeUserWord, userWords } from '../editor/user-dictionary';
import { useLocale } from '../i18n/locale';
import './dictionary-section.css';

const collator = new Intl.Collator('vi');
const sorted = () => [...userWords()].sort(collator.compare);

export function DictionarySection({ onError }: { onError(error: unknown): void }) {
  const { t } = useLocale();
  const [words, setWords] = useState<string[] | null>(null);
  const [draft, setDraft] = useState('');
  const refresh = useCallback(() => setWords(sorted()), []);
  useEffect(() => {
    const unsubscribe = onUserWordsChange(refresh);
    loadUserWords().then(refresh, onError);
    return unsubscribe;
  }, [refresh, onError]);

  const add = () => {
    if (!draft.trim()) return;
    addUserWord(draft)
      .then(() => setDraft(''))
      .catch(onError);
  };

  return (
    <fieldset className="dictionary-section" data-testid="user-dictionary">
      <legend>{t.dictionaryTitle}</legend>
      <p className="muted">{t.dictionaryHint}</p>
      <div className="dictionary-add">
        <input
          type="text"
          aria-label={t.dictionaryNewWord}
          placeholder={t.dictionaryNewWord}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the word; it must not submit the profile form.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add} disabled={!draft.trim()}>
          {t.dictionaryAdd}
        </button>
      </div>
      {words === null && <p className="muted">{t.loading}</p>}
      {words?.length === 0 && <p className="muted">{t.dictionaryEmpty}</p>}
      {words && words.length > 0 && (
        <ul className="dictionary-list" aria-label={t.dictionaryTitle}>
          {words.map((word) => (
            <li key={word} className="dictionary-item">
              <span>{word}</span>
              <button type="button" className="link-button" aria-label={`${t.dictionaryRemove} "${word}"`} onClick={() => removeUserWord(word).catch(onError)}>
                {t.dictionaryRemove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
