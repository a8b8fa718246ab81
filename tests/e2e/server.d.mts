export interface ServerRequest {
  time: number;
  method: string;
  host: string;
  path: string;
  status: number;
  referer?: string;
  secFetchSite?: string;
}
export interface FixtureServer {
  port: number;
  url: string;
  requests: ServerRequest[];
  reset(): void;
  close(): Promise<void>;
}
export const DEFAULT_SITES_DIR: string;
export const CERT_DIR: string;
export function ensureCert(dir?: string): { key: string; cert: string };
export function startServer(opts?: { port?: number; sitesDir?: string; quiet?: boolean }): Promise<FixtureServer>;
export function fetchServerRequests(port: number): Promise<ServerRequest[]>;
export function resetServerRequests(port: number): Promise<void>;
