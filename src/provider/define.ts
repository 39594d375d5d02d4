import { RapportProvider } from './provider.js';

RapportProvider.define('rapport-provider');

export { RapportProvider };

declare global {
  interface HTMLElementTagNameMap {
    'rapport-provider': RapportProvider;
  }
}
