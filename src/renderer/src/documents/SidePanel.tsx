/** The right panel (docs/ui-conventions.md): Thông tin văn bản, Kiểm tra, Lịch sử, Xem trước cổng thông tin. */
import type { ReactNode } from 'react';
import { Icon } from '../app/icons';
import { useLocale } from '../i18n/locale';
import type { Strings } from '../i18n/strings-vi';
import './side-panel.css';

export type PanelTab = 'frame' | 'check' | 'history' | 'portal';

const TABS: Array<{ tab: PanelTab; label: keyof Strings; title: keyof Strings }> = [
  { tab: 'frame', label: 'tabFrame', title: 'frameTitle' },
  { tab: 'check', label: 'tabCheck', title: 'checkTitle' },
  { tab: 'history', label: 'tabHistory', title: 'historyTitle' },
  { tab: 'portal', label: 'tabPortal', title: 'portalTitle' },
];

interface SidePanelProps {
  tab: PanelTab;
  onTab(tab: PanelTab): void;
  onClose(): void;
  children: ReactNode;
  footer: ReactNode;
}

export function SidePanel({ tab, onTab, onClose, children, footer }: SidePanelProps) {
  const { t } = useLocale();
  const active = TABS.find((entry) => entry.tab === tab) ?? TABS[0]!;
  return (
    <aside className="side-panel" aria-label={t[active.title]}>
      <div className="side-panel-head">
        <h2>{t[active.title]}</h2>
        <button type="button" className="icon-button" title={`${t.close} (Esc)`} aria-label={t.close} onClick={onClose}>
          <Icon name="close" size={16} />
        </button>
      </div>
      <div className="panel-tabs" role="tablist">
        {TABS.map((entry) => (
          <button
            key={entry.tab}
            type="button"
            role="tab"
            aria-selected={entry.tab === tab}
            title={t[entry.title]}
            className={`panel-tab${entry.tab === tab ? ' is-active' : ''}`}
            onClick={() => onTab(entry.tab)}
          >
            {t[entry.label]}
          </button>
        ))}
      </div>
      <div className="side-panel-body">{children}</div>
      {footer && <div className="side-panel-foot">{footer}</div>}
    </aside>
  );
}
