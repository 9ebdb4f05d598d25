/**
 * The article's photos as the event form sets them (events.setPhotos): images already in the store,
 * in the order the article shows them, each with its caption — the portal prints it under the
 * picture, so the form asks for it (a file from the CLI may still leave it empty: the article then
 * says "Quang cảnh {title}").
 */
import { z } from 'zod';
import { EventPhoto, MAX_EVENT_PHOTOS } from './event';

export const EditedPhotos = z
  .array(EventPhoto)
  .max(MAX_EVENT_PHOTOS, `Tối đa ${MAX_EVENT_PHOTOS} ảnh`)
  .superRefine((photos, ctx) => {
    photos.forEach((photo, index) => {
      if (!photo.caption) ctx.addIssue({ code: 'custom', path: [index, 'caption'], message: photoCaptionMissing(index + 1) });
    });
  });

/** "Ảnh 2: thiếu chú thích" — which photo, counted from 1 as the form numbers them. */
function photoCaptionMissing(photoNumber: number): string {
  return `Ảnh ${photoNumber}: thiếu chú thích`;
}


/** The first problem of the photos as the form holds them: which photo (from 0) and the Vietnamese line; null when they can be saved. */
export function photosProblem(photos: ReadonlyArray<{ imageId: string; caption: string }>): { index: number | null; message: string } | null {
  const parsed = EditedPhotos.safeParse(photos);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const at = issue?.path[0];
  return { index: typeof at === 'number' ? at : null, message: issue?.message ?? 'Ảnh không hợp lệ' };
}
