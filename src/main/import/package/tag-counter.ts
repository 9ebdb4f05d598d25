/**
 * Counts XML start tags by local name while the bytes stream past, without building anything:
 * in well-formed XML a "<" is always markup, so "<name" (not "</", "<?", "<!") opens an element.
 * Counting is how a package's rows and elements are limited while it is being unpacked.
 */

const LT = 0x3c;
const NAME_LIMIT = 40;

function isNameEnd(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;
}

export class TagCounter {
  /** Start tags seen, every name. */
  total = 0;
  private afterLt = false;
  private name: number[] | null = null;

  /** Called with each local name (prefix stripped) as soon as it is complete. */
  constructor(private readonly onTag: (localName: string) => void = () => {}) {}

  push(chunk: Uint8Array): void {
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index] as number;
      if (this.name) {
        if (isNameEnd(byte) || byte === LT) this.finish();
        else if (this.name.length < NAME_LIMIT) this.name.push(byte);
        if (byte !== LT) continue;
      }
      if (this.afterLt) {
        this.afterLt = false;
        if (byte !== 0x2f && byte !== 0x3f && byte !== 0x21 && byte !== LT) {
          this.total++;
          this.name = [byte];
          continue;
        }
      }
      if (byte === LT) this.afterLt = true;
    }
  }

  private finish(): void {
    const raw = String.fromCharCode(...(this.name as number[]));
    this.name = null;
    this.onTag(raw.slice(raw.indexOf(':') + 1));
  }
}
