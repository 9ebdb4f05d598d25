/**
 * A body drawn read-only, with the editor's classes so it looks as the editable sheet does: the
 * "Văn bản" view of lists and pledges shows the printed body (list table, parties, commitments).
 */
import type { ReactNode } from 'react';
import type { BodyDoc, BodyNode } from '../../../shared/document/body';

function inline(node: BodyNode, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  let out: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'underline') out = <u>{out}</u>;
  }
  return <span key={key}>{out}</span>;
}

function block(node: BodyNode, key: number): ReactNode {
  const children = (node.content ?? []).map((child, index) => (child.type === 'text' || child.type === 'hardBreak' ? inline(child, index) : block(child, index)));
  const align = typeof node.attrs?.['textAlign'] === 'string' ? { textAlign: node.attrs['textAlign'] as 'left' } : undefined;
  switch (node.type) {
    case 'paragraph':
      return (
        <p key={key} style={align}>
          {children}
        </p>
      );
    case 'heading': {
      const level = Math.min(4, Math.max(1, Number(node.attrs?.['level'] ?? 2)));
      const Tag = `h${level}` as 'h2';
      return (
        <Tag key={key} style={align}>
          {children}
        </Tag>
      );
    }
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={Number(node.attrs?.['start'] ?? 1)}>
          {children}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'table':
      return (
        <table key={key}>
          <tbody>{children}</tbody>
        </table>
      );
    case 'tableRow':
      return <tr key={key}>{children}</tr>;
    case 'tableHeader':
    case 'tableCell': {
      const Cell = node.type === 'tableHeader' ? 'th' : 'td';
      return (
        <Cell key={key} colSpan={Number(node.attrs?.['colspan'] ?? 1)}>
          {children}
        </Cell>
      );
    }
    case 'figure':
      return (
        <figure key={key}>
          <figcaption>{children}</figcaption>
        </figure>
      );
    default:
      return null;
  }
}

export function BodyView({ body }: { body: BodyDoc }) {
  return (
    <div className="sheet-body">
      <div className="ProseMirror doc-body" data-testid="printed-body">
        {body.content.map((node, index) => block(node, index))}
      </div>
    </div>
  );
}
