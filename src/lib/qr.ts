/**
 * QR codes for print, made at build time with the `qrcode` library: an SVG
 * (sharp at any print size, no image request) for an address.
 */
import QRCode from 'qrcode';

/** An SVG QR code for `url`, black on white, with the quiet zone scanners need. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
