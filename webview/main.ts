/**
 * Entry point of the form editor webview (bundled by esbuild to
 * dist/webview/main.js). Loads the components it uses, starts the app in
 * <div id="app">, and tells the extension it is ready for a state.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-icon/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { App, type VsCodeApi } from './app.js';

declare function acquireVsCodeApi(): VsCodeApi;

const root = document.getElementById('app');
if (root) new App(root, acquireVsCodeApi()).start();
