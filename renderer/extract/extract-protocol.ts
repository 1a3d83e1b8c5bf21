import type { ExtractionResult } from '../../models/extract/candidate';

export interface ExtractRequest {
  id: number;
  text: string;
}

export interface ExtractResponse {
  id: number;
  result: ExtractionResult;
}
