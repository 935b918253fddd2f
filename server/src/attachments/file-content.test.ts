import { checkFile, contentDisposition, detectContentType, storedFilename } from './file-content';

describe('file content', () => {
  it('reads the type from the first bytes only', () => {
    expect(detectContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectContentType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
    expect(detectContentType(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(detectContentType(Buffer.from('%PDF-1.7'))).toBe('application/pdf');
    expect(detectContentType(Buffer.from('<svg onload=alert(1)>'))).toBeNull();
    expect(detectContentType(Buffer.from('<html>%PDF-'))).toBeNull();
  });

  it('refuses a name whose extension claims another type, and accepts a name without one', () => {
    const pdf = Buffer.from('%PDF-1.4');
    expect(checkFile('foto.jpg', pdf)).toEqual({ ok: false, code: 'fileNameMismatch', params: { detected: 'application/pdf' } });
    expect(checkFile('rapport.PDF', pdf)).toEqual({ ok: true, contentType: 'application/pdf' });
    expect(checkFile('skanning', pdf)).toEqual({ ok: true, contentType: 'application/pdf' });
    expect(storedFilename('C:\\Users\\x\\skanning', 'application/pdf')).toBe('skanning.pdf');
    expect(storedFilename('../../etc/"pass"\u0000wd.jpg', 'image/jpeg')).toBe('passwd.jpg');
  });

  it('offers the name back escaped, with the exact name in UTF-8', () => {
    expect(contentDisposition('Köping "hamn".pdf')).toBe(
      `inline; filename="Ko_ping _hamn_.pdf"; filename*=UTF-8''K%C3%B6ping%20%22hamn%22.pdf`,
    );
  });
});
