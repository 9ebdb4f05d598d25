/** Small stroke icons for the toolbar (drawn here: the app loads nothing from outside). */
import type { ReactElement } from 'react';

const PATHS: Record<string, ReactElement> = {
  undo: <path d="M4 7h7a3.5 3.5 0 0 1 0 7H8M4 7l3-3M4 7l3 3" />,
  redo: <path d="M14 7H7a3.5 3.5 0 0 0 0 7h3M14 7l-3-3M14 7l-3 3" />,
  alignLeft: <path d="M3 4h12M3 8h8M3 12h12M3 16h8" />,
  alignCenter: <path d="M3 4h12M5 8h8M3 12h12M5 16h8" />,
  alignRight: <path d="M3 4h12M7 8h8M3 12h12M7 16h8" />,
  alignJustify: <path d="M3 4h12M3 8h12M3 12h12M3 16h12" />,
  bulletList: (
    <>
      <path d="M7 5h8M7 10h8M7 15h8" />
      <circle cx="3.5" cy="5" r="1" fill="currentColor" />
      <circle cx="3.5" cy="10" r="1" fill="currentColor" />
      <circle cx="3.5" cy="15" r="1" fill="currentColor" />
    </>
  ),
  orderedList: (
    <>
      <path d="M8 5h7M8 10h7M8 15h7" />
      <path d="M2.5 3.5h1.2v3M2.3 8.6c.4-.6 1.9-.6 1.9.4 0 .8-1.9 1.6-1.9 2.2h2M2.4 13.4h1.8l-1 1.2c.9 0 1.2.4 1.2.9 0 .9-1.5 1-2 .4" strokeWidth="1.1" />
    </>
  ),
  table: <path d="M2.5 3.5h13v11h-13zM2.5 7.5h13M2.5 11h13M7 3.5v11M11.5 3.5v11" />,
  image: (
    <>
      <path d="M2.5 3.5h13v11h-13z" />
      <path d="M2.5 12l3.5-3.5 3 3 2-2 4.5 4" />
      <circle cx="11.5" cy="7" r="1.3" />
    </>
  ),
  word: (
    <>
      <path d="M4 2.5h7l3.5 3.5v9.5H4z" />
      <path d="M6.2 9l1 4 1.3-3 1.3 3 1-4" />
    </>
  ),
  html: (
    <>
      <path d="M6 5L2.5 9 6 13M12 5l3.5 4-3.5 4" />
    </>
  ),
  print: (
    <>
      <path d="M5 7V2.5h8V7" />
      <path d="M5 12.5H3V7h12v5.5h-2" />
      <path d="M5 10.5h8v5H5z" />
    </>
  ),
  calendar: (
    <>
      <path d="M3 4.5h12v10.5H3zM3 8h12M6.5 2.5v3.5M11.5 2.5v3.5" />
      <path d="M6 11h2M10 11h2" />
    </>
  ),
  copy: (
    <>
      <path d="M6 6h8.5v9.5H6z" />
      <path d="M3.5 12V3.5H12" />
    </>
  ),
  panel: (
    <>
      <path d="M2.5 3.5h13v11h-13zM11 3.5v11" />
    </>
  ),
  template: <path d="M3.5 2.5h11v13h-11zM6 6h6M6 9h6M6 12h3" />,
  trash: <path d="M3.5 5h11M7 5V3.5h4V5M5 5l.8 10h6.4L13 5M7.5 7.5v5M10.5 7.5v5" />,
  plus: <path d="M9 3.5v11M3.5 9h11" />,
  settings: (
    <>
      <circle cx="9" cy="9" r="2.2" />
      <path d="M9 2v2M9 14v2M2 9h2M14 9h2M4 4l1.4 1.4M12.6 12.6L14 14M4 14l1.4-1.4M12.6 5.4L14 4" />
    </>
  ),
  search: (
    <>
      <circle cx="8" cy="8" r="4.5" />
      <path d="M11.3 11.3l3.7 3.7" />
    </>
  ),
  close: <path d="M4.5 4.5l9 9M13.5 4.5l-9 9" />,
  check: <path d="M4 9.5l3 3 7-7" />,
  alert: (
    <>
      <circle cx="9" cy="9" r="6.5" />
      <path d="M9 5.5v4.2M9 12.3v.2" />
    </>
  ),
};

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 18 18" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {PATHS[name]}
    </svg>
  );
}
