// Request shapes of the import endpoints (zod), shared by the route handlers and the page.
import { z } from 'zod';

export const MAX_FILES_PER_REQUEST = 20;

export const createBatchSchema = z.object({
  regionPath: z
    .string()
    .trim()
    .max(200, '地区路径过长')
    .optional()
    .transform((value) => (value ? value.split('/').map((part) => part.trim()).filter(Boolean) : undefined)),
  createTowns: z.boolean().default(false),
});

export const batchIdSchema = z.coerce.number().int().positive('批次编号无效');

export type BatchItemView = {
  id: number;
  fileName: string;
  size: number;
  status: 'pending' | 'imported' | 'alreadyImported' | 'replaced' | 'failed';
  processing: boolean;
  reason: string | null;
  reportId: number | null;
};

export type BatchView = {
  id: number;
  status: 'queued' | 'running' | 'done';
  regionPath: string | null;
  createdAt: string;
  counts: Record<BatchItemView['status'], number>;
  items: BatchItemView[];
};
