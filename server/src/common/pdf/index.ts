export { PdfModule } from './pdf.module';
export { escapeHtml, type PdfOptions, PdfRenderer } from './pdf-renderer';
