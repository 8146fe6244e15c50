import { createApp } from 'vue';
// Registers every element.
import 'disclosure-tables';
import App from './App.vue';

createApp(App).mount('#app');
