import { createRoot } from 'react-dom/client';
import { App } from './App';
import '../../components/extension-page.css';
import './templates.css';

createRoot(document.getElementById('root')!).render(<App />);
