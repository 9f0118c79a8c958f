// One error class for the web layer, with a code; HTTP status comes from the code in one
// place (toErrorResponse). Bodies are always { error: { code, message } }.
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  too_many_requests: 429,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: Record<string, string> } };

/** Maps any thrown value to a JSON response; unexpected errors never leak their message. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    return Response.json(body, { status: ERROR_STATUS[error.code] });
  }
  console.error(error);
  const body: ErrorBody = { error: { code: 'internal_error', message: '服务器内部错误' } };
  return Response.json(body, { status: 500 });
}
