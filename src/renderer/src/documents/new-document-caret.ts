/**
 * A document just made from a template opens with the caret where the clerk starts typing, not on
 * the page: a list on its grid (the first cell), a pledge or programme on the first empty field of
 * its parties, any other on the body at the template's first leftover ("…", "[tên đơn vị]") —
 * selected, so typing replaces it, as a Word template's placeholder — or at the body's start.
 */
import type { Editor } from '@tiptap/core';
import { useEffect, type RefObject } from 'react';
import type { BodyDoc } from '../../../shared/document/body';
import { bodyLeftovers } from '../../../shared/check/rules/leftover';
import { focusWhenReady } from '../app/focus-when-ready';

const TEXT_FIELDS = 'input:not([type]), input[type="text"], textarea';

/** The place to type once it is on screen; null while the kind's data is still loading. */
function startingPlace(page: HTMLElement): HTMLElement | null {
  const grid = page.querySelector<HTMLElement>('.att-grid');
  if (grid) return grid;
  const pledge = page.querySelector<HTMLElement>('.pledge-editor:not(.att-muted)');
  if (pledge) {
    const fields = [...pledge.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_FIELDS)];
    return fields.find((field) => field.value === '') ?? fields[0] ?? pledge.querySelector<HTMLElement>('button');
  }
  return page.querySelector<HTMLElement>('.doc-body[contenteditable="true"]');
}

export function useNewDocumentCaret(isNew: boolean, page: RefObject<HTMLElement | null>, editor: Editor | null): void {
  useEffect(() => {
    if (!isNew || !editor) return;
    return focusWhenReady(
      () => (page.current ? startingPlace(page.current) : null),
      (place) => {
        if (!place.classList.contains('doc-body')) return place.focus();
        // The template's first leftover ("…", "[tên đơn vị]"), as the check finds it (shared/check/rules/leftover.ts).
        const placeholder = bodyLeftovers(editor.getJSON() as BodyDoc)[0] ?? null;
        const chain = editor.chain().focus(placeholder ? undefined : 'start');
        (placeholder ? chain.setTextSelection(placeholder) : chain).scrollIntoView().run();
      },
    );
  }, [isNew, page, editor]);
}
