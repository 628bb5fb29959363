/**
 * A PNG of the canvas as drawn: sigma's layers (WebGL and 2D) composited on white. WebGL buffers are only readable
 * right after a render, so the layers are copied inside sigma's afterRender of a fresh render.
 */
import type { ViewerSigma } from '../canvas/model.js';

export function capturePng(sigma: ViewerSigma): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const handler = () => {
      try {
        const { width, height } = sigma.getDimensions();
        const ratio = window.devicePixelRatio || 1;
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D canvas available');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        for (const layer of Object.values(sigma.getCanvases()))
          context.drawImage(layer, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode a PNG'))),
          'image/png',
        );
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    sigma.once('afterRender', handler);
    sigma.refresh();
  });
}
