/**
 * "Các bên ký kết / Nội dung giao ước" of a pledge ("Nội dung phối hợp" of a programme) (docs/nd30-rules.md §9): parties with
 * their representative and TM. line, the host (signs top right), the numbered commitments with a
 * shared target or one per party, and the signing order. Tens of rows at most: plain inputs in
 * tables, saved shortly after each change (pledges.save).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { hasPerPartyTargets, type Commitment, type PledgeContent, type PledgeParty } from '../../../shared/pledge/pledge';
import { partiesInSigningOrder, signingOrderWithNewHost } from '../../../shared/pledge/signing-order';
import type { DocumentKind } from '../../../shared/document/kind';
import { api } from '../api/client';
import { useListStrings } from '../attendees/strings';
import { announceDataSaved } from '../attendees/use-printed-body';
import '../attendees/attendees.css';
import { formatClockTime } from '../documents/document-groups';

const SAVE_DELAY_MS = 700;

/** A party or commitment without its required text is not saved yet (the schema would refuse it). */
function savable(content: PledgeContent): boolean {
  return !content.parties.some((party) => !party.name.trim()) && !content.commitments.some((item) => !item.content.trim());
}

function newId(): string {
  return crypto.randomUUID();
}

export function PledgeEditor({ documentId, kind, onError }: { documentId: string; kind: DocumentKind; onError(error: unknown): void }) {
  const s = useListStrings();
  const [content, setContent] = useState<PledgeContent | null>(null);
  const [perParty, setPerParty] = useState(false);
  const [status, setStatus] = useState('');
  const loaded = useRef<PledgeContent | null>(null);

  useEffect(() => {
    api['pledges.get']({ documentId }).then((pledge) => {
      const value = { parties: pledge.parties, commitments: pledge.commitments, signatureOrder: pledge.signatureOrder };
      loaded.current = value;
      setContent(value);
      setPerParty(hasPerPartyTargets(pledge.commitments));
    }, onError);
  }, [documentId, onError]);

  const save = useCallback(
    (value: PledgeContent) => {
      setStatus(s.saving);
      api['pledges.save']({ documentId, content: value }).then(
        () => {
          announceDataSaved(documentId);
          setStatus(s.saved(formatClockTime(new Date())));
        },
        (error: unknown) => {
          setStatus(s.saveFailed);
          onError(error);
        },
      );
    },
    [documentId, onError, s],
  );

  // What is on screen and what was last sent: leaving the tab inside the save delay sends the rest.
  const latest = useRef<PledgeContent | null>(null);
  latest.current = content;
  const saveRef = useRef(save);
  saveRef.current = save;
  const saveIfPending = useCallback((value: PledgeContent | null) => {
    if (!value || value === loaded.current || !savable(value)) return;
    loaded.current = value;
    saveRef.current(value);
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => saveIfPending(content), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [content, saveIfPending]);

  // The clerk switches to "Văn bản" (or another document) within the delay: save now, never drop it.
  useEffect(() => () => saveIfPending(latest.current), [saveIfPending]);

  if (!content) return <div className="pledge-editor att-muted">{s.loading}</div>;

  const update = (next: Partial<PledgeContent>) => setContent({ ...content, ...next });
  const setParty = (id: string, patch: Partial<PledgeParty>) => {
    const parties = content.parties.map((party) => (party.id === id ? { ...party, ...patch } : patch.isHost ? { ...party, isHost: false } : party));
    update(patch.isHost ? { parties, signatureOrder: signingOrderWithNewHost(parties, content.signatureOrder) } : { parties });
  };
  const setCommitment = (id: string, patch: Partial<Commitment>) => update({ commitments: content.commitments.map((item) => (item.id === id ? { ...item, ...patch } : item)) });
  // The order as it prints (the shared rule), so the list here is the grid on paper.
  const order = partiesInSigningOrder(content.parties, content.signatureOrder).map((party) => party.id);
  const moveSigner = (index: number, delta: -1 | 1) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(Math.max(0, Math.min(next.length, index + delta)), 0, item);
    update({ signatureOrder: next });
  };

  return (
    <div className="pledge-editor">
      <p className="att-muted" aria-live="polite">
        {status}
      </p>
      <h3>{s.parties}</h3>
      {/* Tên đơn vị takes the room ("Ủy ban MTTQ Việt Nam phường Khương Đình"), the rest what they hold (attendees.css). */}
      <table className="pledge-table">
        <colgroup>
          <col className="pledge-col-number" />
          <col />
          <col className="pledge-col-person" />
          <col className="pledge-col-title" />
          <col className="pledge-col-authority" />
          <col className="pledge-col-host" />
          <col className="pledge-col-remove" />
        </colgroup>
        <thead>
          <tr>
            <th>{s.stt}</th>
            <th>{s.partyName}</th>
            <th>{s.representative}</th>
            <th>{s.partyTitle}</th>
            <th>{s.authorityLine}</th>
            <th>{s.host}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {content.parties.map((party, index) => (
            <tr key={party.id}>
              <td>{index + 1}</td>
              <td>
                {/* A name on one line in the Word file, wrapped here when long rather than cut: no line breaks in it. */}
                <textarea
                  className="pledge-text pledge-party-name"
                  rows={1}
                  aria-label={s.partyName}
                  value={party.name}
                  onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
                  onChange={(event) => setParty(party.id, { name: event.target.value.replace(/\s*[\r\n]+\s*/g, ' ') })}
                />
              </td>
              <td>
                <input aria-label={s.representative} value={party.representative} onChange={(event) => setParty(party.id, { representative: event.target.value })} />
              </td>
              <td>
                <input aria-label={s.partyTitle} value={party.title} onChange={(event) => setParty(party.id, { title: event.target.value })} />
              </td>
              <td>
                <input aria-label={s.authorityLine} value={party.authorityLine} placeholder="TM. BAN THƯỜNG TRỰC …" onChange={(event) => setParty(party.id, { authorityLine: event.target.value })} />
              </td>
              <td>
                <input type="radio" name="pledge-host" aria-label={s.host} checked={party.isHost} onChange={() => setParty(party.id, { isHost: true })} />
              </td>
              <td>
                <button
                  type="button"
                  className="button button-danger-quiet"
                  onClick={() =>
                    update({
                      parties: content.parties.filter((item) => item.id !== party.id),
                      signatureOrder: content.signatureOrder.filter((id) => id !== party.id),
                      commitments: content.commitments.map((item) => {
                        const { [party.id]: _dropped, ...rest } = item.targetsByParty;
                        return { ...item, targetsByParty: rest };
                      }),
                    })
                  }
                >
                  {s.remove}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        onClick={() => {
          const id = newId();
          update({ parties: [...content.parties, { id, name: '', representative: '', title: 'Chủ tịch', authorityLine: 'TM. BAN THƯỜNG TRỰC', isHost: content.parties.length === 0 }], signatureOrder: [...order, id] });
        }}
      >
        {s.addParty}
      </button>

      <h3>{s.commitments(kind)}</h3>
      <label>
        <input type="checkbox" checked={perParty} onChange={(event) => setPerParty(event.target.checked)} /> {s.perParty}
      </label>
      <table className="pledge-table">
        <colgroup>
          <col className="pledge-col-number" />
          <col />
          <col className="pledge-col-target" />
          {perParty && content.parties.map((party) => <col key={party.id} className="pledge-col-target" />)}
          <col className="pledge-col-note" />
          <col className="pledge-col-remove" />
        </colgroup>
        <thead>
          <tr>
            <th>{s.number}</th>
            <th>{s.content}</th>
            <th>{s.target}</th>
            {perParty && content.parties.map((party) => <th key={party.id}>{party.name || '…'}</th>)}
            <th>{s.note}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {content.commitments.map((item) => (
            <tr key={item.id}>
              <td>
                <input aria-label={s.number} value={item.number} onChange={(event) => setCommitment(item.id, { number: event.target.value })} />
              </td>
              <td>
                <textarea className="pledge-text" aria-label={s.content} rows={2} value={item.content} onChange={(event) => setCommitment(item.id, { content: event.target.value })} />
              </td>
              <td>
                <input aria-label={s.target} value={item.target} onChange={(event) => setCommitment(item.id, { target: event.target.value })} />
              </td>
              {perParty &&
                content.parties.map((party) => (
                  <td key={party.id}>
                    <input
                      aria-label={`${s.target} ${party.name}`}
                      value={item.targetsByParty[party.id] ?? ''}
                      placeholder={item.target}
                      onChange={(event) => {
                        const { [party.id]: _old, ...rest } = item.targetsByParty;
                        setCommitment(item.id, { targetsByParty: event.target.value.trim() ? { ...rest, [party.id]: event.target.value } : rest });
                      }}
                    />
                  </td>
                ))}
              <td>
                <input aria-label={s.note} value={item.note} onChange={(event) => setCommitment(item.id, { note: event.target.value })} />
              </td>
              <td>
                <button type="button" className="button button-danger-quiet" onClick={() => update({ commitments: content.commitments.filter((other) => other.id !== item.id) })}>
                  {s.remove}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        onClick={() => update({ commitments: [...content.commitments, { id: newId(), number: `${content.commitments.length + 1}.`, content: '', target: '', targetsByParty: {}, note: '' }] })}
      >
        {s.addCommitment}
      </button>

      <h3>{s.signatureOrder}</h3>
      <ol>
        {order.map((id, index) => {
          const party = content.parties.find((item) => item.id === id);
          return (
            <li key={id}>
              {party?.name || '…'}
              {party?.isHost ? ` (${s.host})` : ''}{' '}
              <button type="button" className="button" disabled={index === 0} onClick={() => moveSigner(index, -1)}>
                ↑
              </button>{' '}
              <button type="button" className="button" disabled={index === order.length - 1} onClick={() => moveSigner(index, 1)}>
                ↓
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
