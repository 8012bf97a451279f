/**
 * QR codes for print, made at build time with the `qrcode` library: an SVG
 * (sharp at any print size, no image request) for an address.
 */
import QRCode from 'qrcode';

export interface QrOptions {
  /**
   * The quiet zone, in modules (default 4, what the standard asks for). A code
   * printed small inside a white box can use less, since the white around it
   * is quiet zone too; scanners need at least 2.
   */
  margin?: number;
}

/** An SVG QR code for `url`, black on white, with the quiet zone scanners need. */
export async function qrSvg(url: string, { margin = 4 }: QrOptions = {}): Promise<string> {
  if (margin < 2) throw new Error(`qrSvg: a quiet zone of ${margin} module(s) is too small to scan; use 2 or more`);
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin, color: { dark: '#000000', light: '#ffffff' } });
}
