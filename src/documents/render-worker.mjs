// The entry of a PDF worker thread (render-pool.ts). A worker does not inherit the hooks that let the
// main thread import TypeScript, so it registers tsx itself before it loads the renderer.
import { register } from 'tsx/esm/api';

register();
const { render } = await import('./render.ts');

export default render;
