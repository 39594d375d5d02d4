import { createApp } from 'vue';
// Defines every Rapport element.
import 'rapport-elements';
import App from './App.vue';

createApp(App).mount('#app');
