// The types of verify.mjs, for the TypeScript tests that import it.
export function verifyParley(
  secret: string,
  headers: Record<string, string | undefined>,
  rawBody: string,
  nowSeconds?: number,
): boolean
