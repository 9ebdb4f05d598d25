/** Renderer entry: the app in the Vietnamese locale (English switchable in Thông tin cơ quan). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LocaleProvider } from './i18n/locale';
import './app/app.css';
import './app/buttons.css';
import './app/forms.css';
import './frame/sheet.css';
import './editor/editor.css';
import './frame/print.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </StrictMode>,
  );
}
