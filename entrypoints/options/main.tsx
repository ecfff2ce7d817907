import { createRoot } from 'react-dom/client';
import { App } from './App';
import { t } from '../../components/i18n';
import '../../components/extension-page.css';
import './options.css';

// the tab's title in the seller's language (the HTML's is the English fallback)
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(<App />);
