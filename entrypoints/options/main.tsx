import { createRoot } from 'react-dom/client';
import { App } from './App';
import '../../components/extension-page.css';
import './options.css';

createRoot(document.getElementById('root')!).render(<App />);
