export { escapeHtml, type PdfOptions, PdfRenderer } from './pdf-renderer';
export { PdfModule } from './pdf.module';
