/**
 * The top bar (docs/ui-conventions.md): history, paragraph style, marks, alignment, lists, table,
 * image, exports, save status. The table tools hold a fixed slot (greyed outside a table) so the page
 * never moves when the caret enters or leaves one; a workspace without the text editor (a list's grid,
 * a pledge's parties) shows no text tools at all.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, type ReactNode } from 'react';
import { Icon, type IconName } from '../app/icons';
import { useLocale } from '../i18n/locale';
import type { Strings } from '../i18n/strings-vi';
import { insertAmountInWords } from './number-words';
import { applyParagraphStyle, currentParagraphStyle, PARAGRAPH_STYLES, STYLE_LABEL_KEYS, type ParagraphStyle } from './paragraph-style';
import './toolbar.css';

export interface ExportAction {
  label: string;
  /** Shorter text on the button when the label is long; the tooltip keeps the full label. */
  shortLabel?: string;
  icon: IconName;
  run(): void;
  busy?: boolean;
}

interface ToolbarProps {
  editor: Editor;
  exports: ExportAction[];
  onImageFile(file: File): void;
  status: ReactNode;
  panelOpen: boolean;
  onTogglePanel(): void;
  /** "Chuẩn hóa dấu": the whole body in the profile's tone-mark style, one undo step. */
  onNormaliseTones(): void;
  /** False while the centre shows no body editor (a grid, the printed view): only exports and status. */
  textTools: boolean;
}

function ToolButton(props: { label: string; icon?: IconName; text?: string; active?: boolean; disabled?: boolean; onClick(): void; className?: string }) {
  return (
    <button
      type="button"
      className={`tool${props.active ? ' is-active' : ''}${props.className ? ` ${props.className}` : ''}`}
      title={props.label}
      aria-label={props.label}
      aria-pressed={props.active}
      disabled={props.disabled}
      // Keep the editor's selection: the button must not take focus on mouse down.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
    >
      {props.icon ? <Icon name={props.icon} /> : <span className="tool-text">{props.text}</span>}
    </button>
  );
}

const ALIGNMENTS: Array<{ value: string; icon: IconName; label: keyof Strings }> = [
  { value: 'left', icon: 'alignLeft', label: 'alignLeft' },
  { value: 'center', icon: 'alignCenter', label: 'alignCenter' },
  { value: 'right', icon: 'alignRight', label: 'alignRight' },
  { value: 'justify', icon: 'alignJustify', label: 'alignJustify' },
];

export function Toolbar({ editor, exports, onImageFile, status, panelOpen, onTogglePanel, onNormaliseTones, textTools }: ToolbarProps) {
  const { t } = useLocale();
  const fileInput = useRef<HTMLInputElement>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      style: currentParagraphStyle(e),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      align: ALIGNMENTS.find((a) => e.isActive({ textAlign: a.value }))?.value ?? null,
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      inTable: e.isActive('table'),
    }),
  });

  const chain = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar" aria-label="Định dạng">
      {textTools && (
        <>
          <div className="tool-group">
            <ToolButton label={t.undo} icon="undo" disabled={!state.canUndo} onClick={() => chain().undo().run()} />
            <ToolButton label={t.redo} icon="redo" disabled={!state.canRedo} onClick={() => chain().redo().run()} />
          </div>
          <div className="tool-group">
            <select
              className="style-select"
              aria-label={t.paragraphStyle}
              title={t.paragraphStyle}
              value={state.style}
              onChange={(event) => applyParagraphStyle(editor, event.target.value as ParagraphStyle)}
            >
              {PARAGRAPH_STYLES.map((style) => (
                <option key={style} value={style}>
                  {t[STYLE_LABEL_KEYS[style]]}
                </option>
              ))}
            </select>
          </div>
          <div className="tool-group">
            <ToolButton label={t.bold} text="B" className="tool-bold" active={state.bold} onClick={() => chain().toggleBold().run()} />
            <ToolButton label={t.italic} text="I" className="tool-italic" active={state.italic} onClick={() => chain().toggleItalic().run()} />
            <ToolButton label={t.underline} text="U" className="tool-underline" active={state.underline} onClick={() => chain().toggleUnderline().run()} />
          </div>
          <div className="tool-group">
            {ALIGNMENTS.map((alignment) => (
              <ToolButton
                key={alignment.value}
                label={t[alignment.label]}
                icon={alignment.icon}
                active={state.align === alignment.value}
                onClick={() => chain().setTextAlign(alignment.value).run()}
              />
            ))}
          </div>
          <div className="tool-group">
            <ToolButton label={t.bulletList} icon="bulletList" active={state.bulletList} onClick={() => chain().toggleBulletList().run()} />
            <ToolButton label={t.orderedList} icon="orderedList" active={state.orderedList} onClick={() => chain().toggleOrderedList().run()} />
          </div>
          <div className="tool-group">
            <ToolButton label={t.insertTable} icon="table" active={state.inTable} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()} />
            <ToolButton label={t.insertImage} icon="image" onClick={() => fileInput.current?.click()} />
            <input
              ref={fileInput}
              type="file"
              accept="image/png,image/jpeg,image/gif,image/webp"
              hidden
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) onImageFile(file);
              }}
            />
          </div>
          <div className="tool-group">
            <button type="button" className="tool tool-wide" title={t.normaliseTonesHint} onMouseDown={(e) => e.preventDefault()} onClick={onNormaliseTones}>
              {t.normaliseTones}
            </button>
            <button type="button" className="tool tool-wide" title={t.amountInWordsHint} onMouseDown={(e) => e.preventDefault()} onClick={() => insertAmountInWords(editor)}>
              {t.amountInWords}
            </button>
          </div>
          <div className="tool-group table-tools" role="group" aria-label={t.tableTools}>
            <ToolButton label={t.tableAddRow} text={t.tableAddRow} className="tool-wide" disabled={!state.inTable} onClick={() => chain().addRowAfter().run()} />
            <ToolButton label={t.tableAddColumn} text={t.tableAddColumn} className="tool-wide" disabled={!state.inTable} onClick={() => chain().addColumnAfter().run()} />
            <ToolButton label={t.tableDeleteRow} text={t.tableDeleteRow} className="tool-wide" disabled={!state.inTable} onClick={() => chain().deleteRow().run()} />
            <ToolButton label={t.tableDeleteColumn} text={t.tableDeleteColumn} className="tool-wide" disabled={!state.inTable} onClick={() => chain().deleteColumn().run()} />
            <ToolButton label={t.tableDelete} text={t.tableDelete} className="tool-wide" disabled={!state.inTable} onClick={() => chain().deleteTable().run()} />
          </div>
        </>
      )}
      <div className="tool-group tool-group-exports">
        {exports.map((action) => (
          <button
            key={action.label}
            type="button"
            className="tool tool-wide tool-export"
            // aria-disabled, not disabled: a disabled button drops the focus to the page, and the
            // clerk who pressed Enter on Xuất Word would have no place to go on from.
            aria-disabled={action.busy || undefined}
            title={action.label}
            aria-label={action.label}
            onClick={action.busy ? undefined : action.run}
          >
            <Icon name={action.icon} size={16} />
            <span>{action.shortLabel ?? action.label}</span>
          </button>
        ))}
      </div>
      <div className="toolbar-spacer" />
      {status}
      <ToolButton label={t.togglePanel} icon="panel" active={panelOpen} onClick={onTogglePanel} />
    </div>
  );
}
