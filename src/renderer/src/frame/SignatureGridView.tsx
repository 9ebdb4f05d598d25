/**
 * A pledge's signature grid as the Word file prints it: the same blocks (shared signatureParties,
 * each naming its unit) in the same cells (shared gridLayout, host top right); Nơi nhận follows it
 * (Sheet, shared closingLayout).
 */
import { gridColumnCount, gridLayout, type PartySignature } from '../../../shared/pledge/signature-layout';

export function SignatureGridView({ parties }: { parties: readonly PartySignature[] }) {
  const columns = gridColumnCount(parties.length);
  return (
    <table className="nd30-signature-grid" data-testid="signature-grid">
      <tbody>
        {gridLayout(parties.length).map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((index, column) => {
              const party = index === null ? undefined : parties[index];
              return (
                <td key={column} style={{ width: `${100 / columns}%` }}>
                  {party && (
                    <>
                      {[...party.authorityLine.split('\n'), party.title].filter(Boolean).map((line, lineIndex) => (
                        <div key={lineIndex}>{line}</div>
                      ))}
                      <div className="nd30-sign-space" />
                      <div className="nd30-signer-name">{party.name}</div>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
