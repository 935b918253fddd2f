import { Global, Module } from '@nestjs/common';

import { PdfRenderer } from './pdf-renderer';

/** The one PDF printer of the process (meeting protocols, later position papers). */
@Global()
@Module({ providers: [PdfRenderer], exports: [PdfRenderer] })
export class PdfModule {}
