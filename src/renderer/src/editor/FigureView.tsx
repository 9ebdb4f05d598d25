/** Node view of a figure: the stored image (resolved through images.get) above its editable caption. */
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/locale';
import { FIGURE_MAX_HEIGHT_MM } from '../../../shared/document/figure-size';
import { imageDataUrl } from './image-cache';

// The size the Word file prints (figure-size.ts): at most the text width and the height cap, aspect kept.
const PRINTED_SIZE = { width: 'auto', maxHeight: `${FIGURE_MAX_HEIGHT_MM}mm` } as const;

export function FigureView({ node, selected }: ReactNodeViewProps) {
  const { t } = useLocale();
  const imageId = String(node.attrs.imageId ?? '');
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    setFailed(false);
    if (!imageId) return;
    imageDataUrl(imageId).then(
      (url) => live && setSrc(url),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [imageId]);

  const widthPx = typeof node.attrs.widthPx === 'number' ? node.attrs.widthPx : undefined;
  const heightPx = typeof node.attrs.heightPx === 'number' ? node.attrs.heightPx : undefined;
  const empty = node.content.size === 0;
  return (
    <NodeViewWrapper as="figure" className={`doc-figure${selected ? ' is-selected' : ''}`}>
      <div contentEditable={false} className="doc-figure-image">
        {src ? (
          <img src={src} alt={String(node.attrs.alt ?? '')} width={widthPx} height={heightPx} style={PRINTED_SIZE} draggable={false} />
        ) : (
          <div className="doc-figure-placeholder" style={{ width: widthPx, height: heightPx }}>
            {failed ? t.imageMissing : ''}
          </div>
        )}
      </div>
      <NodeViewContent<'figcaption'> as="figcaption" className={empty ? 'is-empty' : undefined} data-placeholder={t.captionPlaceholder} />
    </NodeViewWrapper>
  );
}
