import { render } from 'preact';
import './style.css';
import { Popup } from './Popup.js';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
