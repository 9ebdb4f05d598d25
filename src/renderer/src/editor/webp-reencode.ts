/**
 * Word cannot embed a WebP picture (src/main/export/docx/images.ts prints a "[Ảnh định dạng image/webp
 * không đưa được vào Word]" line in its place), and photos saved from the web or a chat often are WebP.
 * So a WebP the clerk picks is decoded by the page itself and stored as JPEG, or as PNG when it has
 * transparent pixels (a logo): the screen, the Word file and the portal page then show the same picture.
 */
export class UndecodableImageError extends Error {}

/** The picture as a JPEG or PNG blob; a WebP the page cannot decode throws UndecodableImageError. */
export async function webpAsWordImage(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new UndecodableImageError('undecodable WebP');
  }
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new UndecodableImageError('no 2d canvas');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let opaque = true;
    for (let alpha = 3; alpha < pixels.length; alpha += 4) {
      if (pixels[alpha] !== 255) {
        opaque = false;
        break;
      }
    }
    return await canvas.convertToBlob(opaque ? { type: 'image/jpeg', quality: 0.92 } : { type: 'image/png' });
  } finally {
    bitmap.close();
  }
}
