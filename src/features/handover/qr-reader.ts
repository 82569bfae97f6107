// Reading a QR code from a camera frame or a photo: the browser's own BarcodeDetector where it
// exists (Android Chrome), jsQR otherwise — loaded only then, as it weighs about 15 KB.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
declare const BarcodeDetector: { new (options: { formats: string[] }): BarcodeDetectorLike; getSupportedFormats(): Promise<string[]> } | undefined;

let native: Promise<BarcodeDetectorLike | undefined> | undefined;

function nativeDetector(): Promise<BarcodeDetectorLike | undefined> {
  native ??= (async () => {
    if (typeof BarcodeDetector === 'undefined') return undefined;
    const formats: string[] = await BarcodeDetector.getSupportedFormats().catch(() => []);
    return formats.includes('qr_code') ? new BarcodeDetector({ formats: ['qr_code'] }) : undefined;
  })();
  return native;
}

/** The text of the first QR code in the picture, or undefined when there is none to read. */
export async function readQr(canvas: HTMLCanvasElement): Promise<string | undefined> {
  const detector = await nativeDetector();
  if (detector) {
    const [found] = await detector.detect(canvas).catch(() => []);
    if (found) return found.rawValue;
  }
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const { default: jsQR } = await import('jsqr');
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data;
}

/** Draws a photo chosen by the person into a canvas, scaled down to what a decoder needs. */
export async function canvasFromFile(file: Blob, maxSide = 1600): Promise<HTMLCanvasElement> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas;
}
