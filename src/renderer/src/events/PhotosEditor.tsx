/**
 * The article's photos in the event form: add (stored through images.put like the editor's
 * "Chèn ảnh", image-upload.ts), caption, move up or down, remove. Held by the form and saved with
 * it (Lưu, Ctrl+S) through events.setPhotos; nothing here writes on its own.
 */
import { useEffect, useRef, useState } from 'react';
import { MAX_EVENT_PHOTOS, type EventPhoto } from '../../../shared/event/event';
import { imageDataUrl } from '../editor/image-cache';
import { uploadImageFile, uploadRefusal } from '../editor/image-upload';
import { Icon } from '../app/icons';
import { useLocale } from '../i18n/locale';
import { useEventStrings } from './strings';
import './photos-editor.css';

/** The caption input of a photo (the form focuses it when its caption is missing). */
export const photoCaptionId = (index: number) => `event-photo-caption-${index}`;
const moveButtonId = (index: number, by: -1 | 1) => `event-photo-${by < 0 ? 'up' : 'down'}-${index}`;

interface PhotosEditorProps {
  photos: EventPhoto[];
  onChange(photos: EventPhoto[]): void;
  notify(text: string): void;
  onError(error: unknown): void;
}

function Thumbnail({ imageId, alt }: { imageId: string; alt: string }) {
  const [src, setSrc] = useState('');
  useEffect(() => {
    let live = true;
    imageDataUrl(imageId).then((url) => live && setSrc(url), () => live && setSrc(''));
    return () => {
      live = false;
    };
  }, [imageId]);
  return <span className="event-photo-thumb">{src && <img src={src} alt={alt} />}</span>;
}

export function PhotosEditor({ photos, onChange, notify, onError }: PhotosEditorProps) {
  const s = useEventStrings();
  const { t } = useLocale();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [focusIndex, setFocusIndex] = useState(-1);
  /**
   * Where the caret goes after ↑ ↓ or Bỏ: each row is drawn anew, so the pressed button is gone —
   * the same arrow of the moved photo (the other one when it reached the end), or after a removal
   * the next photo's caption, else «Thêm ảnh»; ↑ ↑ ↑ from the keyboard keeps moving the same photo.
   */
  const [focusAfter, setFocusAfter] = useState<string[] | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const latest = useRef(photos);
  latest.current = photos;

  useEffect(() => {
    if (focusIndex < 0) return;
    document.getElementById(photoCaptionId(focusIndex))?.focus();
    setFocusIndex(-1);
  }, [focusIndex]);

  useEffect(() => {
    if (!focusAfter) return;
    const target = focusAfter.map((id) => document.getElementById(id)).find((element) => element && !(element as HTMLButtonElement).disabled);
    (target ?? addButton.current)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const move = (index: number, by: -1 | 1) => {
    const next = [...photos];
    const [photo] = next.splice(index, 1);
    next.splice(index + by, 0, photo!);
    onChange(next);
    setFocusAfter([moveButtonId(index + by, by), moveButtonId(index + by, by < 0 ? 1 : -1)]);
  };

  const remove = (index: number) => {
    onChange(photos.filter((_, at) => at !== index));
    // The next photo moves up into this place; the last one removed: the one before it.
    setFocusAfter([photoCaptionId(index < photos.length - 1 ? index : index - 1)]);
  };

  const add = async (files: File[]) => {
    const room = MAX_EVENT_PHOTOS - latest.current.length;
    if (files.length > room) notify(s.photosOver(MAX_EVENT_PHOTOS, files.length - Math.max(room, 0)));
    const taken = files.slice(0, Math.max(room, 0));
    if (!taken.length) return;
    setUploading(true);
    const added: EventPhoto[] = [];
    try {
      // One after another: a refused file is named and the rest still come in.
      for (const file of taken) {
        try {
          const image = await uploadImageFile(file);
          added.push({ imageId: image.imageId, caption: '' });
        } catch (error) {
          const refusal = uploadRefusal(error, t);
          if (refusal) notify(`${file.name}: ${refusal}`);
          else onError(error);
        }
      }
    } finally {
      setUploading(false);
    }
    if (!added.length) return;
    const first = latest.current.length;
    onChange([...latest.current, ...added]);
    // The caption is asked for at once, as the editor puts the caret in a new figure's caption.
    setFocusIndex(first);
  };

  return (
    <div className="form-field event-photos" role="group" aria-labelledby="event-photos-label">
      <span className="event-photos-label" id="event-photos-label">
        {s.photos} <span className="form-hint">{s.photosHint(MAX_EVENT_PHOTOS)}</span>
      </span>
      {photos.length === 0 ? (
        <p className="event-muted">{s.noPhotos}</p>
      ) : (
        <ol className="event-photo-list">
          {photos.map((photo, index) => (
            <li key={`${photo.imageId}:${index}`} className="event-photo">
              <Thumbnail imageId={photo.imageId} alt={photo.caption || s.photoNumber(index + 1)} />
              <label className="event-photo-number" htmlFor={photoCaptionId(index)}>
                {s.photoNumber(index + 1)}
              </label>
              <input
                id={photoCaptionId(index)}
                type="text"
                aria-label={s.photoCaption(index + 1)}
                value={photo.caption}
                placeholder={s.photoCaptionPlaceholder}
                onChange={(e) => onChange(photos.map((item, at) => (at === index ? { ...item, caption: e.target.value } : item)))}
              />
              <button type="button" id={moveButtonId(index, -1)} className="button" aria-label={s.photoUp(index + 1)} title={s.photoUp(index + 1)} disabled={index === 0} onClick={() => move(index, -1)}>
                ↑
              </button>
              <button type="button" id={moveButtonId(index, 1)} className="button" aria-label={s.photoDown(index + 1)} title={s.photoDown(index + 1)} disabled={index === photos.length - 1} onClick={() => move(index, 1)}>
                ↓
              </button>
              <button type="button" className="button button-danger-quiet" aria-label={s.photoRemove(index + 1)} title={s.photoRemove(index + 1)} onClick={() => remove(index)}>
                <Icon name="trash" size={16} />
                {s.remove}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="event-photo-actions">
        <button ref={addButton} type="button" className="button" disabled={uploading || photos.length >= MAX_EVENT_PHOTOS} onClick={() => fileInput.current?.click()}>
          <Icon name="image" size={16} />
          {uploading ? s.uploadingPhotos : s.addPhotos}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          multiple
          hidden
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void add(files);
          }}
        />
      </div>
    </div>
  );
}
